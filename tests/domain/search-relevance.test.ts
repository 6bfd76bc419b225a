import { describe, expect, it } from 'vitest';
import { CitationResolver } from '../../src/domain/lookup/resolve.js';
import { makeStem } from '../../src/domain/search/stemmer.js';
import { searchDocuments } from '../../src/domain/search/documents.js';
import { readUrduVocabulary } from '../../src/domain/search/urdu-vocabulary.js';
import { bundledCorpus, expected, searchVocabulary, storeSearch } from '../helpers.js';

const corpus = bundledCorpus();
const search = storeSearch(corpus);
const urdu = await readUrduVocabulary();
const top = (query: string, limit = 10) => search(query, { limit, vocabulary: urdu }).hits.map((hit) => hit.id);

interface Graded {
  query: string;
  kind: string;
  answers: string[];
  rank: number | null;
  goal?: number;
  traps?: string[];
}
const suite = expected<Graded[]>('relevance.yaml');
const ENTRY_INTO_FORCE = ['untoc:art38', 'palermo-protocol:art17', 'som-protocol:art22'];

describe('the graded relevance suite (tests/fixtures/expected/relevance.yaml)', () => {
  it('has at least 80 queries of every kind, each answer a real document', () => {
    expect(suite.length).toBeGreaterThanOrEqual(80);
    const ids = new Set(searchDocuments(corpus).map((doc) => doc.id));
    const resolver = new CitationResolver(corpus);
    // An answer is a document, or a sub-provision tip show resolves (its provision is the document).
    const real = (id: string) => ids.has(id) || resolver.resolve(id).id === id;
    for (const entry of suite) {
      for (const id of [...entry.answers, ...(entry.traps ?? [])]) expect(real(id), `${entry.query}: ${id}`).toBe(true);
    }
    expect(new Set(suite.map((entry) => entry.kind))).toEqual(
      new Set(['concept', 'question', 'citation', 'urdu', 'typo', 'case', 'guidance', 'phrase', 'stem']),
    );
  });

  it.each(suite.map((entry) => [entry.query, entry] as const))(
    '%s reaches its rank, with no trap in the top ten',
    (_, entry) => {
      const ids = top(entry.query);
      const places = entry.answers.map((id) => ids.indexOf(id) + 1).filter((place) => place > 0);
      if (entry.rank !== null) expect(Math.min(...places), ids.join(' ')).toBeLessThanOrEqual(entry.rank);
      expect(ids.filter((id) => entry.traps?.includes(id))).toEqual([]);
    },
  );
});

describe('stems kept apart', () => {
  it('finds no "Entry into force" article for forced labour or forced marriage, in English or Urdu', () => {
    for (const query of ['forced labour', 'forced marriage', 'جبری مشقت', 'forcing a child to work']) {
      expect(
        top(query).filter((id) => ENTRY_INTO_FORCE.includes(id)),
        query,
      ).toEqual([]);
    }
    expect(top('entry into force of the protocol', 3)).toContain('palermo-protocol:art17');
  });

  it('has a ranking query in the suite for every stem the vocabulary keeps apart, and each changes what Porter does', () => {
    const stem = makeStem({});
    const vocabulary = searchVocabulary();
    const words = suite.flatMap((entry) => entry.query.toLowerCase().split(/\W+/));
    const byStem = new Map<string, string[]>();
    for (const [word, own] of Object.entries(vocabulary.stems)) byStem.set(own, [...(byStem.get(own) ?? []), word]);
    for (const [own, group] of byStem) {
      expect(
        group.some((word) => words.includes(word)),
        `a query with one of ${group.join(', ')}`,
      ).toBe(true);
      expect(
        group.some((word) => stem(word) !== own),
        `${own} differs from Porter`,
      ).toBe(true);
    }
  });
});

describe('synonyms', () => {
  it("cite corpus documents that use the group's words", () => {
    const documents = new Map(searchDocuments(corpus).map((doc) => [doc.id, doc]));
    const stem = makeStem(searchVocabulary().stems);
    for (const group of searchVocabulary().synonyms) {
      const stems = new Set([...group.when, ...group.also].flatMap((words) => words.split(/[\s-]+/)).map(stem));
      for (const source of group.sources) {
        const doc = documents.get(source);
        expect(doc, source).toBeDefined();
        const text = doc ? [doc.heading, doc.keywords, doc.summary, doc.body].join(' ').toLowerCase() : '';
        expect(
          text.split(/[^a-z]+/).some((word) => stems.has(stem(word))),
          `${source}: ${group.when.join('/')}`,
        ).toBe(true);
      }
    }
  });

  it('are searched at a lower weight and said in the result, never silently', () => {
    const result = search('migrant died on the boat');
    expect(result.expansions).toEqual(
      expect.arrayContaining([expect.objectContaining({ word: 'boat' }), expect.objectContaining({ word: 'died' })]),
    );
    expect(result.notices.join(' ')).toMatch(/Also searched: .*vessel.*\(for "boat"\)/);
    expect(result.hits.slice(0, 3).map((hit) => hit.id)).toContain('psma-2018:aggravated-smuggling');
    // A +word is still required: its synonyms only add to the score.
    expect(search('+boat').hits.map((hit) => hit.id)).toEqual(['case:pylos-pakistan-2023']);
  });
});

describe('citations typed into the search', () => {
  const resolver = new CitationResolver(corpus);
  const forms = expected<{ input: string; expect: string }[]>('citations.yaml').filter((c) => c.expect !== 'not-found');

  it.each(forms.map((form) => [form.input, form.expect] as const))(
    '%s gives what tip show shows first',
    (input, id) => {
      expect(resolver.resolve(input).id).toBe(id);
      const [first] = search(input).hits;
      // A sub-provision is a document only when it sets a penalty: otherwise its provision is the hit.
      expect(first?.exact).toBe(true);
      expect(id === first?.id || id.startsWith(`${first?.id}(`), `${input}: ${first?.id}`).toBe(true);
    },
  );

  it('says how to open a query that is only a citation, and puts a citation inside a question first', () => {
    const only = search('PTPA s.3');
    expect(only.notices[0]).toContain('tip show ptpa-2018:s3');
    const inside = search('bail under section 9 of the PTPA');
    expect(inside.hits[0]).toMatchObject({ id: 'ptpa-2018:s9', exact: true });
    // A number in a question without "s." or "section" is not taken for a citation.
    expect(search('7 years under the PTPA').hits.some((hit) => hit.exact)).toBe(false);
  });

  it('reads Urdu citations as tip show does', () => {
    expect(resolver.resolve('ٹریفکنگ ان پرسنز ایکٹ دفعہ 4').id).toBe('ptpa-2018:s4');
    expect(search('ٹریفکنگ ان پرسنز ایکٹ کی دفعہ 8').hits[0]).toMatchObject({ id: 'ptpa-2018:s8', exact: true });
  });

  it('finds a case by its law report or id', () => {
    const c = corpus.cases.find((item) => item.citations.length > 0);
    if (!c) throw new Error('a bundled case has a law report');
    expect(search(c.citations[0] as string).hits[0]).toMatchObject({ id: c.id, exact: true });
    expect(search(c.id).hits[0]).toMatchObject({ id: c.id, exact: true });
  });

  it('keeps a cited document out when a filter excludes it', () => {
    expect(search('PTPA s.3', { types: ['case'] }).hits.some((hit) => hit.exact)).toBe(false);
  });
});
