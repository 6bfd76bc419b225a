import { isAbsolute, relative } from 'node:path';
import type { CheckedCitation, CheckReport } from '../domain/cite/check.js';
import type { CiteFormat } from '../domain/cite/modes.js';
import { jsonText, safeText } from './controls.js';
import { corpusWords, libraryClause } from './corpus-used.js';
import { count } from './style.js';
import { escapeData, escapeProperty } from './validate-github.js';

/** `tip cite --check` in the format asked for (md is refused before), printed as one line (json: the report as tipkit prints JSON). */
export function renderCiteCheck(
  report: CheckReport,
  format: CiteFormat,
  options: { cwd: string; all: boolean },
): string {
  switch (format) {
    case 'json':
      return jsonText(report).slice(0, -1);
    case 'github':
      return renderCheckGithub(report, options.cwd);
    case 'summary':
      return renderCheckSummary(report);
    default:
      return renderCheckText(report, options.all);
  }
}

/** What fails or warns, in file and text order as a compiler prints it. */
function problems(report: CheckReport): CheckedCitation[] {
  return report.citations.filter((citation) => citation.severity !== 'ok');
}

/** What the citations were checked against, in words. */
export function checkedAgainst(report: CheckReport): string {
  const library = libraryClause(report.corpus);
  return `${corpusWords(report.corpus)}${library ? `; ${library}` : ''}`;
}

/** The one-line tally that ends every report. */
export function checkTally(report: CheckReport): string {
  const { counts } = report;
  const parts = [
    count(counts.errors, 'error'),
    count(counts.warnings, 'warning'),
    ...(counts.ignored ? [`${counts.ignored} ignored`] : []),
  ];
  return `${count(counts.citations, 'citation')} in ${count(counts.files, 'file')}: ${parts.join(', ')} (checked against ${checkedAgainst(report)}${report.config ? `; settings from ${report.config}` : ''})`;
}

/**
 * `--format text`: `file:line:col: error|warning: message [id]`, one a line, then the tally;
 * with `all`, the citations that passed too (`ok`), so every citation is listed.
 */
export function renderCheckText(report: CheckReport, all = false): string {
  const lines = [
    ...report.files.flatMap((file) => (file.error ? [`${safeText(file.path)}: error: ${safeText(file.error)}`] : [])),
    ...(all ? report.citations : problems(report)).map(
      (c) => `${safeText(c.file)}:${c.line}:${c.col}: ${c.severity}: ${safeText(c.message)}${c.id ? ` [${c.id}]` : ''}`,
    ),
  ];
  return [...lines, checkTally(report)].join('\n');
}

/**
 * `--format github`: one GitHub Actions annotation per failing or doubtful citation
 * (paths relative to the working folder, the repository root in a workflow), then a notice.
 */
export function renderCheckGithub(report: CheckReport, cwd: string): string {
  const fromCwd = (path: string): string => (isAbsolute(path) ? relative(cwd, path) : path);
  const lines = [
    ...report.files.flatMap((file) =>
      file.error
        ? [
            `::error file=${escapeProperty(safeText(fromCwd(file.path)))},title=tip cite::${escapeData(safeText(file.error))}`,
          ]
        : [],
    ),
    ...problems(report).map((c) => {
      const title = c.status === 'resolved' ? 'citation' : `citation ${c.status}`;
      const properties = `file=${escapeProperty(safeText(fromCwd(c.file)))},line=${c.line},col=${c.col},title=${escapeProperty(title)}`;
      return `::${c.severity} ${properties}::${escapeData(safeText(c.message))}${c.id ? ` [${c.id}]` : ''}`;
    }),
  ];
  return [...lines, `::notice title=tip cite::${escapeData(checkTally(report))}`].join('\n');
}

/** `--format summary`: a Markdown report for $GITHUB_STEP_SUMMARY: the counts, then what failed or warned. */
export function renderCheckSummary(report: CheckReport): string {
  const { counts } = report;
  const lines = [
    `## Citations: ${report.ok ? 'passed' : 'failed'}`,
    '',
    `Checked against ${cell(checkedAgainst(report))}${report.config ? `, settings from \`${cell(report.config)}\`` : ''}.`,
    '',
    '| Files | Citations | Errors | Warnings | Ignored |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${counts.files} | ${counts.citations} | ${counts.errors} | ${counts.warnings} | ${counts.ignored} |`,
  ];
  const rows = [
    ...report.files.flatMap((file) => (file.error ? [`| ${cell(file.path)} | | error | ${cell(file.error)} |`] : [])),
    ...problems(report).map(
      (c) =>
        `| ${cell(c.file)}:${c.line}:${c.col} | ${cell(c.text)} | ${c.severity} | ${cell(c.message)}${c.id ? ` \`${c.id}\`` : ''} |`,
    ),
  ];
  if (rows.length > 0)
    lines.push('', '| Where | Citation | Severity | Message |', '| --- | --- | --- | --- |', ...rows);
  return lines.join('\n');
}

/** Text in a Markdown table cell: one line, no pipe, no Markdown or HTML read into it. */
function cell(text: string): string {
  return safeText(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}
