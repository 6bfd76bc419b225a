import type { Corpus } from '../corpus/model.js';
import { CACHE_WRITE } from '../corpus/store.js';
import { documentBatches } from './documents.js';
import { join } from 'node:path';
import type { StoreProgress } from './store-build.js';
import type { Progress } from '../common/progress.js';
import type { SearchStore } from './store-read.js';
import { openStoreFile, storeFromBytes } from './store-file.js';
import { searchVocabularyHash } from './search-vocabulary.js';

export interface IndexLocations {
  prebuiltDir?: string;
  cacheDir?: string;
}

/**
 * The search store for a corpus: shipped with the package for the bundled corpus, else
 * cached by the corpus hash, else built (streamed to the cache, then opened).
 */
export async function searchStoreFor(
  corpus: Corpus,
  locations: IndexLocations,
  options: { rebuild?: boolean; progress?: Progress } = {},
): Promise<SearchStore> {
  // An instrument a batch, and the cases last.
  const total = corpus.instruments.length + 1;
  const progress: StoreProgress | undefined =
    options.progress && ((done) => options.progress?.('building the search index', done, total));
  // The vocabulary's stems are the index's: a store built with another one is not this corpus's store.
  const vocabularyHash = searchVocabularyHash();
  const name = searchStoreName(corpus.hash, vocabularyHash);
  for (const dir of options.rebuild ? [] : [locations.prebuiltDir, locations.cacheDir]) {
    const store = dir ? openStoreFile(join(dir, name)) : undefined;
    if (store && store.header.hash === corpus.hash && store.header.vocabulary.hash === vocabularyHash) return store;
    store?.close();
  }
  const { buildSearchStore } = await import('./store-build.js');
  const { citationCatalog } = await import('./catalog.js');
  const { readSearchVocabulary } = await import('./search-vocabulary-read.js');
  const identity = { hash: corpus.hash, vocabulary: await readSearchVocabulary(), catalog: citationCatalog(corpus) };
  // An instrument at a time, each let go once its documents are read.
  const { releaseInstrument } = await import('../corpus/snapshot.js');
  const documents = () => documentBatches(corpus, releaseInstrument);
  if (locations.cacheDir) {
    const { writeTextFile } = await import('../writes/write-file.js');
    const path = join(locations.cacheDir, name);
    try {
      writeTextFile(path, (write) => buildSearchStore(documents(), identity, write, { progress }), CACHE_WRITE);
      // Stores of this corpus built by an earlier format or vocabulary are never read again.
      (await import('../corpus/prune.js')).pruneSearchStores(locations.cacheDir, corpus.hash, name);
      const store = openStoreFile(path);
      if (store) return store;
    } catch {
      // A cache that cannot be written is no reason not to search: build in memory below.
    }
  }
  const chunks: Buffer[] = [];
  buildSearchStore(documents(), identity, (chunk) => chunks.push(Buffer.from(chunk)), { progress });
  return storeFromBytes(Buffer.concat(chunks));
}

/** The file a corpus's store is kept in, named by the corpus and the vocabulary it was built with. */
export function searchStoreName(corpusHash: string, vocabularyHash = searchVocabularyHash()): string {
  return `search-${corpusHash}-${vocabularyHash}.store`;
}
