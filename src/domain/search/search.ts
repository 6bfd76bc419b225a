import { tokenPosition } from './lunr-compat.js';
import { isCaseId } from '../corpus/ids.js';
import { lunr, type Lunr } from './lunr.js';
import { UsageError } from '../common/errors.js';
import type { InstrumentKind } from '../corpus/schema.js';
import type { DocumentMeta, SearchDocument, SearchField } from './documents.js';
import { applyQuery, phraseWords, plainWords, prepareQuery, type PreparedQuery } from './query.js';
import { makeSnippet, type FieldPositions } from './snippet.js';
import { trimWord, type Stem } from './stemmer.js';
import { quoted, shellQuote } from '../common/text.js';
import { collectMissing } from './store-read.js';
import { readUrduQuery, type UrduVocabulary } from './urdu-query.js';
import type { CitationCatalog } from './catalog.js';
import type { SearchVocabulary } from './search-vocabulary.js';
import { exactMatch, type ExactMatch } from './exact.js';
import { expansionNotice, readQueryWords, type QueryWords } from './query-words.js';
import { RERANK_POOL, rerank } from './rerank.js';

/** How many hits a search returns unless told otherwise. */
export const DEFAULT_LIMIT = 10;

export interface SearchOptions {
  limit?: number;
  /** Keep only hits in these instruments (canonical ids); cases match the laws they apply. */
  instruments?: readonly string[];
  kinds?: readonly InstrumentKind[];
  types?: readonly SearchDocument['type'][];
  /** Urdu words searched as the English ones for them (urdu-query.ts); without it Urdu is searched as typed. */
  vocabulary?: UrduVocabulary;
}

export interface SearchHit {
  id: string;
  type: SearchDocument['type'];
  /** The instrument of a provision or instrument hit; absent for cases. */
  instrument?: string;
  heading: string;
  score: number;
  snippet: string;
  highlights: [number, number][];
  /** True for the provision, instrument or case the query cites, shown first. */
  exact?: true;
}

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
 * Where a search finds its hits and documents: the store (store-source.ts), read a few
 * terms at a time by the CLI and by the exported site; the tests also search a whole
 * lunr index through this, to hold the store to it.
 */
export interface SearchSource {
  /**
   * lunr's results for the documents `keep` accepts (at least the `limit` best, each `ref`
   * the source's key for a document) and how many it accepts in all; undefined when lunr
   * cannot parse the query.
   */
  run(
    build: (query: Lunr.Query) => void,
    keep: (ref: string) => boolean,
    limit: number,
  ): { results: Lunr.Index.Result[]; total: number } | undefined;
  /** Orders two refs as their document ids sort: the tie-break between equal scores. */
  compare(a: string, b: string): number;
  /** True when every ref lunr returns has its document, so an unfiltered search need read none. */
  complete: boolean;
  /** What filters read of a hit: undefined for a document the source leaves out. */
  meta(ref: string): DocumentMeta | undefined;
  document(ref: string): SearchDocument;
  /** True when some document holds this index term. */
  hasTerm(term: string): boolean;
  /** The ref of the document with this id, if the source has it. */
  find(id: string): string | undefined;
  /** How the index's words were stemmed, and the synonyms searched with them. */
  stem: Stem;
  vocabulary: SearchVocabulary;
  /** What citations typed into the search are read against. */
  catalog: CitationCatalog;
}

/**
 * The search itself, on any source: the CLI's store, browse's, the exported site's. A
 * citation in the query puts what it cites first; the words are searched with their
 * synonyms, and lunr's best are weighed again for the concepts and phrases they hold.
 */
export function searchSource(source: SearchSource, query: string, options: SearchOptions = {}): SearchResult {
  const urdu = options.vocabulary ? readUrduQuery(query, options.vocabulary) : { query, notices: [] };
  const prepared = prepareQuery(urdu.query);
  const notices = [...urdu.notices, ...prepared.cuts];
  if (!prepared.text && prepared.phrases.length === 0) {
    throw new UsageError('the search query is empty', { suggestions: ['tip search "debt bondage"'] });
  }
  const keep = keeper(source, options, prepared.phrases);
  const exact = exactMatch(query, source.catalog, (id) => {
    const ref = source.find(id);
    return ref !== undefined && keep(ref);
  });
  const limit = options.limit ?? DEFAULT_LIMIT;
  const pool = Math.max(limit, RERANK_POOL);
  const matches = findMatches(source, query, prepared, { keep, pool, cited: exact !== undefined });
  notices.push(...matches.notices);
  const also = expansionNotice(matches.words.expansions);
  if (also) notices.push(also);
  if (exact) notices.unshift(...exactNotices(query, exact));
  const { total, approximate, hits } = rankedHits(source, matches, exact, { limit, pool });
  // In this order: it is the JSON every search prints.
  return { query, total, approximate, notices, expansions: matches.words.expansions, hits };
}

/** Whether a document passes the search's filters and holds every quoted phrase. */
function keeper(
  source: SearchSource,
  options: SearchOptions,
  phrases: readonly (readonly string[])[],
): (ref: string) => boolean {
  const unfiltered = !options.instruments && !options.kinds && !options.types && phrases.length === 0;
  return (ref) => {
    if (unfiltered && source.complete) return true;
    const doc = source.meta(ref);
    if (!doc) return false;
    if (options.instruments && !options.instruments.some((id) => doc.instruments.includes(id))) return false;
    if (options.kinds && !(doc.kind && options.kinds.includes(doc.kind))) return false;
    if (options.types && !options.types.includes(doc.type)) return false;
    return phrases.every((phrase) => containsPhrase(source.document(ref), phrase));
  };
}

interface Matches {
  found: NonNullable<ReturnType<SearchSource['run']>>;
  words: QueryWords;
  approximate: boolean;
  notices: string[];
}

/**
 * lunr's matches for the query: as typed, else as plain words when its syntax cannot be
 * read; with typos allowed when nothing matches, or for words no document holds.
 */
function findMatches(
  source: SearchSource,
  query: string,
  typed: PreparedQuery,
  how: { keep: (ref: string) => boolean; pool: number; cited: boolean },
): Matches {
  const notices: string[] = [];
  let prepared = typed;
  let words = readQueryWords(prepared.text, source.vocabulary.synonyms, source.stem);
  const run = (fuzzy: boolean | ReadonlySet<string>) => tryQuery(source, prepared, words, fuzzy, how.keep, how.pool);
  let found = run(false);
  if (!found) {
    prepared = { ...prepared, text: plainWords(prepared.text) };
    words = readQueryWords(prepared.text, source.vocabulary.synonyms, source.stem);
    notices.push(`Search syntax in ${quoted(query)} could not be read; searched for the plain words instead.`);
    if (!prepared.text && prepared.phrases.length === 0) {
      throw new UsageError(`${quoted(query)} has no words to search for`, {
        suggestions: ['Use words, "quoted phrases", field:term, term* or +must -not'],
      });
    }
    found = run(false) ?? { results: [], total: 0 };
  }
  if (found.total === 0 && !how.cited) {
    const fuzzy = run(true);
    if (fuzzy && fuzzy.total > 0) {
      notices.push('No exact matches; showing approximate (typo-tolerant) matches.');
      return { found: fuzzy, words, approximate: true, notices };
    }
    return { found, words, approximate: false, notices };
  }
  // A word no document holds is likely mistyped ("aggrevated trafficking"): it alone is tried with typos.
  const missing = new Set(words.concepts.filter((c) => !source.hasTerm(c.stem)).map((c) => c.word));
  const fuzzy = missing.size > 0 ? run(missing) : undefined;
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
function rankedHits(
  source: SearchSource,
  { found, words, approximate }: Matches,
  exact: ExactMatch | undefined,
  { limit, pool }: { limit: number; pool: number },
): Pick<SearchResult, 'total' | 'approximate' | 'hits'> {
  // The pool's documents are read for phrases, and those shown again for their snippets: parsed once.
  const pooledDocuments = new Map<string, SearchDocument>();
  const documentOf = (ref: string): SearchDocument => {
    const known = pooledDocuments.get(ref);
    if (known) return known;
    const doc = source.document(ref);
    pooledDocuments.set(ref, doc);
    return doc;
  };
  const weighed = rerank(
    [...found.results].sort((a, b) => b.score - a.score || source.compare(a.ref, b.ref)).slice(0, pool),
    approximate ? [] : words.concepts,
    source.stem,
    (refs) => collectMissing(refs, documentOf),
    (a, b) => source.compare(a, b),
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
  return {
    // The cited document counts once, whether or not its words match too.
    total: found.total + (exactRef !== undefined && !pooled ? 1 : 0),
    approximate,
    // All the hits' documents asked for at once: the site fetches whatever it lacks in one go.
    hits: collectMissing(shown, (hit) => ({
      ...toHit(hit.score, hit.result, documentOf(hit.ref), source.stem),
      ...(hit.exact ? { exact: true as const } : {}),
    })),
  };
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

function tryQuery(
  source: SearchSource,
  prepared: PreparedQuery,
  words: QueryWords,
  fuzzy: boolean | ReadonlySet<string>,
  keep: (ref: string) => boolean,
  limit: number,
): ReturnType<SearchSource['run']> {
  return source.run(
    (query) => {
      applyQuery(query, prepared, fuzzy, source.stem);
      for (const { word, boost } of words.added) query.term(word, { boost, usePipeline: true });
    },
    keep,
    limit,
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

function containsPhrase(doc: SearchDocument, phrase: readonly string[]): boolean {
  const needle = ` ${phrase.join(' ')} `;
  const fields: SearchField[] = ['heading', 'keywords', 'summary', 'body', 'text'];
  return fields.some((field) => ` ${phraseWords(doc[field]).join(' ')} `.includes(needle));
}

function toHit(score: number, result: Lunr.Index.Result | undefined, doc: SearchDocument, stem: Stem): SearchHit {
  // lunr reports which index terms matched in which fields; find where they occur.
  const matched = new Map<SearchField, Set<string>>();
  const metadata = (result?.matchData.metadata ?? {}) as Record<string, Record<string, unknown>>;
  for (const [term, fields] of Object.entries(metadata)) {
    for (const field of Object.keys(fields)) {
      const terms = matched.get(field as SearchField) ?? new Set<string>();
      matched.set(field as SearchField, terms.add(term));
    }
  }
  const positions: FieldPositions = {};
  for (const [field, terms] of matched) positions[field] = termPositions(doc[field], terms, stem);
  const snippet = makeSnippet(doc, positions);
  return {
    id: doc.id,
    type: doc.type,
    ...(doc.type === 'case' ? {} : { instrument: doc.instruments[0] }),
    heading: doc.heading,
    score: Math.round(score * 1000) / 1000,
    snippet: snippet.text,
    highlights: snippet.highlights,
  };
}

/** Where in `text` the tokens that stem to one of `terms` stand, as [start, length]. */
function termPositions(text: string, terms: ReadonlySet<string>, stem: Stem): [number, number][] {
  return lunr
    .tokenizer(text)
    .filter((token) => terms.has(stem(trimWord(token.toString()))))
    .map(tokenPosition);
}
