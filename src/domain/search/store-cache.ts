import type { Corpus } from '../corpus/model.js';
import { CACHE_WRITE } from '../corpus/store.js';
import { documentBatches } from './documents.js';
import { join } from 'node:path';
import type { Progress } from '../common/progress.js';
import { StoreDamaged, type SearchStore } from './store-read.js';
import { openStoreFile, storeFromBytes } from './store-file.js';
import { searchVocabularyHash } from './search-vocabulary.js';

export interface IndexLocations {
  prebuiltDir?: string;
  cacheDir?: string;
}

export interface StoreOptions {
  /** Build it again, whatever the cache holds (the cached one was found damaged). */
  rebuild?: boolean;
  /**
   * Check the whole store before it is used, not only what a search reads: for the export,
   * which copies the store's bytes into the site as they are.
   */
  verify?: boolean;
  progress?: Progress;
}

/**
 * The search store for a corpus: cached by the corpus hash, else shipped with the package
 * for the bundled corpus, else built (streamed to the cache, then opened).
 */
export async function searchStoreFor(
  corpus: Corpus,
  locations: IndexLocations,
  options: StoreOptions = {},
): Promise<SearchStore> {
  const cached = options.rebuild ? undefined : cachedStore(corpus, locations, options.verify ?? false);
  return cached ?? (await storeBuilder(corpus, locations, options.progress))();
}

/** The store the package or the cache holds for this corpus and vocabulary, whole; undefined when there is none. */
function cachedStore(corpus: Corpus, locations: IndexLocations, verify: boolean): SearchStore | undefined {
  const vocabularyHash = searchVocabularyHash();
  const name = searchStoreName(corpus.hash, vocabularyHash);
  // The cache first: it holds the bundled corpus's store only when the package's was found damaged.
  for (const dir of [locations.cacheDir, locations.prebuiltDir]) {
    const store = dir ? openStoreFile(join(dir, name)) : undefined;
    if (store && store.header.hash === corpus.hash && store.header.vocabulary.hash === vocabularyHash) {
      if (!verify || whole(store)) return store;
    }
    store?.close();
  }
  return undefined;
}

function whole(store: SearchStore): boolean {
  try {
    store.verify();
    return true;
  } catch (error) {
    if (error instanceof StoreDamaged) return false;
    throw error;
  }
}

/**
 * Builds the corpus's store when called (into the cache, else in memory), with everything
 * the build needs loaded beforehand: `tip browse` holds one, so that a store found damaged
 * in the middle of a session is built again then and there, between two keystrokes.
 */
export async function storeBuilder(
  corpus: Corpus,
  locations: IndexLocations,
  progress?: Progress,
): Promise<() => SearchStore> {
  // An instrument a batch, and the cases last.
  const told = progress && { report: progress, batches: corpus.instruments.length + 1 };
  const [{ buildSearchStore }, { citationCatalog }, { readSearchVocabulary }, { releaseInstrument }, writes, prune] =
    await Promise.all([
      import('./store-build.js'),
      import('./catalog.js'),
      import('./search-vocabulary-read.js'),
      import('../corpus/snapshot.js'),
      locations.cacheDir ? import('../writes/write-file.js') : undefined,
      locations.cacheDir ? import('../corpus/prune.js') : undefined,
    ]);
  const vocabulary = await readSearchVocabulary();
  return () => {
    // The vocabulary's stems are the index's: a store built with another one is not this corpus's store.
    const name = searchStoreName(corpus.hash, vocabulary.hash);
    const identity = { hash: corpus.hash, vocabulary, catalog: citationCatalog(corpus) };
    // An instrument at a time, each let go once its documents are read.
    const documents = () => documentBatches(corpus, releaseInstrument);
    if (locations.cacheDir && writes && prune) {
      const path = join(locations.cacheDir, name);
      try {
        writes.writeTextFile(
          path,
          (write) => buildSearchStore(documents(), identity, write, { progress: told }),
          CACHE_WRITE,
        );
        // Stores of this corpus built by an earlier format or vocabulary are never read again.
        prune.pruneSearchStores(locations.cacheDir, corpus.hash, name);
        const store = openStoreFile(path);
        if (store) return store;
      } catch {
        // A cache that cannot be written (or holds something other than a file at that name)
        // is no reason not to search: build in memory below.
      }
    }
    const chunks: Buffer[] = [];
    buildSearchStore(documents(), identity, (chunk) => chunks.push(Buffer.from(chunk)), { progress: told });
    return storeFromBytes(Buffer.concat(chunks));
  };
}

/** The file a corpus's store is kept in, named by the corpus and the vocabulary it was built with. */
export function searchStoreName(corpusHash: string, vocabularyHash = searchVocabularyHash()): string {
  return `search-${corpusHash}-${vocabularyHash}.store`;
}
