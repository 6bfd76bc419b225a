import type { LinkReport } from '../domain/cite/link-files.js';
import { safeText } from './controls.js';
import { count } from './style.js';
import { unifiedDiff } from './unified-diff.js';

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
