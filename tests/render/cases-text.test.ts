import { describe, expect, it } from 'vitest';
import { caseView, listCases, type CaseSummary } from '../../src/domain/cases/cases.js';
import { renderCase, renderCaseList } from '../../src/render/cases-text.js';
import { PLAIN, type Style } from '../../src/render/style.js';
import { bundledCorpus } from '../helpers.js';

const style: Style = { paint: PLAIN, width: 80 };
const corpus = bundledCorpus();
const cases = listCases(corpus);

function summary(extra: Partial<CaseSummary>): CaseSummary {
  return {
    id: 'invented-case-2001',
    short: 'An invented case',
    title: 'A v B (made up for a test)',
    court: 'Lahore High Court',
    court_code: 'lhc',
    decided: '2001-02-03',
    year: 2001,
    citations: ['2001 XYZ 1'],
    citation_status: 'verified',
    confidence: 'high',
    tags: [],
    ...extra,
  } as CaseSummary;
}

describe('renderCaseList', () => {
  it('gives a header, two lines a case in the order given, and the count', () => {
    const lines = renderCaseList(cases, style).split('\n');
    expect(lines[0]).toMatch(/^ID +COURT +DECIDED +CITATION$/);
    const ids = lines.filter((_, i) => i >= 1 && i <= cases.length * 2 && i % 2 === 1).map((l) => l.split(' ')[0]);
    expect(ids).toEqual(cases.map((c) => c.id));
    expect(lines.at(-1)).toBe(`${cases.length} cases. Show one with: tip cases show <id or citation>`);
  });

  it('lines up the columns and flags a case held with less than high confidence', () => {
    const [head, first, second] = renderCaseList(
      [summary({ confidence: 'medium', decided: null, year: 1999, citations: [] })],
      style,
    ).split('\n');
    expect(head?.indexOf('COURT')).toBe(38);
    expect(first).toBe(
      `${'invented-case-2001'.padEnd(38)}${'LHC'.padEnd(10)}${'rep. 1999'.padEnd(12)}(citation not found)`,
    );
    expect(second).toBe('  An invented case (medium confidence)');
  });

  it('says a case with no law report has none, and "1 case" for one', () => {
    const text = renderCaseList([summary({ citations: [], citation_status: 'not-applicable' })], style);
    expect(text).toContain('(no law report)');
    expect(text.split('\n').at(-1)).toBe('1 case. Show one with: tip cases show <id or citation>');
  });

  it('says how to list them all when none match, and prints notes after', () => {
    expect(renderCaseList([], style, ['only some courts are listed']).split('\n')).toEqual([
      'No cases match. List them all with: tip cases',
      'Note: only some courts are listed',
    ]);
  });
});

describe('renderCase', () => {
  const c = corpus.cases[0]!;
  const view = caseView(corpus, c);
  const lines = renderCase(view, style).split('\n');

  it('heads the page with the short name and the id', () => {
    expect(lines[0]).toBe(`${view.short}  [${view.id}]`);
  });

  it('labels the court and the citation in a column', () => {
    expect(lines.find((line) => line.startsWith('  Court '))).toMatch(/^ {2}Court {9}\S/);
    expect(lines.some((line) => line.startsWith('  Citation      '))).toBe(true);
  });

  it('wraps every line but the heading within the width', () => {
    const narrow = renderCase(view, { paint: PLAIN, width: 50 }).split('\n').slice(1);
    const long = narrow.filter((line) => line.length > 50 && /\s\S+\s/.test(line.trim()));
    expect(long).toEqual([]);
  });
});
