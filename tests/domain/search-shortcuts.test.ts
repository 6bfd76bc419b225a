import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeStem, trimWord } from '../../src/domain/search/stemmer.js';
import { pairFinder } from '../../src/domain/search/rerank.js';
import { isStopWord } from '../../src/domain/search/lunr-compat.js';
import { parseLawReport } from '../../src/domain/citations/law-reports.js';
import type { SearchDocument } from '../../src/domain/search/documents.js';
import { searchVocabulary } from '../helpers.js';

// Each shortcut a search takes for speed gives what the plain way gives.

const stem = makeStem(searchVocabulary().stems);

describe('trimWord', () => {
  const unicodeTrim = (word: string) =>
    word.replace(/^[^\p{L}\p{N}\p{M}_]+/u, '').replace(/[^\p{L}\p{N}\p{M}_]+$/u, '');

  it('trims as the Unicode pattern does, ASCII shortcut or not', () => {
    const word = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.stringMatching(/^[A-Za-z0-9_][^]{0,8}[A-Za-z0-9_]$/),
      fc.constantFrom('"forced', 'labour,', '(a)', 'ٹریفکنگ،', 'é', '_x_', 'a'),
    );
    fc.assert(fc.property(word, (w) => trimWord(w) === unicodeTrim(w)));
  });
});

describe('the remembered stems', () => {
  it('stem every word as a fresh stemmer does, past the bound of what is remembered', () => {
    const fresh = (word: string) => makeStem(searchVocabulary().stems)(word);
    const words = fc.array(fc.stringMatching(/^[a-z]{1,50}$/), { maxLength: 200 });
    fc.assert(fc.property(words, (list) => list.every((word) => stem(word) === fresh(word))));
    // More distinct words than are remembered, then the first again.
    const many = Array.from({ length: 60_000 }, (_, i) => `w${i.toString(36)}ing`);
    expect(many.map(stem).at(0)).toBe(fresh(many[0] as string));
    expect(stem('forced')).toBe(fresh('forced'));
  });
});

describe('words standing together', () => {
  /** The plain reading: every word of every field, stop words skipped, in order. */
  function plainly(doc: SearchDocument, a: string, b: string): boolean {
    return (['heading', 'keywords', 'summary', 'body', 'text'] as const).some((field) => {
      const words = doc[field]
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w && !isStopWord(w));
      return words.some((word, i) => stem(word) === a && stem(words[i + 1] ?? '') === b);
    });
  }
  const vocabulary = [
    'forced',
    'force',
    'labour',
    'labor',
    'debt',
    'bondage',
    'bonded',
    'of',
    'the',
    'and',
    'for',
    'fo',
  ];
  const separators = [' ', ', ', ' (', '; ', '\n', ' — ', '-'];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { maxLength: 12 })
    .map((parts) => parts.map(([word, sep]) => word + sep).join(''));
  const doc = (heading: string, body: string) =>
    ({
      id: 'x',
      type: 'provision',
      heading,
      keywords: '',
      summary: '',
      body,
      text: '',
      instruments: [],
    }) as unknown as SearchDocument;

  it('finds a pair exactly where reading every word finds it', () => {
    const pairs = fc.constantFrom(['forced', 'labour'], ['debt', 'bondage'], ['labour', 'debt'], ['force', 'force']);
    fc.assert(
      fc.property(text, text, pairs, (heading, body, [x, y]) => {
        const [a, b] = [stem(x as string), stem(y as string)];
        const d = doc(heading, body);
        return pairFinder([a, b], stem)(d) === plainly(d, a, b);
      }),
      { numRuns: 500 },
    );
  });
});

describe('law reports', () => {
  it('reads nothing without a digit as a report', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).map((s) => s.replace(/\d/g, '')),
        (s) => !parseLawReport(s),
      ),
    );
    expect(parseLawReport('PLD 2020 SC 146')?.canonical).toBe('PLD 2020 SC 146');
  });
});
