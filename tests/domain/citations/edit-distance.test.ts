import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, levenshtein } from '../../../src/domain/citations/normalize.js';
import { checkTypedLength, MAX_TYPED_NAME } from '../../../src/domain/common/typed.js';
import { NotFoundError } from '../../../src/domain/common/errors.js';

/** The textbook table, filled in full: what the bounded distance must agree with. */
function plainLevenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

// A small alphabet, so that near strings (the case that matters) come up often.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 14 });
const bound = fc.integer({ min: 0, max: 8 });

describe('bounded edit distance', () => {
  it('equals the full distance when it is within the bound, and exceeds the bound otherwise', () => {
    fc.assert(
      fc.property(word, word, bound, (a, b, max) => {
        const full = plainLevenshtein(a, b);
        const bounded = levenshtein(a, b, max);
        if (full <= max) expect(bounded).toBe(full);
        else expect(bounded).toBe(max + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('is the same whichever string comes first', () => {
    fc.assert(
      fc.property(word, word, bound, (a, b, max) => {
        expect(levenshtein(a, b, max)).toBe(levenshtein(b, a, max));
      }),
    );
  });

  it('fills no more than 2·max + 1 cells a row, one row a character of the longer string', () => {
    fc.assert(
      fc.property(word, word, bound, (a, b, max) => {
        const { cells } = editDistance(a, b, max);
        expect(cells).toBeLessThanOrEqual((2 * max + 1) * Math.max(a.length, b.length));
      }),
    );
  });

  it('fills nothing when the lengths differ by more than the bound (a 100,000-letter word against a name)', () => {
    const long = 'qwertyuiop'.repeat(10_000);
    expect(editDistance(long, 'ptpa', 2)).toEqual({ distance: 3, cells: 0 });
    expect(editDistance('ptpa', long, 2)).toEqual({ distance: 3, cells: 0 });
  });

  it('stops at the first row past the bound, however long the strings', () => {
    // Two long strings of the same length that differ from the start: a full table is 10^10 cells.
    const a = 'a'.repeat(100_000);
    const b = 'b'.repeat(100_000);
    const { distance, cells } = editDistance(a, b, 2);
    expect(distance).toBe(3);
    // Row i of the band holds no value below i, so the count stops by row 3.
    expect(cells).toBeLessThanOrEqual(3 * 5);
  });

  it('keeps to the band on long near-equal strings: linear, not quadratic', () => {
    const a = 'ab'.repeat(50_000);
    const b = `x${a.slice(1)}`;
    const { distance, cells } = editDistance(a, b, 2);
    expect(distance).toBe(1);
    expect(cells).toBeLessThanOrEqual(5 * a.length);
  });
});

describe('typed names', () => {
  it('lets a name up to the cap through, and refuses a longer one with the cap in the message', () => {
    expect(() => checkTypedLength('x'.repeat(MAX_TYPED_NAME), 'citations')).not.toThrow();
    // Counted in characters, not code units: 300 Urdu or astral characters are within it.
    expect(() => checkTypedLength('𝐀'.repeat(MAX_TYPED_NAME), 'citations')).not.toThrow();
    const refused = (() => {
      try {
        checkTypedLength('x'.repeat(MAX_TYPED_NAME + 1), 'citations', ['tip cite']);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(NotFoundError);
    expect((refused as NotFoundError).message).toMatch(/301 characters long; tipkit reads citations of up to 300/);
    expect((refused as NotFoundError).suggestions).toEqual(['tip cite']);
  });
});
