/**
 * One import run: each file read, placed and written in turn, so memory stays flat with
 * the number of files; a file that fails is reported and the rest go on. The report kept
 * for each file holds where each section went, not its text (that is in the file written).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TipError, UsageError } from '../common/errors.js';
import type { Corpus } from '../corpus/model.js';
import { readFileBytes } from '../writes/read-file.js';
import { officialTextFile, planImports, readSource, type ImportOptions, type ImportPlan } from './import.js';
import type { ImportChanges } from './library.js';
import type { Progress } from '../common/progress.js';

/** A Gazette copy is a few hundred kilobytes and a code PDF a few megabytes; far larger is not one act. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface ImportRequest extends ImportOptions {
  files: readonly string[];
  /** The folder the text files go in: `laws/` of the corpus, or of the user's library. */
  lawsDir: string;
  /** The corpus the import adds to (its root, and the library overlaid on it), checked whole before anything is written. */
  corpusRoot: string;
  library?: string;
  dryRun: boolean;
  /** The date an import is recorded under (YYYY-MM-DD). */
  today: string;
}

type Report<T> = Omit<T, 'text'>;

export interface ImportResult extends Omit<ImportPlan, 'sections' | 'provisions'> {
  sections: Report<ImportPlan['sections'][number]>[];
  provisions: Report<ImportPlan['provisions'][number]>[];
  path?: string;
  /** new: written where there was none; replaced: an earlier import replaced; unchanged: the same bytes again. */
  written?: 'new' | 'replaced' | 'unchanged';
  changes?: ImportChanges;
}

export interface ImportFailure {
  file: string;
  error: { code: string; message: string; suggestions: string[] };
}

export interface ImportHooks {
  /** Told before each file when there are several (the files done, of how many), and after each page of a PDF. */
  progress?: Progress;
  /** After each file, with its report, before the next is read. */
  onResult?(result: ImportResult | ImportFailure): void | Promise<void>;
}

export async function importFiles(
  corpus: Corpus,
  request: ImportRequest,
  hooks: ImportHooks = {},
): Promise<(ImportResult | ImportFailure)[]> {
  if (request.as && request.files.length > 1) {
    throw new UsageError('--as names one instrument: import the files one at a time with it', {
      suggestions: request.files.slice(0, 2).map((f) => `tip import ${f} --as ${request.as}`),
    });
  }
  const results: (ImportResult | ImportFailure)[] = [];
  // Ids and short names the run gives out, so two new Acts of one run never share one.
  const planned = { ...request, claimed: [] };
  for (const [i, file] of request.files.entries()) {
    if (request.files.length > 1) hooks.progress?.(file, i, request.files.length);
    let outcome: (ImportResult | ImportFailure)[];
    try {
      outcome = await importFile(corpus, file, planned, hooks);
    } catch (error) {
      if (!(error instanceof TipError)) throw error;
      outcome = [{ file, error: { code: error.code, message: error.message, suggestions: error.suggestions } }];
    }
    for (const result of outcome) {
      await hooks.onResult?.(result);
      results.push(result);
    }
  }
  return results;
}

/** One file: each instrument it holds placed and written in turn; one that fails does not stop the others. */
async function importFile(
  corpus: Corpus,
  file: string,
  request: ImportRequest,
  hooks: ImportHooks,
): Promise<(ImportResult | ImportFailure)[]> {
  const bytes = readFileBytes(file, { what: 'file to import', maxBytes: MAX_IMPORT_BYTES });
  const source = await readSource(file, bytes, hooks.progress);
  const results: (ImportResult | ImportFailure)[] = [];
  for (const plan of planImports(corpus, source, request)) {
    try {
      results.push(await importOne(corpus, plan, request));
    } catch (error) {
      if (!(error instanceof TipError)) throw error;
      results.push({ file, error: { code: error.code, message: error.message, suggestions: error.suggestions } });
    }
  }
  return results;
}

async function importOne(corpus: Corpus, plan: ImportPlan, request: ImportRequest): Promise<ImportResult> {
  const report: ImportResult = {
    ...plan,
    sections: plan.sections.map(({ text: _text, ...s }) => s),
    provisions: plan.provisions.map(({ text: _text, ...p }) => p),
  };
  if (plan.sections.length === 0 && plan.provisions.length === 0) return report;
  const [
    { previousImport, officialTextYaml, writtenByTipkit },
    { compareImports },
    { writeTextFile, entryKind },
    { checkImport },
  ] = await Promise.all([
    import('./text-file.js'),
    import('./library.js'),
    import('../writes/write-file.js'),
    import('./transaction.js'),
  ]);
  const path = join(request.lawsDir, `${plan.instrument}.text.yaml`);
  const previous = previousImport(path);
  const imported = previous?.source.sha256 === plan.sha256 ? previous.source.imported : request.today;
  const next = officialTextFile(plan, imported);
  const text = officialTextYaml(next);
  // The corpus as it would be with the file, checked whole: a file that would make it
  // invalid is never written (a dry run is refused the same way).
  const alone =
    plan.mode === 'new' && entryKind(path) === 'missing'
      ? { id: plan.instrument, taken: new Set(corpus.instruments.map((i) => i.id)) }
      : undefined;
  checkImport(
    { root: request.corpusRoot, ...(request.library ? { library: request.library } : {}) },
    path,
    text,
    alone,
  );
  if (request.dryRun) return report;
  mkdirSync(request.lawsDir, { recursive: true });
  const written = writeTextFile(path, text, {
    // A damaged file of tipkit's own is replaced as an earlier import would be.
    replace: previous !== undefined || writtenByTipkit(path),
    replaceHint: 'Move the file away: tipkit replaces only a text file it wrote',
  });
  return {
    ...report,
    path,
    written: !written.replaced ? 'new' : previous?.source.sha256 === plan.sha256 ? 'unchanged' : 'replaced',
    ...(previous ? { changes: compareImports(previous, next) } : {}),
  };
}
