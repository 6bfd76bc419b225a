import type { ValidationReport } from '../domain/corpus/validate.js';
import { jsonText } from './controls.js';
import { renderGithubAnnotations } from './validate-github.js';
import { renderValidation } from './validate-text.js';
import type { Style } from './style.js';

/** What `tip validate --format` takes. */
export const VALIDATE_FORMATS = ['text', 'github', 'json'] as const;

export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/** `tip validate` in the format asked for, printed as one line (json: the report as tipkit prints JSON). */
export function renderValidate(
  report: ValidationReport,
  format: ValidateFormat,
  options: { cwd: string; style: Style },
): string {
  switch (format) {
    case 'json':
      return jsonText(report).slice(0, -1);
    case 'github':
      return renderGithubAnnotations(report, options.cwd);
    default:
      return renderValidation(report, options.style);
  }
}
