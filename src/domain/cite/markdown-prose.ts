import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { Nodes, Root } from 'mdast';
import type { Span } from '../citations/extract.js';

/**
 * The prose of a Markdown document, for reading citations in it: the source with
 * everything that is not prose (code, HTML and comments, link destinations and titles,
 * definitions, autolinks, images, front matter) and every `tip-ignore` region blanked
 * out. Blanked characters become spaces; line breaks and characters outside the BMP stay,
 * so every offset, line and column in the masked text is that of the source.
 */
export interface MarkdownProse {
  /** The masked text: same length and the same line breaks as the source. */
  text: string;
  /** [start, end) UTF-16 ranges blanked because a `tip-ignore` comment covers them. */
  ignored: Span[];
  /** [start, end) of each text node, in order: a link may wrap only text within one of them. */
  texts: Span[];
  /** Why the document was read as plain text instead (too large or too deeply nested to parse at a bounded cost). */
  plain?: string;
}

/** The largest document parsed as Markdown: micromark reads about 1 MB a second, and a page of documentation is far smaller. */
export const MAX_MARKDOWN_CHARS = 4 * 1024 * 1024;

/**
 * The parse cost a document may have, in units of (nesting depth)² per line and
 * (open brackets)² per paragraph: micromark's cost grows with both squared, and
 * 4 million units take about two seconds. No real page comes near it.
 */
export const MAX_MARKDOWN_COST = 4_000_000;

export interface ProseOptions {
  /**
   * For linking: also blank link text (a citation already linked stays as it is, which
   * makes linking idempotent) and headings (a link in a heading would change its anchor
   * text in some site generators and the table of contents).
   */
  forLinking?: boolean;
  /**
   * Read as MDX (a .mdx file, or a Docusaurus page): ESM and `{…}` expressions are not
   * prose, JSX tags are not but their children are, and `{/* tip-ignore *\/}` is the comment.
   */
  mdx?: boolean;
}

/** Node types that are never prose, blanked whole. */
const NOT_PROSE = new Set([
  'code',
  'inlineCode',
  'html',
  'yaml',
  'toml',
  'definition',
  'image',
  'imageReference',
  'footnoteReference',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** Masks a Markdown document down to its prose (see MarkdownProse). Never throws on odd text. */
export function markdownProse(source: string, options: ProseOptions = {}): MarkdownProse {
  const tree = parsedWithin(source, options.mdx);
  if (typeof tree === 'string') return { text: source, ignored: [], texts: [], plain: tree };
  const hidden: Span[] = [];
  const comments: { span: Span; value: string }[] = [];
  const texts: Span[] = [];
  // An explicit stack: a document nested thousands of lists deep must not overflow the call stack.
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const span = spanOf(node);
    if (!span) continue;
    if (node.type === 'html' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      comments.push({ span, value: source.slice(span[0], span[1]) });
    }
    if (node.type === 'text') texts.push(span);
    if (NOT_PROSE.has(node.type)) {
      hidden.push(span);
      continue;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // The tags and their attributes are code; what they wrap is prose.
      const inner = childrenSpan(node.children);
      hidden.push(...(inner ? [[span[0], inner[0]] as Span, [inner[1], span[1]] as Span] : [span]));
    }
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'footnoteDefinition') {
      const inner = childrenSpan(node.children);
      // An autolink (<https://…>, www.…) is its destination: nothing of it is prose.
      const autolink = node.type === 'link' && source[span[0]] !== '[';
      if (!inner || autolink || (options.forLinking && node.type !== 'footnoteDefinition')) {
        hidden.push(span);
        if (autolink || options.forLinking) continue;
      } else {
        hidden.push([span[0], inner[0]], [inner[1], span[1]]);
      }
    }
    if (node.type === 'heading' && options.forLinking) {
      hidden.push(span);
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  const ignored = ignoredRanges(source, comments);
  return { text: blank(source, [...hidden, ...ignored]), ignored, texts };
}

/**
 * A document's mdast tree, with GFM (tables, footnotes, autolink literals) and YAML/TOML
 * front matter, and MDX when asked. MDX that does not parse (its site's build fails on it
 * too) is read as Markdown, so its citations are still checked.
 */
export function parseMarkdown(source: string, mdx = false): Root {
  const read = (withMdx: boolean): Root =>
    fromMarkdown(source, {
      extensions: [gfm(), frontmatter(['yaml', 'toml']), ...(withMdx ? [mdxjs()] : [])],
      mdastExtensions: [
        gfmFromMarkdown(),
        frontmatterFromMarkdown(['yaml', 'toml']),
        ...(withMdx ? [mdxFromMarkdown()] : []),
      ],
    });
  if (!mdx) return read(false);
  try {
    return read(true);
  } catch {
    return read(false);
  }
}

const TOO_DEEP = 'nested too deeply to parse as Markdown';

/** The document's tree, or why it is read as plain text instead. */
function parsedWithin(source: string, mdx: boolean | undefined): Root | string {
  const costly = tooCostly(source);
  if (costly) return costly;
  try {
    return parseMarkdown(source, mdx);
  } catch (error) {
    // The parser and its tree walks recurse: nesting the estimate let through can still
    // overflow the stack, and the document is then read as plain text, as a costly one is.
    if (error instanceof RangeError) return TOO_DEEP;
    throw error;
  }
}

/**
 * Why parsing `source` would cost too much, or undefined: a cheap estimate made before
 * parsing. Three costs grow with their square: a line's nesting depth, a paragraph's open
 * brackets, and the lists opened inside one top-level block (a list whose items each hold
 * a list of their own: 5,000 of them take micromark about ten seconds).
 */
function tooCostly(source: string): string | undefined {
  if (source.length > MAX_MARKDOWN_CHARS) return `larger than ${MAX_MARKDOWN_CHARS / 1024 / 1024} MB`;
  let cost = 0;
  let brackets = 0;
  let sublists = 0;
  let lastIndent = 0;
  let afterBlank = true;
  for (const line of source.split('\n')) {
    const { indent, quotes, lists } = linePrefix(line);
    const depth = indent + quotes + lists;
    cost += depth ** 2;
    if (line.trim() === '') {
      cost += brackets ** 2 / 10;
      brackets = 0;
      afterBlank = true;
      continue;
    }
    brackets += line.split('[').length - 1;
    if (afterBlank && depth === 0) {
      // A line at the margin after a blank one ends the top-level block, and its lists.
      cost += sublists ** 2;
      sublists = 0;
    }
    // The lists a line opens inside another: markers after its first, and an item indented past the line before.
    if (lists > 0) sublists += lists - 1 + (indent > lastIndent ? 1 : 0);
    lastIndent = indent;
    afterBlank = false;
    if (cost + brackets ** 2 / 10 + sublists ** 2 > MAX_MARKDOWN_COST) return TOO_DEEP;
  }
  return undefined;
}

/**
 * A line's containers: levels of indentation before its first marker (two columns a
 * level), block-quote `>`s, and list markers (`- - x` opens two lists).
 */
function linePrefix(line: string): { indent: number; quotes: number; lists: number } {
  const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
  if (prefix === '') return { indent: 0, quotes: 0, lists: 0 };
  return {
    indent: Math.floor((/^[\t ]*/.exec(prefix)?.[0].length ?? 0) / 2),
    quotes: prefix.split('>').length - 1,
    lists: prefix.match(LIST_MARKER)?.length ?? 0,
  };
}

const MARKER = String.raw`[-*+](?=[\t ]|$)|\d{1,9}[.)](?=[\t ]|$)`;
const LIST_MARKER = new RegExp(MARKER, 'g');
const CONTAINER_PREFIX = new RegExp(String.raw`^(?:[\t >]|${MARKER})*`);

function spanOf(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

function childrenSpan(children: readonly Nodes[]): Span | undefined {
  const first = children[0] && spanOf(children[0]);
  const last = children.at(-1) && spanOf(children.at(-1) as Nodes);
  return first && last ? [first[0], last[1]] : undefined;
}

/** `<!-- tip-ignore -->`, or in MDX (which has no HTML comments) `{/* tip-ignore *\/}`; likewise -start and -end. */
const IGNORE = /<!--\s*tip-ignore(-start|-end)?\s*-->|\{\s*\/\*\s*tip-ignore(-start|-end)?\s*\*\/\s*\}/g;

/**
 * What `tip-ignore` comments cover. `<!-- tip-ignore -->` ignores the line it is on, or,
 * alone on its line, the next line that is not blank (as markdownlint's disable-line and
 * disable-next-line; not blank, since Prettier separates a comment from what follows);
 * `<!-- tip-ignore-start -->` … `<!-- tip-ignore-end -->` a block (to the end of the file
 * when never closed). Only real comments count (HTML, or an MDX expression): one inside
 * code is code.
 */
function ignoredRanges(source: string, html: readonly { span: Span; value: string }[]): Span[] {
  const ranges: Span[] = [];
  let blockStart: number | undefined;
  for (const { span, value } of html) {
    for (const match of value.matchAll(IGNORE)) {
      const at = span[0] + match.index;
      const kind = match[1] ?? match[2];
      if (kind === '-start') blockStart ??= at;
      else if (kind === '-end') {
        if (blockStart !== undefined) ranges.push([blockStart, at + match[0].length]);
        blockStart = undefined;
      } else {
        const [lineStart, lineEnd] = lineAt(source, at);
        const alone = source.slice(lineStart, lineEnd).trim() === match[0].trim();
        ranges.push(alone ? nextLine(source, lineEnd) : [lineStart, lineEnd]);
      }
    }
  }
  if (blockStart !== undefined) ranges.push([blockStart, source.length]);
  return ranges;
}

/** The first line after `end` with anything on it: Prettier puts a blank line after an HTML comment. */
function nextLine(source: string, end: number): Span {
  let line = lineAt(source, Math.min(end + 1, source.length));
  while (line[1] < source.length && source.slice(...line).trim() === '') line = lineAt(source, line[1] + 1);
  return line;
}

function lineAt(source: string, offset: number): Span {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const newline = source.indexOf('\n', offset);
  return [start, newline < 0 ? source.length : newline];
}

/** `source` with each range's characters made spaces, but line breaks and surrogate pairs kept. */
function blank(source: string, ranges: readonly Span[]): string {
  if (ranges.length === 0) return source;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let last = 0;
  for (const [start, end] of sorted) {
    if (end <= last) continue;
    const from = Math.max(start, last);
    parts.push(source.slice(last, from), source.slice(from, end).replace(/[^\r\n\uD800-\uDFFF]/g, ' '));
    last = end;
  }
  parts.push(source.slice(last));
  return parts.join('');
}
