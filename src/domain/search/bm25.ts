/**
 * The weight of a term in a field, as lunr's Builder computes it (and so as the store
 * keeps it): BM25 with lunr's idf, times the field's and the document's boosts, rounded
 * to three places. Written in lunr's order of operations, so the rounding comes out the
 * same and results equal lunr's.
 */

/** lunr's BM25 parameters: k1, term-frequency saturation; b, length normalisation. */
export const BM25_PARAMS = { k1: 1.2, b: 0.75 } as const;

/** lunr's inverse document frequency of a term held by `holders` of `documents`. */
export function lunrIdf(documents: number, holders: number): number {
  const x = (documents - holders + 0.5) / (holders + 0.5);
  return Math.log(1 + Math.abs(x));
}

export interface TermInField {
  idf: number;
  /** How often the term occurs in the field. */
  tf: number;
  /** The field's length in terms, and the average length of that field over all documents. */
  fieldLength: number;
  averageLength: number;
  fieldBoost: number;
  documentBoost: number;
}

/** The weight as stored: lunr's round(score × 1000) / 1000, kept as the integer. */
export function storedWeight(term: TermInField, params: typeof BM25_PARAMS = BM25_PARAMS): number {
  const { k1, b } = params;
  const { idf, tf, fieldLength, averageLength } = term;
  let score = (idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (fieldLength / averageLength)) + tf);
  score *= term.fieldBoost;
  score *= term.documentBoost;
  return Math.round(score * 1000);
}
