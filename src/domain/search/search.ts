import { isCaseId } from '../corpus/ids.js';
import { lunr, type Lunr } from './lunr.js';
import { UsageError } from '../common/errors.js';
import type { SearchDocument } from './documents.js';
import { applyQuery, plainWords, prepareQuery, type PreparedQuery } from './query.js';
import { quoted, shellQuote } from '../common/text.js';
import { readUrduQuery } from './urdu-query.js';
import { exactMatch, type ExactMatch } from './exact.js';
import { expansionNotice, readQueryWords, type QueryWords } from './query-words.js';
import { RERANK_POOL, rerank, rerankReads } from './rerank.js';
import { toHit, type SearchHit } from './search-hit.js';
import { searchFilter, type SearchFilter } from './search-filter.js';
import type { SearchOptions, SearchSource, SourceRun } from './search-source.js';
import { held, type Staged } from './staged.js';

export type { SearchHit } from './search-hit.js';
export type { SearchOptions, SearchSource } from './search-source.js';

/** How many hits a search returns unless told otherwise. */
export const DEFAULT_LIMIT = 10;

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  /** True when nothing matched exactly and typo-tolerant matching was used. */
  approximate: boolean;
  /** How the query was read, when that differs from what was typed. */
  notices: string[];
  /** The words searched besides those typed, for each word that has them (search-terms.yaml). */
  expansions: { word: string; also: string[] }[];
}

/**
 * The search itself, on any source: the CLI's store, browse's, the exported site's. A
 * citation in the query puts what it cites first; the words are searched with their
 * synonyms, and lunr's best are weighed again for the concepts and phrases they hold.
 * Here on a source whose bytes are at hand; the site runs the same steps (searchSteps),
 * fetching what each needs.
 */
export function searchSource<Need>(
  source: SearchSource<Need>,
  query: string,
  options: SearchOptions = {},
): SearchResult {
  return held(searchSteps(source, query, options));
}

/** The search as steps, each naming what it reads before it reads it (staged.ts). */
export function* searchSteps<Need>(
  source: SearchSource<Need>,
  query: string,
  options: SearchOptions = {},
): Staged<SearchResult, Need> {
  const urdu = options.vocabulary ? readUrduQuery(query, options.vocabulary) : { query, notices: [] };
  const prepared = prepareQuery(urdu.query);
  const notices = [...urdu.notices, ...prepared.cuts];
  if (!prepared.text && prepared.phrases.length === 0) {
    throw new UsageError('the search query is empty', { suggestions: ['tip search "debt bondage"'] });
  }
  const filter = searchFilter(source, options, prepared.phrases);
  const exact = yield* citedDocument(source, query, filter);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const pool = Math.max(limit, RERANK_POOL);
  const matches = yield* findMatches(source, query, prepared, { filter, pool, cited: exact !== undefined });
  notices.push(...matches.notices);
  const also = expansionNotice(matches.words.expansions);
  if (also) notices.push(also);
  if (exact) notices.unshift(...exactNotices(query, exact));
  const { total, approximate, hits } = yield* rankedHits(source, matches, exact, { limit, pool });
  // In this order: it is the JSON every search prints.
  return { query, total, approximate, notices, expansions: matches.words.expansions, hits };
}

/**
 * The document the query cites, if the search keeps it. A first reading, with every id
 * taken for absent, names every id the citation could be (it asks for all of them then):
 * those are fetched, and the second reading decides.
 */
function* citedDocument<Need>(
  source: SearchSource<Need>,
  query: string,
  filter: SearchFilter<Need>,
): Staged<ExactMatch | undefined, Need> {
  const ids: string[] = [];
  exactMatch(query, source.catalog, (id) => {
    ids.push(id);
    return false;
  });
  if (ids.length === 0) return undefined;
  yield* source.prepare({ find: true });
  yield* filter.prepare(ids.map((id) => source.find(id)).filter((ref) => ref !== undefined));
  return exactMatch(query, source.catalog, (id) => {
    const ref = source.find(id);
    return ref !== undefined && filter.keep(ref);
  });
}

interface Matches {
  found: SourceRun;
  words: QueryWords;
  approximate: boolean;
  notices: string[];
}

/**
 * lunr's matches for the query: as typed, else as plain words when its syntax cannot be
 * read; with typos allowed when nothing matches, or for words no document holds.
 */
function* findMatches<Need>(
  source: SearchSource<Need>,
  query: string,
  typed: PreparedQuery,
  how: { filter: SearchFilter<Need>; pool: number; cited: boolean },
): Staged<Matches, Need> {
  const notices: string[] = [];
  let prepared = typed;
  let words = readQueryWords(prepared.text, source.vocabulary.synonyms, source.stem);
  const run = (fuzzy: boolean | ReadonlySet<string>) => tryQuery(source, prepared, words, fuzzy, how);
  let found = yield* run(false);
  if (!found) {
    prepared = { ...prepared, text: plainWords(prepared.text) };
    words = readQueryWords(prepared.text, source.vocabulary.synonyms, source.stem);
    notices.push(`Search syntax in ${quoted(query)} could not be read; searched for the plain words instead.`);
    if (!prepared.text && prepared.phrases.length === 0) {
      throw new UsageError(`${quoted(query)} has no words to search for`, {
        suggestions: ['Use words, "quoted phrases", field:term, term* or +must -not'],
      });
    }
    found = (yield* run(false)) ?? { results: [], total: 0 };
  }
  if (found.total === 0 && !how.cited) {
    const fuzzy = yield* run(true);
    if (fuzzy && fuzzy.total > 0) {
      notices.push('No exact matches; showing approximate (typo-tolerant) matches.');
      return { found: fuzzy, words, approximate: true, notices };
    }
    return { found, words, approximate: false, notices };
  }
  // A word no document holds is likely mistyped ("aggrevated trafficking"): it alone is tried with typos.
  const missing = new Set(words.concepts.filter((c) => !source.hasTerm(c.stem)).map((c) => c.word));
  const fuzzy = missing.size > 0 ? yield* run(missing) : undefined;
  if (fuzzy && fuzzy.total > found.total) {
    const named = [...missing].map((word) => quoted(word)).join(', ');
    notices.push(
      `No document holds ${named}; words spelt like ${missing.size === 1 ? 'it' : 'them'} were searched too.`,
    );
    found = fuzzy;
  }
  return { found, words, approximate: false, notices };
}

/** lunr's best weighed again for concepts and phrases, the cited document first, cut to the limit. */
function* rankedHits<Need>(
  source: SearchSource<Need>,
  { found, words, approximate }: Matches,
  exact: ExactMatch | undefined,
  { limit, pool }: { limit: number; pool: number },
): Staged<Pick<SearchResult, 'total' | 'approximate' | 'hits'>, Need> {
  // The pool's documents are read for phrases, and those shown again for their snippets: parsed once.
  const pooledDocuments = new Map<string, SearchDocument>();
  const documentOf = (ref: string): SearchDocument => {
    const known = pooledDocuments.get(ref);
    if (known) return known;
    const doc = source.document(ref);
    pooledDocuments.set(ref, doc);
    return doc;
  };
  const best = yield* tieBroken(source, (compare) =>
    [...found.results].sort((a, b) => b.score - a.score || compare(a.ref, b.ref)).slice(0, pool),
  );
  const concepts = approximate ? [] : words.concepts;
  yield* source.prepare({ documents: rerankReads(best, concepts) });
  const weighed = yield* tieBroken(source, (compare) =>
    rerank(best, concepts, source.stem, (refs) => refs.map(documentOf), compare),
  );
  const exactRef = exact ? source.find(exact.id) : undefined;
  const pooled = weighed.find(({ result }) => result.ref === exactRef);
  const ordinary = weighed.filter(({ result }) => result.ref !== exactRef);
  const shown: Shown[] = [
    ...(exactRef === undefined
      ? []
      : [{ ref: exactRef, score: pooled?.score ?? 0, result: pooled?.result, exact: true }]),
    ...ordinary.map(({ result, score }) => ({ ref: result.ref, score, result, exact: false })),
  ].slice(0, limit);
  yield* source.prepare({ documents: shown.map((hit) => hit.ref) });
  return {
    // The cited document counts once, whether or not its words match too.
    total: found.total + (exactRef !== undefined && !pooled ? 1 : 0),
    approximate,
    hits: shown.map((hit) => ({
      ...toHit(hit.score, hit.result, documentOf(hit.ref), source.stem),
      ...(hit.exact ? { exact: true as const } : {}),
    })),
  };
}

/**
 * `order(compare)`, where `compare` (the order of ids) breaks ties between equal scores. It
 * is tried first with every tie left as it stands: if no tie came up, that is the order;
 * else the order of ids is fetched and it runs again.
 */
function* tieBroken<T, Need>(
  source: SearchSource<Need>,
  order: (compare: (a: string, b: string) => number) => T,
): Staged<T, Need> {
  let tied = false;
  const untied = order(() => {
    tied = true;
    return 0;
  });
  if (!tied) return untied;
  yield* source.prepare({ order: true });
  return order((a, b) => source.compare(a, b));
}

interface Shown {
  ref: string;
  score: number;
  result: Lunr.Index.Result | undefined;
  exact: boolean;
}

/** What the user is told of a citation found in the query. */
function exactNotices(query: string, exact: ExactMatch): string[] {
  return [
    ...(exact.warning ? [exact.warning] : []),
    exact.whole
      ? `${quoted(query.trim())} cites ${exact.id}, shown first; open it with: ${isCaseId(exact.id) ? 'tip cases show' : 'tip show'} ${shellQuote(exact.id)}`
      : `The query cites ${exact.id}, shown first.`,
  ];
}

function tryQuery<Need>(
  source: SearchSource<Need>,
  prepared: PreparedQuery,
  words: QueryWords,
  fuzzy: boolean | ReadonlySet<string>,
  { filter, pool }: { filter: SearchFilter<Need>; pool: number },
): Staged<SourceRun | undefined, Need> {
  return source.run(
    (query) => {
      applyQuery(query, prepared, fuzzy, source.stem);
      for (const { word, boost } of words.added) query.term(word, { boost, usePipeline: true });
    },
    (refs) => filter.kept(refs),
    pool,
  );
}

/** Runs a lunr call; undefined when lunr cannot parse the query. */
export function parsed<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof lunr.QueryParseError) return undefined;
    throw error;
  }
}
