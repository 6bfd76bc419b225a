import { safeText } from './controls.js';
import type { CiteReport, FoundCitation } from '../domain/cite/cite.js';
import { targetHref, type CitationLink } from '../domain/cite/links.js';
import { firLabel } from './cite-text.js';

/**
 * `tip cite --format md`: the text itself, with each citation that has a page in
 * `tip export --format md` linked to it (`laws/ptpa-2018.md#s3`, under `base` when
 * given), followed by a list of every citation found.
 */
export function renderCiteMarkdown(
  text: string,
  report: CiteReport,
  links: readonly CitationLink[],
  options: { base?: string } = {},
): string {
  let out = '';
  let last = 0;
  for (const link of links) {
    if (link.start < last) continue;
    const label = safeText(text.slice(link.start, link.end)).replace(/([[\]\\])/g, '\\$1');
    const href = targetHref(link.target, options);
    out += `${safeText(text.slice(last, link.start))}[${label}](${href} "${link.title.replace(/"/g, "'")}")`;
    last = link.end;
  }
  out += safeText(text.slice(last));
  const list = report.citations.map((citation, i) => `${i + 1}. ${listEntry(citation)}`);
  const heading = `## Citations found by tipkit (${report.counts.total})`;
  const firs = report.fir_headings.map((fir) => `- ${safeText(firLabel(fir))} (line ${fir.line})`);
  const firList = firs.length > 0 ? `\n\nFIR headings (not sections):\n\n${firs.join('\n')}` : '';
  return `${out.trimEnd()}\n\n---\n\n${heading}\n\n${list.length > 0 ? list.join('\n') : 'None.'}${firList}`;
}

function listEntry(citation: FoundCitation): string {
  const where = `line ${citation.line}`;
  const text = `\`${citation.text.replace(/\s+/g, ' ').replace(/`/g, "'")}\``;
  if (citation.type === 'law-report') {
    const target = citation.case
      ? `${citation.case.id} (${citation.case.short})`
      : (citation.reason ?? citation.status);
    return `${text} (${where}): ${citation.canonical}, ${target}`;
  }
  const refs = citation.references.map((ref) =>
    ref.status === 'unresolved' || ref.status === 'ambiguous'
      ? `${ref.status === 'ambiguous' ? 'ambiguous' : 'not resolved'} (${ref.reason ?? 'unknown'}${ref.candidates ? `; may be ${ref.candidates.join(', ')}` : ''})`
      : `${ref.id}${ref.heading ? ` ${ref.heading}` : ''}${ref.status === 'recognised' ? ' (outside the corpus)' : ''}`,
  );
  return `${text} (${where}): ${refs.join('; ')}`;
}
