import { relative } from 'node:path';
import type { ExportReport } from '../domain/export/report.js';
import { safeText } from './controls.js';
import { corpusWords, libraryNote } from './corpus-used.js';

/**
 * What `tip export` says when it is done: what it wrote, from which corpus, and whether
 * the user's library went in. `where` is the folder or file as the user should read it.
 */
export function renderExportSummary(report: ExportReport, where: string, start?: string): string[] {
  const kind = report.flavor ? `${report.format}, ${report.flavor}` : report.format;
  const counts = [
    `${report.written.length} new`,
    `${report.replaced.length} replaced`,
    `${report.unchanged.length} unchanged`,
    ...(report.removed.length ? [`${report.removed.length} removed (left by an earlier export)`] : []),
  ];
  const plural = report.files === 1 ? '' : 's';
  return [
    `Wrote ${report.files} file${plural} (${kind}) to ${where} from ${corpusWords(report.corpus)}: ${counts.join(', ')}.`,
    ...libraryLine(report),
    ...(start ? [`Start at ${start}.`] : []),
  ];
}

/** For a json or ndjson file, after the write itself is said: which corpus went into it. */
export function renderRecordsSummary(report: ExportReport): string[] {
  return [`Exported ${report.format} from ${corpusWords(report.corpus)}.`, ...libraryLine(report)];
}

/**
 * The --out folder as the report names it: relative when inside the working directory, as
 * given otherwise; the folder is the user's to name, so even colour codes in it reach no terminal.
 */
export function exportWhere(out: string, cwd: string): string {
  const inside = relative(cwd, out);
  return safeText(inside.startsWith('..') ? out : inside || '.');
}

/** A folder export's report: the --check comparison, or what was written and the page to start at. */
export function renderFolderExport(
  report: ExportReport,
  where: string,
  options: { check: boolean; entry: string },
): string[] {
  return options.check ? renderCheck(report, where) : renderExportSummary(report, where, `${where}/${options.entry}`);
}

/** `--check`: the folder is up to date, or each file an export would write, replace or remove. */
export function renderCheck(report: ExportReport, where: string): string[] {
  if (report.up_to_date) {
    return [
      `${where} is up to date: ${report.files} files (${report.format}) from ${corpusWords(report.corpus)}.`,
      ...libraryLine(report),
    ];
  }
  return [
    ...report.written.map((name) => `missing      ${name}`),
    ...report.replaced.map((name) => `differs      ${name}`),
    ...report.removed.map((name) => `would remove ${name}`),
    ...libraryLine(report),
  ];
}

function libraryLine(report: ExportReport): string[] {
  const note = libraryNote(report.corpus);
  return note ? [note] : [];
}
