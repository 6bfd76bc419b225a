import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseView, findCase } from '../../src/domain/cases.js';
import { caseJsonSchema } from '../../src/domain/case-schema.js';
import { bundledCorpus, ROOT, SHARED_REFERENCE } from '../helpers.js';

const corpus = bundledCorpus();
const reference = readFileSync(join(SHARED_REFERENCE, 'cases.md'), 'utf8');

/** The summary table of the reference: id, citation column, confidence column. */
const rows = [...reference.matchAll(/^\| `(case:[a-z0-9-]+)` \|[^|]*\|[^|]*\| ([^|]+) \|[^|]*\| ([^|]+) \|$/gm)].map(
  ([, id = '', citation = '', confidence = '']) => ({ id, citation: citation.trim(), confidence: confidence.trim() }),
);

describe('the case corpus against the reference', () => {
  it('reads the reference table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  it('holds every HIGH and MEDIUM case of the reference, and no other', () => {
    const wanted = rows.filter((row) => /^(HIGH|MEDIUM)/.test(row.confidence)).map((row) => row.id);
    expect(corpus.cases.map((c) => c.id).sort()).toEqual([...wanted].sort());
  });

  it.each(rows)('$id carries exactly the verified citations, each reachable', ({ id, citation }) => {
    const c = corpus.cases.find((x) => x.id === id);
    const verified = /citation not found|not applicable/.test(citation) ? [] : citation.split(';').map((s) => s.trim());
    expect(c?.citations).toHaveLength(verified.length);
    for (const written of verified) expect(findCase(corpus, written).id).toBe(id);
    if (citation === 'citation not found') expect(c?.citation_status).toBe('not-found');
    if (citation === 'not applicable') expect(c?.citation_status).toBe('not-applicable');
    expect(findCase(corpus, id).id).toBe(id);
    expect(findCase(corpus, id.replace(/^case:/, '')).id).toBe(id);
  });

  it('is reachable by every printed form of a citation the reference records', () => {
    const printed = [...reference.matchAll(/printed "([^"]+)"/g)].map(([, form]) => form ?? '');
    expect(printed.length).toBeGreaterThanOrEqual(5);
    for (const form of printed) expect(() => findCase(corpus, form), form).not.toThrow();
  });

  it('marks below-high cases with a caveat, and unknown outcomes as unknown', () => {
    for (const c of corpus.cases) {
      const view = caseView(corpus, c);
      if (c.provenance.confidence !== 'high') expect(view.caveats.join(' '), c.id).toMatch(/confidence/);
      if (c.outcome === 'unknown') expect(view.caveats.join(' '), c.id).toMatch(/Outcome not available/);
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
