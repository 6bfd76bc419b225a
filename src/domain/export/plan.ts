import { UsageError } from '../common/errors.js';
import type { CorpusAccess } from '../corpus/access.js';
import type { Corpus } from '../corpus/model.js';
import { corpusUsed, type CorpusUsed } from '../corpus/which.js';
import type { Flavor } from './flavor.js';
import { checkExportOptions, isFolderFormat, type ExportFormat } from './options.js';
import type { ExportReport } from './report.js';
import { selectExport, type Selection } from './select.js';

/** What `tip export` was asked for, as its flags give it. */
export interface ExportRequest {
  corpora: CorpusAccess;
  format: ExportFormat;
  flavor: Flavor;
  check: boolean;
  out?: string;
  /** Write into a non-empty folder tip export did not make, or replace the --out file. */
  force: boolean;
  data?: string;
  'with-library'?: boolean;
  /** false (--no-text): the official texts the user imported are left out. */
  text: boolean;
  only?: string[];
  /** --stamp: record the build time, SOURCE_DATE_EPOCH when given (`sourceDateEpoch`), else now. */
  stamp: boolean;
  sourceDateEpoch?: string;
}

/** What an export reads and where it goes: a folder of pages, or the records as one file or stdout. */
export type ExportPlan = {
  corpus: Corpus;
  selection: Selection;
  /** The corpus the report names: the bundled one or --data, and the library beside it. */
  source: CorpusUsed;
  stamp?: string;
  force: boolean;
} & (
  { format: 'md' | 'html'; flavor: Flavor; out: string; check: boolean } | { format: 'json' | 'ndjson'; out?: string }
);

/**
 * `tip export`: refuses flags that do not go together before the corpus is read, then reads
 * it whole (held: an export copies every instrument into what it writes) and selects what goes in.
 */
export async function planExport(request: ExportRequest): Promise<ExportPlan> {
  const { format, flavor, check, out } = request;
  checkExportOptions({ format, flavor, check, out });
  const withLibrary = request['with-library'] === true;
  const loaded = await request.corpora.load(request.data, { hold: true, library: withLibrary });
  const source = corpusUsed(loaded.hash, request.data, {
    path: request.corpora.libraryDir(request.data),
    included: withLibrary,
  });
  const corpus = request.text ? loaded : (await import('./without-text.js')).withoutOfficialTexts(loaded);
  const selection = selectExport(corpus, request.only);
  const stamp = request.stamp ? buildTime(request.sourceDateEpoch) : undefined;
  const common = { corpus, selection, source, force: request.force, ...(stamp ? { stamp } : {}) };
  if (!isFolderFormat(format)) return { ...common, format, ...(out === undefined ? {} : { out }) };
  // checkExportOptions refused a folder format without --out.
  return { ...common, format, flavor, out: out ?? '', check };
}

/** The report of json or ndjson records written to the --out file. */
export function recordsReport(plan: ExportPlan & { out: string }, replaced: boolean): ExportReport {
  return {
    dir: plan.out,
    format: plan.format,
    files: 1,
    written: replaced ? [] : [plan.out],
    replaced: replaced ? [plan.out] : [],
    unchanged: [],
    removed: [],
    corpus: plan.source,
  };
}

/** SOURCE_DATE_EPOCH is the reproducible-builds convention for "the time of this build". */
function buildTime(value: string | undefined): string {
  if (value === undefined || value === '') return isoSeconds(new Date());
  // Up to the end of year 9999: ISO 8601's four-digit years.
  const date =
    /^\d{1,12}$/.test(value.trim()) && Number(value) <= 253_402_300_799 ? new Date(Number(value) * 1000) : undefined;
  if (!date) {
    throw new UsageError(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not ${JSON.stringify(value)}`,
      {
        suggestions: [
          'SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) tip export --stamp …',
          'or unset it to use the current time',
        ],
      },
    );
  }
  return isoSeconds(date);
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
