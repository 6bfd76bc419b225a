/**
 * What a query reaches in the store, once read: the postings of the terms it can expand
 * to. store-score.ts scores them; partialIndex makes of them the part of the lunr index
 * lunr then queries for the hits shown.
 */
import { isNegated, partialIndex as lunrIndex, runString, type Clause } from './lunr-compat.js';
import { lunr, type Lunr } from './lunr.js';

/** A term's postings: lunr's term index, and per field (in the header's order) the documents and their weights × 1000. */
export interface Posting {
  index: number;
  docs: Uint32Array[];
  weights: Int32Array[];
}

/** What a query reaches in the store: what store-score.ts scores and partialIndex hands lunr. */
export interface QueryReach {
  query: Lunr.Query;
  fields: string[];
  pipeline: Lunr.Pipeline;
  /** Every term a clause could expand to, in lunr's term order. */
  postings: ReadonlyMap<string, Posting>;
  tokenSet: Lunr.TokenSet;
}

/** As lunr's Index.query does: the search pipeline on the clause's term, with its fields. */
export function clauseTerms(pipeline: Lunr.Pipeline, clause: Clause): string[] {
  if (!clause.usePipeline) return [clause.term];
  return runString(pipeline, clause.term, { fields: clause.fields });
}

/**
 * The part of the lunr index the reached terms make, for the documents `only` holds (all
 * of them when it is not given): their postings, their vectors, the token set.
 */
export function partialIndex(reach: QueryReach, documentCount: number, only?: ReadonlySet<number>): Lunr.Index {
  const { fields } = reach;
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null) as Record<
    string,
    Record<string, unknown>
  >;
  const entries = new Map<string, number[]>();
  // In lunr's term order, so each vector's elements arrive sorted by index, as lunr keeps them.
  for (const [word, posting] of reach.postings) {
    const entry: Record<string, unknown> = { _index: posting.index };
    fields.forEach((field, f) => {
      const byDoc: Record<string, object> = Object.create(null) as Record<string, object>;
      const docs = posting.docs[f] as Uint32Array;
      const weights = posting.weights[f] as Int32Array;
      docs.forEach((doc, k) => {
        if (only && !only.has(doc)) return;
        byDoc[doc] = {};
        const ref = `${field}/${doc}`;
        const list = entries.get(ref) ?? [];
        list.push(posting.index, (weights[k] as number) / 1000);
        entries.set(ref, list);
      });
      entry[field] = byDoc;
    });
    invertedIndex[word] = entry;
  }
  const fieldVectors: Record<string, Lunr.Vector> = Object.create(null) as Record<string, Lunr.Vector>;
  for (const [ref, list] of entries) fieldVectors[ref] = new lunr.Vector(list);
  // A query of only -terms matches every document (score 0): lunr walks all vectors then.
  if (isNegated(reach.query)) {
    const docs = only ?? Array.from({ length: documentCount }, (_, doc) => doc);
    for (const doc of docs) for (const field of fields) fieldVectors[`${field}/${doc}`] ??= new lunr.Vector([]);
  }
  return lunrIndex({ invertedIndex, fieldVectors, tokenSet: reach.tokenSet, fields, pipeline: reach.pipeline });
}
