/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MKDOCS_NAV, navigationFiles, positionOf, yamlText } from '../../src/render/site/navigation.js';
import type { Site, SitePage } from '../../src/render/site/page.js';

function page(path: string, label = path): SitePage {
  return {
    path,
    meta: { title: label, label, description: '', tags: [] },
    build: () => {
      throw new Error('navigation must not build a page');
    },
  };
}

// Cases before laws, and no checklists: the folders still come in SECTIONS order.
const site: Site = {
  pages: [
    page('index', 'Home'),
    page('cases/one-case', 'One \u001b[31mcase\u0007'),
    page('laws/a-act', 'No'),
    page('laws/b-act', 'B: Act'),
    page('guidance/g-note', 'Note'),
  ],
  targets: new Map(),
  corpus: 'h',
};

describe('positionOf', () => {
  it('counts from 1 within a folder, the index being first', () => {
    expect(site.pages.map((p) => positionOf(site, p))).toEqual([1, 1, 1, 2, 1]);
  });
});

describe('navigationFiles', () => {
  it('writes nothing for plain Markdown', () => {
    expect(navigationFiles(site, 'plain')).toEqual([]);
  });

  it('gives Docusaurus one _category_.json per folder in use, numbered after the index', () => {
    const files = navigationFiles(site, 'docusaurus');
    expect(files.map(([name]) => name)).toEqual([
      'laws/_category_.json',
      'cases/_category_.json',
      'guidance/_category_.json',
    ]);
    expect(files.map(([, text]) => JSON.parse(text) as unknown)).toEqual([
      { label: 'Laws', position: 2 },
      { label: 'Cases', position: 4 },
      { label: 'Practice guidance (not law)', position: 5 },
    ]);
  });

  it('gives Hugo an _index.md with front matter per folder', () => {
    const files = navigationFiles(site, 'hugo');
    expect(files[0]?.[0]).toBe('laws/_index.md');
    const match = /^---\n([\s\S]*)---\n$/.exec(files[1]?.[1] ?? '');
    expect(parse(match?.[1] ?? '', { version: '1.1' })).toEqual({ title: 'Cases', weight: 4 });
  });

  it('gives MkDocs one nav file: the index, then each folder with its pages in order', () => {
    const files = navigationFiles(site, 'mkdocs');
    expect(files).toHaveLength(1);
    const [name, text] = files[0]!;
    expect(name).toBe(MKDOCS_NAV);
    expect(text.split('\n')[2]).toBe(`#   INHERIT: <docs_dir>/${MKDOCS_NAV}`);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(parse(text, { version: '1.1' })).toEqual({
      nav: [
        { Home: 'index.md' },
        { Laws: [{ No: 'laws/a-act.md' }, { 'B: Act': 'laws/b-act.md' }] },
        { Cases: [{ 'One case': 'cases/one-case.md' }] },
        { 'Practice guidance (not law)': [{ Note: 'guidance/g-note.md' }] },
      ],
    });
  });
});

describe('yamlText', () => {
  it('double-quotes every string, so YAML 1.1 reads no boolean or date into it', () => {
    const text = yamlText({ a: 'no', b: '2020-01-01', c: 'on' });
    expect(text).toBe('a: "no"\nb: "2020-01-01"\nc: "on"\n');
    expect(parse(text, { version: '1.1' })).toEqual({ a: 'no', b: '2020-01-01', c: 'on' });
  });

  it('quotes keys only when asked', () => {
    expect(yamlText({ Yes: 'x' }, { quoteKeys: true })).toBe('"Yes": "x"\n');
    expect(yamlText({ key: 'x' })).toBe('key: "x"\n');
  });
});
