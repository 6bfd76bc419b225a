import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/domain/checklist/build.js';
import { DEFAULT_FACTS } from '../../src/domain/checklist/facts.js';
import { newSession } from '../../src/domain/checklist/session.js';
import { renderChecklistCsv } from '../../src/render/checklist-csv.js';
import { bundledCorpus } from '../helpers.js';

const checklist = buildChecklist(bundledCorpus(), 'trafficking', DEFAULT_FACTS);

/** The note column of the first item, as a spreadsheet would read the CSV cell. */
function noteCell(note: string): string {
  const session = newSession(checklist);
  session.items[0] = { ...(session.items[0] as (typeof session.items)[number]), note };
  const line = renderChecklistCsv(checklist, session).split('\r\n')[1] ?? '';
  const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map(([, cell = '']) =>
    cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell,
  );
  return cells[9] ?? '';
}

describe('checklist CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(noteCell('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(noteCell("+cmd|' /C calc'!A0")).toBe(`'+cmd|' /C calc'!A0`);
    expect(noteCell('-2+3')).toBe(`'-2+3`);
    expect(noteCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(noteCell('met at 3 pm')).toBe('met at 3 pm');
  });

  it('never starts a cell with a formula character, whatever the note', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (note) => {
        expect(noteCell(note)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
