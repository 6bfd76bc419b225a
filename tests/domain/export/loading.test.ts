import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/domain/corpus/model.js';
import type { Instrument } from '../../../src/domain/corpus/schema.js';
import {
  loadInstrument,
  readCorpusSnapshot,
  SnapshotDamaged,
  snapshotFolder,
  withInstrument,
  writeCorpusSnapshot,
} from '../../../src/domain/corpus/snapshot.js';
import { bundledCorpus } from '../../helpers.js';

const corpus = bundledCorpus();
const dir = mkdtempSync(join(tmpdir(), 'tipkit-loading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A snapshot instrument not read yet, or let go again, has getters in place of its provisions. */
const unread = (instrument: Instrument): boolean =>
  Object.getOwnPropertyDescriptor(instrument, 'provisions')?.get !== undefined;

describe('loading an instrument of a snapshot, as the export does', () => {
  it('withInstrument hands over the instrument read, and lets it go after', async () => {
    await writeCorpusSnapshot(dir, corpus);
    const [first] = (readCorpusSnapshot(dir, corpus.hash) as Corpus).instruments as [Instrument];
    expect(unread(first)).toBe(true);
    const count = withInstrument(first, (loaded) => {
      expect(unread(loaded)).toBe(false);
      return loaded.provisions.length;
    });
    expect(count).toBe(corpus.instruments[0]?.provisions.length);
    expect(unread(first)).toBe(true);
  });

  it('a damaged file throws where the instrument is loaded, not where it is next read', async () => {
    await writeCorpusSnapshot(dir, corpus);
    const [first] = (readCorpusSnapshot(dir, corpus.hash) as Corpus).instruments as [Instrument];
    writeFileSync(join(snapshotFolder(dir, corpus.hash), `${first.id}.json`), 'damaged');
    expect(() => loadInstrument(first)).toThrow(SnapshotDamaged);
  });
});
