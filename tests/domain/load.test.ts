import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/domain/corpus/load.js';
import { readEnvelope } from '../../src/domain/corpus/store.js';
import { readCorpusSource } from '../../src/domain/corpus/files.js';
import { parseCorpus } from '../../src/domain/corpus/parse.js';
import { DataError, NotFoundError } from '../../src/domain/common/errors.js';
import { searchStoreFor, searchStoreName } from '../../src/domain/search/store-cache.js';
import { runSearch } from '../../src/domain/search/service.js';
import { FIXTURES, tempDir } from '../helpers.js';

function copyFixture(name: string): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

describe('loadCorpus and the snapshot cache', () => {
  it('parses a corpus once, then serves it from a cache keyed by content', async () => {
    const dataDir = copyFixture('minimal');
    const cacheDir = tempDir();
    const first = await loadCorpus({ dataDir, cacheDir });
    expect(readdirSync(cacheDir).filter((f) => !f.startsWith('files-'))).toEqual([`corpus-${first.hash}`]);
    expect(readdirSync(join(cacheDir, `corpus-${first.hash}`)).sort()).toEqual(['demo-act-2020.json', 'index.json']);
    const second = await loadCorpus({ dataDir, cacheDir });
    expect(second).toEqual(first);
  });

  it('ignores a stale cache when the files change', async () => {
    const dataDir = copyFixture('minimal');
    const cacheDir = tempDir();
    const before = await loadCorpus({ dataDir, cacheDir });
    const file = join(dataDir, 'laws', 'demo-act.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Lighthouse keeping', 'Lamp keeping'));
    const after = await loadCorpus({ dataDir, cacheDir });
    expect(after.hash).not.toBe(before.hash);
    expect(after.instruments[0]?.provisions[0]?.heading).toBe('Lamp keeping');
  });

  it('rebuilds a damaged cache entry instead of trusting it', async () => {
    const dataDir = copyFixture('minimal');
    const cacheDir = tempDir();
    const { hash } = await loadCorpus({ dataDir, cacheDir });
    const index = join(cacheDir, `corpus-${hash}`, 'index.json');
    writeFileSync(index, '{"format": 1, "hash": "');
    const reloaded = await loadCorpus({ dataDir, cacheDir });
    expect(reloaded.hash).toBe(hash);
    expect(readEnvelope(index, hash)).toBeDefined();
    // An instrument's file damaged behind the index is refused when it is read, never used.
    writeFileSync(join(cacheDir, `corpus-${hash}`, 'demo-act-2020.json'), 'garbage');
    const damaged = await loadCorpus({ dataDir, cacheDir });
    expect(() => damaged.instruments[0]?.provisions).toThrow(/cached copy of the corpus is damaged/);
  });

  it('leaves no temporary files behind', async () => {
    const cacheDir = tempDir();
    const corpus = await loadCorpus({ dataDir: copyFixture('minimal'), cacheDir });
    (await searchStoreFor(corpus, { cacheDir })).close();
    expect(
      readdirSync(cacheDir)
        .filter((f) => !f.startsWith('files-'))
        .sort(),
    ).toEqual([`corpus-${corpus.hash}`, searchStoreName(corpus.hash)]);
    expect(readdirSync(join(cacheDir, `corpus-${corpus.hash}`)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a file changed between hashing and parsing, rather than filing it under the old hash', () => {
    const dataDir = copyFixture('minimal');
    const source = readCorpusSource(dataDir);
    const file = join(dataDir, 'laws', 'demo-act.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('lamp', 'lantern'));
    const { corpus, issues } = parseCorpus(source);
    expect(corpus).toBeUndefined();
    expect(issues).toEqual([{ file, line: 1, col: 1, message: 'changed while tipkit read the corpus; run it again' }]);
    // Read again, it parses.
    expect(parseCorpus(readCorpusSource(dataDir)).corpus?.instruments).toHaveLength(1);
  });

  it('works when the cache cannot be written', async () => {
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const corpus = await loadCorpus({ dataDir: copyFixture('minimal'), cacheDir: join(blocker, 'cache') });
    expect(corpus.instruments).toHaveLength(1);
  });

  it('rebuilds a search store damaged behind its header, once, and answers from the new one', async () => {
    const cacheDir = tempDir();
    const corpus = await loadCorpus({ dataDir: copyFixture('minimal'), cacheDir });
    (await searchStoreFor(corpus, { cacheDir })).close();
    const path = join(cacheDir, searchStoreName(corpus.hash));
    const bytes = readFileSync(path);
    // Scribble over the postings and records, keeping the header at the end intact.
    bytes.fill(0x7b, 40, bytes.length - 600);
    writeFileSync(path, bytes);
    const result = await runSearch(corpus, { query: 'lamp', cacheDir });
    expect(result.hits[0]?.id).toBe('demo-act-2020:s1');
    expect(readFileSync(path).equals(bytes)).toBe(false);
  });

  it('refuses an invalid corpus with every problem positioned', async () => {
    const error = await loadCorpus({ dataDir: copyFixture('broken-xref') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).suggestions[0]).toMatch(/demo-act\.yaml:25:13: dangling cross-reference/);
  });

  it('says when the folder does not exist', async () => {
    await expect(loadCorpus({ dataDir: join(tempDir(), 'missing') })).rejects.toThrow(NotFoundError);
  });
});
