/**
 * A law's name is tied first to the provisions beside it on its own line or in its own
 * sentence, and across a line break only when nothing on its own line claims it: so no
 * citation that a line holds on its own is lost, or read as another law's, when lines are
 * added around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeText, type StatuteCitation } from '../../../src/domain/cite/cite.js';
import { bundledCorpus } from '../../helpers.js';

const corpus = bundledCorpus();
const statutes = (text: string) =>
  citeText(corpus, text, 'test').citations.filter((c): c is StatuteCitation => c.type === 'statute');
/** Each provision read: its text and the id it resolved to ("unresolved" when none). */
const read = (text: string) =>
  statutes(text).flatMap((c) => c.references.map((r) => `${r.text} → ${r.id ?? r.status}`));

describe('a law name is tied to the numbers on its own line first', () => {
  it('keeps "r/w 370 PPC" when the next line adds a section with no law named (English and Urdu)', () => {
    for (const next of ['section 11 was also added', 'زیر دفعہ 11']) {
      const found = read(`accused booked r/w 370 PPC\n${next}`);
      expect(found, next).toContain('370 → ppc-1860:s370');
      expect(found, next).toContain('11 → unresolved');
    }
  });

  it.each([
    ['numbers before the name', 'u/s 370 PPC\nsection 11 added', ['370 → ppc-1860:s370', '11 → unresolved']],
    ['numbers after the name', 'section 11\nPPC 370 added', ['11 → unresolved', '370 → ppc-1860:s370']],
    ['a designator before the name', 'section 370 PPC\nsection 11 added', ['370 → ppc-1860:s370', '11 → unresolved']],
    ['a designator after the name', 'section 11\nPPC s. 370', ['11 → unresolved', '370 → ppc-1860:s370']],
    ['a list', 'ss. 3, 4 and 5 PTPA\nsection 11 added', ['3 → ptpa-2018:s3', '4 → ptpa-2018:s4', '5 → ptpa-2018:s5']],
    ['Urdu order', 'بجرم 370 ت پ\nزیر دفعہ 11', ['370 → ppc-1860:s370', '11 → unresolved']],
    [
      'a dotted name ending a sentence',
      'u/s 370 P.P.C. Section 11 was added',
      ['370 → ppc-1860:s370', '11 → unresolved'],
    ],
  ])('%s', (_, text, expected) => {
    const found = read(text);
    for (const reference of expected) expect(found).toContain(reference);
    expect(found.filter((r) => r.includes('ppc-1860:s11') || r.includes('ptpa-2018:s11'))).toEqual([]);
  });

  it('still ties a name to provisions on another line when nothing on its own line claims it', () => {
    expect(read('section 11\nPPC')).toEqual(['11 → ppc-1860:s11']);
    expect(read('charged under the PTPA\nsection 3 and 4')).toEqual(['3 → ptpa-2018:s3', '4 → ptpa-2018:s4']);
  });

  it('reads a list that runs on to the next line as one list, each line keeping its own law', () => {
    expect(read('u/s 3, 4,\n5 PPC')).toEqual(['3 → ppc-1860:s3', '4 → ppc-1860:s4', '5 → ppc-1860:s5']);
    expect(read('PTPA section 3,\n4 PPC')).toEqual(['3 → ptpa-2018:s3', '4 → ppc-1860:s4']);
  });
});

/** Pieces of real citations, English and Urdu, and the words around them. */
const PIECES = [
  ...['u/s', 'section', 'Section', 's.', 'ss.', 'S-', '§', 'Art.', 'r/w', 'read with', 'of the', 'said', 'No.'],
  ...['PPC', 'P.P.C.', 'PTPA', 'CrPC', 'Cr.P.C.', 'Emigration Ordinance', 'the Act', 'Palermo'],
  ...['370', '11', '3(2)', '371-A', '4', '5', '161', '2018', 'and', ',', '/', 'to', '-', '&', '.', 'PLD 2020 SC 146'],
  ...['accused', 'was', 'booked', 'also', 'added', 'FIR'],
  ...['زیر دفعہ', 'زیر', 'دفعہ', 'دفعات', 'بجرم', 'ت پ', 'ض ف', 'ض', 'تعزیرات پاکستان', 'کی', 'اس', 'و', 'اے'],
  ...['ٹریفکنگ ان پرسنز ایکٹ', 'ملزم', 'مقدمہ نمبر', 'نمبر', 'تھانہ', '۳۷۰', '۱۱', 'بی', '۔', '،'],
];
const line = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', ' ', '')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([piece, space]) => piece + space).join(''));

/** Where each line of `lines` starts, in code points, once joined with line breaks. */
function offsets(lines: readonly string[]): number[] {
  let at = 0;
  return lines.map((l) => {
    const start = at;
    at += [...l].length + 1;
    return start;
  });
}

describe('citations of a line, among other lines', () => {
  it('no citation a line holds on its own is lost or changes law when lines are added around it', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 4 }), (lines) => {
        const whole = statutes(lines.join('\n'));
        const references = whole.flatMap((c) => c.references.map((r) => ({ ...r, law: c.law?.id, whole: c.span })));
        lines.forEach((alone, i) => {
          const at = offsets(lines)[i] as number;
          for (const citation of statutes(alone)) {
            for (const ref of citation.references) {
              const span: [number, number] = [ref.span[0] + at, ref.span[1] + at];
              const lawOnly = ref.id !== undefined && !ref.id.includes(':');
              const same = lawOnly
                ? // A law cited alone may gain provisions from another line, never lose its place.
                  references.find((r) => r.law === ref.id && r.whole[0] <= span[0] && r.whole[1] >= span[1])
                : references.find((r) => r.span[0] === span[0] && r.span[1] === span[1]);
              const where = `line ${i + 1} "${alone}": "${ref.text}"`;
              expect(same, `${where} is lost`).toBeDefined();
              if (!lawOnly && ref.id) expect(same?.id, `${where} changes law`).toBe(ref.id);
              if (ref.status === 'ambiguous') expect(same?.candidates, where).toEqual(ref.candidates);
            }
          }
        });
      }),
      { numRuns: 400 },
    );
  });
});
