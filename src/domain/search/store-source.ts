import type { Lunr } from './lunr.js';
import { parsed, type SearchSource } from './search.js';
import type { SearchStore } from './store-read.js';

/** The store as a search source: lunr's results with each document number turned back into its id. */
export function storeSource(store: SearchStore): SearchSource {
  const numbers = new Map<string, number>();
  const metas = new Map<number, ReturnType<SearchStore['meta']>>();
  const metaOf = (doc: number) => {
    let meta = metas.get(doc);
    if (!meta) metas.set(doc, (meta = store.meta(doc)));
    return meta;
  };
  return {
    run(build: (query: Lunr.Query) => void) {
      const results = parsed(() => store.partialIndex(build).query(build));
      return results?.map((result) => {
        const doc = Number(result.ref);
        const { id } = metaOf(doc);
        numbers.set(id, doc);
        return { ...result, ref: id };
      });
    },
    meta: (id) => {
      const doc = numbers.get(id);
      return doc === undefined ? undefined : metaOf(doc);
    },
    document: (id) => store.document(numbers.get(id) as number),
  };
}
