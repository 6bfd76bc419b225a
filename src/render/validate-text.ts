import { formatIssue } from '../domain/corpus/issues.js';
import type { ValidationReport } from '../domain/corpus/validate.js';
import { count, type Style } from './style.js';

/** `tip validate`: one `file:line:col: message` line per problem, then a summary. */
export function renderValidation(report: ValidationReport, style: Style): string {
  if (report.valid) {
    return style.paint.green(
      `✓ ${report.root}: ${[
        count(report.files, 'file'),
        count(report.instruments, 'instrument'),
        count(report.provisions, 'provision'),
        count(report.cases, 'case'),
      ].join(', ')}, no problems`,
    );
  }
  return report.issues.map(formatIssue).join('\n');
}
