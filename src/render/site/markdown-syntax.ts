import { posix } from 'node:path';
import type { Flavor } from '../../domain/export/flavor.js';
import type { Target } from '../../domain/export/layout.js';
import { codeSpan, escapeText } from '../markdown-escape.js';
import { relativeHref } from './links.js';

/**
 * How one Markdown reader wants the things the export writes: escaped text, links between
 * pages, anchors, nested lists and code. One object per flavor, so the renderer stays one.
 */
export interface MarkdownSyntax {
  /** Corpus text with nothing in it read as syntax. */
  escape(text: string): string;
  /** A relative link from the page at `from` to `target`. */
  href(from: string, target: Target): string;
  /** A heading line, with its anchor. */
  heading(level: number, text: string, anchor: string | undefined): string;
  /** An anchor placed before a list item's text. */
  anchor(id: string): string;
  /** A web address as a link destination. */
  destination(url: string): string;
  /** A code span, or text where a code span would not be safe. */
  code(text: string): string;
  /** Indentation of a nested list, per level. */
  indent: string;
  /** The file a page path is written to. */
  file(path: string): string;
}

/**
 * MDX (Docusaurus) and Hugo read braces: MDX as JavaScript expressions, Hugo as shortcodes
 * (`{{<`, `{{%`) and heading attributes. A backslash makes each a plain brace in both.
 */
function escapeBraces(text: string): string {
  return escapeText(text).replace(/[{}]/g, (c) => `\\${c}`);
}

/**
 * MDX reads a line that starts with `import` or `export` as JavaScript; a character
 * reference for its first letter keeps the word and makes the line text.
 */
function escapeMdx(text: string): string {
  return escapeBraces(text).replace(
    /^(\s*)([ie])(mport|xport)(?=\s|$)/,
    (_, space: string, first: string, rest: string) => `${space}&#${first.charCodeAt(0)};${rest}`,
  );
}

/** Python-Markdown (MkDocs) has no `\~` escape: it would print the backslash. */
function escapeMkdocs(text: string): string {
  return escapeText(text).replace(/\\~/g, '&#126;');
}

const anchorTag = (id: string): string => `<a id="${id}"></a>`;
const fileLink = (from: string, target: Target): string => relativeHref(from, target, '.md');
const anchoredHeading = (level: number, text: string, anchor: string | undefined): string =>
  `${'#'.repeat(level)} ${anchor ? anchorTag(anchor) : ''}${text}`;

/** Angle brackets let the address hold parentheses; it must not hold <, > or spaces. */
function angleDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** Every character a generator could read as syntax, percent-encoded: no angle brackets needed. */
function encodedDestination(url: string): string {
  return url.replace(/[<>\s(){}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Hugo serves `laws/ptpa-2018.md` as `/laws/ptpa-2018/` and does not rewrite links to `.md`
 * files, so a link names the page's address, relative to the address of the page it is on
 * (one folder deeper than its file). The index is the section's own page (`_index.md`).
 */
export function hugoHref(from: string, target: Target): string {
  const fragment = target.anchor ? `#${target.anchor}` : '';
  if (target.page === from && fragment) return fragment;
  const address = (page: string): string => (page === 'index' ? '.' : page);
  const path = posix.relative(address(from), address(target.page));
  return `${path ? `${path}/` : './'}${fragment}`;
}

/** GitHub-flavoured Markdown: what every flavor starts from. */
const PLAIN: MarkdownSyntax = {
  escape: escapeText,
  href: fileLink,
  heading: anchoredHeading,
  anchor: anchorTag,
  destination: angleDestination,
  code: codeSpan,
  indent: '  ',
  file: (path) => `${path}.md`,
};

const SYNTAX: Record<Flavor, MarkdownSyntax> = {
  plain: PLAIN,
  // Python-Markdown nests a list only at four spaces.
  mkdocs: { ...PLAIN, escape: escapeMkdocs, destination: encodedDestination, indent: '    ' },
  // `<a id="…"></a>` is closed, so it is valid JSX; every other `<` is an entity.
  docusaurus: { ...PLAIN, escape: escapeMdx, destination: encodedDestination },
  // Hugo drops raw HTML unless `markup.goldmark.renderer.unsafe`: headings take Goldmark's
  // `{#id}` attribute, which works out of the box; list items can only have `<a id>`.
  hugo: {
    ...PLAIN,
    escape: escapeBraces,
    href: hugoHref,
    heading: (level, text, anchor) => `${'#'.repeat(level)} ${text}${anchor ? ` {#${anchor}}` : ''}`,
    destination: encodedDestination,
    // Hugo reads shortcodes before Markdown, inside code spans too: such code is written as text.
    code: (text) => (/\{\{|\}\}/.test(text) ? escapeBraces(text) : codeSpan(text)),
    file: (path) => (path === 'index' ? '_index.md' : `${path}.md`),
  },
};

export function markdownSyntax(flavor: Flavor): MarkdownSyntax {
  return SYNTAX[flavor];
}
