import type { Lunr } from './lunr.js';
import type { Corpus } from '../corpus/model.js';
import { readSnapshot, writeSnapshot } from '../corpus/store.js';
import { searchDocuments } from './documents.js';
import { buildSearchIndex, loadSearchIndex } from './index.js';

export interface IndexLocations {
  prebuiltDir?: string;
  cacheDir?: string;
}

/**
 * The search index for a corpus: the one shipped with the package when the corpus is
 * the bundled one, else a cached one keyed by the corpus hash, else built and cached.
 */
export async function searchIndexFor(corpus: Corpus, locations: IndexLocations): Promise<Lunr.Index> {
  const stored = storedIndex(corpus, locations);
  if (stored) {
    try {
      return loadSearchIndex(stored);
    } catch {
      // A damaged index is rebuilt below, never trusted.
    }
  }
  return loadSearchIndex(await buildAndCache(corpus, locations));
}

/** The same index in its serialised form, for the exported site to load in the browser. */
export async function serializedIndexFor(corpus: Corpus, locations: IndexLocations): Promise<object> {
  return storedIndex(corpus, locations) ?? buildAndCache(corpus, locations);
}

function storedIndex(corpus: Corpus, locations: IndexLocations): object | undefined {
  for (const dir of [locations.prebuiltDir, locations.cacheDir]) {
    const serialized = dir ? readSnapshot<object>(dir, 'index', corpus.hash) : undefined;
    if (serialized) return serialized;
  }
  return undefined;
}

async function buildAndCache(corpus: Corpus, locations: IndexLocations): Promise<object> {
  const serialized = buildSearchIndex(searchDocuments(corpus));
  if (locations.cacheDir) await writeSnapshot(locations.cacheDir, 'index', corpus.hash, serialized);
  return serialized;
}
