import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/domain/common/errors.js';
import type { SearchOptions } from '../../src/domain/search/search.js';
import { runSearch } from '../../src/domain/search/service.js';
import { bundledCorpus, expected, storeSearch } from '../helpers.js';

const corpus = bundledCorpus();
const search = storeSearch(corpus);
const ids = (query: string, options: SearchOptions = {}) => search(query, options).hits.map((hit) => hit.id);

describe('expected queries', () => {
  const cases = expected<{ query: string; top5: string[] }[]>('search.yaml');
  it.each(cases)('$query ranks $top5 in the top 5', ({ query, top5 }) => {
    const found = ids(query, { limit: 5 });
    for (const id of top5) expect(found).toContain(id);
  });
});

describe('ranking', () => {
  it('puts the defining provision first for its own words', () => {
    expect(ids('debt bondage')[0]).toBe('ptpa-2018:s3');
    expect(ids('magistrate of the first class')[0]).toBe('ptpa-2018:s10');
    expect(ids('vessel flying the flag')[0]).toBe('som-protocol:art8');
  });

  it('orders equal scores by id, so output is deterministic', () => {
    const hits = search('protocol', { limit: 50 }).hits;
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]];
      if (a && b) expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
    }
  });
});

describe('cases in search', () => {
  it('finds the bonded-labour cases for "brick kiln", each hit typed as a case', () => {
    const result = search('brick kiln');
    expect(
      result.hits
        .slice(0, 2)
        .map((h) => h.id)
        .sort(),
    ).toEqual(['case:brick-kiln-habeas-1997-lhc', 'case:darshan-masih-1990-sc']);
    const cases = result.hits.filter((h) => h.type === 'case');
    expect(cases.length).toBeGreaterThan(2);
    expect(cases.every((h) => h.instrument === undefined)).toBe(true);
    expect(result.hits.findIndex((h) => h.type === 'guidance')).toBeGreaterThan(1);
  });

  it('still ranks the defining provision above the cases that discuss it', () => {
    expect(ids('debt bondage')[0]).toBe('ptpa-2018:s3');
    expect(ids('debt bondage', { types: ['case'] })).toContain('case:hrcp-v-pakistan-2009-sc');
  });

  it('filters by type, and by law: a case matches the laws it applies', () => {
    expect(ids('trafficking', { types: ['case'], limit: 50 }).every((id) => id.startsWith('case:'))).toBe(true);
    expect(ids('begging', { instruments: ['ptpa-2018'], types: ['case'] })).toEqual(['case:sadiq-hussain-2024-lhc']);
    // +kiln: the synonyms "kiln" adds (bonded, bondage) would find the PTPA's debt bondage.
    expect(ids('+kiln', { kinds: ['act'] })).toEqual([]);
  });
});

describe('query syntax', () => {
  it('supports field:term', () => {
    expect(ids('heading:denunciation')).toEqual(
      expect.arrayContaining(['palermo-protocol:art19', 'som-protocol:art24', 'untoc:art40']),
    );
  });

  it('supports +required and -prohibited terms', () => {
    const found = ids('+witness -court', { limit: 50 });
    expect(found).toContain('untoc:art24');
    expect(found).not.toContain('ptpa-2018:s12');
  });

  it('stems trailing wildcards so they meet the stemmed index', () => {
    expect(ids('exploitation*')).toContain('palermo-protocol:art3');
    expect(ids('traffick*').length).toBeGreaterThan(5);
  });

  it('searches the plain words when lunr cannot parse the input, and says so', () => {
    for (const query of ['organ:', 'foo:bar', 'removal^ organs', 'forced~ labour']) {
      const result = search(query);
      expect(result.total, query).toBeGreaterThan(0);
      expect(result.notices.join(' '), query).toMatch(/plain words/);
    }
  });

  it('answers input with no words at all with a usage error', () => {
    for (const query of ['~', '^', ':', '""', '   ']) expect(() => search(query), query).toThrow(UsageError);
  });

  it('requires every word of a quoted phrase, adjacent and in order', () => {
    const phrase = search('"debt bondage"');
    expect(phrase.hits[0]?.id).toBe('ptpa-2018:s3');
    expect(phrase.hits.map((h) => h.id)).not.toContain('ptpa-2018:s4');
    expect(search('"debt bondage"', { types: ['provision'] }).hits.map((h) => h.id)).toEqual(['ptpa-2018:s3']);
    expect(search('"bondage debt"').total).toBe(0);
  });

  it('tolerates typos when nothing matches exactly, and flags the result as approximate', () => {
    const result = search('bondge', { types: ['provision'] });
    expect(result.approximate).toBe(true);
    expect(result.hits[0]?.id).toBe('ptpa-2018:s3');
    expect(search('bondage').approximate).toBe(false);
  });

  it('never throws anything but a usage error on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[a-z:~^*+" -]{0,20}$/)), (query) => {
        try {
          search(query);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('filters and limits', () => {
  it('filters by instrument, named any way it is known', async () => {
    const result = await runSearch(corpus, { query: 'witness protection', laws: ['PTPA'] });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) expect(hit.type === 'case' || hit.instrument === 'ptpa-2018').toBe(true);
  });

  it('filters by kind', () => {
    for (const hit of search('protection', { kinds: ['convention'] }).hits) expect(hit.instrument).toBe('untoc');
  });

  it('limits hits but reports the full total', () => {
    const result = search('trafficking', { limit: 2 });
    expect(result.hits).toHaveLength(2);
    expect(result.total).toBeGreaterThan(2);
  });
});

describe('snippets', () => {
  it('highlight exactly the matched words', () => {
    for (const query of ['debt bondage', 'witness', 'bank secrecy', 'vessel']) {
      const result = search(query);
      // The synonyms searched are said in the result, and highlighted where they are found.
      const searched = [...query.split(' '), ...result.expansions.flatMap((e) => e.also)];
      for (const hit of result.hits) {
        expect(hit.snippet.length).toBeLessThanOrEqual(182);
        for (const [start, end] of hit.highlights) {
          const word = hit.snippet.slice(start, end).toLowerCase();
          expect(
            searched.some((q) => word.startsWith(q.slice(0, 4))),
            `${hit.id}: "${word}"`,
          ).toBe(true);
        }
      }
    }
  });
});
