import { safeText } from './controls.js';
import type { CiteReport, FoundCitation } from '../domain/cite/cite.js';
import { firLabel } from './cite-text.js';

interface Link {
  /** [start, end) in code points. */
  span: [number, number];
  target: string;
  title: string;
}

/**
 * `tip cite --format md`: the text itself, with each resolved or recognised citation
 * turned into a link to its canonical id, followed by a list of every citation found.
 */
export function renderCiteMarkdown(text: string, report: CiteReport): string {
  const links = report.citations.flatMap(linksOf);
  const offsets = utf16Offsets(
    text,
    links.flatMap((link) => link.span),
  );
  let out = '';
  let last = 0;
  for (const link of links) {
    const start = offsets.get(link.span[0]) ?? 0;
    const end = offsets.get(link.span[1]) ?? 0;
    if (start < last) continue;
    const label = safeText(text.slice(start, end)).replace(/([[\]\\])/g, '\\$1');
    out += `${safeText(text.slice(last, start))}[${label}](#${link.target} "${link.title.replace(/"/g, "'")}")`;
    last = end;
  }
  out += safeText(text.slice(last));
  const list = report.citations.map((citation, i) => `${i + 1}. ${listEntry(citation)}`);
  const heading = `## Citations found by tipkit (${report.counts.total})`;
  const firs = report.fir_headings.map((fir) => `- ${safeText(firLabel(fir))} (line ${fir.line})`);
  const firList = firs.length > 0 ? `\n\nFIR headings (not sections):\n\n${firs.join('\n')}` : '';
  return `${out.trimEnd()}\n\n---\n\n${heading}\n\n${list.length > 0 ? list.join('\n') : 'None.'}${firList}`;
}

/** One link per citation, or one per provision when a citation names several with their own spans. */
function linksOf(citation: FoundCitation): Link[] {
  if (citation.type === 'law-report') {
    return citation.case ? [{ span: citation.span, target: citation.case.id, title: citation.case.short }] : [];
  }
  const linked = citation.references.filter((ref) => ref.id);
  if (citation.references.length === 1 && linked[0]) {
    const ref = linked[0];
    return [{ span: citation.span, target: ref.id ?? '', title: titleOf(ref.label, ref.heading) }];
  }
  return linked.map((ref) => ({ span: ref.span, target: ref.id ?? '', title: titleOf(ref.label, ref.heading) }));
}

function titleOf(label: string | undefined, heading: string | undefined): string {
  return [label, heading].filter(Boolean).join(': ');
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

/** Maps code-point offsets to UTF-16 offsets in one pass over the text. */
function utf16Offsets(text: string, codePoints: readonly number[]): Map<number, number> {
  const wanted = [...new Set(codePoints)].sort((a, b) => a - b);
  const map = new Map<number, number>();
  let cp = 0;
  let unit = 0;
  for (const target of wanted) {
    while (cp < target && unit < text.length) {
      const code = text.charCodeAt(unit);
      unit += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      cp++;
    }
    map.set(target, unit);
  }
  return map;
}
