import { lunr, type Lunr } from './lunr.js';

interface QueryParserLike {
  parse(): Lunr.Query;
}
// lunr ships a QueryParser that its type definitions omit.
const QueryParser = (lunr as unknown as { QueryParser: new (text: string, query: Lunr.Query) => QueryParserLike })
  .QueryParser;

/** A query split into lunr syntax and the quoted phrases lunr cannot express. */
export interface PreparedQuery {
  text: string;
  phrases: string[][];
}

/** Characters that only mean something as lunr syntax. */
const SYNTAX = /[:~^*+\-"]/g;

/** Pulls out `"quoted phrases"`; an unbalanced quote is treated as plain text. */
export function prepareQuery(raw: string): PreparedQuery {
  const phrases: string[][] = [];
  const text = raw.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = phraseWords(phrase);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  return { text: text.replace(/"/g, ' ').trim(), phrases };
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
 * caller retries with plain words). `fuzzy` adds typo tolerance to plain terms.
 */
export function applyQuery(query: Lunr.Query, prepared: PreparedQuery, fuzzy: boolean): void {
  if (prepared.text) new QueryParser(prepared.text, query).parse();
  // lunr's type definitions omit `presence` on clauses.
  for (const clause of query.clauses as (Lunr.Query.Clause & { presence?: Lunr.Query.presence })[]) {
    stemTrailingWildcard(clause);
    if (fuzzy && clause.wildcard === lunr.Query.wildcard.NONE && clause.presence !== lunr.Query.presence.PROHIBITED) {
      clause.editDistance = clause.term.length >= 8 ? 2 : 1;
    }
  }
  for (const word of prepared.phrases.flat()) {
    query.term(word, { presence: lunr.Query.presence.REQUIRED, editDistance: 0 });
  }
}

/**
 * The index holds stemmed tokens ("exploitation" is stored as "exploit"), but lunr
 * does not stem wildcard terms, so `exploitation*` would find nothing. Stemming the
 * prefix makes a trailing wildcard mean what the user expects.
 */
function stemTrailingWildcard(clause: Lunr.Query.Clause): void {
  const { term } = clause;
  if (!term.endsWith('*') || term.slice(0, -1).includes('*') || term.length < 2) return;
  const stem = lunr.stemmer(new lunr.Token(term.slice(0, -1), {})).toString();
  clause.term = `${stem}*`;
}
