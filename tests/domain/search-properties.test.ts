/**
 * Properties of the whole search (store, scorer, rerank, hits), not only of bm25.ts: a
 * document that says the query's word once more never ranks below one that is otherwise
 * the same, and a boost (a field's, or a query term's) makes what it boosts weigh more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchDocument, SearchField } from '../../src/domain/search/documents.js';
import { searchSource, type SearchResult } from '../../src/domain/search/search.js';
import { buildSearchStore } from '../../src/domain/search/store-build.js';
import { storeFromBytes } from '../../src/domain/search/store-file.js';
import { storeSource } from '../../src/domain/search/store-source.js';
import { bundledCorpus, storeIdentity } from '../helpers.js';

const identity = storeIdentity(bundledCorpus());

/** Made-up words: no stop word, synonym or citation among them. */
const FILLER = ['quinvex', 'morlap', 'tessik', 'vandrel', 'pormish', 'lokast', 'brindet', 'caskow'];
const WORD = 'zorblat';
const OTHER = 'fennabar';

function doc(id: string, fields: Partial<Record<SearchField, string>>): SearchDocument {
  return {
    id,
    type: 'provision',
    instruments: ['ptpa-2018'],
    heading: '',
    keywords: '',
    summary: '',
    body: '',
    text: '',
    ...fields,
  };
}

function search(documents: SearchDocument[], query: string): SearchResult {
  const chunks: Buffer[] = [];
  buildSearchStore([documents], identity, (chunk) => chunks.push(Buffer.from(chunk)));
  return searchSource(storeSource(storeFromBytes(Buffer.concat(chunks))), query, { limit: documents.length });
}

/** Where a document stands among the hits, and its score. */
function standing(result: SearchResult, id: string): { at: number; score: number } {
  const at = result.hits.findIndex((hit) => hit.id === id);
  expect(at, id).toBeGreaterThanOrEqual(0);
  return { at, score: result.hits[at]?.score as number };
}

const words = (length: number) => fc.array(fc.constantFrom(...FILLER), { minLength: length, maxLength: length });
/** Other documents, each with a two-word heading and a body of `bodyWords`, none holding the query's words. */
const others = (bodyWords: number) =>
  fc
    .array(fc.tuple(words(2), words(bodyWords)), { minLength: 0, maxLength: 6 })
    .map((list) =>
      list.map(([heading, body], i) => doc(`z:${i}`, { heading: heading.join(' '), body: body.join(' ') })),
    );

describe('the whole search, as properties', () => {
  it('is monotonic in term frequency: one more occurrence never ranks a document lower', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), words(8), others(8), (count, filler, rest) => {
        const body = (n: number) => `${`${WORD} `.repeat(n)}${filler.join(' ')}`;
        // "x:1" sorts first: on equal scores it comes first too, so "not below" is its place.
        const result = search(
          [doc('x:2', { body: body(count) }), doc('x:1', { body: body(count + 1) }), ...rest],
          WORD,
        );
        const more = standing(result, 'x:1');
        const fewer = standing(result, 'x:2');
        expect(more.score).toBeGreaterThanOrEqual(fewer.score);
        expect(more.at).toBeLessThan(fewer.at);
      }),
      { numRuns: 40 },
    );
  });

  it('respects field boosts: the word in the heading outweighs it in the body, all else alike', () => {
    fc.assert(
      fc.property(words(2), words(6), others(7), (heading, body, rest) => {
        // Every heading two words and every body seven, so each field's length is its average.
        const inHeading = doc('x:2', { heading: `${WORD} ${heading[1]}`, body: `${heading[0]} ${body.join(' ')}` });
        const inBody = doc('x:1', { heading: heading.join(' '), body: `${WORD} ${body.join(' ')}` });
        const result = search([inHeading, inBody, ...rest], WORD);
        expect(standing(result, 'x:2').score).toBeGreaterThan(standing(result, 'x:1').score);
        expect(standing(result, 'x:2').at).toBeLessThan(standing(result, 'x:1').at);
      }),
      { numRuns: 30 },
    );
  });

  it('respects query boosts: the boosted word outweighs another as rare, and without a boost they tie', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), words(6), others(7), (boost, body, rest) => {
        const documents = [
          doc('x:2', { heading: `${WORD} ${body[0]}`, body: body.join(' ') }),
          doc('x:1', { heading: `${OTHER} ${body[0]}`, body: body.join(' ') }),
          ...rest,
        ];
        const boosted = search(documents, `${WORD}^${boost} ${OTHER}`);
        expect(standing(boosted, 'x:2').score).toBeGreaterThan(standing(boosted, 'x:1').score);
        expect(standing(boosted, 'x:2').at).toBeLessThan(standing(boosted, 'x:1').at);
        const even = search(documents, `${WORD} ${OTHER}`);
        expect(standing(even, 'x:2').score).toBe(standing(even, 'x:1').score);
      }),
      { numRuns: 30 },
    );
  });
});
