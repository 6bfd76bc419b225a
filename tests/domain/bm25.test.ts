import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BM25_PARAMS, lunrIdf, storedWeight, type TermInField } from '../../src/domain/search/bm25.js';

const term = fc.record({
  idf: fc.double({ min: 0.01, max: 12, noNaN: true }),
  tf: fc.integer({ min: 1, max: 200 }),
  fieldLength: fc.integer({ min: 1, max: 5_000 }),
  averageLength: fc.double({ min: 1, max: 5_000, noNaN: true }),
  fieldBoost: fc.integer({ min: 1, max: 10 }),
  documentBoost: fc.integer({ min: 1, max: 3 }),
}) as fc.Arbitrary<TermInField>;

describe('the stored BM25 weight', () => {
  it("is lunr's for a worked case (k1 1.2, b 0.75, rounded to three places)", () => {
    const weight = storedWeight({
      idf: 2,
      tf: 3,
      fieldLength: 10,
      averageLength: 20,
      fieldBoost: 10,
      documentBoost: 1,
    });
    const expected = Math.round(((2 * (2.2 * 3)) / (1.2 * (1 - 0.75 + 0.75 * 0.5) + 3)) * 10 * 1000);
    expect(weight).toBe(expected);
    expect(BM25_PARAMS).toEqual({ k1: 1.2, b: 0.75 });
  });

  it('never falls as the term occurs more often in the same field', () => {
    fc.assert(fc.property(term, (t) => storedWeight({ ...t, tf: t.tf + 1 }) >= storedWeight(t)));
  });

  it('respects the boosts: a larger field or document boost never weighs less', () => {
    fc.assert(
      fc.property(term, fc.integer({ min: 1, max: 5 }), (t, more) => {
        expect(storedWeight({ ...t, fieldBoost: t.fieldBoost + more })).toBeGreaterThanOrEqual(storedWeight(t));
        expect(storedWeight({ ...t, documentBoost: t.documentBoost + more })).toBeGreaterThanOrEqual(storedWeight(t));
      }),
    );
  });

  it('weighs a term in a shorter field more, other things equal', () => {
    fc.assert(fc.property(term, (t) => storedWeight({ ...t, fieldLength: t.fieldLength + 1 }) <= storedWeight(t)));
  });

  it('gives rarer terms a higher idf', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100_000 }), fc.integer({ min: 1, max: 99_999 }), (documents, held) => {
        fc.pre(held < documents);
        expect(lunrIdf(documents, held)).toBeGreaterThanOrEqual(lunrIdf(documents, held + 1));
      }),
    );
  });
});
