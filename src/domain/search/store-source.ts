import type { Lunr } from './lunr.js';
import { parsed, type SearchSource } from './search.js';
import type { SearchStore } from './store-read.js';

/** The store as a search source: refs are document numbers, read as documents only for the hits shown or filtered. */
export function storeSource(store: SearchStore): SearchSource {
  return {
    run: (build: (query: Lunr.Query) => void) => parsed(() => store.partialIndex(build).query(build)),
    compare: (a, b) => store.rank(Number(a)) - store.rank(Number(b)),
    complete: true,
    meta: (ref) => store.meta(Number(ref)),
    document: (ref) => store.document(Number(ref)),
  };
}
