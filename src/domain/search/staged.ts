/**
 * A read planned before it is done. A search reaches the store's bytes in a few steps
 * (the term list, then the postings of the terms a query reaches, then the meta and
 * records of the documents those match), and what a step reads depends on what the one
 * before found. So a search is a generator: each `yield` names what its next step needs
 * (byte ranges of the store, or the site's files holding them), and it resumes once its
 * driver holds them. The CLI's driver has the file at hand and fetches nothing; the
 * site's fetches what is named, all at once, then resumes. Both run the same steps.
 */
export type Staged<T, Need> = Generator<readonly Need[], T, void>;

/** A step that needs `needs` (nothing when empty), then computes its value from them. */
export function* after<T, Need>(needs: readonly Need[], then: () => T): Staged<T, Need> {
  if (needs.length > 0) yield needs;
  return then();
}

/** The same steps, their needs named another way (the site names chunks, not byte ranges). */
export function* renamed<T, A, B>(staged: Staged<T, A>, rename: (needs: readonly A[]) => B[]): Staged<T, B> {
  for (let step = staged.next(); ; step = staged.next()) {
    if (step.done) return step.value;
    yield rename(step.value);
  }
}

/** Runs the steps where every byte is at hand (the store's file, or memory): nothing to fetch. */
export function held<T, Need>(staged: Staged<T, Need>, fetch: (needs: readonly Need[]) => void = () => {}): T {
  for (let step = staged.next(); ; step = staged.next()) {
    if (step.done) return step.value;
    fetch(step.value);
  }
}

/** Runs the steps, fetching each one's needs (all at once) before it goes on. */
export async function fetched<T, Need>(
  staged: Staged<T, Need>,
  fetch: (needs: readonly Need[]) => Promise<void>,
): Promise<T> {
  for (let step = staged.next(); ; step = staged.next()) {
    if (step.done) return step.value;
    await fetch(step.value);
  }
}
