/** A hit as a search returns it: its document's heading, its score, and a snippet with the matched words marked. */
import { tokenPosition } from './lunr-compat.js';
import { lunr, type Lunr } from './lunr.js';
import type { SearchDocument, SearchField } from './documents.js';
import { makeSnippet, type FieldPositions } from './snippet.js';
import { trimWord, type Stem } from './stemmer.js';

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

export function toHit(
  score: number,
  result: Lunr.Index.Result | undefined,
  doc: SearchDocument,
  stem: Stem,
): SearchHit {
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
