import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeText } from '../../../src/domain/cite/cite.js';
import { linkMarkdown } from '../../../src/domain/cite/link-markdown.js';
import { markdownProse, parseMarkdown } from '../../../src/domain/cite/markdown-prose.js';
import { cpuCost } from '../../cpu-time.js';
import { bundledCorpus } from '../../helpers.js';

const corpus = bundledCorpus();
const texts = (source: string) => citeText(corpus, markdownProse(source).text, 'x.md').citations.map((c) => c.text);

/** Pieces of Markdown that generated documents are made of: prose, citations, and every construct that is not prose. */
const PIECES = [
  'PTPA s.3',
  'PTPA s.4(1)',
  's. 371-A PPC',
  'PLD 2020 SC 146',
  'section 5 of the PTPA',
  'the officer wrote',
  '`PTPA s.6`',
  '``code ` PTPA s.7``',
  '<!-- PTPA s.8 -->',
  '<span title="PTPA s.9">',
  '[PTPA s.10](https://x.org/s.11 "PTPA s.12")',
  '[link text][ref]',
  '![PTPA s.13](img.png)',
  '<https://example.org/PTPA-s.14>',
  '*PTPA* s.3',
  '**bold**',
  '\n',
  '\n\n',
  '\n```\nPTPA s.15\n```\n',
  '\n    PTPA s.16 indented\n',
  '\n> ',
  '\n- ',
  '\n1. ',
  '\n# ',
  '\n[ref]: https://x.org "PTPA s.2"\n',
  '\r\n',
  '|',
  '😀',
  'ٹریفکنگ ان پرسن ایکٹ کی دفعہ 3',
  '<!-- tip-ignore -->',
  '\\[',
  '~~~',
];
const documents = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(' '));

/** The UTF-16 ranges of code: a citation found in the prose never lies in one. */
function codeRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  const stack = [
    parseMarkdown(source) as {
      type: string;
      children?: unknown[];
      position?: { start: { offset?: number }; end: { offset?: number } };
    },
  ];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (['code', 'inlineCode', 'html'].includes(node.type) && node.position) {
      ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    }
    stack.push(...((node.children ?? []) as (typeof stack)[number][]));
  }
  return ranges;
}

describe('markdownProse', () => {
  it('reads prose and link text, and nothing of code, HTML, comments, destinations, titles, definitions or front matter', () => {
    const source = [
      '---',
      'title: PTPA s.1',
      '---',
      'Prose cites PTPA s.3 and [PTPA s.4](https://x.org/PTPA-s.5 "PTPA s.6").',
      '`PTPA s.7` and <b title="PTPA s.8">bold</b> <!-- PTPA s.9 -->',
      '',
      '```',
      'PTPA s.10',
      '```',
      '',
      '    PTPA s.11',
      '',
      '[d]: https://x.org/ "PTPA s.12"',
      '<https://x.org/PTPA-s.13> www.example.org/PTPA-s.14',
    ].join('\n');
    expect(texts(source)).toEqual(['PTPA s.3', 'PTPA s.4']);
  });

  it('ignores the line a tip-ignore comment is on, or, alone on its line, the next; and a start/end block', () => {
    const source = [
      'PTPA s.1 <!-- tip-ignore -->',
      '<!-- tip-ignore -->',
      'PTPA s.2',
      'PTPA s.3',
      '<!-- tip-ignore-start -->',
      'PTPA s.4',
      '',
      'PTPA s.5',
      '<!-- tip-ignore-end -->',
      'PTPA s.6',
      '`<!-- tip-ignore -->` PTPA s.7',
      '<!-- tip-ignore -->',
      '',
      'PTPA s.9, after the blank line Prettier adds',
      '<!-- tip-ignore-start -->',
      'PTPA s.8, never closed',
    ].join('\n');
    expect(texts(source)).toEqual(['PTPA s.3', 'PTPA s.6', 'PTPA s.7']);
  });

  it('keeps the length and every line break of the source, and finds no citation inside code', () => {
    fc.assert(
      fc.property(documents, (source) => {
        const { text } = markdownProse(source);
        expect(text.length).toBe(source.length);
        for (let i = 0; i < source.length; i++) {
          const c = source[i];
          if (c === '\n' || c === '\r') expect(text[i]).toBe(c);
          else if (text[i] !== c) expect(text[i]).toBe(' ');
        }
        const code = codeRanges(source);
        // citeText reports code points; these pieces put astral characters only in prose, so compare by locating the text.
        const report = citeText(corpus, text, 'x.md');
        const lines = text.split('\n');
        for (const citation of report.citations) {
          const lineStart = lines.slice(0, citation.line - 1).reduce((sum, line) => sum + line.length + 1, 0);
          const line = lines[citation.line - 1] ?? '';
          const offset = lineStart + [...line].slice(0, citation.col - 1).join('').length;
          expect(text.slice(offset, offset + citation.text.length)).toBe(citation.text);
          expect(code.some(([s, e]) => offset >= s && offset < e)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('links idempotently: a second run over generated documents changes nothing', () => {
    fc.assert(
      fc.property(documents, (source) => {
        const once = linkMarkdown(corpus, source).text;
        expect(linkMarkdown(corpus, once)).toEqual({ text: once, links: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('is bounded on hostile input: a huge line, deep nesting, unclosed fences, NUL bytes', async () => {
    const inputs = [
      `${'PTPA s.3 '.repeat(200_000)}\n`,
      `${'> '.repeat(5_000)}PTPA s.3\n`,
      `${Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- PTPA s.3`).join('\n')}\n`,
      '```\nPTPA s.3\n'.repeat(1_000),
      `${'['.repeat(50_000)}PTPA s.3${']'.repeat(50_000)}`,
      'PTPA\u0000 s.3 \u0000\u0000 PTPA s.4\n',
      `${'<!-- '.repeat(10_000)}PTPA s.3`,
    ];
    // The costliest input takes about 2 s of CPU; a parse that is not bounded takes minutes.
    for (const source of inputs) {
      const { value, ms } = await cpuCost(() => markdownProse(source));
      expect(value.text.length).toBe(source.length);
      expect(ms).toBeLessThan(15_000);
    }
    // Nesting whose parse would cost minutes is read as plain text, and says so.
    expect(markdownProse(inputs[2] ?? '').plain).toBe('nested too deeply to parse as Markdown');
    expect(markdownProse(inputs[4] ?? '').plain).toBe('nested too deeply to parse as Markdown');
  });

  it('reads as plain text, at once, nesting that would overflow the stack or cost micromark minutes', async () => {
    const nested = [
      // 10,000 block quotes on one line overflowed the parser's stack.
      `${'> '.repeat(10_000)}PTPA s.3\n`,
      // Lists opened on one line, and a list whose every item holds a list of its own: their
      // cost grows with the square of their number (20,000 took micromark minutes).
      `${'- '.repeat(10_000)}PTPA s.3\n`,
      `${Array.from({ length: 4_000 }, () => `${'- '.repeat(5)}PTPA s.3`).join('\n')}\n`,
      `${Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '  - PTPA s.3' : '1. PTPA s.4')).join('\n')}\n`,
    ];
    for (const source of nested) {
      const { value, ms } = await cpuCost(() => markdownProse(source));
      expect(value.plain).toBe('nested too deeply to parse as Markdown');
      expect(value.text.length).toBe(source.length);
      // The estimate reads each line once: a parse would take seconds to minutes.
      expect(ms).toBeLessThan(1_000);
    }
    // A long list with sublists of its own, well within the bound, is still read as Markdown.
    const list = Array.from({ length: 400 }, (_, i) => (i % 2 ? '  - `PTPA s.42`' : '- PTPA s.3')).join('\n');
    expect(markdownProse(list).plain).toBeUndefined();
    expect(markdownProse(list).text).not.toContain('PTPA s.42');
  });
});

describe('markdownProse of MDX', () => {
  const source = [
    "import Tabs from '@theme/Tabs';",
    "export const old = 'PTPA s.42';",
    '',
    '<Tabs defaultValue="PTPA s.43">',
    'Read PTPA s.3 first.',
    '</Tabs>',
    '',
    '{/* tip-ignore */}',
    'PTPA s.44 is a quiz answer.',
    '',
    '{/* tip-ignore-start */}',
    'PTPA s.47',
    '{/* tip-ignore-end */}',
    '',
    'Last: PTPA s.45 and {"PTPA s.46"}.',
    '',
  ].join('\n');

  it('reads only the prose: not ESM, JSX attributes or expressions; {/* tip-ignore */} is its comment', () => {
    const { text } = markdownProse(source, { mdx: true });
    expect(text).toHaveLength(source.length);
    expect([...text.matchAll(/PTPA s\.\d+/g)].map(([m]) => m)).toEqual(['PTPA s.3', 'PTPA s.45']);
  });

  it('reads MDX that does not parse as Markdown, so its citations are still checked', () => {
    const { text } = markdownProse('Broken <Tabs\n\nPTPA s.3 here.\n', { mdx: true });
    expect(text).toContain('PTPA s.3 here.');
  });
});
