import { readCorpusSource } from './files.js';
import type { Issue } from './issues.js';
import { parseCorpus } from './parse.js';

/** What `tip validate` reports. */
export interface ValidationReport {
  valid: boolean;
  root: string;
  files: number;
  instruments: number;
  provisions: number;
  cases: number;
  issues: Issue[];
}

/** Parses and checks every file of a corpus, always from source (never from a cache). */
export function validateCorpus(root: string, library?: string): ValidationReport {
  const source = readCorpusSource(root, library);
  const { corpus, issues } = parseCorpus(source);
  return {
    valid: issues.length === 0,
    root,
    files: source.files.length,
    instruments: corpus?.instruments.length ?? 0,
    provisions: corpus?.instruments.reduce((sum, i) => sum + i.provisions.length, 0) ?? 0,
    cases: corpus?.cases.length ?? 0,
    issues,
  };
}
