import { safeText } from '../../src/render/controls.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtmlSite } from '../../src/render/site/html.js';
import { escapeText, renderMarkdownSite } from '../../src/render/site/markdown.js';
import { anchorFor, targetOf } from '../../src/domain/export/layout.js';
import type { Site } from '../../src/render/site/page.js';
import { relativeHref } from '../../src/render/site/links.js';

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

describe('anchors and links', () => {
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
