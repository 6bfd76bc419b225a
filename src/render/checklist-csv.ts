import type { Checklist } from '../domain/checklist/build.js';
import type { Session } from '../domain/checklist/session.js';
import { stateMap } from './checklist-summary.js';

const COLUMNS = ['id', 'section', 'element', 'text', 'prompts', 'cites', 'confidence', 'caveat', 'done', 'note'];

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
      item.caveat ?? '',
      state?.done ? 'yes' : 'no',
      state?.note ?? '',
    ];
  });
  return [COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
