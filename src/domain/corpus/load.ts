import { DataError } from '../common/errors.js';
import { shellQuote } from '../common/text.js';
import { formatIssue } from './issues.js';
import type { Progress } from '../common/progress.js';
import { listCorpusFiles, readCorpusSource } from './files.js';
import { fingerprintHash } from './fingerprint.js';
import type { Corpus } from './model.js';
import { readCorpusSnapshot, writeCorpusSnapshot } from './snapshot.js';

export interface LoadOptions {
  /** Corpus root (holds `laws/`). */
  dataDir: string;
  /** Per-user cache for corpora other than the bundled one. */
  cacheDir?: string;
  /** Snapshots built with the package; checked first. */
  prebuiltDir?: string;
  /** The user's library of imported texts, overlaid on the corpus. */
  library?: string;
  /** Told how parsing goes, when there is no snapshot and the corpus must be read. */
  progress?: Progress;
}

/**
 * Loads a corpus, validated. A snapshot keyed by the files' content hash (shipped for
 * the bundled corpus, cached for others) avoids parsing YAML on every run; anything
 * else is parsed, validated, and cached for next time.
 */
export async function loadCorpus(options: LoadOptions): Promise<Corpus> {
  const listed = listCorpusFiles(options.dataDir, options.library);
  const dirs = [options.prebuiltDir, options.cacheDir].filter((dir): dir is string => Boolean(dir));
  // Most runs find their snapshot from the files' sizes and times alone, reading none of them.
  const known = options.cacheDir ? await fingerprintHash(options.dataDir, listed, options.cacheDir) : undefined;
  const cachedFor = (hash: string): Corpus | undefined => {
    for (const dir of dirs) {
      const cached = readCorpusSnapshot(dir, hash);
      if (cached) return cached;
    }
    return undefined;
  };
  const fast = known ? cachedFor(known) : undefined;
  if (fast) return fast;
  const source = readCorpusSource(options.dataDir, options.library, listed);
  // Looked up again only if the content hash differs from the one the file times gave.
  if (source.hash !== known) {
    const cached = cachedFor(source.hash);
    if (cached) return cached;
  }
  const { parseCorpus } = await import('./parse.js');
  const { corpus, issues } = parseCorpus(source, {
    skipInvalidTexts: true,
    ...(options.progress ? { progress: options.progress } : {}),
  });
  if (!corpus) {
    throw new DataError(
      `the corpus in ${options.dataDir} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'})`,
      {
        suggestions: [...issues.slice(0, 10).map(formatIssue), `Run: tip validate ${shellQuote(options.dataDir)}`],
        details: issues,
      },
    );
  }
  if (options.cacheDir && (await writeCorpusSnapshot(options.cacheDir, corpus))) {
    const { pruneCache } = await import('./prune.js');
    pruneCache(options.cacheDir, corpus.hash);
    // The snapshot's lazy corpus, so the parsed one (the whole statute book) can be let go.
    return readCorpusSnapshot(options.cacheDir, corpus.hash) ?? corpus;
  }
  return corpus;
}
