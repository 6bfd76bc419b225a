import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse } from 'yaml';
import { bundledCorpus, FIXTURES, tempDir, tip } from '../helpers.js';
import { brokenLinks, listFiles, readTree } from '../site-files.js';

const corpus = bundledCorpus();

async function exportFlavor(flavor: string, ...extra: string[]): Promise<string> {
  const out = join(tempDir(), flavor);
  const result = await tip(['export', '--format', 'md', '--flavor', flavor, '--out', out, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return out;
}

/** A page split into its front matter (parsed with `yaml`, as a generator would) and its body. */
function splitPage(text: string): { data: Record<string, unknown>; body: string } {
  expect(text.startsWith('---\n')).toBe(true);
  const end = text.indexOf('\n---\n', 4);
  return { data: parse(text.slice(4, end + 1)) as Record<string, unknown>, body: text.slice(end + 5) };
}

/** The first heading's text as a reader sees it: escapes, entities, anchors and attributes gone. */
function headingText(body: string): string {
  const line = body.split('\n').find((l) => l.startsWith('# ')) ?? '';
  return line
    .slice(2)
    .replace(/<a id="[^"]*"><\/a>/g, '')
    .replace(/ \{#[^}]*\}$/, '')
    .replace(/\\([\\`*_[\]|#~{}])/g, '$1')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The canonical id a page is for, from where the export puts it. */
function idOfFile(file: string): string | undefined {
  const [folder, name] = file.replace(/\.md$/, '').split('/');
  if (folder === 'cases') return `case:${name}`;
  if (folder === 'checklists') return `checklist:${name}`;
  return name;
}

/**
 * What MDX (Docusaurus's default for .md) would make of each page, parsed as Docusaurus
 * parses it (MDX with GFM, front matter removed): a page that fails to parse, or that holds
 * JSX other than the `<a id>` anchors, an expression or ESM, would break or change the build.
 */
function mdxProblems(out: string): string[] {
  const problems: string[] = [];
  for (const file of pagesOf(out)) {
    const { body } = splitPage(readFileSync(join(out, file), 'utf8'));
    let tree: Nodes;
    try {
      tree = fromMarkdown(body, {
        extensions: [mdxjs(), gfm()],
        mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
      });
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    const stack: Nodes[] = [tree];
    for (let node = stack.pop(); node; node = stack.pop()) {
      const anchor =
        (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
        node.name === 'a' &&
        node.attributes.length === 1 &&
        node.children.length === 0;
      if (node.type.startsWith('mdx') && !anchor) problems.push(`${file}: ${node.type}`);
      if ('children' in node) stack.push(...(node.children as Nodes[]));
    }
  }
  return problems;
}

const pagesOf = (out: string): string[] =>
  listFiles(out).filter((f) => f.endsWith('.md') && !(f.endsWith('/_index.md') && f.includes('/')));

describe.each(['mkdocs', 'docusaurus', 'hugo'])('tip export --format md --flavor %s', (flavor) => {
  let out: string;
  beforeAll(async () => {
    out = await exportFlavor(flavor);
  });

  it('gives every page front matter that yaml reads back: its title, its canonical id, the corpus hash', () => {
    const pages = pagesOf(out);
    expect(pages.length).toBe(1 + corpus.instruments.length + corpus.cases.length + 2);
    for (const file of pages) {
      const { data, body } = splitPage(readFileSync(join(out, file), 'utf8'));
      expect(data.title, file).toBe(headingText(body));
      expect(typeof data.description, file).toBe('string');
      const tipkit = data.tipkit as { id?: string; corpus: string; as_of?: string };
      expect(tipkit.corpus, file).toBe(corpus.hash);
      if (/^(index|_index)\.md$/.test(file)) continue;
      expect(tipkit.id, file).toBe(idOfFile(file));
      const instrument = corpus.instruments.find((i) => i.id === tipkit.id);
      expect(tipkit.as_of, file).toBe(instrument?.as_of);
      // Each generator's own ordering key, and never a top-level id (Docusaurus would move the page).
      if (flavor === 'docusaurus') expect(data.sidebar_position, file).toBeGreaterThan(0);
      if (flavor === 'hugo') expect(data.weight, file).toBeGreaterThan(0);
      expect(data.id).toBeUndefined();
      expect((data.tags as string[]).length).toBeGreaterThan(0);
    }
  });

  it('is byte-identical when run again, and unchanged files are left as they were', async () => {
    const again = await exportFlavor(flavor);
    expect(readTree(again)).toEqual(readTree(out));
  });
});

describe('tip export --flavor mkdocs', () => {
  it('writes a nav that lists every page once, for mkdocs.yml to inherit, and links that resolve', async () => {
    const out = await exportFlavor('mkdocs');
    const nav = (parse(readFileSync(join(out, 'mkdocs-nav.yml'), 'utf8')) as { nav: unknown[] }).nav;
    const paths = JSON.stringify(nav).match(/"[^"]+\.md"/g) ?? [];
    expect(paths.map((p) => p.slice(1, -1)).sort()).toEqual(pagesOf(out).sort());
    expect(brokenLinks(out).broken).toEqual([]);
    // Python-Markdown nests a list only at four spaces.
    expect(readFileSync(join(out, 'laws/ptpa-2018.md'), 'utf8')).toMatch(/\n {4}- /);
  });
});

describe('tip export --flavor docusaurus', () => {
  let out: string;
  beforeAll(async () => {
    out = await exportFlavor('docusaurus');
  });

  it('writes a _category_.json per folder, in the order of the index, and links that resolve', () => {
    const category = (folder: string) =>
      JSON.parse(readFileSync(join(out, folder, '_category_.json'), 'utf8')) as { label: string; position: number };
    expect(category('laws')).toEqual({ label: 'Laws', position: 2 });
    expect(category('checklists').position).toBeLessThan(category('cases').position);
    expect(brokenLinks(out).broken).toEqual([]);
  });

  it('leaves nothing that MDX reads as JSX, an expression, ESM or a comment', () => {
    expect(mdxProblems(out)).toEqual([]);
  });
});

describe('tip export --flavor hugo', () => {
  let out: string;
  beforeAll(async () => {
    out = await exportFlavor('hugo');
  });

  it('makes the index the section page and each folder a section with its weight', () => {
    const files = listFiles(out);
    expect(files).toContain('_index.md');
    expect(files).not.toContain('index.md');
    expect(splitPage(readFileSync(join(out, 'laws/_index.md'), 'utf8')).data).toEqual({ title: 'Laws', weight: 2 });
  });

  it('links by address (no .md), resolving as Hugo serves the pages; headings anchored by {#id}', () => {
    const tree = readTree(out);
    // Hugo serves a/b.md at a/b/ and a/_index.md at a/.
    const fileAt = (address: string): string | undefined =>
      [`${address}.md`, posix.join(address, '_index.md')].find((f) => tree.has(f));
    const idsIn = (text: string) =>
      new Set([...text.matchAll(/<a id="([^"]+)"><\/a>|\{#([\w-]+)\}$/gm)].map((m) => m[1] ?? m[2]));
    let local = 0;
    const broken: string[] = [];
    for (const [file, text] of tree) {
      if (!file.endsWith('.md')) continue;
      const address = file.endsWith('_index.md') ? posix.dirname(file) : file.replace(/\.md$/, '');
      for (const [, link = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https?:/.test(link)) continue;
        local++;
        expect(link, file).not.toMatch(/\.md(#|$)/);
        const [path = '', fragment] = link.split('#');
        const target = path ? fileAt(posix.normalize(posix.join(address, path)).replace(/\/$/, '')) : file;
        if (!target) broken.push(`${file}: ${link}`);
        else if (fragment && !idsIn(tree.get(target) ?? '').has(fragment))
          broken.push(`${file}: ${link} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
    expect(local).toBeGreaterThan(400);
    expect(tree.get('cases/mukhtiar-khatoon-2022-shc.md')).toContain('](../../laws/ptpa-2018/#s3-2)');
    expect(tree.get('laws/ptpa-2018.md')).toMatch(/^## PTPA s\.3 Trafficking in persons \{#s3\}$/m);
  });

  it('leaves no shortcode delimiter in a page', () => {
    for (const file of pagesOf(out)) {
      expect(splitPage(readFileSync(join(out, file), 'utf8')).body, file).not.toMatch(/\{\{|(^|[^\\])\{[<%]/m);
    }
  });
});

describe('tip export --flavor, on hostile corpus text', () => {
  const data = join(FIXTURES, 'xss');

  it('docusaurus: nothing in the data becomes JSX, an expression or ESM', async () => {
    const out = await exportFlavor('docusaurus', '--data', data);
    expect(pagesOf(out).length).toBeGreaterThan(2);
    expect(mdxProblems(out)).toEqual([]);
  });

  it('hugo: nothing in the data becomes a shortcode', async () => {
    const out = await exportFlavor('hugo', '--data', data);
    for (const file of pagesOf(out)) {
      expect(splitPage(readFileSync(join(out, file), 'utf8')).body, file).not.toMatch(/\{\{/);
    }
  });

  it("--stamp adds the build time to tipkit's keys", async () => {
    const out = join(tempDir(), 'stamped');
    const result = await tip(['export', '--format', 'md', '--flavor', 'hugo', '--out', out, '--stamp'], {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(result.status).toBe(0);
    const { data: front } = splitPage(readFileSync(join(out, 'laws/ptpa-2018.md'), 'utf8'));
    expect(front.tipkit).toMatchObject({ id: 'ptpa-2018', built: '2023-11-14T22:13:20Z' });
  });
});

describe('tip export --flavor plain', () => {
  it('is the Markdown export as it was: no front matter, no navigation files', async () => {
    const plain = await exportFlavor('plain');
    const out = join(tempDir(), 'default');
    expect((await tip(['export', '--format', 'md', '--out', out])).status).toBe(0);
    expect(readTree(plain)).toEqual(readTree(out));
    expect(readFileSync(join(out, 'index.md'), 'utf8').startsWith('# ')).toBe(true);
    expect(existsSync(join(out, 'mkdocs-nav.yml'))).toBe(false);
  });

  it('takes --flavor only with --format md', async () => {
    const result = await tip(['export', '--format', 'html', '--flavor', 'hugo', '--out', join(tempDir(), 'x')]);
    expect(result.status).toBe(2);
  });
});
