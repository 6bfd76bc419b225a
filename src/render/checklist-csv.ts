import { caveatCell } from './caveats.js';
import type { Checklist } from '../domain/checklist/build.js';
import type { Session } from '../domain/checklist/session.js';
import { stateMap } from './checklist-summary.js';

const COLUMNS = ['id', 'section', 'element', 'text', 'prompts', 'cites', 'confidence', 'caveats', 'done', 'note'];

/** One row per item (RFC 4180), for spreadsheets and case-management imports. */
export function renderChecklistCsv(checklist: Checklist, session?: Session): string {
  const states = stateMap(session?.items);
  const rows = checklist.items.map((item) => {
    const state = states.get(item.id);
    return [
      item.id,
      item.section,
      item.element ?? '',
      item.text,
      item.prompts.join('; '),
      item.cites.join(' '),
      item.confidence,
      caveatCell(item.caveats),
      state?.done ? 'yes' : 'no',
      state?.note ?? '',
    ];
  });
  return [COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * RFC 4180 quoting, and formula injection neutralised: a spreadsheet runs a cell that
 * starts with =, +, -, @ (or a tab or carriage return before one), so such a cell gets a
 * leading apostrophe, which spreadsheets show as text (OWASP's advice).
 */
function cell(raw: string): string {
  const value = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
