import type { Corpus } from '../corpus/model.js';
import type { Progress } from '../common/progress.js';
import type { InstrumentKind } from '../corpus/schema.js';
import type { SearchType } from './documents.js';
import { searchStoreFor, storeBuilder, type IndexLocations } from './store-cache.js';
import { searchSource, type SearchOptions, type SearchResult } from './search.js';
import { storeSource } from './store-source.js';
import { StoreDamaged } from './store-read.js';
import { hasArabicScript } from '../common/urdu.js';

/**
 * The kinds `tip search --kind` narrows to: the laws users filter by, and guidance (whose
 * provisions are hits of type guidance, so --kind guidance and --type guidance agree).
 */
export const SEARCH_KINDS = [
  'act',
  'rules',
  'protocol',
  'convention',
  'guidance',
] as const satisfies readonly InstrumentKind[];

export interface SearchRequest extends IndexLocations {
  /** Told how building the search index goes, when there is none for this corpus yet. */
  progress?: Progress;
  query: string;
  /** Laws named the way users name them ("PTPA", "palermo-protocol", "PPC"); cases match the laws they apply. */
  laws?: readonly string[];
  kinds?: readonly InstrumentKind[];
  types?: readonly SearchType[];
  limit?: number;
}

/** `tip search`: resolves the filters, finds the index, runs the query. */
export async function runSearch(corpus: Corpus, request: SearchRequest): Promise<SearchResult> {
  // Reading law names needs the citation machinery; a plain search does not load it.
  const instruments = request.laws?.length
    ? (await import('../cite/case-filters.js')).resolveLawIds(corpus, request.laws)
    : undefined;
  // Urdu words are searched as the English ones for them: the vocabulary is read only then.
  const vocabulary = hasArabicScript(request.query)
    ? await (await import('./urdu-vocabulary.js')).readUrduVocabulary()
    : undefined;
  const options = {
    limit: request.limit,
    ...(vocabulary ? { vocabulary } : {}),
    ...(instruments && instruments.length > 0 ? { instruments } : {}),
    ...(request.kinds && request.kinds.length > 0 ? { kinds: request.kinds } : {}),
    ...(request.types && request.types.length > 0 ? { types: request.types } : {}),
  };
  const told = request.progress ? { progress: request.progress } : {};
  const store = await searchStoreFor(corpus, request, told);
  try {
    return searchSource(storeSource(store), request.query, options);
  } catch (error) {
    if (!(error instanceof StoreDamaged)) throw error;
    // A cached store damaged behind its header: built again once, never trusted.
    store.close();
    const fresh = await searchStoreFor(corpus, request, { rebuild: true, ...told });
    return searchSource(storeSource(fresh), request.query, options);
  }
}

/**
 * A search kept open, for `tip browse`: the store is found (or built) once, and each query
 * then costs only what it reads. The Urdu vocabulary is read as it opens (beside the store),
 * so that no keystroke waits on it; so is what building the store takes, so that a store
 * found damaged mid-session is built again before the search is run again, as `tip search`
 * does, rather than every search saying it is damaged.
 */
export async function openSearcher(
  corpus: Corpus,
  locations: IndexLocations,
): Promise<{ search: (query: string, options: SearchOptions) => SearchResult; close: () => void }> {
  const [opened, vocabulary, rebuild] = await Promise.all([
    searchStoreFor(corpus, locations),
    import('./urdu-vocabulary.js').then(({ readUrduVocabulary }) => readUrduVocabulary()),
    storeBuilder(corpus, locations),
  ]);
  let store = opened;
  let source = storeSource(store);
  let rebuilt = false;
  return {
    search: (query, options) => {
      const run = (): SearchResult => searchSource(source, query, { ...options, vocabulary });
      try {
        return run();
      } catch (error) {
        // Once a session: a store damaged again after it was built anew is not built a third time.
        if (!(error instanceof StoreDamaged) || rebuilt) throw error;
        rebuilt = true;
        store.close();
        store = rebuild();
        source = storeSource(store);
        return run();
      }
    },
    close: () => store.close(),
  };
}
