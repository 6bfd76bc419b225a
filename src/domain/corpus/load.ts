import { DataError } from '../common/errors.js';
import { shellQuote } from '../common/text.js';
import { formatIssue } from './issues.js';
import type { Progress } from '../common/progress.js';
import { listCorpusFiles, readCorpusSource } from './files.js';
import { fingerprintHash } from './fingerprint.js';
import type { Corpus } from './model.js';
import { readCorpusSnapshot, snapshotFolder, writeCorpusSnapshot } from './snapshot.js';

export interface LoadOptions {
  /** Corpus root (holds `laws/`). */
  dataDir: string;
  /**
   * Per-user cache for corpora other than the bundled one; checked first, since it holds
   * the bundled corpus only when the package's copy was found damaged and built again.
   */
  cacheDir?: string;
  /** Snapshots built with the package. */
  prebuiltDir?: string;
  /** The user's library of imported texts, overlaid on the corpus. */
  library?: string;
  /** Told how parsing goes, when there is no snapshot and the corpus must be read. */
  progress?: Progress;
  /** Read the corpus from its files and write its snapshot anew, whatever the cache holds: a snapshot file was found damaged. */
  rebuild?: boolean;
  /**
   * For a run that reads every instrument or keeps the corpus open (export, browse): the
   * snapshot is checked whole as it loads, so that damage is rebuilt now rather than met
   * half-way, and a cached one is marked in use until releaseCorpus, so that no other run
   * prunes it meanwhile.
   */
  hold?: boolean;
}

/** How to end each held corpus's mark of use. */
const holds = new WeakMap<Corpus, () => void>();

/** Ends what `hold` began; nothing for a corpus not held. */
export function releaseCorpus(corpus: Corpus): void {
  holds.get(corpus)?.();
  holds.delete(corpus);
}

/**
 * Loads a corpus, validated. A snapshot keyed by the files' content hash (shipped for
 * the bundled corpus, cached for others) avoids parsing YAML on every run; anything
 * else is parsed, validated, and cached for next time.
 */
export async function loadCorpus(options: LoadOptions): Promise<Corpus> {
  const listed = listCorpusFiles(options.dataDir, options.library);
  const dirs = [options.cacheDir, options.prebuiltDir].filter((dir): dir is string => Boolean(dir));
  // Most runs find their snapshot from the files' sizes and times alone, reading none of them.
  const known = options.cacheDir ? await fingerprintHash(options.dataDir, listed, options.cacheDir) : undefined;
  let from: string | undefined;
  const cachedFor = (hash: string): Corpus | undefined => {
    if (options.rebuild) return undefined;
    for (const dir of dirs) {
      const cached = readCorpusSnapshot(dir, hash, { verify: options.hold ?? false });
      if (cached) {
        from = dir;
        return cached;
      }
    }
    return undefined;
  };
  const held = async (corpus: Corpus): Promise<Corpus> => {
    if (options.hold && options.cacheDir && from === options.cacheDir) {
      const { holdFolder } = await import('./in-use.js');
      holds.set(corpus, await holdFolder(snapshotFolder(options.cacheDir, corpus.hash)));
    }
    return corpus;
  };
  const fast = known ? cachedFor(known) : undefined;
  if (fast) return held(fast);
  const source = readCorpusSource(options.dataDir, options.library, listed);
  // Looked up again only if the content hash differs from the one the file times gave.
  if (source.hash !== known) {
    const cached = cachedFor(source.hash);
    if (cached) return held(cached);
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
    // The snapshot's lazy corpus, so the parsed one (the whole statute book) can be let go; a
    // rebuild keeps the parsed one, since a snapshot just found damaged may be damaged again.
    if (options.rebuild) return corpus;
    from = options.cacheDir;
    const written = readCorpusSnapshot(options.cacheDir, corpus.hash);
    return written ? held(written) : corpus;
  }
  return corpus;
}
