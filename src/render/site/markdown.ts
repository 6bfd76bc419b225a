import { safeText } from '../controls.js';
import { hrefFor, isWebUrl } from './links.js';
import type { Block, Inline, ListItem, Page, Site } from './page.js';

/**
 * The Markdown export: one file per page, GitHub-flavoured, each rendered only when asked for. Anchors are explicit
 * `<a id>` tags so they do not depend on how a host slugs headings; every character
 * that Markdown or HTML would read as syntax in the corpus text is escaped.
 */
export function renderMarkdownSite(site: Site): Map<string, () => string> {
  return new Map(site.pages.map((page) => [`${page.path}.md`, () => renderPage(site, page.build())]));
}

function renderPage(site: Site, page: Page): string {
  const inline = (runs: readonly Inline[]): string => runs.map((run) => renderInline(site, page, run)).join('');
  const out: string[] = [];
  for (const block of page.blocks) {
    const lines = renderBlock(block, inline);
    if (lines.length > 0) out.push(lines.join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

function renderBlock(block: Block, inline: (runs: readonly Inline[]) => string): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${block.anchor ? anchorTag(block.anchor) : ''}${inline(block.text)}`];
    case 'paragraph':
      return [inline(block.text)];
    case 'caveats':
      // A blank quote line between items keeps each caveat its own paragraph.
      return [block.items.map((item) => `> ⚠ ${inline(item)}`).join('\n>\n')];
    case 'list':
      return listLines(block.items, inline, '', false);
    case 'tasks':
      return listLines(block.items, inline, '', true);
    case 'table':
      return [
        `| ${block.head.map(escapeText).join(' | ')} |`,
        `| ${block.head.map(() => '---').join(' | ')} |`,
        // Text is escaped already; only pipes inside code spans still need it in a cell.
        ...block.rows.map((row) => `| ${row.map((cell) => inline(cell).replace(/(?<!\\)\|/g, '\\|')).join(' | ')} |`),
      ];
    case 'search':
      return [];
  }
}

function listLines(
  items: readonly ListItem[],
  inline: (runs: readonly Inline[]) => string,
  indent: string,
  tasks: boolean,
): string[] {
  return items.flatMap((item) => [
    `${indent}- ${tasks ? '[ ] ' : ''}${item.anchor ? anchorTag(item.anchor) : ''}${inline(item.text)}`,
    ...listLines(item.children ?? [], inline, `${indent}  `, false),
  ]);
}

function renderInline(site: Site, page: Page, run: Inline): string {
  if (typeof run === 'string') return escapeText(run);
  switch (run.kind) {
    case 'ref': {
      const href = hrefFor(site.targets, page.path, run.id, '.md');
      return href ? `[${escapeText(run.text)}](${href})` : escapeText(run.text);
    }
    case 'url':
      // Angle brackets let the address hold parentheses; it must not hold <, > or spaces.
      return isWebUrl(run.url)
        ? `[${escapeText(run.text)}](<${run.url.replace(/[<>\s]/g, encodeURIComponent)}>)`
        : escapeText(`${run.text} (${run.url})`);
    case 'code':
      return `\`${run.text.replace(/`/g, "'")}\``;
    case 'strong':
      return `**${escapeText(run.text)}**`;
  }
}

function anchorTag(anchor: string): string {
  return `<a id="${anchor}"></a>`;
}

/** Backslash-escapes Markdown syntax; `<` and `&` become entities so no HTML gets through. */
export function escapeText(text: string): string {
  return safeText(text)
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~]/g, (c) => `\\${c}`)
    .replace(/^(\d+)\. /, '$1\\. ');
}
