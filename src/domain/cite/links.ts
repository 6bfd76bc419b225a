import type { Corpus } from '../corpus/model.js';
import { casePath, instrumentTargets, targetOf, type Target } from '../export/layout.js';
import { citeText, type CiteReport, type FoundCitation } from './cite.js';
import type { Span } from '../citations/extract.js';
import { TextOffsets } from '../common/text-offsets.js';

/** A citation that can become a link to the page `tip export` writes for it. */
export interface CitationLink {
  /** [start, end) in UTF-16 code units of the text given, as JavaScript strings and mdast offsets count. */
  start: number;
  end: number;
  /** The canonical id cited ("ptpa-2018:s3(2)", "case:tayyaba-sc-2020"). */
  id: string;
  /** Its page and anchor in the export; a pinpoint the corpus does not record links to the provision above. */
  target: Target;
  /** "PTPA s.3(2): Victim a woman or a child", for a link title. */
  title: string;
}

/** Every id `tip export` writes a page or an anchor for: each instrument, provision, sub-provision and case. */
export function exportTargets(corpus: Corpus): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const instrument of corpus.instruments) {
    for (const [id, target] of instrumentTargets(instrument)) targets.set(id, target);
  }
  for (const c of corpus.cases) targets.set(c.id, { page: casePath(c) });
  return targets;
}

/**
 * The citations in `prose` that resolve to a page of the export, in order, never
 * overlapping: one link per citation, or one per provision when a citation names several
 * ("ss. 3 and 4 PTPA"). Unresolved, ambiguous and out-of-corpus citations give none. Pure:
 * a remark plugin calls it on each text node's value and splits the node at the offsets.
 */
export function citationLinks(
  corpus: Corpus,
  prose: string,
  targets: ReadonlyMap<string, Target> = exportTargets(corpus),
): CitationLink[] {
  return linksFromReport(citeText(corpus, prose, 'text'), prose, targets);
}

/** `citationLinks` for text already read by citeText (`tip cite --format md`). */
export function linksFromReport(
  report: CiteReport,
  prose: string,
  targets: ReadonlyMap<string, Target>,
): CitationLink[] {
  const offsets = new TextOffsets(prose);
  const links: CitationLink[] = [];
  let last = 0;
  for (const citation of report.citations) {
    for (const { span, id, title } of linkable(citation)) {
      const target = targetOf(targets, id);
      const [start, end] = [offsets.unit(span[0]), offsets.unit(span[1])];
      if (!target || start < last || end <= start) continue;
      links.push({ start, end, id, target, title });
      last = end;
    }
  }
  return links;
}

/**
 * An href for a target: `<base>/<page><extension>#<anchor>`; with no base, relative to
 * the site's root. Spaces, parentheses, angle brackets and quotes are percent-encoded, so
 * the href is one Markdown link destination whatever the base.
 */
export function targetHref(target: Target, options: { base?: string; extension?: string } = {}): string {
  const base = options.base ? `${options.base.replace(/\/+$/, '')}/` : '';
  const href = `${base}${target.page}${options.extension ?? '.md'}${target.anchor ? `#${target.anchor}` : ''}`;
  return href.replace(/[\s()<>"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function linkable(citation: FoundCitation): { span: Span; id: string; title: string }[] {
  if (citation.type === 'law-report') {
    return citation.status === 'resolved' && citation.case
      ? [{ span: citation.span, id: citation.case.id, title: citation.case.short }]
      : [];
  }
  // "3/2" read two ways: neither reading is linked, not even the certain one beside it.
  if (citation.status === 'ambiguous') return [];
  const resolved = citation.references.filter((ref) => ref.status === 'resolved' && ref.id);
  const title = (ref: (typeof resolved)[number]): string => [ref.label, ref.heading].filter(Boolean).join(': ');
  if (citation.references.length === 1 && resolved[0]) {
    return [{ span: citation.span, id: resolved[0].id ?? '', title: title(resolved[0]) }];
  }
  return resolved.map((ref) => ({ span: ref.span, id: ref.id ?? '', title: title(ref) }));
}
