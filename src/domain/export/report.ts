import { StaleError } from '../common/errors.js';
import { libraryFiles } from '../corpus/files.js';
import type { WriteSummary } from './write.js';

/** Which corpus an export came from, so a laptop's build and CI's can be told apart. */
export interface CorpusSource {
  /** "bundled corpus", or the --data folder as given. */
  source: string;
  hash: string;
  /** The user's library of imported texts, when it holds any: whether this export included it. */
  library?: { path: string; included: boolean; texts: number };
}

/** What `tip export` reports for a folder or a file it wrote (or, with --check, compared). */
export type ExportReport = WriteSummary & { corpus: CorpusSource };

export const BUNDLED_CORPUS = 'bundled corpus';

/** Names the corpus: the bundled one or the --data folder, and the library beside it. */
export function corpusSource(
  hash: string,
  data: string | undefined,
  library: { path: string | undefined; included: boolean },
): CorpusSource {
  const texts = library.path ? libraryFiles(library.path).length : 0;
  return {
    source: data ?? BUNDLED_CORPUS,
    hash,
    ...(library.path && texts > 0 ? { library: { path: library.path, included: library.included, texts } } : {}),
  };
}

/** The error `--check` ends with when the folder is not what an export would write (exit 1), the report in its details. */
export function staleError(report: ExportReport, where: string): StaleError {
  const changes = report.written.length + report.replaced.length + report.removed.length;
  return new StaleError(
    `${where} is not up to date: ${changes} file${changes === 1 ? '' : 's'} would change; nothing was written`,
    { suggestions: ['Run the same tip export without --check to update it'], details: report },
  );
}
