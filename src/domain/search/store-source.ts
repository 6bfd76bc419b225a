import { partialIndex } from './query-reach.js';
import { parsed } from './search.js';
import type { SearchSource, SourceReads, SourceRun } from './search-source.js';
import { scoreMatches } from './store-score.js';
import type { ByteRange, SearchStore } from './store-read.js';
import { after, renamed, type Staged } from './staged.js';

/**
 * The store as a search source: refs are document numbers, read as documents only for the
 * hits shown or filtered. The matches are scored on the store's arrays; lunr then queries
 * only the documents that can be shown, so its match data is built for those alone. Its
 * needs are the store's byte ranges.
 */
export function storeSource(store: SearchStore): SearchSource<ByteRange> {
  return plannedStoreSource(store, (ranges) => [...ranges]);
}

/** The store as a search source whose needs are named by `name` (the site names the chunks holding the ranges). */
export function plannedStoreSource<Need>(
  store: SearchStore,
  name: (ranges: readonly ByteRange[]) => Need[],
): SearchSource<Need> {
  const compare = (a: number, b: number): number => store.rank(a) - store.rank(b);
  const prepare = (reads: SourceReads): Staged<void, Need> =>
    renamed(
      store.plan({
        meta: (reads.meta?.length ?? 0) > 0,
        documents: reads.documents?.map(Number),
        find: reads.find,
        order: reads.order,
      }),
      name,
    );
  return {
    *run(build, keep, limit): Staged<SourceRun | undefined, Need> {
      const plan = parsed(() => store.planReach(build));
      if (!plan) return undefined;
      const reach = yield* after(name(plan.ranges), () => store.reach(plan));
      const { docs, scores } = scoreMatches(reach, store.documentCount);
      const accepted = yield* keep(docs.map(String));
      const kept = docs.filter((_, i) => accepted[i]);
      const shown = yield* best(kept, scores, limit, prepare({ order: true }), compare);
      return { results: partialIndex(reach, store.documentCount, shown).query(build), total: kept.length };
    },
    prepare,
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

/** The `limit` documents a search shows: the highest scores, equal scores in id order (`order` fetches it). */
function* best<Need>(
  docs: readonly number[],
  scores: Float64Array,
  limit: number,
  order: Staged<void, Need>,
  compare: (a: number, b: number) => number,
): Staged<Set<number>, Need> {
  if (docs.length <= limit) return new Set(docs);
  // A numeric sort of the scores finds the lowest score shown without sorting the documents.
  const shown = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) shown[i] = scores[docs[i] as number] as number;
  const threshold = shown.sort()[docs.length - limit] as number;
  const above = docs.filter((doc) => (scores[doc] as number) > threshold);
  const tied = docs.filter((doc) => scores[doc] === threshold);
  if (tied.length > 1) yield* order;
  return new Set([...above, ...tied.sort(compare).slice(0, limit - above.length)]);
}
