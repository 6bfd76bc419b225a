import type { Corpus } from '../corpus/model.js';
import { CACHE_WRITE } from '../corpus/store.js';
import { documentBatches } from './documents.js';
import { join } from 'node:path';
import type { StoreProgress } from './store-build.js';
import type { Progress } from '../common/progress.js';
import type { SearchStore } from './store-read.js';
import { openStoreFile, storeFromBytes } from './store-file.js';

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
  for (const dir of options.rebuild ? [] : [locations.prebuiltDir, locations.cacheDir]) {
    const store = dir ? openStoreFile(storePath(dir, corpus.hash)) : undefined;
    if (store && store.header.hash === corpus.hash) return store;
    store?.close();
  }
  const { buildSearchStore } = await import('./store-build.js');
  // An instrument at a time, each let go once its documents are read.
  const { releaseInstrument } = await import('../corpus/snapshot.js');
  const documents = () => documentBatches(corpus, releaseInstrument);
  if (locations.cacheDir) {
    const { writeTextFile } = await import('../writes/write-file.js');
    const path = storePath(locations.cacheDir, corpus.hash);
    try {
      writeTextFile(path, (write) => buildSearchStore(documents(), corpus.hash, write, { progress }), CACHE_WRITE);
      const store = openStoreFile(path);
      if (store) return store;
    } catch {
      // A cache that cannot be written is no reason not to search: build in memory below.
    }
  }
  const chunks: Buffer[] = [];
  buildSearchStore(documents(), corpus.hash, (chunk) => chunks.push(Buffer.from(chunk)), { progress });
  return storeFromBytes(Buffer.concat(chunks));
}

function storePath(dir: string, hash: string): string {
  return join(dir, `search-${hash}.store`);
}
