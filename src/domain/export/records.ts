import { caseView, type CaseView } from '../cases/cases.js';
import { OFFICIAL_TEXT_NOTICE } from '../corpus/caveats.js';
import { allParts, type Corpus } from '../corpus/model.js';
import { showPart, type ShowView } from '../lookup/view.js';
import type { Selection } from './select.js';

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

/** Every record of the selection, in corpus order, each with its canonical id. */
export function exportRecords(corpus: Corpus, selection: Selection): ExportRecord[] {
  return [
    ...selection.instruments.flatMap((instrument) => [
      showPart(corpus, instrument, instrument.id),
      ...[...allParts([instrument])].map((entry) => showPart(corpus, instrument, entry.id)),
    ]),
    ...selection.cases.map((c) => caseView(corpus, c)),
  ];
}

export function jsonExport(corpus: Corpus, selection: Selection, stamp?: string): JsonExport {
  return {
    format: 'tipkit-export',
    version: 1,
    corpus: corpus.hash,
    ...(stamp ? { generated: stamp } : {}),
    official_text_bundled: false,
    notice: OFFICIAL_TEXT_NOTICE,
    records: exportRecords(corpus, selection),
  };
}

/** Newline-delimited JSON: one record per line, the shape search engines' bulk loaders read. */
export function ndjsonExport(corpus: Corpus, selection: Selection): string {
  return exportRecords(corpus, selection)
    .map((record) => `${JSON.stringify(record)}\n`)
    .join('');
}
