import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/domain/corpus/model.js';
import { documentBatches, searchDocuments } from '../../src/domain/search/documents.js';
import { wholeIndexSource, wholeLunrIndex } from '../lunr-index.js';
import { lunr, type Lunr } from '../../src/domain/search/lunr.js';
import { applyQuery, prepareQuery } from '../../src/domain/search/query.js';
import { buildSearchStore } from '../../src/domain/search/store-build.js';
import type { SearchStore } from '../../src/domain/search/store-read.js';
import { storeFromBytes } from '../../src/domain/search/store-file.js';
import { storeSource } from '../../src/domain/search/store-source.js';
import { scoreMatches } from '../../src/domain/search/store-score.js';
import type { SearchDocument } from '../../src/domain/search/documents.js';
import { searchSource, type SearchOptions } from '../../src/domain/search/search.js';
import { after, held } from '../../src/domain/search/staged.js';
import { bundledCorpus, expected, storeIdentity } from '../helpers.js';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeScaleCorpus } from '../bench/scale-corpus.mjs';
import { readCorpusSource } from '../../src/domain/corpus/files.js';
import { parseCorpus } from '../../src/domain/corpus/parse.js';
import { tempDir } from '../helpers.js';

/** A whole lunr index as lunr itself builds and loads it, and the store built from the same documents. */
function both(corpus: Corpus): { full: Lunr.Index; store: SearchStore; terms: string[] } {
  const documents = searchDocuments(corpus);
  const full = wholeLunrIndex(documents, storeIdentity(corpus));
  const chunks: Buffer[] = [];
  buildSearchStore([documents], storeIdentity(corpus), (chunk) => chunks.push(Buffer.from(chunk)));
  return {
    full,
    store: storeFromBytes(Buffer.concat(chunks)),
    terms: Object.keys((full as unknown as { invertedIndex: object }).invertedIndex),
  };
}

let bundledBoth: ReturnType<typeof both> | undefined;
/** both() of the bundled corpus, built once for the tests that only read it. */
const bundledIndexes = (): ReturnType<typeof both> => (bundledBoth ??= both(bundledCorpus()));

type Row = [string, number];

/** lunr's results as [ref, score], in the order the CLI shows them (score, then id). */
function ranked(results: Lunr.Index.Result[] | undefined): Row[] | 'unparsable' {
  if (!results) return 'unparsable';
  return results.map((r): Row => [r.ref, r.score]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function compare(full: Lunr.Index, store: SearchStore, query: string, fuzzy: boolean): void {
  const build = (q: Lunr.Query) => applyQuery(q, prepareQuery(query), fuzzy, store.stem);
  let whole: Lunr.Index.Result[] | undefined;
  try {
    whole = full.query(build);
  } catch (error) {
    if (!(error instanceof lunr.QueryParseError)) throw error;
  }
  // The store's refs are document numbers: compare by the ids they stand for.
  const partial = held(
    storeSource(store).run(build, (refs) => after([], () => refs.map(() => true)), Infinity),
  )?.results.map((r) => ({ ...r, ref: store.meta(Number(r.ref)).id }));
  // Scores to the last bit: the store must not just rank alike, it must score alike.
  expect(ranked(partial), `${query} (fuzzy ${fuzzy})`).toEqual(ranked(whole));
  if (!whole) return;
  // The store's own scoring, which picks the documents lunr is given, to the last bit too.
  const { docs, scores } = scoreMatches(store.reach(store.planReach(build)), store.documentCount);
  const scored = docs.map((doc): Row => [store.meta(doc).id, scores[doc] as number]);
  expect(ranked(scored.map(([ref, score]) => ({ ref, score }) as Lunr.Index.Result)), `${query} scored`).toEqual(
    ranked(whole),
  );
}

/** What `tip search` returns from the store and from a whole index, for any query and limit. */
function compareSearches(
  full: Lunr.Index,
  store: SearchStore,
  documents: ReadonlyMap<string, SearchDocument>,
  query: string,
  options: SearchOptions,
): void {
  expect(searchSource(storeSource(store), query, options), `${query} ${JSON.stringify(options)}`).toEqual(
    searchSource(wholeIndexSource(documents, full, store.header), query, options),
  );
}

const SYNTAX = ['', '*', '~1', '^3', '', ''];
const PREFIX = ['', '', '+', '-', 'heading:', 'summary:', 'body:'];

function checkQueries(
  full: Lunr.Index,
  store: SearchStore,
  terms: readonly string[],
  queries: readonly string[],
): void {
  for (const query of queries) for (const fuzzy of [false, true]) compare(full, store, query, fuzzy);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom(...PREFIX), fc.constantFrom(...terms), fc.constantFrom(...SYNTAX), fc.nat(6)), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.boolean(),
      (words, fuzzy) => {
        // Sometimes a prefix of an index term, so wildcards and typos reach other words.
        const query = words
          .map(([p, t, s, cut]) => `${p}${cut > 3 ? t.slice(0, Math.max(2, t.length - cut)) : t}${s}`)
          .join(' ');
        compare(full, store, query, fuzzy);
      },
    ),
    { numRuns: 300 },
  );
}

describe('tip search on the store gives what it gave on a whole index', () => {
  it('the same hits, in the same order (ties by id), with the same snippets, filters and notices', () => {
    const corpus = bundledCorpus();
    const { full, store } = bundledIndexes();
    const documents = new Map(searchDocuments(corpus).map((d) => [d.id, d]));
    const queries = [
      ...expected<{ query: string }[]>('search.yaml').map((e) => e.query),
      'trafiking',
      '"debt bondage"',
      'victim',
      // The pipeline's own steps: a citation first, synonyms, a mistyped word among right ones.
      'PTPA s.3',
      'bail under section 9 of the PTPA',
      'migrant died on the boat',
      'aggrevated trafficking',
      'forced labour',
    ];
    const filters = [
      {},
      { types: ['case' as const] },
      { instruments: ['ptpa-2018'] },
      { kinds: ['protocol' as const] },
      { limit: 50 },
      { limit: 1 },
      { limit: 3, types: ['provision' as const] },
    ];
    for (const query of queries) for (const options of filters) compareSearches(full, store, documents, query, options);
  });
});

describe('building the store an instrument at a time', () => {
  it('gives the same bytes as building it from all documents at once', () => {
    const corpus = bundledCorpus();
    const whole: Buffer[] = [];
    const batched: Buffer[] = [];
    buildSearchStore([searchDocuments(corpus)], storeIdentity(corpus), (c) => whole.push(Buffer.from(c)));
    buildSearchStore(documentBatches(corpus), storeIdentity(corpus), (c) => batched.push(Buffer.from(c)));
    expect(Buffer.concat(batched).equals(Buffer.concat(whole))).toBe(true);
  });

  it('gives the same bytes however few postings it holds at once', () => {
    const corpus = bundledCorpus();
    const build = (entriesPerRun?: number): Buffer => {
      const chunks: Buffer[] = [];
      buildSearchStore(documentBatches(corpus), storeIdentity(corpus), (c) => chunks.push(Buffer.from(c)), {
        entriesPerRun,
      });
      return Buffer.concat(chunks);
    };
    const whole = build();
    for (const run of [1, 97, 5000]) expect(build(run).equals(whole), `${run} entries a run`).toBe(true);
  });
});

describe('a word said hundreds of times in one field', () => {
  it('weighs as lunr weighs it (counts of 255 and more are kept whole)', () => {
    const corpus = bundledCorpus();
    const documents = searchDocuments(corpus).map((doc, i) =>
      i % 7 === 0 ? { ...doc, body: `${doc.body} ${'kiln '.repeat(200 + i)} ${'wages '.repeat(255)}` } : doc,
    );
    const full = wholeLunrIndex(documents, storeIdentity(corpus));
    const chunks: Buffer[] = [];
    buildSearchStore([documents], storeIdentity(corpus), (chunk) => chunks.push(Buffer.from(chunk)));
    const store = storeFromBytes(Buffer.concat(chunks));
    for (const query of ['kiln', 'wages', 'kiln wages trafficking']) compare(full, store, query, false);
  });
});

describe('the search store gives what a whole lunr index gives', () => {
  it('on the bundled corpus: the expected queries and 300 generated ones, exact and typo-tolerant', () => {
    const { full, store, terms } = bundledIndexes();
    const queries = expected<{ query: string }[]>('search.yaml').map((e) => e.query);
    checkQueries(full, store, terms, [
      ...queries,
      '-trafficking',
      'exploit*',
      'trafiking',
      '+child -marriage',
      'heading:victim',
    ]);
  });

  it('on a generated corpus of 400 provisions with official text', () => {
    const root = tempDir();
    writeScaleCorpus(root, 400, 40);
    const corpus = parseCorpus(readCorpusSource(root)).corpus as Corpus;
    const { full, store, terms } = both(corpus);
    checkQueries(full, store, terms, ['debt bondage', 'bo*', '-kiln', 'text:wages']);
    // Only the hits shown are handed to lunr: the first few of thousands, ties (a -term
    // scores every document 0) in id order, the total counted over all.
    const documents = new Map(searchDocuments(corpus).map((d) => [d.id, d]));
    for (const query of ['debt bondage', '-kiln', 'bo* -wages', '+debt^3 bond~1']) {
      for (const limit of [1, 2, 10, 399]) compareSearches(full, store, documents, query, { limit });
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...terms), { minLength: 1, maxLength: 3 }), fc.nat(30), (words, limit) =>
        compareSearches(full, store, documents, words.join(' '), { limit: limit + 1 }),
      ),
      { numRuns: 100 },
    );
  });
});
