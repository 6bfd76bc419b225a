import type { Flavor } from '../../domain/export/flavor.js';
import { targetOf } from '../../domain/export/layout.js';
import { frontMatter } from './front-matter.js';
import { isWebUrl } from './links.js';
import { markdownSyntax, type MarkdownSyntax } from './markdown-syntax.js';
import { navigationFiles } from './navigation.js';
import type { Block, Inline, ListItem, Page, Site } from './page.js';

/**
 * The Markdown export: one file per page, GitHub-flavoured, each rendered only when asked for. Anchors are explicit
 * `<a id>` tags so they do not depend on how a host slugs headings; every character
 * that Markdown or HTML would read as syntax in the corpus text is escaped. A flavor
 * other than plain adds front matter and the generator's navigation files, and writes
 * links, anchors and escapes as that generator reads them.
 */
export function renderMarkdownSite(site: Site, flavor: Flavor = 'plain'): Map<string, () => string> {
  const syntax = markdownSyntax(flavor);
  const files = new Map<string, () => string>();
  for (const page of site.pages) {
    files.set(syntax.file(page.path), () => {
      const body = renderPage(site, page.build(), syntax);
      return flavor === 'plain' ? body : `${frontMatter(site, page, flavor)}${body}`;
    });
  }
  for (const [name, content] of navigationFiles(site, flavor)) files.set(name, () => content);
  return files;
}

function renderPage(site: Site, page: Page, syntax: MarkdownSyntax): string {
  const inline = (runs: readonly Inline[]): string => runs.map((run) => renderInline(site, page, run, syntax)).join('');
  const out: string[] = [];
  for (const block of page.blocks) {
    const lines = renderBlock(block, inline, syntax);
    if (lines.length > 0) out.push(lines.join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

function renderBlock(block: Block, inline: (runs: readonly Inline[]) => string, syntax: MarkdownSyntax): string[] {
  switch (block.kind) {
    case 'heading':
      return [syntax.heading(block.level, inline(block.text), block.anchor)];
    case 'paragraph':
      return [inline(block.text)];
    case 'caveats':
      // A blank quote line between items keeps each caveat its own paragraph.
      return [block.items.map((item) => `> ⚠ ${inline(item)}`).join('\n>\n')];
    case 'list':
      return listLines(block.items, inline, syntax, '', false);
    case 'tasks':
      return listLines(block.items, inline, syntax, '', true);
    case 'table':
      return [
        `| ${block.head.map(syntax.escape).join(' | ')} |`,
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
  syntax: MarkdownSyntax,
  indent: string,
  tasks: boolean,
): string[] {
  return items.flatMap((item) => [
    `${indent}- ${tasks ? '[ ] ' : ''}${item.anchor ? syntax.anchor(item.anchor) : ''}${inline(item.text)}`,
    ...listLines(item.children ?? [], inline, syntax, `${indent}${syntax.indent}`, false),
  ]);
}

function renderInline(site: Site, page: Page, run: Inline, syntax: MarkdownSyntax): string {
  if (typeof run === 'string') return syntax.escape(run);
  switch (run.kind) {
    case 'ref': {
      const target = targetOf(site.targets, run.id);
      return target ? `[${syntax.escape(run.text)}](${syntax.href(page.path, target)})` : syntax.escape(run.text);
    }
    case 'url':
      return isWebUrl(run.url)
        ? `[${syntax.escape(run.text)}](${syntax.destination(run.url)})`
        : syntax.escape(`${run.text} (${run.url})`);
    case 'code':
      return syntax.code(run.text);
    case 'strong':
      return `**${syntax.escape(run.text)}**`;
  }
}
