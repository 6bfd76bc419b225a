/**
 * A remark plugin that links citations in Markdown to the pages `tip export --format md`
 * writes, at build time (Docusaurus, Astro, VitePress, or any unified pipeline):
 *
 *   import remarkTipkit from 'tipkit/remark';
 *   unified().use(remarkParse).use(remarkTipkit, { base: '/law' })…
 *
 * It links what `tip cite --link` links, where that command would: prose only (never
 * code, HTML, headings, or text already inside a link), lines under `tip-ignore` comments
 * left alone, and "s.4 of the Act" read with the rest of the document.
 */
import type { Link, Nodes, Parent, Root, Text } from 'mdast';
import type { Corpus } from '../domain/corpus/model.js';
import type { Target } from '../domain/export/layout.js';
import { citationLinks, exportTargets, targetHref, type CitationLink } from '../domain/cite/links.js';
import { markdownKind } from '../domain/cite/check-files.js';
import { markdownProse } from '../domain/cite/markdown-prose.js';
import { openCorpus, type CorpusOptions } from './corpus.js';

export interface RemarkTipkitOptions extends CorpusOptions {
  /** Where the exported pages are served (a path or URL); none: paths from the site's root. */
  base?: string;
  /** The extension of the exported pages in links: ".md" (default), or "" for URLs without one. */
  extension?: string;
}

/** Never linked inside: their text is a link already, a heading's anchor, or not prose. */
const LEAVE = new Set([
  'link',
  'linkReference',
  'heading',
  'definition',
  'code',
  'inlineCode',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

const targetsOf = new WeakMap<Corpus, Map<string, Target>>();

export function remarkTipkit(options: RemarkTipkitOptions = {}) {
  return async (tree: Root, file?: { value?: unknown; path?: string }): Promise<void> => {
    const corpus = await openCorpus(options);
    let targets = targetsOf.get(corpus);
    if (!targets) targetsOf.set(corpus, (targets = exportTargets(corpus)));
    const source = typeof file?.value === 'string' ? file.value : undefined;
    // Read whole, as `tip cite --link` reads it; each link is then placed in its text node.
    // Docusaurus reads .md as MDX too: a tree with MDX nodes in it came from an MDX parser.
    const mdx = markdownKind(file?.path ?? '') === 'mdx' || hasMdx(tree);
    const prose = source === undefined ? undefined : markdownProse(source, { forLinking: true, mdx });
    const found = prose ? citationLinks(corpus, prose.text, targets) : [];
    const href = (target: Target): string => targetHref(target, options);
    linkTree(
      tree,
      (node) => {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (!prose || source === undefined || start === undefined || end === undefined) {
          return citationLinks(corpus, node.value, targets);
        }
        // A node whose value is its source text takes the document's links. One rewritten by an
        // escape or an entity is read on its own, unless a tip-ignore comment covers it.
        if (source.slice(start, end) === node.value) {
          return found
            .filter((link) => link.start >= start && link.end <= end)
            .map((link) => ({ ...link, start: link.start - start, end: link.end - start }));
        }
        const ignored = prose.ignored.some(([from, to]) => from < end && to > start);
        return ignored ? [] : citationLinks(corpus, node.value, targets);
      },
      href,
    );
  };
}

export default remarkTipkit;

function hasMdx(tree: Root): boolean {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type.startsWith('mdx')) return true;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return false;
}

/** Splits each text node outside LEAVE at its links; an explicit stack, so no depth overflows. */
function linkTree(tree: Root, linksIn: (node: Text) => CitationLink[], href: (target: Target) => string): void {
  const stack: Parent[] = [tree];
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    const children: Nodes[] = [];
    for (const child of parent.children as Nodes[]) {
      if (child.type === 'text') children.push(...splitText(child, linksIn(child), href));
      else {
        if ('children' in child && !LEAVE.has(child.type)) stack.push(child);
        children.push(child);
      }
    }
    parent.children = children as Parent['children'];
  }
}

function splitText(node: Text, links: readonly CitationLink[], href: (target: Target) => string): (Text | Link)[] {
  if (links.length === 0) return [node];
  const out: (Text | Link)[] = [];
  let last = 0;
  for (const link of links) {
    if (link.start > last) out.push({ type: 'text', value: node.value.slice(last, link.start) });
    out.push({
      type: 'link',
      url: href(link.target),
      title: link.title,
      children: [{ type: 'text', value: node.value.slice(link.start, link.end) }],
    });
    last = link.end;
  }
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}
