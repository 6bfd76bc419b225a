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
import { clauseTerms, type Posting, type QueryReach } from './store-read.js';
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

export function scoreMatches(reach: QueryReach, documentCount: number): ScoredMatches {
  const { fields, postings, tokenSet } = reach;
  const fieldCount = fields.length;
  const { REQUIRED, PROHIBITED } = lunr.Query.presence;
  const queryVectors = fields.map(() => new lunr.Vector([]));
  const required: (DocSet | undefined)[] = fields.map(() => undefined);
  const prohibited: (Uint8Array | undefined)[] = fields.map(() => undefined);
  /** Per (document, field): whether a clause matched it, and the fields of each document in the order first matched. */
  const matched = new Uint8Array(documentCount * fieldCount);
  const order = new Uint8Array(documentCount * fieldCount);
  const orderLength = new Uint8Array(documentCount);
  const termFields = new Set<string>();
  const byIndex = new Map<number, Posting>();
  const empty = (): Uint8Array => new Uint8Array(documentCount);

  for (const clause of queryClauses(reach.query)) {
    let clauseMatches: Uint8Array | undefined;
    const clauseFields = clause.fields.map((field) => fields.indexOf(field));
    for (const term of clauseTerms(reach.pipeline, clause)) {
      const expanded = tokenSet.intersect(fromClause({ ...clause, term })).toArray();
      if (expanded.length === 0 && clause.presence === REQUIRED) {
        for (const f of clauseFields) required[f] = empty();
        break;
      }
      for (const word of expanded) {
        const posting = postings.get(word) as Posting;
        byIndex.set(posting.index, posting);
        for (const f of clauseFields) {
          const docs = posting.docs[f] as Uint32Array;
          if (clause.presence === REQUIRED) {
            clauseMatches = union(clauseMatches, docs, documentCount);
            required[f] ??= 'all';
          }
          if (clause.presence === PROHIBITED) {
            prohibited[f] = union(prohibited[f], docs, documentCount);
            continue;
          }
          queryVectors[f]?.upsert(posting.index, clause.boost, (a, b) => a + b);
          if (termFields.has(`${word}/${f}`)) continue;
          termFields.add(`${word}/${f}`);
          for (const doc of docs) {
            const pair = doc * fieldCount + f;
            if (matched[pair]) continue;
            matched[pair] = 1;
            order[doc * fieldCount + (orderLength[doc] as number)] = f;
            orderLength[doc] = (orderLength[doc] as number) + 1;
          }
        }
      }
    }
    if (clause.presence === REQUIRED) {
      for (const f of clauseFields) required[f] = intersect(required[f] as DocSet, clauseMatches ?? empty());
    }
  }

  let allRequired: DocSet = 'all';
  for (const set of required) if (set) allRequired = intersect(allRequired, set);
  const allProhibited = empty();
  for (const set of prohibited)
    if (set) set.forEach((flag, doc) => (allProhibited[doc] = (allProhibited[doc] as number) | flag));
  const admitted = (doc: number): boolean =>
    (allRequired === 'all' || allRequired[doc] === 1) && allProhibited[doc] === 0;

  const scores = new Float64Array(documentCount);
  const docs: number[] = [];
  if (isNegated(reach.query)) {
    // Every document, each with lunr's score for an empty query vector: 0.
    for (let doc = 0; doc < documentCount; doc++) if (admitted(doc)) docs.push(doc);
    return { docs, scores };
  }

  // Each (document, field)'s dot product with the field's query vector, its terms taken in
  // index order as lunr's Vector.dot takes them.
  const dots = new Float64Array(documentCount * fieldCount);
  queryVectors.forEach((vector, f) => {
    const elements = vectorElements(vector);
    for (let e = 0; e < elements.length; e += 2) {
      const posting = byIndex.get(elements[e] as number) as Posting;
      const boost = elements[e + 1] as number;
      const weights = posting.weights[f] as Int32Array;
      const holders = posting.docs[f] as Uint32Array;
      for (let k = 0; k < holders.length; k++) {
        const pair = (holders[k] as number) * fieldCount + f;
        dots[pair] = (dots[pair] as number) + boost * ((weights[k] as number) / 1000);
      }
    }
  });
  const magnitudes = queryVectors.map((vector) => vector.magnitude());
  for (let doc = 0; doc < documentCount; doc++) {
    const length = orderLength[doc] as number;
    if (length === 0 || !admitted(doc)) continue;
    let score = 0;
    for (let k = 0; k < length; k++) {
      const f = order[doc * fieldCount + k] as number;
      // lunr's similarity: the dot product over the query vector's magnitude, 0 where that is 0.
      const similarity = (dots[doc * fieldCount + f] as number) / (magnitudes[f] as number) || 0;
      score = k === 0 ? similarity : score + similarity;
    }
    scores[doc] = score;
    docs.push(doc);
  }
  return { docs, scores };
}
