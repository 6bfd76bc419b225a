import { join, resolve } from 'node:path';
import { PACKAGE_ROOT, PREBUILT_DIR, userCacheDir } from '../domain/common/paths.js';
import { loadCorpus } from '../domain/corpus/load.js';
import type { Corpus } from '../domain/corpus/model.js';

export interface CorpusOptions {
  /** A corpus folder (holds laws/) instead of the bundled corpus. */
  data?: string | undefined;
  /** A library of imported official texts (what `tip import` writes) to overlay on the bundled corpus. */
  library?: string | undefined;
  /** Where snapshots and search indexes of other corpora are kept; default: tipkit's cache folder. */
  cacheDir?: string | undefined;
}

/** Loaded once per corpus and library: a site build calls the API for every page. */
const opened = new Map<string, Promise<Corpus>>();

/** The corpus the API works on, from its snapshot where there is one (as the commands load it). */
export function openCorpus(options: CorpusOptions = {}): Promise<Corpus> {
  const dataDir = options.data ? resolve(options.data) : PACKAGE_ROOT;
  // A corpus named with data stands alone, as with tip --data.
  const library = options.data || !options.library ? undefined : resolve(options.library);
  const key = JSON.stringify([dataDir, library, options.cacheDir]);
  let corpus = opened.get(key);
  if (!corpus) {
    corpus = loadCorpus({ dataDir, ...corpusLocations(options), ...(library ? { library } : {}) });
    // A failed load is not kept: the next call tries again (the user may have fixed the file).
    corpus.catch(() => opened.delete(key));
    opened.set(key, corpus);
  }
  return corpus;
}

/** The shipped snapshots, and the cache folder the `tip` command uses, so that the API and the command share one cache. */
export function corpusLocations(options: CorpusOptions): { prebuiltDir: string; cacheDir: string } {
  return { prebuiltDir: PREBUILT_DIR, cacheDir: join(options.cacheDir ?? userCacheDir(), 'corpus') };
}
