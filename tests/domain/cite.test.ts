import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citeText, type FoundCitation } from '../../src/domain/cite/cite.js';
import { decodeInput } from '../../src/domain/common/decode.js';
import { UsageError } from '../../src/domain/common/errors.js';
import { bundledCorpus, FIXTURES, expected } from '../helpers.js';

const corpus = bundledCorpus();
const cite = (text: string) => citeText(corpus, text, 'test').citations;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a citation resolved to, in the form the expectation files use. */
function outcome(citation: FoundCitation): { refs?: string[]; case?: string; status?: string } {
  if (citation.type === 'law-report') return citation.case ? { case: citation.case.id } : { status: citation.status };
  return { refs: citation.references.map((ref) => (ref.status === 'unresolved' ? 'unresolved' : (ref.id ?? ''))) };
}

describe.each(['fir', 'bail-order'])('tip cite on the %s fixture', (name) => {
  const text = readFileSync(join(FIXTURES, 'cite', `${name}.txt`), 'utf8');
  const expected = parse(readFileSync(join(FIXTURES, 'cite', `${name}.expected.yaml`), 'utf8')) as ({
    text: string;
  } & ReturnType<typeof outcome>)[];
  const found = cite(text);

  it('finds every planted citation, in order, and nothing else', () => {
    expect(found.map((c) => oneLine(c.text))).toEqual(expected.map((e) => oneLine(e.text)));
  });

  it('resolves each one as expected', () => {
    expect(found.map(outcome)).toEqual(expected.map(({ text: _text, ...rest }) => rest));
  });

  it('gives spans and line:col that point at the citation', () => {
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    for (const citation of found) {
      expect(text.slice(...citation.span)).toBe(citation.text);
      expect((lineStarts[citation.line - 1] ?? NaN) + citation.col - 1).toBe(citation.span[0]);
      if (citation.type === 'statute') {
        for (const ref of citation.references) {
          expect(ref.span[0]).toBeGreaterThanOrEqual(citation.span[0]);
          expect(ref.span[1]).toBeLessThanOrEqual(citation.span[1]);
        }
      }
    }
  });
});

describe('expected citations, embedded in a sentence', () => {
  const cases = expected<{ input: string; expect: string }[]>('citations.yaml');
  it.each(cases)('$input -> $expect', ({ input, expect: expected }) => {
    const found = cite(`The accused was charged under ${input} on the same day.`);
    expect(found).toHaveLength(1);
    const [citation] = found;
    if (citation?.type !== 'statute') throw new Error('expected a statute citation');
    expect(citation.text).toBe(input.trim().replace(/\.$/, ''));
    const [ref] = citation.references;
    if (expected === 'not-found') expect(ref?.status).toBe('unresolved');
    else expect(ref?.id).toBe(expected);
  });
});

describe('reading real-world text', () => {
  it('does not take amounts, dates, counts or case numbers for sections', () => {
    const text =
      "Rs. 5,000 was paid on 3 March; Jan's 3 sons and 4 others left. FIR No. 154/23 and Crl. Bail Appln. No. S- 503 of 2022 were heard on 11.06.2018.";
    expect(cite(text)).toEqual([]);
  });

  it('reports a provision with no law named, and an ambiguous law, as unresolved', () => {
    const [alone, palermo] = cite('He relied on sections 3 and 4. See also Palermo art 6.');
    expect(alone).toMatchObject({ type: 'statute', status: 'unresolved', text: 'sections 3 and 4' });
    expect(palermo).toMatchObject({ status: 'unresolved', text: 'Palermo art 6' });
    expect(palermo?.type === 'statute' && palermo.references[0]?.reason).toMatch(/palermo-protocol or untoc/);
  });

  it('reads "the Act" as the last act named, and says so', () => {
    const act = cite('Under the PTPA and the PPC, section 7 of the Act applies.').at(-1);
    expect(act?.type === 'statute' && act.references[0]).toMatchObject({
      id: 'ptpa-2018:s7',
      warnings: [expect.stringMatching(/"the Act" read as PTPA/)],
    });
    expect(cite('Section 3 of the Act applies.')[0]).toMatchObject({ status: 'unresolved' });
  });

  it('counts spans in code points, so text in any script lines up', () => {
    const text = 'متاثرہ 😀 u/s 3 PTPA';
    const [citation] = cite(text);
    expect(citation?.span).toEqual([9, 19]);
    expect([...text].slice(...(citation?.span ?? [0, 0])).join('')).toBe('u/s 3 PTPA');
    expect(citation?.col).toBe(10);
  });

  it('handles headnote style and canonical ids', () => {
    const found = cite('Penal Code (XLV of 1860)---Ss. 328-A, 337-A(i); ptpa-2018:s3(2); CrPC 164');
    expect(found.map(outcome)).toEqual([
      { refs: ['ppc-1860:s328-A', 'ppc-1860:s337-A(i)'] },
      { refs: ['ptpa-2018:s3(2)'] },
      { refs: ['crpc-1898:s164'] },
    ]);
  });
});

/** Citations generated the way FIRs write them, with the id each must resolve to. */
const designator = fc.constantFrom('u/s ', 'U/S ', 'section ', 'Section ', 's.', 'S. ', 'sec. ', 'Sec ');
const law = fc.oneof(
  fc.record({
    name: fc.constantFrom('PTPA', 'PTPA 2018', 'the PTPA'),
    id: fc.constant('ptpa-2018'),
    number: fc.integer({ min: 1, max: 16 }),
    letter: fc.constant(''),
  }),
  fc.record({
    name: fc.constantFrom('PPC', 'P.P.C.', 'Pakistan Penal Code'),
    id: fc.constant('ppc-1860'),
    number: fc.integer({ min: 1, max: 511 }),
    letter: fc.constantFrom('', '-A', '-B'),
  }),
  fc.record({
    name: fc.constantFrom('Emigration Ordinance', 'Emigration Ordinance, 1979'),
    id: fc.constant('emigration-ordinance-1979'),
    number: fc.integer({ min: 1, max: 25 }),
    letter: fc.constant(''),
  }),
);
const filler = fc
  .array(
    fc.constantFrom('the', 'accused', 'was', 'arrested', 'on', 'complaint', 'and', 'sent', 'to', 'jail', 'victim'),
    { maxLength: 6 },
  )
  .map((w) => w.join(' '));

describe('citation extraction properties', () => {
  it('finds a generated citation anywhere in prose, with its exact span and id', () => {
    fc.assert(
      fc.property(designator, law, fc.boolean(), filler, filler, (d, l, ofForm, before, after) => {
        const bare = l.name.replace(/^the /, '');
        const citation = ofForm ? `${d}${l.number}${l.letter} of ${l.name}` : `${d}${l.number}${l.letter} ${bare}`;
        const text = `${before} ${citation}, ${after}.`;
        const found = cite(text);
        expect(found).toHaveLength(1);
        const [only] = found;
        expect(only?.text).toBe(citation);
        expect(text.slice(...(only?.span ?? [0, 0]))).toBe(citation);
        expect(only?.type === 'statute' && only.references.map((r) => r.id)).toEqual([
          `${l.id}:s${l.number}${l.letter}`,
        ]);
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const report = citeText(corpus, text, 'random');
        for (const c of report.citations) expect(c.span[0]).toBeLessThanOrEqual(c.span[1]);
      }),
    );
  });
});

describe('decoding input', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads UTF-8 with or without a BOM, and UTF-16 with a BOM', () => {
    expect(decodeInput(bytes('\uFEFFu/s 3 PTPA'), 'x').text).toBe('u/s 3 PTPA');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'PTPA'].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(decodeInput(utf16, 'x').text).toBe('PTPA');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    const { text, notices } = decodeInput(new Uint8Array([0x53, 0xe9, 0x63]), 'old.txt');
    expect(text).toBe('Séc');
    expect(notices.join(' ')).toMatch(/not valid UTF-8/);
  });

  it('refuses PDFs and binary files with a hint', () => {
    expect(() => decodeInput(bytes('%PDF-1.7 ...'), 'order.pdf')).toThrow(/looks like a PDF/);
    expect(() => decodeInput(new Uint8Array([0x50, 0x00, 0x01, 0x02]), 'blob')).toThrow(UsageError);
  });
});
