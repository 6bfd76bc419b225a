/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontMatter } from '../../src/render/site/front-matter.js';
import type { PageMeta, Site, SitePage } from '../../src/render/site/page.js';

function page(path: string, meta: Partial<PageMeta> = {}): SitePage {
  return {
    path,
    meta: { title: `Title of ${path}`, label: path, description: 'Made-up page.', tags: [], ...meta },
    build: () => {
      throw new Error('front matter must not build the page');
    },
  };
}

const odd = page('laws/b-act', {
  title: 'No',
  label: 'B\u001b[31m Act\u0007',
  description: 'yes: 2020-01-01 # not a comment\n---\nsecond',
  tags: ['labour', 'true'],
  id: 'b-act-2020',
  asOf: '2020-01-01',
});
const site: Site = {
  pages: [page('index'), page('laws/a-act'), odd, page('cases/c-case')],
  targets: new Map(),
  corpus: 'abc123',
  stamp: '2026-01-02',
};

/** The YAML between the two `---` fences, parsed as YAML 1.1 readers (PyYAML, Go) would see it. */
function data(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)---\n\n$/.exec(text);
  expect(match).not.toBeNull();
  return parse(match?.[1] ?? '', { version: '1.1' }) as Record<string, unknown>;
}

describe('frontMatter', () => {
  it('keeps every value a string a YAML 1.1 reader reads back unchanged', () => {
    const meta = data(frontMatter(site, odd, 'mkdocs'));
    expect(meta.title).toBe('No');
    expect(meta.description).toBe('yes: 2020-01-01 # not a comment\n---\nsecond');
    expect(meta.tags).toEqual(['labour', 'true']);
    expect(meta.tipkit).toEqual({ id: 'b-act-2020', corpus: 'abc123', as_of: '2020-01-01', built: '2026-01-02' });
  });

  it('gives each generator its own ordering key and no other', () => {
    const docusaurus = data(frontMatter(site, odd, 'docusaurus'));
    expect(docusaurus.sidebar_position).toBe(2);
    expect(docusaurus.sidebar_label).toBe('B Act');
    expect(docusaurus).not.toHaveProperty('weight');
    const hugo = data(frontMatter(site, odd, 'hugo'));
    expect(hugo.weight).toBe(2);
    expect(hugo).not.toHaveProperty('sidebar_position');
    const mkdocs = data(frontMatter(site, odd, 'mkdocs'));
    expect(Object.keys(mkdocs)).toEqual(['title', 'description', 'tags', 'tipkit']);
  });

  it('puts the index first and never writes a top-level id', () => {
    const index = data(frontMatter(site, site.pages[0]!, 'docusaurus'));
    expect(index.sidebar_position).toBe(1);
    expect(index).not.toHaveProperty('id');
    expect(index).not.toHaveProperty('tags');
    expect(index.tipkit).toEqual({ corpus: 'abc123', built: '2026-01-02' });
  });

  it('lets no control character of the corpus text through', () => {
    const text = frontMatter(site, odd, 'docusaurus');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
