/**
 * Every cached byte that can reach output is checked when it is read: the search store a
 * section (or a term's postings, or a document's record) at a time, the corpus snapshot a
 * file at a time. One flipped bit anywhere is damage, rebuilt; never other words printed.
 */
import { cpSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, releaseCorpus } from '../../src/domain/corpus/load.js';
import { readCorpusSource } from '../../src/domain/corpus/files.js';
import type { Corpus } from '../../src/domain/corpus/model.js';
import { parseCorpus } from '../../src/domain/corpus/parse.js';
import { SnapshotDamaged } from '../../src/domain/corpus/snapshot.js';
import { envelope, envelopeBody } from '../../src/domain/corpus/store.js';
import { documentBatches } from '../../src/domain/search/documents.js';
import { searchSource } from '../../src/domain/search/search.js';
import { openSearcher } from '../../src/domain/search/service.js';
import { buildSearchStore } from '../../src/domain/search/store-build.js';
import { searchStoreFor, searchStoreName } from '../../src/domain/search/store-cache.js';
import { storeFromBytes } from '../../src/domain/search/store-file.js';
import type { StoreSection } from '../../src/domain/search/store-format.js';
import { SearchStore, StoreDamaged } from '../../src/domain/search/store-read.js';
import { storeSource } from '../../src/domain/search/store-source.js';
import { FIXTURES, storeIdentity, tempDir } from '../helpers.js';

function minimalCorpus(): Corpus {
  const { corpus } = parseCorpus(readCorpusSource(join(FIXTURES, 'minimal')));
  if (!corpus) throw new Error('the minimal fixture is invalid');
  return corpus;
}

function storeBytes(corpus: Corpus): Buffer {
  const chunks: Buffer[] = [];
  buildSearchStore(documentBatches(corpus), storeIdentity(corpus), (chunk) => chunks.push(Buffer.from(chunk)));
  return Buffer.concat(chunks);
}

/** A copy of `bytes` with bit 0 of the byte at `at` flipped: "7 years" becomes "6 years". */
function flipped(bytes: Uint8Array, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] as number) ^ 1;
  return copy;
}

/** Everything a search or a page can read from a store: every meta, record, rank, id and term's postings. */
function readEverything(store: SearchStore): unknown[] {
  const read: unknown[] = [];
  for (let doc = 0; doc < store.documentCount; doc++) {
    const meta = store.meta(doc);
    read.push(meta, store.document(doc), store.rank(doc), store.findDocument(meta.id));
  }
  // A wildcard reaches every term, and so every term's postings.
  const reach = store.reach(store.planReach((query) => query.term('*', { wildcard: 2 as never, usePipeline: false })));
  read.push([...reach.postings]);
  return read;
}

const SECTIONS: StoreSection[] = ['terms', 'termTable', 'postings', 'docTable', 'meta', 'docs', 'ranks', 'byRank'];

/** What an unchecked reader reads from `bytes`, or undefined where it notices the damage itself. */
function readUnchecked(bytes: Uint8Array): string | undefined {
  try {
    const store = new SearchStore({ size: bytes.length, read: (at, n) => bytes.subarray(at, at + n) }, 'unchecked');
    return JSON.stringify(readEverything(store));
  } catch {
    return undefined;
  }
}

describe('the search store checks every byte it hands on', () => {
  const corpus = minimalCorpus();
  const bytes = storeBytes(corpus);
  const { header } = storeFromBytes(bytes);
  const whole = readEverything(storeFromBytes(bytes));
  const headerStart = Math.max(...Object.values(header.sections).map(([offset, length]) => offset + length));
  const ranges: [string, [number, number]][] = [
    ...SECTIONS.map((name): [string, [number, number]] => [name, header.sections[name]]),
    ['the header', [headerStart, bytes.length - headerStart]],
  ];

  it.each(ranges)(
    'a flipped bit in %s is damage, where unchecked it would read as other data',
    (name, [offset, length]) => {
      // Where one flipped bit silently changes what is read (a number, a letter) rather than
      // breaking the structure: the damage only a checksum finds. Looked for from the middle.
      const silent: number[] = [];
      const plain = JSON.stringify(whole);
      for (let i = 0; i < length && silent.length < 5; i++) {
        const at = offset + ((Math.floor(length / 2) + i) % length);
        const read = readUnchecked(flipped(bytes, at));
        if (read !== undefined && read !== plain) silent.push(at);
      }
      // In the document table every flip breaks the structure (an offset or a length): each is tried.
      if (name === 'docTable') expect(silent).toEqual([]);
      else expect(silent.length).toBeGreaterThan(0);
      const probes = silent.length > 0 ? silent : Array.from({ length }, (_, i) => offset + i);
      for (const at of probes) {
        expect(() => readEverything(storeFromBytes(flipped(bytes, at)))).toThrow(StoreDamaged);
        // What the export checks before it copies the store into a site.
        expect(() => storeFromBytes(flipped(bytes, at)).verify()).toThrow(StoreDamaged);
      }
    },
  );

  it('an undamaged store reads whole, and checks it', () => {
    const store = storeFromBytes(bytes);
    expect(readEverything(store)).toEqual(whole);
    expect(() => store.verify()).not.toThrow();
  });

  it('checks lazily: a damaged record no search reaches does not stop a search', () => {
    const store = storeFromBytes(bytes);
    const dark = store.findDocument('demo-act-2020:s2') as number;
    // The first byte of the s.2 record's text: damage a search for "lamp" at dusk (s.1) never reads.
    const [docs] = header.sections.docs;
    const record = store.document(dark);
    const at = bytes.indexOf(Buffer.from(JSON.stringify(record)), docs);
    const damaged = storeFromBytes(flipped(bytes, at + 10));
    const lit = searchSource(storeSource(damaged), 'lighthouse', {});
    expect(lit.hits.map((hit) => hit.id)).toContain('demo-act-2020:s1');
    expect(() => damaged.document(dark)).toThrow(StoreDamaged);
  });

  it('a store file damaged behind its header is rebuilt by the export, which copies it whole', async () => {
    const cacheDir = tempDir();
    const path = join(cacheDir, searchStoreName(corpus.hash));
    (await searchStoreFor(corpus, { cacheDir })).close();
    const [offset] = header.sections.ranks;
    writeFileSync(path, flipped(readFileSync(path), offset));
    // A search reading no rank opens it as it is; the export checks it whole, and builds it again.
    (await searchStoreFor(corpus, { cacheDir })).close();
    expect(readFileSync(path)).not.toEqual(bytes);
    (await searchStoreFor(corpus, { cacheDir }, { verify: true })).close();
    expect(readFileSync(path)).toEqual(bytes);
  });
});

describe('a snapshot file is checked when it is read', () => {
  async function cached(): Promise<{ dataDir: string; cacheDir: string; folder: string; hash: string }> {
    const dataDir = tempDir();
    cpSync(join(FIXTURES, 'minimal'), dataDir, { recursive: true });
    const cacheDir = tempDir();
    const { hash } = await loadCorpus({ dataDir, cacheDir });
    return { dataDir, cacheDir, folder: join(cacheDir, `corpus-${hash}`), hash };
  }
  const fine = (corpus: Corpus) => corpus.instruments[0]?.provisions[1]?.penalty?.fine?.max;

  it('writes what it reads back, and reads nothing but what it wrote', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.json'), envelope('h', { max: 500 }));
    expect(JSON.parse(String(envelopeBody(join(dir, 'x.json'), 'h')))).toEqual({ max: 500 });
    expect(envelopeBody(join(dir, 'x.json'), 'other')).toBeUndefined();
    mkdirSync(join(dir, 'folder.json'));
    expect(envelopeBody(join(dir, 'folder.json'), 'h')).toBeUndefined();
  });

  it('a flipped bit in an instrument file is damage, never "400" for "500"', async () => {
    const { dataDir, cacheDir, folder } = await cached();
    const file = join(folder, 'demo-act-2020.json');
    const bytes = readFileSync(file);
    writeFileSync(file, flipped(bytes, bytes.indexOf('"max":500') + 6));
    const damaged = await loadCorpus({ dataDir, cacheDir });
    expect(() => fine(damaged)).toThrow(SnapshotDamaged);
    // What base-command.ts does then: the command runs again on a snapshot read anew from the files.
    const rebuilt = await loadCorpus({ dataDir, cacheDir, rebuild: true });
    expect(fine(rebuilt)).toBe(500);
    expect(readFileSync(file)).toEqual(bytes);
    expect(fine(await loadCorpus({ dataDir, cacheDir }))).toBe(500);
  });

  it('a truncated instrument file is damage; a held corpus is checked whole, and rebuilt, as it loads', async () => {
    const { dataDir, cacheDir, folder } = await cached();
    const file = join(folder, 'demo-act-2020.json');
    const bytes = readFileSync(file);
    truncateSync(file, bytes.length - 20);
    const lazy = await loadCorpus({ dataDir, cacheDir });
    expect(() => fine(lazy)).toThrow(SnapshotDamaged);
    const held = await loadCorpus({ dataDir, cacheDir, hold: true });
    expect(readFileSync(file)).toEqual(bytes);
    expect(fine(held)).toBe(500);
    releaseCorpus(held);
  });

  it('a flipped bit in the index is damage: the corpus is read from its files and the index written again', async () => {
    const { dataDir, cacheDir, folder, hash } = await cached();
    const index = join(folder, 'index.json');
    const bytes = readFileSync(index);
    writeFileSync(index, flipped(bytes, bytes.indexOf('Demonstration Act')));
    const reloaded = await loadCorpus({ dataDir, cacheDir });
    expect(reloaded.instruments[0]?.title).toBe('Demonstration Act, 2020');
    expect(envelopeBody(index, hash)).toBeDefined();
  });
});

describe('tip browse rebuilds a damaged store as tip search does', () => {
  it('answers from a store built again, where it would have said the store is damaged', async () => {
    const corpus = minimalCorpus();
    const cacheDir = tempDir();
    const path = join(cacheDir, searchStoreName(corpus.hash));
    (await searchStoreFor(corpus, { cacheDir })).close();
    const bytes = readFileSync(path);
    const store = storeFromBytes(bytes);
    const [docs] = store.header.sections.docs;
    const record = JSON.stringify(store.document(store.findDocument('demo-act-2020:s1') as number));
    writeFileSync(path, flipped(bytes, bytes.indexOf(record, docs) + 20));
    const searcher = await openSearcher(corpus, { cacheDir });
    try {
      const found = searcher.search('lighthouse', {});
      expect(found.hits.map((hit) => hit.id)).toContain('demo-act-2020:s1');
      expect(readFileSync(path)).toEqual(bytes);
    } finally {
      searcher.close();
    }
  });
});
