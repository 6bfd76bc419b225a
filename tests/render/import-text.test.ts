import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusSource } from '../../src/domain/corpus/files.js';
import { parseCorpus } from '../../src/domain/corpus/parse.js';
import { planImports, textSource } from '../../src/domain/import/import.js';
import type { ImportResult } from '../../src/domain/import/run.js';
import { renderImportEntries, renderImportReport } from '../../src/render/import-text.js';
import { FIXTURES } from '../helpers.js';

const DIR = join(FIXTURES, 'import');
const corpus = parseCorpus(readCorpusSource(join(DIR, 'corpus'))).corpus!;
const plan: ImportResult = planImports(
  corpus,
  textSource('lantern-gazette.md', readFileSync(join(DIR, 'lantern-gazette.md'), 'utf8')),
)[0]!;
const lines = renderImportReport(plan);

describe('renderImportReport', () => {
  it('opens with the counts: read, placed by each means and how sure, not placed', () => {
    const whole = plan.sections.filter((s) => !s.id.includes('('));
    expect(lines[0]).toBe(
      `lantern-gazette.md: ${whole.length + plan.unplaced.length} sections read, ${whole.length} placed on lantern-act-2019 (by number 0, by contents 0, by heading ${whole.length}, by order 0; 0 high, ${whole.length} medium, 0 low), ${plan.sections.length - whole.length} sub-sections, ${plan.unplaced.length} not placed`,
    );
  });

  it('names every placement short of high confidence, with its line, in order', () => {
    const placed = lines.filter((line) => / placed by /.test(line));
    expect(placed).toEqual(
      plan.sections
        .filter((s) => s.confidence !== 'high')
        .map((s) => `${s.id}: placed by ${s.placed}, ${s.confidence} confidence (line ${s.line})`),
    );
  });

  it('reports what it split off, could not place, found missing and cleaned away', () => {
    expect(lines.filter((line) => line.endsWith('was run into the text before it; split off'))).toHaveLength(
      plan.split.length,
    );
    expect(lines.filter((line) => / not placed .*: /.test(line))).toHaveLength(plan.unplaced.length);
    expect(lines).toContain(`no text found for ${plan.missing.join(', ')}`);
    expect(lines).toContain('cleaned away: 5 lines of page furniture, 1 page number, 2 lines of the signature block');
  });

  it('locates by page for a PDF, and sums up changes since the last import', () => {
    const pdf = renderImportReport({
      ...plan,
      pageStarts: [1, 30],
      changes: { added: ['s6'], removed: [], changed: ['s1', 's2'] },
    });
    expect(pdf.filter((line) => / \(line \d+\)$/.test(line))).toEqual([]);
    expect(pdf).toContain(
      `${plan.split[0]!.line < 30 ? 'p. 1' : 'p. 2'}: heading "${plan.split[0]!.heading}" was run into the text before it; split off`,
    );
    expect(pdf.at(-1)).toBe('compared with the text imported before: changed s1, s2; new s6');
    const same = renderImportReport({ ...plan, changes: { added: [], removed: [], changed: [] } });
    expect(same.at(-1)).toBe('compared with the text imported before: no section changed');
  });

  it('says nothing was cleaned when nothing was', () => {
    expect(renderImportReport({ ...plan, removed: [] })).toContain('cleaned away: nothing');
  });
});

describe('renderImportEntries', () => {
  it('lists each text with its source, and a damaged one with what is wrong', () => {
    expect(
      renderImportEntries(
        [
          {
            instrument: 'lantern-act-2019',
            path: '/lib/laws/lantern-act-2019.text.yaml',
            title: 'Lantern Keepers Act, 2019',
            source: {
              file: 'lantern.pdf',
              sha256: '0'.repeat(64),
              format: 'pdf',
              imported: '2026-01-02',
              importer: 'tipkit',
            },
            sections: 4,
            provisions: 1,
          },
          {
            instrument: 'odd-act',
            path: '/lib/laws/odd-act.text.yaml',
            sections: 0,
            provisions: 0,
            damaged: 'not YAML',
          },
        ],
        '/lib',
      ).split('\n'),
    ).toEqual([
      'Imported texts in /lib:',
      '  lantern-act-2019 (Lantern Keepers Act, 2019): 5 sections from lantern.pdf, imported 2026-01-02 (/lib/laws/lantern-act-2019.text.yaml)',
      '  odd-act: DAMAGED, left out by every command (not YAML; /lib/laws/odd-act.text.yaml)',
    ]);
  });

  it('says when the library holds none', () => {
    expect(renderImportEntries([], '/lib')).toBe('No imported texts in /lib.');
  });
});
