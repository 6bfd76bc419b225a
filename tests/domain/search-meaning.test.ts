import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareQuery, QUERY_LIMITS } from '../../src/domain/search/query.js';
import { makeStem } from '../../src/domain/search/stemmer.js';
import { bundledCorpus, searchVocabulary, storeSearch } from '../helpers.js';

const corpus = bundledCorpus();
const stemWord = makeStem(searchVocabulary().stems);
const search = storeSearch(corpus);
const ids = (query: string, limit = 10) => search(query, { limit }).hits.map((hit) => hit.id);
/** Provisions about organized crime rather than organs: UNTOC's and the protocols' group articles. */
const organizedCrime = (id: string) => /^untoc:|organized/.test(id) && id !== 'untoc:art20';

describe('stems that would change the meaning of a search', () => {
  it.each([
    ['organ', 'organized'],
    ['organs', 'organization'],
    ['organ', 'organised'],
    ['minor', 'minority'],
    ['inform', 'informant'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(stemWord(a)).not.toBe(stemWord(b));
  });

  it.each([
    ['organized', 'organised'],
    ['organization', 'organisation'],
    ['child', 'children'],
    ['smuggling', 'smugglers'],
    ['trafficking', 'trafficked'],
  ])('joins %s and %s', (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });

  it('answers "organ removal" with the provisions on organ removal, not organized crime', () => {
    const hits = ids('organ removal');
    expect(hits.slice(0, 2)).toEqual(expect.arrayContaining(['palermo-protocol:art3', 'ptpa-2018:s3']));
    expect(hits.filter(organizedCrime)).toEqual([]);
  });

  it('still finds organized crime for "organized criminal group", in either spelling', () => {
    expect(ids('organized criminal group')[0]).toBe('untoc:art5');
    expect(ids('organised criminal group')).toEqual(ids('organized criminal group'));
  });

  it('finds the penalty band for a child victim as a hit of its own', () => {
    expect(ids('penalty for trafficking a child', 3)).toContain('ptpa-2018:s3(2)');
    expect(ids('punishment trafficking woman', 3)).toContain('ptpa-2018:s3(2)');
  });
});

describe('every query has a bounded cost', () => {
  it('keeps at most the limits of characters and words, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (raw) => {
        const prepared = prepareQuery(raw);
        const words = prepared.text.split(/\s+/).filter(Boolean).length + prepared.phrases.flat().length;
        expect(words).toBeLessThanOrEqual(QUERY_LIMITS.maxTerms);
        expect([...prepared.text].length).toBeLessThanOrEqual(QUERY_LIMITS.maxChars);
      }),
    );
  });

  it('answers a 1000-letter word, a 400-letter word with ~9 and a pasted page, saying what was cut', () => {
    const long = 'qwertyuiop'.repeat(100);
    expect(search(long).total).toBe(0);
    expect(search(`${long.slice(0, 400)}~9`).total).toBe(0);
    const page = search('debt bondage '.repeat(500));
    expect(page.hits[0]?.id).toBe('ptpa-2018:s3');
    expect(page.notices.join(' ')).toMatch(/first 1000 characters/);
    expect(page.notices.join(' ')).toMatch(/only the first 32 were searched/);
  });

  it('notes an unclosed quote instead of ignoring it silently', () => {
    const result = search('"debt bondage');
    expect(result.hits[0]?.id).toBe('ptpa-2018:s3');
    expect(result.notices.join(' ')).toContain('quote (") is not closed');
  });
});
