/**
 * Which documents a query matches, and the score lunr gives each, worked out on the
 * store's typed arrays. lunr's Index.query builds objects for every (document, field) it
 * matches, which at 50,000 matching documents is most of a search; only the few hits a
 * search shows need lunr's match data. So this follows lunr's own rules step by step (its
 * clauses, pipeline, token-set expansion, required and prohibited sets, query vectors and
 * similarity, adding in the order lunr adds) to pick the documents, and lunr then queries
 * and scores those alone. tests/domain/search-store.test.ts holds it to lunr's scores, to
 * the last bit, on a whole index.
 */
import { lunr } from './lunr.js';
import { clauseTerms, type Posting, type QueryReach } from './query-reach.js';
import { fromClause, isNegated, queryClauses, vectorElements } from './lunr-compat.js';

/** A set of documents, as lunr's Set: one flag per document, or every document. */
type DocSet = Uint8Array | 'all';

export interface ScoredMatches {
  /** The matching documents, ascending. */
  docs: number[];
  /** lunr's score, by document number. */
  scores: Float64Array;
}

function union(set: Uint8Array | undefined, docs: Uint32Array, size: number): Uint8Array {
  const into = set ?? new Uint8Array(size);
  for (const doc of docs) into[doc] = 1;
  return into;
}

function intersect(a: DocSet, b: DocSet): DocSet {
  if (a === 'all') return b;
  if (b === 'all') return a;
  return a.map((flag, doc) => flag & (b[doc] as number));
}

/** What the clauses matched: per field, the query vector and the required and prohibited sets; per document, its fields in the order first matched. */
interface ClauseMatches {
  queryVectors: ReturnType<typeof newVector>[];
  required: (DocSet | undefined)[];
  prohibited: (Uint8Array | undefined)[];
  /** Per document, its matched fields in the order first matched, and how many. */
  order: Uint8Array;
  orderLength: Uint8Array;
  byIndex: Map<number, Posting>;
}

const newVector = () => new lunr.Vector([]);

export function scoreMatches(reach: QueryReach, documentCount: number): ScoredMatches {
  const fieldCount = reach.fields.length;
  const matches = matchClauses(reach, documentCount);
  const admitted = admission(matches, documentCount);
  const scores = new Float64Array(documentCount);
  const docs: number[] = [];
  if (isNegated(reach.query)) {
    // Every document, each with lunr's score for an empty query vector: 0.
    for (let doc = 0; doc < documentCount; doc++) if (admitted(doc)) docs.push(doc);
    return { docs, scores };
  }
  const dots = fieldDots(matches, fieldCount, documentCount);
  const magnitudes = matches.queryVectors.map((vector) => vector.magnitude());
  for (let doc = 0; doc < documentCount; doc++) {
    const length = matches.orderLength[doc] as number;
    if (length === 0 || !admitted(doc)) continue;
    let score = 0;
    for (let k = 0; k < length; k++) {
      const f = matches.order[doc * fieldCount + k] as number;
      // lunr's similarity: the dot product over the query vector's magnitude, 0 where that is 0.
      const similarity = (dots[doc * fieldCount + f] as number) / (magnitudes[f] as number) || 0;
      score = k === 0 ? similarity : score + similarity;
    }
    scores[doc] = score;
    docs.push(doc);
  }
  return { docs, scores };
}

/** lunr's Index.query, its first half: each clause's terms expanded, and what they match in each field. */
function matchClauses(reach: QueryReach, documentCount: number): ClauseMatches {
  const { fields, postings, tokenSet } = reach;
  const fieldCount = fields.length;
  const { REQUIRED, PROHIBITED } = lunr.Query.presence;
  const matches: ClauseMatches = {
    queryVectors: fields.map(newVector),
    required: fields.map(() => undefined),
    prohibited: fields.map(() => undefined),
    order: new Uint8Array(documentCount * fieldCount),
    orderLength: new Uint8Array(documentCount),
    byIndex: new Map(),
  };
  const matched = new Uint8Array(documentCount * fieldCount);
  const termFields = new Set<string>();
  const empty = (): Uint8Array => new Uint8Array(documentCount);
  for (const clause of queryClauses(reach.query)) {
    let clauseMatches: Uint8Array | undefined;
    const clauseFields = clause.fields.map((field) => fields.indexOf(field));
    for (const term of clauseTerms(reach.pipeline, clause)) {
      const expanded = tokenSet.intersect(fromClause({ ...clause, term })).toArray();
      if (expanded.length === 0 && clause.presence === REQUIRED) {
        for (const f of clauseFields) matches.required[f] = empty();
        break;
      }
      for (const word of expanded) {
        const posting = postings.get(word) as Posting;
        matches.byIndex.set(posting.index, posting);
        for (const f of clauseFields) {
          const docs = posting.docs[f] as Uint32Array;
          if (clause.presence === REQUIRED) {
            clauseMatches = union(clauseMatches, docs, documentCount);
            matches.required[f] ??= 'all';
          }
          if (clause.presence === PROHIBITED) {
            matches.prohibited[f] = union(matches.prohibited[f], docs, documentCount);
            continue;
          }
          matches.queryVectors[f]?.upsert(posting.index, clause.boost, (a, b) => a + b);
          if (termFields.has(`${word}/${f}`)) continue;
          termFields.add(`${word}/${f}`);
          for (const doc of docs) {
            const pair = doc * fieldCount + f;
            if (matched[pair]) continue;
            matched[pair] = 1;
            matches.order[doc * fieldCount + (matches.orderLength[doc] as number)] = f;
            matches.orderLength[doc] = (matches.orderLength[doc] as number) + 1;
          }
        }
      }
    }
    if (clause.presence === REQUIRED) {
      for (const f of clauseFields) {
        matches.required[f] = intersect(matches.required[f] as DocSet, clauseMatches ?? empty());
      }
    }
  }
  return matches;
}

/** Whether a document is in every required set and in no prohibited one. */
function admission(matches: ClauseMatches, documentCount: number): (doc: number) => boolean {
  let allRequired: DocSet = 'all';
  for (const set of matches.required) if (set) allRequired = intersect(allRequired, set);
  const allProhibited = new Uint8Array(documentCount);
  for (const set of matches.prohibited) {
    if (set) set.forEach((flag, doc) => (allProhibited[doc] = (allProhibited[doc] as number) | flag));
  }
  return (doc) => (allRequired === 'all' || allRequired[doc] === 1) && allProhibited[doc] === 0;
}

/**
 * Each (document, field)'s dot product with the field's query vector, its terms taken in
 * index order as lunr's Vector.dot takes them.
 */
function fieldDots(matches: ClauseMatches, fieldCount: number, documentCount: number): Float64Array {
  const dots = new Float64Array(documentCount * fieldCount);
  matches.queryVectors.forEach((vector, f) => {
    const elements = vectorElements(vector);
    for (let e = 0; e < elements.length; e += 2) {
      const posting = matches.byIndex.get(elements[e] as number) as Posting;
      const boost = elements[e + 1] as number;
      const weights = posting.weights[f] as Int32Array;
      const holders = posting.docs[f] as Uint32Array;
      for (let k = 0; k < holders.length; k++) {
        const pair = (holders[k] as number) * fieldCount + f;
        dots[pair] = (dots[pair] as number) + boost * ((weights[k] as number) / 1000);
      }
    }
  });
  return dots;
}
