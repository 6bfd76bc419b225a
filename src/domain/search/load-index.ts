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
export function searchIndexFor(corpus: Corpus, locations: IndexLocations): Lunr.Index {
  for (const dir of [locations.prebuiltDir, locations.cacheDir]) {
    if (!dir) continue;
    const serialized = readSnapshot<object>(dir, 'index', corpus.hash);
    if (serialized) {
      try {
        return loadSearchIndex(serialized);
      } catch {
        // A damaged index is rebuilt below, never trusted.
      }
    }
  }
  const serialized = buildSearchIndex(searchDocuments(corpus));
  if (locations.cacheDir) writeSnapshot(locations.cacheDir, 'index', corpus.hash, serialized);
  return loadSearchIndex(serialized);
}
