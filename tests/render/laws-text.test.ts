import { describe, expect, it } from 'vitest';
import { listLaws, type LawSummary } from '../../src/domain/corpus/laws.js';
import { renderLaws } from '../../src/render/laws-text.js';
import { PLAIN, type Style } from '../../src/render/style.js';
import { bundledCorpus } from '../helpers.js';

const style: Style = { paint: PLAIN, width: 80 };
const laws = listLaws(bundledCorpus());

const invented: LawSummary = {
  id: 'lamps-act-1901',
  short: 'Lamps Act',
  title: 'The Harbour Lamps Act, 1901 (invented)',
  kind: 'act',
  jurisdiction: 'Nowhere',
  provisions: 7,
  as_of: '2001-01-01',
  status: 'in force',
  official_text_bundled: false,
} as LawSummary;

describe('renderLaws', () => {
  it('lists every instrument in corpus order, two lines each, then the note on official texts', () => {
    const lines = renderLaws(laws, style).split('\n');
    expect(lines[0]).toMatch(/^ID {16}KIND {8}PROVISIONS {2}AS OF {7}STATUS$/);
    const rows = lines.slice(1, 1 + laws.length * 2);
    expect(rows.filter((_, i) => i % 2 === 0).map((row) => row.split(' ')[0])).toEqual(laws.map((law) => law.id));
    expect(rows.filter((_, i) => i % 2 === 1)).toEqual(laws.map((law) => `  ${law.title}`));
    expect(lines.at(-1)).toBe('Official texts are not bundled; tipkit ships summaries. Show one with: tip show <id>');
  });

  it('puts each value in its column', () => {
    const row = renderLaws([invented], style).split('\n')[1];
    expect(row).toBe(
      `${'lamps-act-1901'.padEnd(18)}${'act'.padEnd(12)}${'7'.padEnd(12)}${'2001-01-01'.padEnd(12)}in force`,
    );
  });

  it('says where an imported official text came from, and whether the instrument is only that text', () => {
    const some = { parts: 3, files: ['a.txt', 'b.txt'], where: '/lib', new_instrument: false };
    const part = renderLaws([{ ...invented, imported_text: some }], style).split('\n');
    expect(part[3]).toBe('  official text imported for 3 parts, from a.txt, b.txt, kept in /lib');
    const whole = renderLaws([{ ...invented, imported_text: { ...some, new_instrument: true } }], style).split('\n');
    expect(whole[3]).toBe('  imported instrument, official text only for 3 parts, from a.txt, b.txt, kept in /lib');
  });
});
