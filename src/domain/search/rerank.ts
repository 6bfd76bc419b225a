/**
 * The second look at lunr's best matches. lunr adds up each word's weight on its own, so
 * one query word in a heading can outrank a provision that holds every word the user
 * typed. Here each match is weighed again by how many of the query's concepts it holds
 * (a synonym standing for its word) and by whether the words typed side by side ("forced
 * labour", "debt bondage") stand side by side in it.
 */
import type { Lunr } from './lunr.js';
import type { SearchDocument, SearchField } from './documents.js';
import type { Concept } from './query-words.js';
import { isStopWord } from './lunr-compat.js';
import type { Stem } from './stemmer.js';
import { escapeRegExp } from '../common/text.js';

/**
 * How many of lunr's best a search weighs again for phrases, whatever its limit, so the
 * first hits do not depend on how many are asked for; those past it are weighed for
 * their concepts alone and follow.
 */
export const RERANK_POOL = 30;

/** A match holding half the concepts keeps half its score, to this power. */
const COVERAGE_POWER = 1;

/** A match in which every pair of adjacent query words stands together gains this share of its score. */
const PHRASE_GAIN = 0.5;

/** Fields read for phrases, and how much of each: an imported text can be long. */
const PHRASE_FIELDS: SearchField[] = ['heading', 'keywords', 'summary', 'body', 'text'];
const PHRASE_CHARS = 20_000;

export interface Weighed {
  result: Lunr.Index.Result;
  score: number;
}

/**
 * `ranked` (lunr's results, best first) weighed again for `concepts`, in their new order.
 * Documents are read only when the query has two adjacent concepts, and then for the
 * whole pool at once (rerankReads names them).
 */
export function rerank(
  ranked: readonly Lunr.Index.Result[],
  concepts: readonly Concept[],
  stem: Stem,
  read: (refs: readonly string[]) => SearchDocument[],
  compare: (a: string, b: string) => number,
): Weighed[] {
  const order = (list: Weighed[]) => list.sort((a, b) => b.score - a.score || compare(a.result.ref, b.result.ref));
  if (concepts.length < 2) return ranked.map((result) => ({ result, score: result.score }));
  const coverage = (result: Lunr.Index.Result): number => {
    const matched = new Set(Object.keys(result.matchData.metadata));
    const held = concepts.filter((c) => matched.has(c.stem) || c.synonyms.some((s) => matched.has(s))).length;
    return (held / concepts.length) ** COVERAGE_POWER;
  };
  const pool = ranked.slice(0, RERANK_POOL);
  const pairs = concepts.slice(1).map((concept, i) => pairFinder([(concepts[i] as Concept).stem, concept.stem], stem));
  const docs = read(rerankReads(ranked, concepts));
  const head = pool.map((result, i) => {
    const together = pairs.filter((standsTogether) => standsTogether(docs[i] as SearchDocument)).length;
    return { result, score: result.score * coverage(result) * (1 + (PHRASE_GAIN * together) / pairs.length) };
  });
  const tail = ranked.slice(RERANK_POOL).map((result) => ({ result, score: result.score * coverage(result) }));
  return [...order(head), ...order(tail)];
}

/** The documents `rerank` reads: the pool's, when the query has two concepts; fetched before it runs. */
export function rerankReads(ranked: readonly Lunr.Index.Result[], concepts: readonly Concept[]): string[] {
  return concepts.length < 2 ? [] : ranked.slice(0, RERANK_POOL).map((result) => result.ref);
}

/**
 * A test of whether a document has a word of stem `a` followed by one of stem `b`, stop
 * words between them skipped. Stemming every word of a long field is the cost, so a
 * pattern finds the words that could stem to `a` (they start as it does) and only the
 * words after each of those are read.
 */
export function pairFinder([a, b]: readonly [string, string], stem: Stem): (doc: SearchDocument) => boolean {
  const candidates = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(a.slice(0, 2))}[\\p{L}\\p{N}]*`, 'gu');
  const next = /[^\p{L}\p{N}]+([\p{L}\p{N}]+)/uy;
  const follows = (text: string, from: number): boolean => {
    next.lastIndex = from;
    for (let match = next.exec(text); match; match = next.exec(text)) {
      const word = match[1] as string;
      if (!isStopWord(word)) return word.slice(0, 2) === b.slice(0, 2) && stem(word) === b;
    }
    return false;
  };
  return (doc) =>
    PHRASE_FIELDS.some((field) => {
      const text = doc[field].slice(0, PHRASE_CHARS).toLowerCase();
      candidates.lastIndex = 0;
      for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
        if (stem(match[0]) === a && follows(text, candidates.lastIndex)) return true;
      }
      return false;
    });
}
