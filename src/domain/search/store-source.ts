import type { Lunr } from './lunr.js';
import { parsed, type SearchSource } from './search.js';
import { scoreMatches } from './store-score.js';
import { collectMissing, type SearchStore } from './store-read.js';

/**
 * The store as a search source: refs are document numbers, read as documents only for the
 * hits shown or filtered. The matches are scored on the store's arrays; lunr then queries
 * only the documents that can be shown, so its match data is built for those alone.
 */
export function storeSource(store: SearchStore): SearchSource {
  const compare = (a: number, b: number): number => store.rank(a) - store.rank(b);
  return {
    run: (build: (query: Lunr.Query) => void, keep, limit) =>
      parsed(() => {
        const reach = store.reach(build);
        const { docs, scores } = scoreMatches(reach, store.documentCount);
        // Filters may read every match's meta and record: asked for at once (collectMissing).
        const accepted = collectMissing(docs, (doc) => keep(String(doc)));
        const kept = docs.filter((_, i) => accepted[i]);
        const shown = best(kept, scores, limit, compare);
        return { results: store.partialIndex(reach, shown).query(build), total: kept.length };
      }),
    compare: (a, b) => compare(Number(a), Number(b)),
    complete: true,
    meta: (ref) => store.meta(Number(ref)),
    document: (ref) => store.document(Number(ref)),
    find: (id) => {
      const doc = store.findDocument(id);
      return doc === undefined ? undefined : String(doc);
    },
    hasTerm: (term) => store.hasTerm(term),
    stem: store.stem,
    vocabulary: store.header.vocabulary,
    catalog: store.header.catalog,
  };
}

/** The `limit` documents a search shows: the highest scores, equal scores in id order. */
function best(
  docs: readonly number[],
  scores: Float64Array,
  limit: number,
  compare: (a: number, b: number) => number,
): Set<number> {
  if (docs.length <= limit) return new Set(docs);
  // A numeric sort of the scores finds the lowest score shown without sorting the documents.
  const shown = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) shown[i] = scores[docs[i] as number] as number;
  const threshold = shown.sort()[docs.length - limit] as number;
  const above = docs.filter((doc) => (scores[doc] as number) > threshold);
  const tied = docs.filter((doc) => scores[doc] === threshold).sort(compare);
  return new Set([...above, ...tied.slice(0, limit - above.length)]);
}
