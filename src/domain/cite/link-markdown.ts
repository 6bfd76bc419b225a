import type { Corpus } from '../corpus/model.js';
import type { Target } from '../export/layout.js';
import { citationLinks, exportTargets, targetHref } from './links.js';
import { markdownProse } from './markdown-prose.js';
import { lastAtOrBefore } from '../common/sorted.js';

export interface LinkOptions {
  /** Where the exported pages live (a path or URL); none: paths relative to the site's root. */
  base?: string;
  /** The exported pages' file extension: ".md" for `tip export --format md`. */
  extension?: string;
  /** Read the document as MDX (see markdownProse). */
  mdx?: boolean;
}

/**
 * `tip cite --link` on one Markdown document: each resolved citation in its prose becomes
 * a link to the page and anchor `tip export` writes. Nothing inside code, HTML, front
 * matter, headings or an existing link changes, so a second run changes nothing.
 */
export function linkMarkdown(
  corpus: Corpus,
  source: string,
  options: LinkOptions = {},
  targets: ReadonlyMap<string, Target> = exportTargets(corpus),
): { text: string; links: number } {
  const { text: prose, texts } = markdownProse(source, { forLinking: true, mdx: options.mdx ?? false });
  const starts = texts.map(([start]) => start);
  // A link wraps text of one text node only: a citation across emphasis or a code span stays as it is.
  const within = (start: number, end: number): boolean => {
    const node = texts[lastAtOrBefore(starts, start)];
    return node !== undefined && end <= node[1];
  };
  const parts: string[] = [];
  let last = 0;
  let links = 0;
  for (const link of citationLinks(corpus, prose, targets)) {
    if (!within(link.start, link.end)) continue;
    const label = source.slice(link.start, link.end).replace(/[[\]]/g, '\\$&');
    const href = targetHref(link.target, options);
    // A pipe is escaped too: the link may sit in a GFM table cell.
    const title = link.title.replace(/["\\|]/g, '\\$&');
    parts.push(source.slice(last, link.start), `[${label}](${href} "${title}")`);
    last = link.end;
    links++;
  }
  parts.push(source.slice(last));
  return { text: parts.join(''), links };
}
