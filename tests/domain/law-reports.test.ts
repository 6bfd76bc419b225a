import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLawReports, parseLawReport } from '../../src/domain/citations/law-reports.js';

const canonical = (input: string) => parseLawReport(input)?.canonical;

describe('law-report citations', () => {
  it.each([
    ['PLD 1990 SC 513', 'PLD 1990 SC 513'],
    ['P L D 1990 Supreme Court 513', 'PLD 1990 SC 513'],
    ['P.L.D. 1990 S.C. 513', 'PLD 1990 SC 513'],
    ['PLD 2007 KAR. 448', 'PLD 2007 Kar. 448'],
    ['PLD 2007 Karachi 448', 'PLD 2007 Kar. 448'],
    ['P L D 1997 LAHORE 428', 'PLD 1997 Lah. 428'],
    ['P L D 2006 FSC 1', 'PLD 2006 FSC 1'],
    ['PLD 2006 Federal Shariat Court 1', 'PLD 2006 FSC 1'],
    ['2021 SCMR 456', '2021 SCMR 456'],
    ['2021 S.C.M.R. 456', '2021 SCMR 456'],
    ['2020 P.Cr.L.J. 789', '2020 P.Cr.L.J. 789'],
    ['2020 PCrLJ 789', '2020 P.Cr.L.J. 789'],
    ['2020 P Cr. L J 789', '2020 P.Cr.L.J. 789'],
    ['2019 YLR 98', '2019 YLR 98'],
    ['2019 Y L R 98', '2019 YLR 98'],
    ['2019 YLR 98 [Islamabad]', '2019 YLR 98'],
    ['2018 MLD 567', '2018 MLD 567'],
    ['1984 CLC 1345', '1984 CLC 1345'],
    ['PLJ 2019 Cr.C. 243', 'PLJ 2019 Cr.C. 243'],
    ['PLJ 2019 Cr. C. 243', 'PLJ 2019 Cr.C. 243'],
    ['PLJ 2023 CrC 593', 'PLJ 2023 Cr.C. 593'],
    ['PLJ 1990 SC 216', 'PLJ 1990 SC 216'],
    ['2008 UC 920', '2008 UC 920'],
    ['P.Cr.L.J. 2119', 'P.Cr.L.J. 2119'],
  ])('%s -> %s', (input, expected) => {
    expect(canonical(input)).toBe(expected);
  });

  it('recognises Indian reports as foreign, never as Pakistani', () => {
    expect(parseLawReport('AIR 1992 SC 38')).toMatchObject({ series: 'AIR', jurisdiction: 'India' });
    expect(parseLawReport('(1984) 3 SCC 161')).toMatchObject({
      canonical: '(1984) 3 SCC 161',
      jurisdiction: 'India',
    });
    expect(parseLawReport('MANU/SC/0051/1984')).toMatchObject({ jurisdiction: 'India', year: 1984 });
  });

  it('keeps a missing year as null rather than guessing one', () => {
    expect(parseLawReport('P.Cr.L.J. 2119')).toMatchObject({ year: null, page: 2119 });
  });

  it('rejects what only looks like a citation', () => {
    for (const input of [
      'PLD SC 513',
      'PLD 1990 Cr.C. 5',
      '2018 PTPA 3',
      'UC 920',
      'PLJ 2008 Cr. C (',
      'PLD 1990 SC',
    ]) {
      expect(parseLawReport(input), input).toBeUndefined();
    }
  });

  it('finds citations in running text with their spans', () => {
    const text = 'Reliance was placed on PLD 2020 Supreme Court 146, 2019 Y L R 98 and AIR 1992 SC 38.';
    const found = findLawReports(text);
    expect(found.map((f) => [f.canonical, text.slice(...f.span)])).toEqual([
      ['PLD 2020 SC 146', 'PLD 2020 Supreme Court 146'],
      ['2019 YLR 98', '2019 Y L R 98'],
      ['AIR 1992 SC 38', 'AIR 1992 SC 38'],
    ]);
  });
});

/** Canonical citations of every Pakistani series the parser knows. */
const year = fc.integer({ min: 1947, max: 2030 });
const page = fc.integer({ min: 1, max: 99999 });
const canonicalCitation = fc.oneof(
  fc
    .tuple(year, fc.constantFrom('SC', 'FSC', 'Lah.', 'Kar.', 'Sindh', 'Pesh.', 'Quetta', 'Bal.', 'Isl.', 'AJK'), page)
    .map(([y, court, p]) => `PLD ${y} ${court} ${p}`),
  fc
    .tuple(year, fc.constantFrom('SC', 'Cr.C.', 'Tr.C.', 'Lah.', 'Kar.', 'Pesh.'), page)
    .map(([y, court, p]) => `PLJ ${y} ${court} ${p}`),
  fc
    .tuple(year, fc.constantFrom('SCMR', 'P.Cr.L.J.', 'YLR', 'MLD', 'CLC', 'PLC', 'CLD', 'PTD', 'UC'), page)
    .map(([y, series, p]) => `${y} ${series} ${p}`),
);

/** Rewrites a canonical citation the way people type it: dots dropped or spaced, letters spaced, case changed. */
function variant(citation: string, choices: number[]): string {
  let i = 0;
  const pick = (n: number): number => (choices[i++ % choices.length] ?? 0) % n;
  return citation
    .split(' ')
    .map((word) => {
      if (/^\d+$/.test(word)) return word;
      const letters = word.replace(/\./g, '').match(/[A-Z][a-z]*|[a-z]+/g) ?? [word];
      const joined = ['', ' ', '.', '. '][pick(4)] ?? '';
      const text = letters.length > 1 ? letters.join(joined) + (joined.includes('.') ? '.' : '') : word;
      return [text, text.toUpperCase(), text.toLowerCase()][pick(3)] ?? text;
    })
    .join([' ', '  ', ' \t'][pick(3)] ?? ' ');
}

describe('law-report normalisation properties', () => {
  it('leaves a canonical citation unchanged', () => {
    fc.assert(fc.property(canonicalCitation, (citation) => canonical(citation) === citation));
  });

  it('normalises any spacing, dot or case variant back to the canonical form', () => {
    fc.assert(
      fc.property(canonicalCitation, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (citation, choices) => {
        expect(canonical(variant(citation, choices))).toBe(citation);
      }),
    );
  });

  it('finds a citation wherever it sits in text, with an exact span', () => {
    fc.assert(
      fc.property(canonicalCitation, fc.constantFrom('See ', 'relied on ', '(', ''), (citation, before) => {
        const text = `${before}${citation}, decided later.`;
        const [match] = findLawReports(text);
        expect(match?.canonical).toBe(citation);
        expect(match && text.slice(...match.span)).toBe(citation);
      }),
    );
  });
});
