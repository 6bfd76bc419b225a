import { describe, expect, it } from 'vitest';
import { citationLinks, exportTargets, targetHref } from '../../../src/domain/cite/links.js';
import { globBase, globMatcher } from '../../../src/domain/cite/glob.js';
import { bundledCorpus } from '../../helpers.js';

const corpus = bundledCorpus();

describe('citationLinks', () => {
  it('gives UTF-16 offsets, ids, export targets and titles, after characters outside the BMP too', () => {
    const prose = '😀 Under PTPA s.3(2) and PLD 2020 SC 146; PPC s.420 and PTPA s.42 stay text.';
    const links = citationLinks(corpus, prose);
    expect(links.map(({ start, end, id, target }) => [prose.slice(start, end), id, target])).toEqual([
      ['PTPA s.3(2)', 'ptpa-2018:s3(2)', { page: 'laws/ptpa-2018', anchor: 's3-2' }],
      ['PLD 2020 SC 146', 'case:tayyaba-sc-2020', { page: 'cases/tayyaba-sc-2020' }],
    ]);
    expect(links[0]?.title).toBe('PTPA s.3(2): Victim a woman or a child');
  });

  it('links a pinpoint the corpus does not record to its provision', () => {
    const [link] = citationLinks(corpus, 'PTPA s.3(9)', exportTargets(corpus));
    expect(link?.target).toEqual({ page: 'laws/ptpa-2018', anchor: 's3' });
  });

  it('writes hrefs under a base, encoding what would end a Markdown destination', () => {
    const target = { page: 'laws/ptpa-2018', anchor: 's3-2' };
    expect(targetHref(target)).toBe('laws/ptpa-2018.md#s3-2');
    expect(targetHref(target, { base: 'https://x.org/my law/' })).toBe('https://x.org/my%20law/laws/ptpa-2018.md#s3-2');
    expect(targetHref({ page: 'cases/x' }, { base: '/site', extension: '.html' })).toBe('/site/cases/x.html');
  });
});

describe('glob', () => {
  it.each([
    ['docs/**/*.md', 'docs/a.md', true],
    ['docs/**/*.md', 'docs/x/y/a.md', true],
    ['docs/**/*.md', 'docs/a.txt', false],
    ['docs/*.md', 'docs/x/a.md', false],
    ['**/*.{md,mdx}', 'a/b.mdx', true],
    ['file?.md', 'file1.md', true],
    ['[ab].md', 'c.md', false],
    ['drafts/**', 'drafts/x/y.md', true],
    ['a.b(c).md', 'a.b(c).md', true],
    ['**/*.md', '.git/x.md', false],
    ['[z-a].md', 'z.md', false],
    ['**/**/**/**/**/**/**/**/**/**/**/**/*.txt', `${'d/'.repeat(40)}x.txt`, true],
  ])('%s matches %s: %s', (glob, path, matches) => {
    expect(globMatcher(glob)(path)).toBe(matches);
  });

  it('walks from the fixed folders before the first pattern', () => {
    expect(globBase('docs/guides/**/*.md')).toBe('docs/guides');
    expect(globBase('*.md')).toBe('.');
    expect(globBase('/srv/docs/*.md')).toBe('/srv/docs');
  });
});
