import { UsageError } from '../common/errors.js';
import type { Flavor } from './flavor.js';

export const FORMATS = ['md', 'html', 'json', 'ndjson'] as const;

export type ExportFormat = (typeof FORMATS)[number];

/** The formats written as a folder of pages; the others are one file or stdout. */
export function isFolderFormat(format: ExportFormat): format is 'md' | 'html' {
  return format === 'md' || format === 'html';
}

/**
 * Refuses flags that do not go together, before the corpus is read: a flavor shapes
 * Markdown only, --check compares a folder, and a folder needs --out.
 */
export function checkExportOptions(options: {
  format: ExportFormat;
  flavor: Flavor;
  check: boolean;
  out: string | undefined;
}): void {
  const { format, flavor, check, out } = options;
  if (flavor !== 'plain' && format !== 'md') {
    throw new UsageError(`--flavor shapes Markdown: it takes --format md, not ${format}`, {
      suggestions: [`tip export --format md --flavor ${flavor} --out docs`],
    });
  }
  if (!isFolderFormat(format)) {
    if (check) {
      throw new UsageError(`--check compares a folder (md, html), not a ${format} file`, {
        suggestions: [`tip export --format ${format} --out - | cmp - corpus.${format}`],
      });
    }
    return;
  }
  if (!out || out === '-') {
    throw new UsageError(`--format ${format} writes a folder: give it with --out`, {
      suggestions: [`tip export --format ${format} --out ${format === 'md' ? 'handbook' : 'site'}`],
    });
  }
}
