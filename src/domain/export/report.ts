import { StaleError } from '../common/errors.js';
import type { CorpusUsed } from '../corpus/which.js';
import type { WriteSummary } from './write.js';

/** What `tip export` reports for a folder or a file it wrote (or, with --check, compared). */
export type ExportReport = WriteSummary & { corpus: CorpusUsed };

/** The error `--check` ends with when the folder is not what an export would write (exit 1), the report in its details. */
export function staleError(report: ExportReport, where: string): StaleError {
  const changes = report.written.length + report.replaced.length + report.removed.length;
  return new StaleError(
    `${where} is not up to date: ${changes} file${changes === 1 ? '' : 's'} would change; nothing was written`,
    { suggestions: ['Run the same tip export without --check to update it'], details: report },
  );
}
