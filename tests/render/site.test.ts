import { safeText } from '../../src/render/controls.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtmlSite } from '../../src/render/site/html.js';
import { renderMarkdownSite } from '../../src/render/site/markdown.js';
import { escapeText } from '../../src/render/markdown-escape.js';
import { anchorFor, targetOf } from '../../src/domain/export/layout.js';
import type { Site } from '../../src/render/site/page.js';
import { relativeHref } from '../../src/render/site/links.js';
import { hugoHref, markdownSyntax } from '../../src/render/site/markdown-syntax.js';
import { parse } from 'yaml';

const unescapeHtml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** A one-page site whose only content is `text`, as a paragraph, a heading, a link label and a web link. */
function siteWith(text: string, url = 'https://example.org/'): Site {
  return {
    corpus: 'c'.repeat(64),
    targets: new Map([['x-act:s1', { page: 'laws/x-act', anchor: 's1' }]]),
    pages: [
      {
        path: 'laws/x-act',
        meta: { title: text, label: text, description: text, tags: ['act'], id: 'x-act' },
        build: () => ({
          path: 'laws/x-act',
          title: text,
          blocks: [
            { kind: 'heading', level: 2, text: [text], anchor: 's1' },
            { kind: 'paragraph', text: [text, { kind: 'ref', id: 'x-act:s1', text }, { kind: 'url', url, text }] },
            { kind: 'table', role: 'facts', head: [text], rows: [[[text]]] },
          ],
        }),
      },
    ],
  };
}

describe('HTML escaping', () => {
  it('round-trips any text, less what a screen would act on, and leaves no character that could open a tag or leave an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescapeHtml(escaped)).toBe(safeText(text));
      }),
    );
  });

  it('a page built from any text has only the elements the renderer writes', () => {
    const page = (text: string): string => renderHtmlSite(siteWith(text)).get('laws/x-act.html')?.() as string;
    const baseline = (page('plain').match(/<[a-z]+/g) ?? []).sort();
    fc.assert(
      // Non-empty: an empty table head is left out on purpose.
      fc.property(fc.string({ minLength: 1 }), (text) => {
        expect((page(text).match(/<[a-z]+/g) ?? []).sort()).toEqual(baseline);
      }),
    );
  });

  it('links only web addresses: javascript: and data: stay text', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      const html = renderHtmlSite(siteWith('label', url)).get('laws/x-act.html')?.() as string;
      expect(html).not.toMatch(/href="(javascript|data|vbscript):/i);
      expect(html).toContain(escapeHtml(`label (${url})`));
    }
  });
});

describe('Markdown escaping', () => {
  it('leaves no raw HTML and no unescaped link or emphasis syntax', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeText(text);
        expect(escaped).not.toMatch(/[<>]/);
        expect(escaped).not.toMatch(/(^|[^\\])[[\]*_`|]/);
      }),
    );
  });

  it('renders a javascript: link as text and a web link in angle brackets', () => {
    const md = (url: string): string => renderMarkdownSite(siteWith('label', url)).get('laws/x-act.md')?.() as string;
    expect(md('javascript:alert(1)')).toContain('label (javascript:alert(1))');
    expect(md('javascript:alert(1)')).not.toContain('](javascript');
    expect(md('https://example.org/a (b)')).toContain('[label](<https://example.org/a%20(b)>)');
  });
});

/** Text that breaks MDX or Hugo, mixed into arbitrary strings. */
const hostile = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.constantFrom(
        '{',
        '}',
        '<',
        '>',
        '<!--',
        '-->',
        '{{<',
        '{{%',
        '>}}',
        'import ',
        'export ',
        'a',
        ' ',
        '\\',
        '`',
        '&',
      ),
    )
    .map((parts) => parts.join('')),
);

/** The body of a flavored page built from `text`, without its front matter. */
const flavoredPage = (flavor: 'docusaurus' | 'hugo' | 'mkdocs', text: string): { front: string; body: string } => {
  const files = renderMarkdownSite(siteWith(text), flavor);
  const page = files.get('laws/x-act.md')?.() as string;
  const end = page.indexOf('\n---\n', 4);
  return { front: page.slice(4, end + 1), body: page.slice(end + 5) };
};

describe('Markdown escaping for static-site generators', () => {
  it('docusaurus: no JSX, expression, ESM or comment can come from the text (MDX)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const { body } = flavoredPage('docusaurus', text);
        const outsideCode = body.replace(/(?<!\\)`[^`\n]*`/g, '');
        expect(outsideCode.replace(/<a id="s1"><\/a>/g, '')).not.toMatch(/</);
        expect(outsideCode).not.toMatch(/(^|[^\\])(\\\\)*[{}]/m);
        expect(body).not.toMatch(/^\s*(import|export)\s/m);
      }),
    );
  });

  it('hugo: no shortcode delimiter and no heading attribute can come from the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const { body } = flavoredPage('hugo', text);
        expect(body).not.toMatch(/\{\{/);
        // The one attribute is the renderer's own.
        expect(body.match(/(^|[^\\])\{#/gm) ?? []).toHaveLength(1);
      }),
    );
  });

  it('every flavor: the front matter reads back, with the title as given (less controls)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.constantFrom('docusaurus', 'hugo', 'mkdocs' as const),
        (text, flavor) => {
          const data = parse(flavoredPage(flavor, text).front) as {
            title: string;
            tipkit: { id: string; corpus: string };
          };
          expect(data.title).toBe(safeText(text));
          expect(data.tipkit).toEqual({ id: 'x-act', corpus: 'c'.repeat(64) });
        },
      ),
    );
  });

  it('keeps "No", dates and numbers as strings for YAML 1.1 readers (PyYAML, Hugo)', () => {
    for (const title of ['No', 'yes', '2018-06-02', '1e3', 'null', '~']) {
      expect(flavoredPage('mkdocs', title).front).toContain(`title: "${title}"`);
    }
  });
});

describe('anchors and links', () => {
  it('hugo links name addresses, one folder deeper than the file', () => {
    expect(hugoHref('cases/x', { page: 'laws/a', anchor: 's3' })).toBe('../../laws/a/#s3');
    expect(hugoHref('index', { page: 'cases/x' })).toBe('cases/x/');
    expect(hugoHref('laws/a', { page: 'laws/a', anchor: 's3' })).toBe('#s3');
    expect(hugoHref('laws/a', { page: 'laws/b' })).toBe('../b/');
    expect(markdownSyntax('hugo').file('index')).toBe('_index.md');
  });

  it('turns pinpoints into anchors every renderer accepts', () => {
    expect(anchorFor('s3(2)(a)')).toBe('s3-2-a');
    expect(anchorFor('art3(a)')).toBe('art3-a');
    expect(anchorFor('smuggling-offence')).toBe('smuggling-offence');
  });

  it('links a pinpoint the digest does not record to the nearest part it does', () => {
    const targets = new Map([['a:s3', { page: 'laws/a', anchor: 's3' }]]);
    expect(targetOf(targets, 'a:s3(1)(b)')).toEqual({ page: 'laws/a', anchor: 's3' });
    expect(targetOf(targets, 'a:s4')).toBeUndefined();
    expect(targetOf(targets, 'ppc-1860:s371-A')).toBeUndefined();
  });

  it('makes hrefs relative to the page', () => {
    expect(relativeHref('laws/a', { page: 'laws/a', anchor: 's3' }, '.md')).toBe('#s3');
    expect(relativeHref('cases/x', { page: 'laws/a', anchor: 's3' }, '.html')).toBe('../laws/a.html#s3');
    expect(relativeHref('index', { page: 'cases/x' }, '.md')).toBe('cases/x.md');
  });
});
