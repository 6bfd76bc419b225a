/**
 * A search's reads are planned before they are done (staged.ts): each step names the byte
 * ranges it reads, and only then reads them. Here a store whose bytes count every read
 * holds the plan to what is read: nothing outside it, and nothing in it left unread.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/domain/corpus/model.js';
import { readCorpusSource } from '../../src/domain/corpus/files.js';
import { parseCorpus } from '../../src/domain/corpus/parse.js';
import { cacheChecksum } from '../../src/domain/corpus/store.js';
import { documentBatches } from '../../src/domain/search/documents.js';
import { searchSource, searchSteps, type SearchOptions } from '../../src/domain/search/search.js';
import { buildSearchStore } from '../../src/domain/search/store-build.js';
import { SearchStore, type ByteRange } from '../../src/domain/search/store-read.js';
import { storeSource } from '../../src/domain/search/store-source.js';
import { fetched, held } from '../../src/domain/search/staged.js';
import { bundledCorpus, storeIdentity, tempDir } from '../helpers.js';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeScaleCorpus } from '../bench/scale-corpus.mjs';

function storeBytes(corpus: Corpus): Buffer {
  const chunks: Buffer[] = [];
  buildSearchStore(documentBatches(corpus), storeIdentity(corpus), (chunk) => chunks.push(Buffer.from(chunk)));
  return Buffer.concat(chunks);
}

const key = ({ position, length }: ByteRange): string => `${position}+${length}`;

/** A store over `bytes` that counts what is read once it is open, and what a search's steps planned. */
function countingStore(bytes: Uint8Array): { store: SearchStore; reads: ByteRange[] } {
  const reads: ByteRange[] = [];
  const store = new SearchStore(
    {
      size: bytes.length,
      read: (position, length) => {
        reads.push({ position, length });
        return bytes.subarray(position, position + length);
      },
    },
    'counted',
    cacheChecksum,
  );
  // What opening read (the header, the term list and its table) is held for every search.
  reads.length = 0;
  return { store, reads };
}

/** The ranges a search planned and those it read, each once. */
function planAndReads(bytes: Uint8Array, query: string, options: SearchOptions): { planned: string[]; read: string[] } {
  const { store, reads } = countingStore(bytes);
  const planned = new Set<string>();
  held(searchSteps(storeSource(store), query, options), (needs) => needs.forEach((range) => planned.add(key(range))));
  return { planned: [...planned].sort(), read: [...new Set(reads.map(key))].sort() };
}

const QUERIES = [
  'debt bondage',
  'trafiking',
  'aggrevated trafficking',
  '"debt bondage"',
  '"forced labour" child',
  '+child -marriage',
  '-trafficking',
  'exploit*',
  'bond~1',
  'heading:victim',
  'victim^3 compensation',
  'PTPA s.3',
  'bail under section 9 of the PTPA',
  'qwertyuiop'.repeat(20),
];
const OPTIONS: SearchOptions[] = [
  {},
  { limit: 1 },
  { limit: 50 },
  { types: ['case'] },
  { instruments: ['ptpa-2018'] },
  { kinds: ['protocol'] },
];

describe('a search reads what it planned, and plans what it reads', () => {
  it('on the bundled corpus: every query and filter reads exactly the ranges its steps named', () => {
    const bytes = storeBytes(bundledCorpus());
    for (const query of QUERIES) {
      for (const options of OPTIONS) {
        const { planned, read } = planAndReads(bytes, query, options);
        expect(read, `${query} ${JSON.stringify(options)}`).toEqual(planned);
      }
    }
  });

  it('on a generated corpus, where ties between equal scores read the order of ids', () => {
    const root = tempDir();
    writeScaleCorpus(root, 400, 40);
    const bytes = storeBytes(parseCorpus(readCorpusSource(root)).corpus as Corpus);
    const [offset, length] = countingStore(bytes).store.header.sections.ranks;
    // Every document scores 0 for a -term alone: the one shown is the first id, read from the ranks.
    expect(planAndReads(bytes, '-kiln', { limit: 1 }).read).toContain(key({ position: offset, length }));
    for (const query of ['debt bondage', '-kiln', 'bo* -wages', '+debt^3 bond~1', '"debt bondage" wages']) {
      for (const limit of [1, 10, 399]) {
        const { planned, read } = planAndReads(bytes, query, { limit });
        expect(read, `${query} (limit ${limit})`).toEqual(planned);
        expect(read.length, query).toBeGreaterThan(0);
      }
    }
  });

  it('gives the same results when each step waits for its bytes to be fetched, as the site does', async () => {
    const bytes = storeBytes(bundledCorpus());
    const whole = new SearchStore({ size: bytes.length, read: (at, n) => bytes.subarray(at, at + n) }, 'whole');
    for (const query of QUERIES) {
      // What the site preloads: all but the sections a search reads in part or on demand.
      const there = new Uint8Array(bytes.length).fill(1);
      for (const name of ['postings', 'docTable', 'meta', 'docs', 'ranks', 'byRank'] as const) {
        const [offset, length] = whole.header.sections[name];
        there.fill(0, offset, offset + length);
      }
      // A byte not fetched is not there: a read of it is a fault, not a signal to fetch.
      const store = new SearchStore(
        {
          size: bytes.length,
          read: (position, length) => {
            if (there.subarray(position, position + length).includes(0)) throw new Error('read before fetched');
            return bytes.subarray(position, position + length);
          },
        },
        'fetched',
      );
      const fetch = async (needs: readonly ByteRange[]): Promise<void> => {
        await Promise.resolve();
        for (const { position, length } of needs) there.fill(1, position, position + length);
      };
      const result = await fetched(searchSteps(storeSource(store), query, {}), fetch);
      expect(result, query).toEqual(searchSource(storeSource(whole), query, {}));
    }
  });
});
