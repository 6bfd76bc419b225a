import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, tempDir, tip } from '../helpers.js';
import type * as Files from '../../src/domain/corpus/files.js';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeScaleCorpus } from '../bench/scale-corpus.mjs';

const reads = vi.hoisted(() => ({ files: 0 }));
vi.mock('../../src/domain/corpus/files.js', async (original) => {
  const actual = await original<typeof Files>();
  return {
    ...actual,
    readCorpusFile: (path: string) => {
      reads.files++;
      return actual.readCorpusFile(path);
    },
    readCorpusSource: (...args: Parameters<typeof actual.readCorpusSource>) => {
      reads.files += 1000;
      return actual.readCorpusSource(...args);
    },
  };
});

const { loadCorpus } = await import('../../src/domain/corpus/load.js');
const { pruneCache } = await import('../../src/domain/corpus/prune.js');

/** A copy of the minimal corpus, and an empty cache beside it. */
function minimalCopy(): { dataDir: string; cacheDir: string } {
  const dataDir = tempDir();
  cpSync(join(FIXTURES, 'minimal'), dataDir, { recursive: true });
  return { dataDir, cacheDir: tempDir() };
}

describe('finding the cache from file sizes and times', () => {
  it('reads no corpus file on a warm load, and only the changed one after an edit', async () => {
    const { dataDir, cacheDir } = minimalCopy();
    const first = await loadCorpus({ dataDir, cacheDir });
    reads.files = 0;
    const warm = await loadCorpus({ dataDir, cacheDir });
    expect(warm.hash).toBe(first.hash);
    expect(reads.files).toBe(0);
    const file = join(dataDir, 'laws', 'demo-act.yaml');
    writeFileSync(
      join(dataDir, 'laws', 'demo-act.yaml'),
      `${'# edited\n'}${(await import('node:fs')).readFileSync(file, 'utf8')}`,
    );
    reads.files = 0;
    const edited = await loadCorpus({ dataDir, cacheDir });
    expect(edited.hash).not.toBe(first.hash);
    // The changed file is hashed; then the corpus is read whole to hash it, and each of its
    // two files once more to parse it (a statute book's text is never all held at once).
    expect(reads.files).toBe(1 + 1000 + 2);
  });
});

describe('pruning the cache', () => {
  const hash = (n: number) => String(n).repeat(32).slice(0, 32);

  function cache(): string {
    const dir = tempDir();
    for (let n = 1; n <= 6; n++) {
      mkdirSync(join(dir, `corpus-${hash(n)}`));
      writeFileSync(join(dir, `corpus-${hash(n)}`, 'index.json'), 'x'.repeat(100));
      writeFileSync(join(dir, `search-${hash(n)}.store`), 'x'.repeat(1000));
      const when = new Date(Date.UTC(2026, 0, n));
      utimesSync(join(dir, `corpus-${hash(n)}`), when, when);
      utimesSync(join(dir, `search-${hash(n)}.store`), when, when);
    }
    writeFileSync(join(dir, 'my-notes.json'), 'mine');
    symlinkSync(join(dir, 'my-notes.json'), join(dir, `index-${'a'.repeat(32)}.json`));
    return dir;
  }

  it('keeps the current corpus and the newest three others, and nothing it did not name', () => {
    const dir = cache();
    const removed = pruneCache(dir, hash(1));
    expect(removed).toEqual([
      `corpus-${hash(2)}`,
      `corpus-${hash(3)}`,
      `search-${hash(2)}.store`,
      `search-${hash(3)}.store`,
    ]);
    expect(readdirSync(dir).sort()).toEqual(
      [
        `corpus-${hash(1)}`,
        `corpus-${hash(4)}`,
        `corpus-${hash(5)}`,
        `corpus-${hash(6)}`,
        `index-${'a'.repeat(32)}.json`,
        'my-notes.json',
        `search-${hash(1)}.store`,
        `search-${hash(4)}.store`,
        `search-${hash(5)}.store`,
        `search-${hash(6)}.store`,
      ].sort(),
    );
  });

  it('drops even the newest others, oldest first, while the cache is over its cap', () => {
    const dir = cache();
    pruneCache(dir, hash(1), { maxBytes: 2500 });
    expect(
      readdirSync(dir)
        .filter((f) => f.startsWith('search-'))
        .sort(),
    ).toEqual([`search-${hash(1)}.store`, `search-${hash(6)}.store`]);
  });
});

describe('search stores of an earlier format or vocabulary', () => {
  it('are removed when this corpus gets a new store, and nothing else is', async () => {
    const { dataDir, cacheDir } = minimalCopy();
    const corpus = await loadCorpus({ dataDir, cacheDir });
    const other = 'f'.repeat(32);
    const stale = [`search-${corpus.hash}.store`, `search-${corpus.hash}-${'a'.repeat(12)}.store`];
    for (const name of [...stale, `search-${other}-${'a'.repeat(12)}.store`])
      writeFileSync(join(cacheDir, name), 'old');
    writeFileSync(join(cacheDir, 'mine.store'), 'mine');
    symlinkSync(join(cacheDir, 'mine.store'), join(cacheDir, `search-${corpus.hash}-${'b'.repeat(12)}.store`));
    const { searchStoreFor, searchStoreName } = await import('../../src/domain/search/store-cache.js');
    (await searchStoreFor(corpus, { cacheDir })).close();
    expect(
      readdirSync(cacheDir)
        .filter((name) => name.endsWith('.store'))
        .sort(),
    ).toEqual(
      [
        'mine.store',
        searchStoreName(corpus.hash),
        `search-${corpus.hash}-${'b'.repeat(12)}.store`,
        `search-${other}-${'a'.repeat(12)}.store`,
      ].sort(),
    );
  });
});

describe('tip show reads one instrument', () => {
  it('prints a section while every other instrument of the cached corpus is garbage', async () => {
    const root = tempDir();
    writeScaleCorpus(root, 200, 20);
    const env = { XDG_CACHE_HOME: tempDir() };
    expect((await tip(['show', 'IA2 s.3', '--data', root], { env })).status).toBe(0);
    const [snapshot] = readdirSync(join(env.XDG_CACHE_HOME, 'tipkit', 'corpus')).filter((f) =>
      /^corpus-[0-9a-f]{32}$/.test(f),
    );
    const folder = join(env.XDG_CACHE_HOME, 'tipkit', 'corpus', snapshot as string);
    for (const file of readdirSync(folder)) {
      if (file !== 'index.json' && file !== 'act-00002.json') writeFileSync(join(folder, file), 'garbage');
    }
    const show = await tip(['show', 'IA2 s.3', '--data', root], { env });
    expect(show.status, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/^IA2 s\.3 /);
    // Had another instrument been read, the garbage would have been found, and the snapshot built again:
    expect(readFileSync(join(folder, 'act-00003.json'), 'utf8')).toBe('garbage');
    const other = await tip(['show', 'IA3 s.1', '--data', root], { env });
    expect(other.status, other.stderr).toBe(0);
    expect(other.stdout).toMatch(/^IA3 s\.1 /);
    expect(readFileSync(join(folder, 'act-00003.json'), 'utf8')).not.toBe('garbage');
  });
});
