import { describe, expect, it } from 'vitest';
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

  it('ndjson is one record per line and lets each instrument go once its records are made', () => {
    const released: string[] = [];
    const selection = selectExport(corpus);
    const each = exportRecords(corpus, selection, (instrument) => released.push(instrument.id));
    const lines = written((write) => writeNdjsonExport(each, write))
      .text.trimEnd()
      .split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(
      [...exportRecords(corpus, selection)].map((record) => record.id),
    );
    expect(released).toEqual(selection.instruments.map((instrument) => instrument.id));
  });
});
