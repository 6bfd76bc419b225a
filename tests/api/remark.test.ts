import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Link, Nodes } from 'mdast';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import remarkTipkit from '../../src/api/remark.js';
import { bundledCorpus, FIXTURES } from '../helpers.js';
import { linkMarkdown } from '../../src/domain/cite/link-markdown.js';

const guide = readFileSync(join(FIXTURES, 'docs-check', 'guide.md'), 'utf8');

/** Each link of a Markdown document as `text → url`, read with remark itself. */
function linksOf(markdown: string): string[] {
  const links: string[] = [];
  const stack: Nodes[] = [remark().parse(markdown)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'link') {
      const text = (node as Link).children.map((c) => ('value' in c ? c.value : '')).join('');
      links.push(`${text} → ${node.url}`);
    }
    if ('children' in node) stack.push(...[...(node.children as Nodes[])].reverse());
  }
  return links;
}

const run = async (markdown: string, options = {}): Promise<string> =>
  String(await remark().use(remarkTipkit, options).process(markdown));

describe('tipkit/remark, in a real remark pipeline', () => {
  it('links what tip cite --link links, to the same pages and anchors', async () => {
    const out = await run(guide);
    expect(linksOf(out)).toEqual(linksOf(linkMarkdown(bundledCorpus(), guide).text));
    expect(out).toContain('[PTPA s.3(2)](laws/ptpa-2018.md#s3-2 "PTPA s.3(2)');
  });

  it('leaves code, comments, headings, front matter, existing links and tip-ignore lines alone', async () => {
    const out = await run(guide);
    const linked = linksOf(out).join('\n');
    for (const untouched of ['s.5', 's.6', 's.7', 's.9', 's.42', 's.43', 's.44', 's.45', 's.46']) {
      expect(linked).not.toContain(`PTPA ${untouched} →`);
    }
    expect(out).toContain('```sh\ntip show "PTPA s.5"\n```');
    expect(linksOf(out)).toContain('PTPA s.4 → laws/ptpa-2018.md#s4');
  });

  it('puts the links under a base, with or without the .md extension', async () => {
    const text = 'Charged under PTPA s.3 only.\n';
    expect(await run(text, { base: '/docs/law', extension: '' })).toContain('](/docs/law/laws/ptpa-2018#s3 ');
    expect(await run(text, { base: 'https://example.org/law/' })).toContain(
      '](https://example.org/law/laws/ptpa-2018.md#s3 ',
    );
  });

  it('changes nothing when run on its own output', async () => {
    const once = await run(guide);
    expect(await run(once)).toBe(once);
  });

  it('keeps to tip-ignore comments on a line whose text holds an entity or an escape', async () => {
    const out = await run('<!-- tip-ignore -->\nPTPA s.5 &amp; PTPA s.6, \\*quoted\\*.\n\nBut PTPA s.3 &amp; more.\n');
    expect(linksOf(out)).toEqual(['PTPA s.3 → laws/ptpa-2018.md#s3']);
  });

  it('reads a text node on its own when its value is not its source (an escape), or when the tree has no source', async () => {
    expect(linksOf(await run('A \\* note on PTPA s.3.\n'))).toEqual(['PTPA s.3 → laws/ptpa-2018.md#s3']);
    const tree = remark().parse('Read PTPA s.4(b).\n');
    await remarkTipkit()(tree);
    expect(linksOf(remark().stringify(tree))).toEqual(['PTPA s.4(b) → laws/ptpa-2018.md#s4-b']);
  });
});
