import { describe, expect, it } from 'vitest';
import { buildChecklist, type Checklist } from '../../src/domain/checklist/build.js';
import { DEFAULT_FACTS, type Facts } from '../../src/domain/checklist/facts.js';
import { newSession, progressOf } from '../../src/domain/checklist/session.js';
import {
  bandLine,
  changeLines,
  factsLine,
  headerCaveats,
  progressLine,
  stateMap,
  summaryRows,
} from '../../src/render/checklist-summary.js';
import { bundledCorpus } from '../helpers.js';

const checklist = buildChecklist(bundledCorpus(), 'trafficking', DEFAULT_FACTS);
const band = (extra: Partial<Checklist['penalty']>): Checklist['penalty'] => ({ ...checklist.penalty, ...extra });

describe('factsLine', () => {
  it('says the age is unknown and nothing else for the default facts', () => {
    expect(factsLine(DEFAULT_FACTS)).toBe('victim: age unknown');
  });

  it('joins each fact given, in a fixed order', () => {
    const facts = {
      ...DEFAULT_FACTS,
      victim: 'child',
      victim_woman: true,
      cross_border: true,
      aggravating: ['injury'],
      purpose: ['labour', 'begging'],
      forged_documents: true,
    } as Facts;
    expect(factsLine(facts)).toBe(
      'victim: child, female · cross-border · aggravating: injury · purpose: labour, begging · forged documents',
    );
  });
});

describe('bandLine', () => {
  it('says how prison and fine combine', () => {
    expect(bandLine(band({ min_years: 2, max_years: 10, fine_max: 1_000_000, combination: 'or' }))).toBe(
      '2 to 10 years, or a fine up to PKR 1,000,000, or both',
    );
    expect(bandLine(band({ min_years: 0, max_years: 7, fine_max: 500_000, combination: 'and' }))).toBe(
      'up to 7 years and a fine up to PKR 500,000, both mandatory',
    );
  });

  it('says what is not known rather than guessing', () => {
    expect(
      bandLine(
        band({
          min_years: null,
          max_years: 5,
          fine_max: null,
          fine_reported: [100, 200],
          combination: 'unknown',
        }),
      ),
    ).toBe(
      'up to 5 years (minimum not known); a fine up to PKR 100 or PKR 200 (reports conflict); whether they combine is not known',
    );
    expect(bandLine(band({ max_years: null, fine_max: null, fine_reported: undefined, combination: 'or' }))).toBe(
      'prison term not known, or a fine (maximum not known), or both',
    );
  });
});

describe('summaryRows and headerCaveats', () => {
  it('gives the penalty, agency and court rows, each naming its basis through the label', () => {
    const rows = summaryRows(checklist, (id) => `<${id}>`);
    expect(rows.map(([name]) => name)).toEqual(['Penalty', 'Agency', 'Court']);
    expect(rows[0]?.[1]).toBe(
      `${bandLine(checklist.penalty)} (<${checklist.penalty.basis}>, as enacted ${checklist.penalty.as_enacted})`,
    );
    expect(rows[1]?.[1]).toBe(`${checklist.agency.name} (<${checklist.agency.basis}>)`);
  });

  it('collects the caveats of the three rows, penalty first', () => {
    const { penalty, agency, court } = checklist;
    expect(headerCaveats(checklist)).toEqual([...penalty.caveats, ...agency.caveats, ...court.caveats]);
  });
});

describe('progressLine', () => {
  it('counts the items done of all', () => {
    const session = newSession(checklist);
    session.items[0] = { ...session.items[0]!, done: true };
    expect(progressLine(progressOf(checklist, session))).toBe(`1 of ${checklist.items.length} items done`);
  });
});

describe('changeLines', () => {
  const base = { from_corpus: 'a'.repeat(20), to_corpus: 'b'.repeat(20), changed: [], removed: [], added: [] };

  it('says nothing when nothing changed', () => {
    expect(changeLines(base)).toEqual([]);
  });

  it('names the two corpora briefly, then each changed, removed and new item', () => {
    expect(
      changeLines({
        ...base,
        changed: ['evidence.one'],
        removed: [
          { id: 'procedure.two', done: true, note: 'asked the clerk' },
          { id: 'victim.three', done: false },
        ],
        added: ['related.four'],
      }),
    ).toEqual([
      `The corpus changed since this checklist was saved (${'a'.repeat(12)} → ${'b'.repeat(12)}).`,
      'changed (tick kept): evidence.one',
      'removed: procedure.two (was ticked) (note: asked the clerk)',
      'removed: victim.three',
      'new: related.four',
    ]);
  });
});

describe('stateMap', () => {
  it('maps item states by id, and is empty without states', () => {
    const session = newSession(checklist);
    const map = stateMap(session.items);
    expect([...map.keys()]).toEqual(session.items.map((s) => s.id));
    expect(stateMap(undefined).size).toBe(0);
  });
});
