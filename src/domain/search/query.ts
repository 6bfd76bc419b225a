import { lunr, type Lunr } from './lunr.js';
import type { Stem } from './stemmer.js';
import { isStopWord, parseQuery } from './lunr-compat.js';

/**
 * Bounds that keep every query cheap whatever is typed or pasted. lunr's typo-tolerant
 * matching builds an automaton that grows with a word's length times its edit distance
 * (a 400-letter word took seconds, a 1000-letter one ran out of memory), so only words a
 * person could mistype are matched approximately; past the other bounds the rest of the
 * query is left out, and the search says so.
 */
export const QUERY_LIMITS = {
  /** Characters of the query that are read. */
  maxChars: 1000,
  /** Words (lunr clauses and phrase words together). */
  maxTerms: 32,
  /** Longest word that is matched with typos allowed. */
  maxFuzzyLength: 20,
  /** Wildcards in one word. */
  maxWildcards: 3,
} as const;

/** A query split into lunr syntax and the quoted phrases lunr cannot express. */
export interface PreparedQuery {
  text: string;
  phrases: string[][];
  /** How the query was cut to fit QUERY_LIMITS, in words for the user. */
  cuts: string[];
}

/** Characters that only mean something as lunr syntax. */
const SYNTAX = /[:~^*+\-"]/g;

/** Pulls out `"quoted phrases"`; an unbalanced quote is treated as plain text, and said so. */
export function prepareQuery(raw: string): PreparedQuery {
  const cuts: string[] = [];
  let input = raw;
  if ([...input].length > QUERY_LIMITS.maxChars) {
    input = [...input].slice(0, QUERY_LIMITS.maxChars).join('');
    cuts.push(`The query is long; only its first ${QUERY_LIMITS.maxChars} characters were searched.`);
  }
  const phrases: string[][] = [];
  const text = input.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = phraseWords(phrase);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  if (text.includes('"'))
    cuts.push('A quote (") is not closed; the words after it were searched one by one, not as a phrase.');
  let budget = QUERY_LIMITS.maxTerms;
  const bounded: string[][] = [];
  for (const words of phrases) {
    const taken = words.slice(0, budget);
    budget -= taken.length;
    if (taken.length > 0) bounded.push(taken);
  }
  const all = text.replace(/"/g, ' ').trim().split(/\s+/).filter(Boolean);
  const words = all.slice(0, budget);
  if (words.length < all.length || bounded.flat().length < phrases.flat().length) {
    cuts.push(
      `The query has more than ${QUERY_LIMITS.maxTerms} words; only the first ${QUERY_LIMITS.maxTerms} were searched.`,
    );
  }
  return { text: words.join(' '), phrases: bounded, cuts };
}

/** Lower-case words, punctuation dropped: how phrases are compared with documents. */
export function phraseWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The query with lunr syntax removed, for input lunr cannot parse. */
export function plainWords(text: string): string {
  return text.replace(SYNTAX, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Builds the lunr query. Throws lunr's QueryParseError for malformed syntax (the
 * caller retries with plain words). `fuzzy` adds typo tolerance to plain terms: to all
 * of them, or to the words it names. A stop word is never matched with typos: it is in
 * no document, and "for" would find "force".
 */
export function applyQuery(
  query: Lunr.Query,
  prepared: PreparedQuery,
  fuzzy: boolean | ReadonlySet<string>,
  stem: Stem,
): void {
  if (prepared.text) parseQuery(prepared.text, query);
  // lunr's type definitions omit `presence` on clauses.
  // One word can still become several clauses (field:a-b); the bound holds for clauses too.
  query.clauses.splice(QUERY_LIMITS.maxTerms);
  for (const clause of query.clauses as (Lunr.Query.Clause & { presence?: Lunr.Query.presence })[]) {
    boundWildcards(clause);
    stemTrailingWildcard(clause, stem);
    // An edit distance typed as term~N is held to the same bounds as the automatic one.
    if (clause.editDistance) {
      clause.editDistance = clause.term.length <= QUERY_LIMITS.maxFuzzyLength ? Math.min(2, clause.editDistance) : 0;
    }
    if (
      (fuzzy === true || (fuzzy && fuzzy.has(clause.term))) &&
      !isStopWord(clause.term) &&
      clause.wildcard === lunr.Query.wildcard.NONE &&
      !clause.term.includes('*') &&
      clause.presence !== lunr.Query.presence.PROHIBITED &&
      clause.term.length <= QUERY_LIMITS.maxFuzzyLength
    ) {
      clause.editDistance = clause.term.length >= 8 ? 2 : 1;
    }
  }
  for (const word of prepared.phrases.flat()) {
    query.term(word, { presence: lunr.Query.presence.REQUIRED, editDistance: 0 });
  }
}

/** More than a few `*` in one word is no search anyone means, and each one multiplies lunr's work. */
function boundWildcards(clause: Lunr.Query.Clause): void {
  let seen = 0;
  clause.term = clause.term.replace(/\*+/g, () => (++seen <= QUERY_LIMITS.maxWildcards ? '*' : ''));
  if (!clause.term.includes('*')) clause.wildcard = lunr.Query.wildcard.NONE;
}

/**
 * The index holds stemmed tokens ("exploitation" is stored as "exploit"), but lunr
 * does not stem wildcard terms, so `exploitation*` would find nothing. Stemming the
 * prefix makes a trailing wildcard mean what the user expects.
 */
function stemTrailingWildcard(clause: Lunr.Query.Clause, stemWord: Stem): void {
  const { term } = clause;
  if (!term.endsWith('*') || term.slice(0, -1).includes('*') || term.length < 2) return;
  const stem = stemWord(term.slice(0, -1));
  clause.term = `${stem}*`;
}
