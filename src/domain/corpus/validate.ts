import type { CorpusOrigin } from './which.js';
import { readCorpusSource } from './files.js';
import type { Issue } from './issues.js';
import { parseCorpus } from './parse.js';

/** What `tip validate` reports. */
export interface ValidationReport {
  valid: boolean;
  root: string;
  /** Where the corpus came from: the folder given, --data, the working folder or the bundled corpus. */
  source: CorpusOrigin;
  /** The user's library of imported texts, when it was checked with the corpus. */
  library: string | null;
  files: number;
  instruments: number;
  provisions: number;
  cases: number;
  issues: Issue[];
}

/** Parses and checks every file of a corpus, always from source (never from a cache). */
export function validateCorpus(root: string, library?: string, from: CorpusOrigin = 'argument'): ValidationReport {
  const source = readCorpusSource(root, library);
  const { corpus, issues } = parseCorpus(source);
  return {
    valid: issues.length === 0,
    root,
    source: from,
    // Named only when it held a file: an empty or absent library changed nothing.
    library: library && source.files.some((file) => file.path.startsWith(library)) ? library : null,
    files: source.files.length,
    instruments: corpus?.instruments.length ?? 0,
    provisions: corpus?.instruments.reduce((sum, i) => sum + i.provisions.length, 0) ?? 0,
    cases: corpus?.cases.length ?? 0,
    issues,
  };
}
