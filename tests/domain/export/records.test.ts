import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/domain/corpus/model.js';
import { readCorpusSnapshot, writeCorpusSnapshot } from '../../../src/domain/corpus/snapshot.js';
import { selectExport } from '../../../src/domain/export/select.js';
import { exportRecords, jsonEnvelope, writeJsonExport, writeNdjsonExport } from '../../../src/domain/export/records.js';
import { bundledCorpus } from '../../helpers.js';

const corpus = bundledCorpus();

function written(emit: (write: (chunk: string) => void) => void): { text: string; chunks: number } {
  const chunks: string[] = [];
  emit((chunk) => chunks.push(chunk));
  return { text: chunks.join(''), chunks: chunks.length };
}

describe('exports written a record at a time', () => {
  it('json is exactly JSON.stringify of the whole export, indented by two, with a newline', () => {
    for (const only of [undefined, ['PTPA'], ['cases']]) {
      const selection = selectExport(corpus, only);
      const records = [...exportRecords(corpus, selection)];
      const envelope = jsonEnvelope(corpus, '2026-12-01T00:00:00Z');
      const { text, chunks } = written((write) => writeJsonExport(records, envelope, write));
      expect(text).toBe(`${JSON.stringify({ ...envelope, records }, null, 2)}\n`);
      // One piece per record (and the close): never the whole text at once.
      expect(chunks).toBe(records.length + 1);
    }
  });

  it('json of no records is the envelope with an empty list', () => {
    const envelope = jsonEnvelope(corpus);
    expect(written((write) => writeJsonExport([], envelope, write)).text).toBe(
      `${JSON.stringify({ ...envelope, records: [] }, null, 2)}\n`,
    );
  });

  it('ndjson is one record per line, the same from a snapshot whose instruments are loaded and let go in turn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tipkit-records-'));
    try {
      await writeCorpusSnapshot(dir, corpus);
      const snapshot = readCorpusSnapshot(dir, corpus.hash) as Corpus;
      const lines = written((write) => writeNdjsonExport(exportRecords(snapshot, selectExport(snapshot)), write))
        .text.trimEnd()
        .split('\n');
      expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
        ...exportRecords(corpus, selectExport(corpus)),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
