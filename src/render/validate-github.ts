import { isAbsolute, relative } from 'node:path';
import type { ValidationReport } from '../domain/corpus/validate.js';
import { safeText } from './controls.js';
import { validatedCorpus } from './validate-text.js';

/**
 * GitHub Actions workflow commands: one `::error` annotation per problem, which the
 * Actions log turns into a message on the file and line. Paths are made relative to
 * the working directory, which is the repository root in a workflow.
 */
export function renderGithubAnnotations(report: ValidationReport, cwd: string): string {
  const fromCwd = (path: string): string => (isAbsolute(path) ? relative(cwd, path) : path);
  if (report.valid) {
    const corpus = validatedCorpus({ ...report, root: fromCwd(report.root) || '.' });
    return `::notice title=tip validate::${escapeData(`${corpus}: ${report.files} files, no problems`)}`;
  }
  return report.issues
    .map((issue) => {
      const properties = `file=${escapeProperty(safeText(fromCwd(issue.file)))},line=${issue.line},col=${issue.col},title=tip validate`;
      return `::error ${properties}::${escapeData(safeText(issue.message))}`;
    })
    .join('\n');
}

/** The escaping GitHub's own toolkit applies to a command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values must also not hold the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
