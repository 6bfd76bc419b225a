/**
 * The exported site fetches its search data a chunk at a time, as searches need it. A
 * read of bytes not yet fetched throws BytesMissing; code that reads many things asks
 * for them all at once (collectMissing), so the site fetches every missing chunk in one
 * go and runs the search again, rather than once per chunk.
 */

/** Thrown by a read of pieces of the site's search data not fetched yet (named as their files are). */
export class BytesMissing extends Error {
  constructor(readonly chunks: readonly string[]) {
    super(`search data not loaded yet: ${chunks.length} chunk(s)`);
  }
}

/** Runs `read` on every item, and throws one BytesMissing for all the items whose bytes are not yet held. */
export function collectMissing<T, R>(items: readonly T[], read: (item: T) => R): R[] {
  const missing = new Set<string>();
  const results: R[] = [];
  for (const item of items) {
    try {
      results.push(read(item));
    } catch (error) {
      if (!(error instanceof BytesMissing)) throw error;
      for (const chunk of error.chunks) missing.add(chunk);
    }
  }
  if (missing.size > 0) throw new BytesMissing([...missing]);
  return results;
}
