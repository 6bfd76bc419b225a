import type { FirHeading, CiteReport, CitedProvision, FoundCitation } from '../domain/cite/cite.js';
import { safeText } from './controls.js';
import { count, pad, wrap, type Style } from './style.js';

/** `tip cite`: every citation in order, where it is, and what it resolves to. */
export function renderCiteReport(report: CiteReport, style: Style): string {
  const { paint } = style;
  const { counts } = report;
  if (counts.total === 0) return `No citations found in ${report.source}.`;
  const tally = [
    counts.resolved > 0 ? `${counts.resolved} resolved` : '',
    counts.recognised > 0 ? `${counts.recognised} recognised outside the corpus` : '',
    counts.foreign > 0 ? `${counts.foreign} foreign` : '',
    counts.ambiguous > 0 ? `${counts.ambiguous} ambiguous` : '',
    counts.unresolved > 0 ? `${counts.unresolved} not resolved` : '',
  ].filter(Boolean);
  const lines = [paint.dim(`${count(counts.total, 'citation')} in ${report.source}: ${tally.join(', ')}`)];
  for (const fir of report.fir_headings) {
    lines.push(
      `${paint.dim(pad(`${fir.line}:${fir.col}`, 11))}${oneLine(firLabel(fir))} ${paint.dim('(not sections)')}`,
    );
  }
  for (const citation of report.citations) lines.push('', ...citationRows(citation, style));
  return lines.join('\n');
}

const INDENT = ' '.repeat(11);

function citationRows(citation: FoundCitation, style: Style): string[] {
  const { paint } = style;
  const head = `${paint.dim(pad(`${citation.line}:${citation.col}`, 11))}${paint.bold(oneLine(citation.text))}`;
  if (citation.type === 'law-report') {
    const detail =
      citation.status === 'resolved' && citation.case
        ? [citation.case.id, citation.canonical, citation.case.short].join(' · ')
        : `${citation.canonical} · ${citation.reason ?? citation.status}`;
    const rows = wrap(detail, style.width, INDENT);
    return [head, citation.status === 'foreign' ? paint.yellow(rows) : rows];
  }
  return [head, ...citation.references.flatMap((ref) => referenceRows(ref, citation.references.length > 1, style))];
}

function referenceRows(ref: CitedProvision, several: boolean, style: Style): string[] {
  const { paint, width } = style;
  const prefix = several ? `${oneLine(ref.text)}: ` : '';
  if (ref.status === 'unresolved' || ref.status === 'ambiguous') {
    const what = ref.status === 'ambiguous' ? 'ambiguous' : 'not resolved';
    const rows = [paint.yellow(wrap(`! ${prefix}${what}: ${ref.reason ?? 'unknown'}`, width, INDENT))];
    if (ref.candidates) rows.push(paint.yellow(wrap(`  may be: ${ref.candidates.join(', ')}`, width, INDENT)));
    for (const warning of ref.warnings) rows.push(paint.yellow(wrap(`~ ${warning}`, width, INDENT)));
    return rows;
  }
  const where = ref.status === 'recognised' ? "outside tipkit's corpus" : ref.heading;
  const rows = [wrap(prefix + [ref.id, ref.label, where].filter(Boolean).join(' · '), width, INDENT)];
  if (ref.summary) rows.push(paint.dim(wrap(ref.summary, width, INDENT)));
  for (const warning of ref.warnings) rows.push(paint.yellow(wrap(`~ ${warning}`, width, INDENT)));
  return rows;
}

/** "FIR No. 412/26, dated 03.05.26, PS سٹی نارووال". */
export function firLabel(fir: FirHeading): string {
  return [`FIR No. ${fir.number}`, fir.date && `dated ${fir.date}`, fir.police_station && `PS ${fir.police_station}`]
    .filter(Boolean)
    .join(', ');
}

function oneLine(text: string): string {
  return safeText(text).replace(/\s+/g, ' ');
}
