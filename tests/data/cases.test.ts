import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseView, findCase } from '../../src/domain/cases/cases.js';
import { caseJsonSchema } from '../../src/domain/corpus/case-schema.js';
import { bundledCorpus, expected, ROOT } from '../helpers.js';

const corpus = bundledCorpus();
interface ExpectedCase {
  id: string;
  confidence: 'high' | 'medium' | 'low';
  citation_status: 'verified' | 'not-found' | 'not-applicable';
  citations: string[];
  parties_given: boolean;
  outcome_given: boolean;
}
const facts = expected<{ cases: ExpectedCase[]; printed_forms: string[] }>('cases.yaml');
const rows = facts.cases;

describe('the case corpus against the reference', () => {
  it('reads the expected case facts', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  it('holds every HIGH and MEDIUM case of the reference, and no other', () => {
    const wanted = rows.filter((row) => row.confidence !== 'low').map((row) => row.id);
    expect(corpus.cases.map((c) => c.id).sort()).toEqual([...wanted].sort());
  });

  it.each(rows)(
    '$id carries exactly the verified citations, each reachable',
    ({ id, confidence, citations, citation_status }) => {
      const c = corpus.cases.find((x) => x.id === id);
      expect(c?.provenance.confidence).toBe(confidence);
      // In the form the source prints them; the normaliser finds every other spelling.
      expect(c?.citations).toEqual(citations);
      for (const written of citations) expect(findCase(corpus, written).id).toBe(id);
      if (citation_status !== 'verified') expect(c?.citation_status).toBe(citation_status);
      expect(findCase(corpus, id).id).toBe(id);
      expect(findCase(corpus, id.replace(/^case:/, '')).id).toBe(id);
    },
  );

  it.each(rows)('$id claims no parties and no outcome the record does not give', (row) => {
    const c = corpus.cases.find((x) => x.id === row.id);
    if (!row.parties_given) expect(c?.title, 'a party-style title').not.toMatch(/ v\. /);
    if (!row.outcome_given) expect(c?.outcome).toBe('unknown');
  });

  it('is reachable by every other printed form of its citations', () => {
    expect(facts.printed_forms.length).toBeGreaterThanOrEqual(5);
    for (const form of facts.printed_forms) expect(() => findCase(corpus, form), form).not.toThrow();
  });

  it('marks below-high cases with a caveat, and unknown outcomes as unknown', () => {
    for (const c of corpus.cases) {
      const view = caseView(corpus, c);
      const said = view.caveats.map((cv) => cv.text).join(' ');
      if (c.provenance.confidence !== 'high') expect(said, c.id).toMatch(/confidence/);
      if (c.outcome === 'unknown') expect(said, c.id).toMatch(/Outcome: not available/);
    }
  });

  it('gives every case sources with addresses and at least one lesson for investigators', () => {
    for (const c of corpus.cases) {
      expect(
        c.provenance.sources.every((s) => s.url),
        c.id,
      ).toBe(true);
      expect(c.investigator_notes.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('case files', () => {
  it('are one file per case, named after its id', () => {
    const files = readdirSync(join(ROOT, 'cases')).filter((f) => f.endsWith('.yaml'));
    expect(files.sort()).toEqual(corpus.cases.map((c) => `${c.id.replace(/^case:/, '')}.yaml`).sort());
  });

  it('ship a JSON Schema identical to the one generated from the definition', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'cases', 'case.schema.json'), 'utf8'));
    expect(shipped).toEqual(caseJsonSchema());
  });
});
