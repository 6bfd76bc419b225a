/**
 * The words of a query as concepts: each plain word the user typed (not a stop word, a
 * wildcard, a field or a -word) with the synonyms the vocabulary adds for it. Synonyms
 * are searched at a lower weight and said in the result; concepts are what ranking
 * counts (rerank.ts): how many of them a document holds, and which stand together.
 */
import { isStopWord } from './lunr-compat.js';
import type { SynonymGroup } from './search-vocabulary.js';
import { trimWord, type Stem } from './stemmer.js';

export interface Concept {
  word: string;
  stem: string;
  /** The stems of its synonyms, as added to the query. */
  synonyms: string[];
}

export interface QueryWords {
  concepts: Concept[];
  /** Words added to the query, and the weight each is searched at. */
  added: { word: string; boost: number }[];
  /** What was added for which word, for the result. */
  expansions: { word: string; also: string[] }[];
}

/**
 * A word's synonyms together count for less than the word typed: they widen a search, they
 * do not lead it. Each of n synonyms is searched at this weight divided by √n.
 */
export const SYNONYM_WEIGHT = 0.6;

/** Synonyms added to one query at most; the clauses a query may hold stay bounded. */
export const MAX_SYNONYMS = 12;

/** The plain words of lunr query text: split as lunr's lexer splits, syntax left out. */
function plainWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word && !/[:~^*+"]/.test(word))
    .map(trimWord)
    .filter((word) => word && !isStopWord(word));
}

/** The concepts of `text` and the synonyms `groups` add for them. */
export function readQueryWords(text: string, groups: readonly SynonymGroup[], stem: Stem): QueryWords {
  const words = [...new Set(plainWords(text))];
  const typed = new Set(words.map(stem));
  const added: QueryWords['added'] = [];
  const expansions: QueryWords['expansions'] = [];
  const concepts = words.map((word): Concept => {
    const own = stem(word);
    const also = new Set<string>();
    for (const group of groups) {
      if (!group.whenStems.includes(own)) continue;
      for (const phrase of group.also) {
        for (const synonym of phrase.split(/[\s-]+/)) {
          const s = stem(synonym);
          if (!typed.has(s) && !isStopWord(synonym) && ![...also].some((a) => stem(a) === s)) also.add(synonym);
        }
      }
    }
    const kept = [...also].slice(0, Math.max(0, MAX_SYNONYMS - added.length));
    added.push(...kept.map((synonym) => ({ word: synonym, boost: SYNONYM_WEIGHT / Math.sqrt(kept.length) })));
    if (kept.length > 0) expansions.push({ word, also: kept });
    return { word, stem: own, synonyms: kept.map(stem) };
  });
  return { concepts, added, expansions };
}

/** The sentence that says what was searched besides the words typed. */
export function expansionNotice(expansions: QueryWords['expansions']): string | undefined {
  if (expansions.length === 0) return undefined;
  return `Also searched: ${expansions.map(({ word, also }) => `${also.join(', ')} (for "${word}")`).join('; ')}.`;
}
