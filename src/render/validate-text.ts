import { join } from 'node:path';
import { corpusLabel } from './corpus-used.js';
import { formatIssue } from '../domain/corpus/issues.js';
import { safeText } from './controls.js';
import type { ValidationReport } from '../domain/corpus/validate.js';
import { count, type Style } from './style.js';

/** `tip validate`: one `file:line:col: message` line per problem, then a summary. */
export function renderValidation(report: ValidationReport, style: Style): string {
  if (report.valid) {
    return style.paint.green(
      `✓ ${validatedCorpus(report)}: ${[
        count(report.files, 'file'),
        count(report.instruments, 'instrument'),
        count(report.provisions, 'provision'),
        count(report.cases, 'case'),
      ].join(', ')}, no problems`,
    );
  }
  // Paths and messages quote the user's files: no control in them reaches a terminal.
  return report.issues.map((issue) => safeText(formatIssue(issue))).join('\n');
}

/** "laws-repo (the working folder, which holds laws/)": which corpus a report is about. */
export function validatedCorpus(report: Pick<ValidationReport, 'root' | 'source' | 'library'>): string {
  const library = report.library ? `, with your library at ${report.library}` : '';
  return `${safeText(report.root)} (${corpusLabel(report.source)}${library ? safeText(library) : ''})`;
}

/** What an invalid corpus ends the command with: how many problems, and where. */
export function invalidCorpusMessage(report: ValidationReport, library: string | undefined): string {
  // A library file is named itself: the corpus folder would point the user at tipkit's package.
  const places = [
    ...new Set(
      report.issues.map((issue) =>
        library && issue.file.startsWith(join(library, 'laws').split('\\').join('/')) ? issue.file : report.root,
      ),
    ),
  ];
  const more = places.length > 3 ? ` and ${places.length - 2} other places` : '';
  return `${count(report.issues.length, 'problem')} (${corpusLabel(report.source)}${report.library ? ', with your library' : ''}) in ${places.slice(0, more ? 2 : 3).join(', ')}${more}`;
}
