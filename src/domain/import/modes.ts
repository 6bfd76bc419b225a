import { join } from 'node:path';
import { errorOfKind, UsageError, type TipError } from '../common/errors.js';
import type { CorpusAccess } from '../corpus/access.js';
import type { ImportEntry } from './library.js';
import type { ImportFailure, ImportHooks, ImportResult } from './run.js';

/** What `tip import` returns (and prints under --json). */
export interface ImportOutput {
  /** The folder the text files are in: laws/ of the --data corpus, or of the user's library. */
  library: string;
  /** Set on --dry-run: nothing was written. */
  dry_run?: boolean;
  imports?: (ImportResult | ImportFailure)[];
  listed?: ImportEntry[];
  removed?: string;
  /** How long rebuilding the search index took, once, after the files were written. */
  index_rebuilt_ms?: number;
}

/** What `tip import` was given: the files, and the library (the --data corpus, else the user's) they go in. */
interface LibraryRequest {
  files: readonly string[];
  library: string;
}

/** `tip import --list`: the imported texts in the library. */
export async function listLibrary(request: LibraryRequest): Promise<ImportOutput & { listed: ImportEntry[] }> {
  noFiles(request);
  const { listImports } = await import('./library.js');
  return { library: request.library, listed: listImports(join(request.library, 'laws')) };
}

/** `tip import --remove <id>`: removes the text imported for one instrument. */
export async function removeFromLibrary(
  request: LibraryRequest & { id: string },
): Promise<ImportOutput & { removed: string }> {
  noFiles(request);
  const { removeImport } = await import('./library.js');
  return { library: request.library, removed: removeImport(join(request.library, 'laws'), request.id) };
}

/**
 * `tip import <files>`: reads the corpus, imports each file in turn (a file that fails is
 * reported and the rest go on), and has the search index rebuilt once if anything was written.
 */
export async function importTexts(
  request: LibraryRequest & {
    corpora: CorpusAccess;
    data?: string;
    /** The corpus root the import adds to: --data, or the bundled corpus. */
    corpusRoot: string;
    'dry-run': boolean;
    as?: string;
    short?: string;
    today: string;
  },
  hooks: ImportHooks & { rebuildIndex: () => Promise<number> },
): Promise<ImportOutput & { imports: (ImportResult | ImportFailure)[] }> {
  const { files, library, data } = request;
  if (files.length === 0) {
    throw new UsageError('give the file(s) to import', { suggestions: ['tip import act.pdf', 'tip import --list'] });
  }
  const corpus = await request.corpora.load(data);
  const { importFiles } = await import('./run.js');
  const imports = await importFiles(
    corpus,
    {
      files,
      lawsDir: join(library, 'laws'),
      corpusRoot: request.corpusRoot,
      ...(data ? {} : { library }),
      dryRun: request['dry-run'],
      today: request.today,
      ...(request.as ? { as: request.as } : {}),
      ...(request.short ? { short: request.short } : {}),
    },
    hooks,
  );
  const wrote = imports.some((r) => 'written' in r && r.written !== undefined && r.written !== 'unchanged');
  return {
    library,
    ...(request['dry-run'] ? { dry_run: true } : {}),
    imports,
    ...(wrote ? { index_rebuilt_ms: await hooks.rebuildIndex() } : {}),
  };
}

/** The error an import run ends with when a file could not be imported: its own for one file, a count for several. */
export function importFailure(
  output: ImportOutput & { imports: (ImportResult | ImportFailure)[] },
): TipError | undefined {
  const { imports } = output;
  const failed = imports.find((r): r is ImportFailure => 'error' in r);
  if (!failed) return undefined;
  const count = imports.filter((r) => 'error' in r).length;
  return errorOfKind(
    failed.error.code,
    imports.length === 1 ? failed.error.message : `${count} of ${imports.length} files could not be imported`,
    { suggestions: failed.error.suggestions, details: output },
  );
}

function noFiles(request: LibraryRequest): void {
  if (request.files.length > 0) throw new UsageError('--list and --remove take no files');
}
