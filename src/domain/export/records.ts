import { caseView, type CaseView } from '../cases/cases.js';
import { OFFICIAL_TEXT_NOTICE } from '../corpus/caveats.js';
import { allParts, type Corpus } from '../corpus/model.js';
import { showPart, type ShowView } from '../lookup/view.js';
import type { Selection } from './select.js';
import { loadInstrument, releaseInstrument } from '../corpus/snapshot.js';

/** One record per instrument, per provision or sub-provision, and per case: the `--json` of `tip show` and `tip cases show`. */
export type ExportRecord = ShowView | CaseView;

/** `tip export --format json`: the records in an envelope that says what they are. */
export interface JsonExport {
  format: 'tipkit-export';
  version: 1;
  corpus: string;
  generated?: string;
  official_text_bundled: false;
  notice: string;
  records: ExportRecord[];
}

/**
 * Every record of the selection, in corpus order, each with its canonical id, made one at
 * a time; each instrument is loaded for its records and let go after, so that an export of
 * a statute book holds one instrument at a time.
 */
export function* exportRecords(corpus: Corpus, selection: Selection): Generator<ExportRecord> {
  for (const instrument of selection.instruments) {
    const loaded = loadInstrument(instrument);
    try {
      yield showPart(corpus, loaded, loaded.id);
      for (const entry of allParts([loaded])) yield showPart(corpus, loaded, entry.id);
    } finally {
      releaseInstrument(instrument);
    }
  }
  for (const c of selection.cases) yield caseView(corpus, c);
}

/**
 * `tip export --format json`, handed to `write` a record at a time: the text of
 * `JSON.stringify(export, null, 2)` and a newline, without holding it whole.
 */
export function writeJsonExport(
  records: Iterable<ExportRecord>,
  envelope: Omit<JsonExport, 'records'>,
  write: (chunk: string) => void,
): void {
  // The envelope as JSON.stringify lays it out, with the records spliced in where its empty list is.
  const empty = JSON.stringify({ ...envelope, records: [] }, null, 2);
  const at = empty.lastIndexOf('"records": []');
  const [head, tail] = [empty.slice(0, at), empty.slice(at + '"records": []'.length)];
  let first = true;
  for (const record of records) {
    const text = JSON.stringify(record, null, 2).replace(/\n/g, '\n    ');
    write(`${first ? `${head}"records": [\n` : ',\n'}    ${text}`);
    first = false;
  }
  write(first ? `${head}"records": []${tail}\n` : `\n  ]${tail}\n`);
}

export function jsonEnvelope(corpus: Corpus, stamp?: string): Omit<JsonExport, 'records'> {
  return {
    format: 'tipkit-export',
    version: 1,
    corpus: corpus.hash,
    ...(stamp ? { generated: stamp } : {}),
    official_text_bundled: false,
    notice: OFFICIAL_TEXT_NOTICE,
  };
}

/** Newline-delimited JSON: one record per line, the shape search engines' bulk loaders read. */
export function writeNdjsonExport(records: Iterable<ExportRecord>, write: (chunk: string) => void): void {
  for (const record of records) write(`${JSON.stringify(record)}\n`);
}

/** `tip export --format json` or `ndjson`: every record of the selection, handed to `write` a chunk at a time. */
export function writeRecords(
  corpus: Corpus,
  selection: Selection,
  options: { format: 'json' | 'ndjson'; stamp?: string },
  write: (chunk: string) => void,
): void {
  const each = exportRecords(corpus, selection);
  if (options.format === 'json') writeJsonExport(each, jsonEnvelope(corpus, options.stamp), write);
  else writeNdjsonExport(each, write);
}
