/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/domain/search/search.js';
import { EXACT_LABEL } from '../../src/render/exact-label.js';
import { renderSearch } from '../../src/render/search-text.js';
import { PLAIN, type Style } from '../../src/render/style.js';
import { bundledCorpus, storeSearch } from '../helpers.js';

const style: Style = { paint: PLAIN, width: 80 };
const search = storeSearch(bundledCorpus());

describe('renderSearch', () => {
  it('heads the list with the count and how many are shown, then numbers each hit in rank order', () => {
    const result = search('forced labour', { limit: 3 });
    const lines = renderSearch(result, style).split('\n');
    expect(lines[0]).toBe(`${result.total} matches for "forced labour" (showing 3)`);
    const heads = lines.filter((line) => /^ \d\. /.test(line));
    expect(heads.map((line) => line.slice(0, 4))).toEqual([' 1. ', ' 2. ', ' 3. ']);
    expect(heads.map((line) => line.split(' ')[2])).toEqual(result.hits.map((hit) => hit.id));
  });

  it('marks cases and guidance by type, and the cited document as the exact match', () => {
    const result = search('forced labour', { limit: 3 });
    const heads = renderSearch(result, style)
      .split('\n')
      .filter((line) => /^ \d\. /.test(line));
    // The bundled corpus answers this with a provision, a case and guidance.
    expect(result.hits.map((hit) => hit.type).sort()).toEqual(['case', 'guidance', 'provision']);
    result.hits.forEach((hit, i) => {
      const mark = hit.type === 'provision' ? '' : ` (${hit.type})`;
      expect(heads[i]).toBe(` ${i + 1}. ${hit.id}  ${hit.heading}${mark}`);
    });
    const cited = renderSearch(search('section 3 PTPA', { limit: 2 }), style).split('\n');
    expect(cited[2]).toBe(` 1. ptpa-2018:s3  Trafficking in persons [${EXACT_LABEL}]`);
    expect(cited.filter((line) => line.includes(EXACT_LABEL))).toHaveLength(1);
  });

  it('wraps each snippet at the width, indented under its hit', () => {
    const lines = renderSearch(search('forced labour', { limit: 3 }), { paint: PLAIN, width: 40 }).split('\n');
    const snippet = lines.filter((line) => line.startsWith('    '));
    expect(snippet.length).toBeGreaterThan(3);
    for (const line of snippet) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('highlights exactly the matched spans of the snippet', () => {
    const result: SearchResult = {
      query: 'lamp',
      total: 1,
      approximate: false,
      notices: [],
      expansions: [],
      hits: [
        {
          id: 'x-act:s1',
          type: 'provision',
          heading: 'Lamps',
          score: 1,
          snippet: 'a lamp and a lamp post',
          highlights: [
            [2, 6],
            [13, 17],
          ],
        },
      ],
    };
    const marked: Style = { width: 80, paint: { ...PLAIN, highlight: (text) => `[${text}]` } };
    expect(renderSearch(result, marked).split('\n')).toEqual([
      '1 match for "lamp"',
      '',
      ' 1. x-act:s1  Lamps',
      '    a [lamp] and a [lamp] post',
    ]);
  });

  it('says there are no matches, and no count', () => {
    expect(renderSearch(search('zzqqxx'), style)).toBe('No matches for "zzqqxx".');
  });

  it('lets no terminal control of the query through', () => {
    const result: SearchResult = {
      query: 'x\u001b[2J\u0007y\u009b',
      total: 0,
      hits: [],
      approximate: false,
      notices: [],
      expansions: [],
    };
    const text = renderSearch(result, style);
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(text).toBe('No matches for "xy".');
  });
});
