import type { LinkedFile, LinkReport } from '../domain/cite/link-files.js';
import { safeText } from './controls.js';
import { count } from './style.js';
import { unifiedDiff } from './unified-diff.js';

/** The report `tip cite --link --json` prints: it names what changed; the texts themselves are the files. */
export type LinkReportJson = Omit<LinkReport, 'files'> & { files: Omit<LinkedFile, 'before' | 'after'>[] };

/** The --link report without the texts of the files it changed. */
export function linkReportJson(report: LinkReport): LinkReportJson {
  return { ...report, files: report.files.map(({ before: _before, after: _after, ...file }) => file) };
}

/**
 * `tip cite --link`: each file changed and its links (in a dry run, the unified diff of
 * what would change), each file that could not be linked, then a one-line tally.
 */
export function renderLinkReport(report: LinkReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.error) lines.push(`${safeText(file.path)}: error: ${safeText(file.error)}`);
    else if (file.before !== undefined && file.after !== undefined) {
      lines.push(
        report.dryRun
          ? unifiedDiff(file.path, file.before, file.after)
          : `${safeText(file.path)}: ${count(file.links, 'link')} added`,
      );
    }
  }
  const verb = report.dryRun ? 'would change' : 'changed';
  lines.push(
    `${count(report.changed.length, 'file')} of ${report.files.length} ${verb}, ${count(report.links, 'link')} ${report.dryRun ? 'to add' : 'added'}${report.dryRun ? '; nothing was written' : ''}`,
  );
  return lines.join('\n');
}
