import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeText } from '../../../src/domain/import/describe-text.js';
import { languageOf } from '../../../src/domain/import/languages.js';
import { splitParagraphs } from '../../../src/domain/import/paragraphs.js';
import { buildProvisions } from '../../../src/domain/import/provisions.js';
import { readOfficialText, type ReadInstrument } from '../../../src/domain/import/read.js';

describe('paragraph pinpoints', () => {
  it('reads (1), 1., a), (a) and (i) as the pinpoints tipkit uses, nesting clauses under their paragraph', () => {
    const body = [
      'Opening words,',
      '(1) First.',
      '(a) one;',
      '(b) two;',
      '(i) a sub-clause;',
      '2. Second.',
      'a) item;',
      '- (c) bullet.',
    ].join('\n\n');
    expect(splitParagraphs(body).map((p) => p.path.join(''))).toEqual([
      '',
      '(1)',
      '(1)(a)',
      '(1)(b)',
      '(1)(b)(i)',
      '(2)',
      '(2)(a)',
      '(2)(c)',
    ]);
  });

  it('reads Urdu numbering: (۱) and (١) as (1), (الف) to (د) as (a) to (d)', () => {
    const body = ['ابتدائی الفاظ،', '(۱) پہلا۔', '(الف) ایک؛', '(ب) دو؛', '(٢) دوسرا۔', '(ج) تین؛', '(د) چار۔'].join(
      '\n\n',
    );
    expect(splitParagraphs(body).map((p) => p.path.join(''))).toEqual([
      '',
      '(1)',
      '(1)(a)',
      '(1)(b)',
      '(2)',
      '(2)(c)',
      '(2)(d)',
    ]);
  });

  it('takes (i) after (h) as the next letter, not a roman numeral', () => {
    const body = ['(g) g;', '(h) h;', '(i) i;', '(j) j.'].join('\n\n');
    expect(splitParagraphs(body).map((p) => p.path.join(''))).toEqual(['(g)', '(h)', '(i)', '(j)']);
  });

  it('never loses or reorders text, whatever the input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }).filter((s) => !s.includes('\n\n') && s.trim() !== '')),
        (paragraphs) => {
          const body = paragraphs.join('\n\n');
          const split = splitParagraphs(body);
          expect(split.map((p) => p.text).join('\n\n')).toBe(body.split('\n\n').filter(Boolean).join('\n\n'));
          for (const p of split) for (const id of p.path) expect(id).toMatch(/^\([0-9a-z]+\)$/);
        },
      ),
    );
  });
});

describe('languages', () => {
  it('tells English, French, Spanish and Urdu apart', () => {
    expect(languageOf('Each State Party shall report the matter to the other States Parties.')).toBe('English');
    expect(languageOf('Chaque État Partie signale aux autres États Parties tout feu éteint dans la semaine.')).toBe(
      'French',
    );
    expect(languageOf('Cada Estado Parte informará a los demás Estados Partes de las luces apagadas.')).toBe('Spanish');
    expect(languageOf('ہر ریاست دوسری ریاستوں کو بتائے گی')).toBe('Urdu');
  });
});

describe('what a text says it is', () => {
  it('reads title, kind, year, number and the extent clause', () => {
    const d = describeText(
      {
        opening: 'THE PUNJAB LANTERN ORDINANCE, 2001\n(Ordinance No. XII of 2001)',
        body: 'It extends to the whole of the Province of the Punjab.',
        sections: [],
        file: 'lantern.txt',
      },
      {},
    );
    expect(d).toMatchObject({
      id: 'plo-2001',
      instrument: {
        title: 'The Punjab Lantern Ordinance, 2001',
        short: 'PLO',
        kind: 'ordinance',
        year: 2001,
        official_number: { value: 'Ordinance No. XII of 2001', confidence: 'high' },
        jurisdiction: { value: 'Punjab', confidence: 'high' },
      },
    });
  });

  it('says unknown, not a guess, where the text prints no number or extent', () => {
    const text = (opening: string, body: string) => ({ opening, body, sections: [], file: 'harbour.md' });
    const d = describeText(text('# The Harbour Act, 2020', 'Nothing about where it applies.'), {});
    expect(d?.instrument.official_number).toMatchObject({ value: 'unknown' });
    expect(d?.instrument.jurisdiction).toMatchObject({ value: 'unknown' });
    expect(describeText(text('No title here at all.', ''), {})).toBeUndefined();
  });
});

describe('provisions read from a text', () => {
  const [read] = readOfficialText(
    [
      'CONTENTS',
      '1. Short title.',
      '2. Register.',
      '3. Inspection book.',
      '',
      '# 1. Short title',
      'Text one.',
      '# Register',
      'Text two.',
      '# Inspection book',
      'Text three.',
      '# Something else',
      'Text four.',
    ].join('\n'),
  ).instruments as [ReadInstrument];

  it('numbers as printed, from the CONTENTS list by heading, or by order between numbered ones; the rest is reported', () => {
    expect(read.contents.map((c) => c.number)).toEqual(['1', '2', '3']);
    const built = buildProvisions('rules', read.blocks, read.contents);
    expect(built.provisions.map((p) => `${p.id} ${p.placed} ${p.number_printed}`)).toEqual([
      'r1 number true',
      'r2 contents false',
      'r3 contents false',
    ]);
    // After the last numbered section nothing bounds a lost number: reported, not guessed.
    expect(built.unplaced.map((u) => u.heading)).toEqual(['Something else']);
    const between = buildProvisions(
      'rules',
      readOfficialText('# 1. One\nA.\n# Lost\nB.\n# 3. Three\nC.').instruments[0]!.blocks,
      [],
    );
    expect(between.provisions.map((p) => `${p.id} ${p.placed} ${p.confidence}`)).toEqual([
      'r1 number high',
      'r2 order medium',
      'r3 number high',
    ]);
    const ambiguous = buildProvisions(
      'rules',
      readOfficialText('# 1. One\nA.\n# Lost\nB.\n# Lost too\nC.\n# 5. Five\nE.').instruments[0]!.blocks,
      [],
    );
    expect(ambiguous.provisions.map((p) => p.id)).toEqual(['r1', 'r5']);
    expect(ambiguous.unplaced.map((u) => u.heading)).toEqual(['Lost', 'Lost too']);
  });
});
