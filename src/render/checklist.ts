import type { PrintedChecklist } from '../domain/checklist/plan.js';
import type { OpenedSession } from '../domain/checklist/session.js';
import { renderChecklistCsv } from './checklist-csv.js';
import { renderChecklistMarkdown } from './checklist-md.js';
import { renderChecklistText } from './checklist-text.js';
import { jsonText, safeTerminal, safeText } from './controls.js';
import { PLAIN, type Style } from './style.js';

/** What `tip checklist --format` takes. */
export const CHECKLIST_FORMATS = ['text', 'md', 'json', 'yaml', 'csv'] as const;

export type ChecklistFormat = (typeof CHECKLIST_FORMATS)[number];

/**
 * A checklist in the format asked for, as the bytes to print or write: text is drawn for
 * the terminal's `style`, or plain at 80 columns for a file.
 */
export async function renderChecklist(
  checklist: PrintedChecklist,
  format: ChecklistFormat,
  options: { label: (id: string) => string; opened?: OpenedSession; style: Style; toFile: boolean },
): Promise<string> {
  const { label, opened } = options;
  switch (format) {
    case 'md':
      return safeText(renderChecklistMarkdown(checklist, label, opened));
    case 'json':
      return jsonText(checklist);
    case 'yaml': {
      const { stringify } = await import('yaml');
      return safeText(stringify(checklist, { lineWidth: 0 }));
    }
    case 'csv':
      return safeText(renderChecklistCsv(checklist, opened?.session));
    default: {
      const style = options.toFile ? { paint: PLAIN, width: 80 } : options.style;
      return safeTerminal(`${renderChecklistText(checklist, label, style, opened)}\n`);
    }
  }
}
