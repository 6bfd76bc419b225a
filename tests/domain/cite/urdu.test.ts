import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citeText } from '../../../src/domain/cite/cite.js';
import { readingMatches, readingPattern, urduShadow } from '../../../src/domain/citations/urdu.js';
import { foldUrdu } from '../../../src/domain/common/urdu.js';
import { bundledCorpus, FIXTURES } from '../../helpers.js';

const DIR = join(FIXTURES, 'urdu');
const corpus = bundledCorpus();

interface Expected {
  text: string;
  line: number;
  references: { text: string; status: string; id?: string; candidates?: string[] }[];
}
const expected = parse(readFileSync(join(DIR, 'expected.yaml'), 'utf8')) as Record<string, Expected[]>;

describe('tip cite on Urdu FIRs, diaries and orders', () => {
  it.each(Object.keys(expected))('%s: every citation, nothing else, each placed in the original text', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const report = citeText(corpus, text, file);
    const found = report.citations.map((citation) => ({
      text: citation.text,
      line: citation.line,
      references:
        citation.type === 'statute'
          ? citation.references.map((ref) => ({
              text: ref.text,
              status: ref.status,
              ...(ref.id ? { id: ref.id } : {}),
              ...(ref.candidates ? { candidates: ref.candidates } : {}),
            }))
          : [],
    }));
    expect(found).toEqual(expected[file]);
    // Spans are code points of the text as written: the same Urdu, not a rewritten copy.
    const points = [...text];
    for (const citation of report.citations) expect(points.slice(...citation.span).join('')).toBe(citation.text);
  });

  it('keeps the heading of an FIR out of the sections: case number, date and police station', () => {
    const report = citeText(corpus, 'مقدمہ نمبر 600/26مورخہ19.07.26بجرم406ت پ تھانہ صدر', 'heading');
    expect(report.citations.map((c) => c.text)).toEqual(['بجرم406ت پ']);
    // Each recognised as what it is.
    expect(report.fir_headings).toEqual([
      expect.objectContaining({ number: '600/26', date: '19.07.26', police_station: 'صدر', line: 1, col: 1 }),
    ]);
    const urduDigits = citeText(corpus, 'مقدمہ نمبر ۴۱۲/۲۶ مورخہ ۰۳.۰۵.۲۶ بجرم ۳۷۱-A ت پ تھانہ سٹی نارووال', 'x');
    expect(urduDigits.fir_headings[0]).toMatchObject({
      number: '412/26',
      date: '03.05.26',
      police_station: 'سٹی نارووال',
    });
  });

  it("flags the forms tipkit's reference rates low: a hyphen before an Urdu letter", () => {
    const [citation] = citeText(corpus, 'بجرم ۳۶۵-بی ت پ', 'x').citations;
    const [ref] = citation?.type === 'statute' ? citation.references : [];
    expect(ref).toMatchObject({ id: 'ppc-1860:s365-B', status: 'recognised' });
    expect(ref?.warnings.join(' ')).toMatch(/low confidence/);
    const [plain] = citeText(corpus, 'بجرم 365 بی ت پ', 'x').citations;
    expect(plain?.type === 'statute' ? plain.references[0]?.warnings : undefined).toEqual([]);
  });

  it('reads the same citation in every digit set and letter form', () => {
    const ids = (text: string) =>
      citeText(corpus, text, 'x').citations.flatMap((c) => (c.type === 'statute' ? c.references.map((r) => r.id) : []));
    const western = ids('زیر دفعہ 161 ض ف');
    expect(western).toEqual(['crpc-1898:s161']);
    for (const variant of [
      'زیر دفعہ ۱۶۱ ض ف',
      'زیر دفعہ ١٦١ ض ف',
      'زیر دفعه 161 ض ف',
      'زیر دفعۂ 161 ض.ف',
      'زیر دفعہ 161 ض۔ف',
    ]) {
      expect(ids(variant), variant).toEqual(western);
    }
  });

  it('never throws on any mix of Urdu, digits and citation words, and keeps every span inside the text', () => {
    const pieces = [
      'دفعہ',
      'زیر',
      'بجرم',
      'ت پ',
      'ض ف',
      'اے',
      'بی',
      'و',
      '،',
      '/',
      '-',
      ' ',
      '۳',
      '7',
      '12',
      'بات',
      'پر',
      'PPC',
      '\u200c',
      'ـ',
      'ِ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const report = citeText(corpus, text, 'x');
        const length = [...text].length;
        for (const citation of report.citations) {
          expect(citation.span[0]).toBeGreaterThanOrEqual(0);
          expect(citation.span[1]).toBeLessThanOrEqual(length);
          expect(citation.span[0]).toBeLessThan(citation.span[1]);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('folding Urdu for matching', () => {
  const urdu = fc.string({
    unit: fc.constantFrom(...'دفعہزیربجرمتپضفاےبیكيهةۀۂ٠١٢٣۴۵۶۷۸۹0123 ،۔ـًٌٍَُِّْ\u200c\u200dﺑﺤﺚ'.split('')),
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(urdu, (text) => {
        expect(foldUrdu(foldUrdu(text))).toBe(foldUrdu(text));
      }),
    );
  });

  it('gives every digit set the same number', () => {
    fc.assert(
      fc.property(fc.nat(99_999), (n) => {
        const ascii = String(n);
        const urduDigits = ascii.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
        const arabicIndic = ascii.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
        expect(foldUrdu(urduDigits)).toBe(ascii);
        expect(foldUrdu(arabicIndic)).toBe(ascii);
      }),
    );
  });

  it('leaves Latin text as it is, and the text shown is never the folded one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        expect(foldUrdu(text)).toBe(text);
      }),
    );
    const text = 'زیر دفعہ ۱۶۱ ض ف';
    const [citation] = citeText(corpus, text, 'x').citations;
    expect(citation?.text).toBe(text);
  });
});

describe('reading Urdu at a bounded cost', () => {
  const lines = ['fir.txt', 'diary.txt', 'order.txt', 'prose.txt'].flatMap((file) =>
    readFileSync(join(DIR, file), 'utf8').split('\n').filter(Boolean),
  );
  const tries = (text: string) => {
    const work = { tries: 0 };
    urduShadow(text, work);
    return work.tries;
  };
  const found = (text: string) =>
    [...readingMatches(text)].map((m) => [m.index, m[0], m.findIndex((g, i) => i > 0 && g !== undefined)]);

  it('finds what one pattern of every form, tried at every place, finds', () => {
    const pieces = [
      ...['دفعہ', 'دفعات', 'زیر', 'بجرم', 'ت', 'پ', 'ت پ', 'ض', 'ف', 'ضف', 'اے', 'الف', 'بی', 'و', 'اس', 'کی', 'کے'],
      ...['نمبر', 'مقدمہ', 'تھانہ', 'مورخہ', 'تعزیرات', 'پاکستان', 'پی', 'سی', 'ٹریفکنگ', 'ان', 'پرسنز', 'ایکٹ'],
      ...['ء', '؁', '(', ')', '-', '.', '/', ',', ' ', ' ', '  ', '\n', '5', '12', '340', 'x', 'PPC', '😀', 'بات'],
      ...['365 بی', '295اے', '25(اے)', ' و ', '154 ض', '406ت پ'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = foldUrdu(parts.join(''));
        const plain = [...text.matchAll(readingPattern())].map((m) => [
          m.index,
          m[0],
          m.findIndex((g, i) => i > 0 && g !== undefined),
        ]);
        expect(found(text)).toEqual(plain);
      }),
      { numRuns: 2000 },
    );
  });

  it('tries the full pattern nowhere in Urdu prose with no number and none of its words, however long', () => {
    const plain = lines.filter((l) => !/[\d۰-۹]/.test(l) && tries(l) === 0);
    expect(plain.length).toBeGreaterThanOrEqual(4);
    expect(tries(plain.join('\n').repeat(2_000))).toBe(0);
  });

  it('tries it about twice per number and per form found, not once per character', () => {
    const text = lines.join('\n').repeat(200);
    const folded = foldUrdu(text);
    const forms = [...readingMatches(folded)].length;
    const numbers = folded.match(/\d+/g)?.length ?? 0;
    expect(tries(text)).toBeLessThanOrEqual(2 * (forms + numbers));
    // The same citations with prose between them: the prose costs nothing.
    const prose = lines.filter((l) => tries(l) === 0).join('\n');
    expect(
      tries(
        lines
          .map((l) => `${l}\n${prose}`)
          .join('\n')
          .repeat(200),
      ),
    ).toBe(tries(text));
  });
});
