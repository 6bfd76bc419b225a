import { describe, expect, it } from 'vitest';
import { allParts } from '../../src/domain/corpus/model.js';
import type { Confidence } from '../../src/domain/corpus/schema.js';
import { bundledCorpus, expected } from '../helpers.js';

const corpus = bundledCorpus();
const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
const limits = expected<{
  facts: { instrument: string; label: string; at_most: Confidence }[];
  parts: { id: string; at_most: Confidence }[];
  amendments: { id: string; at_most: Confidence }[];
  at_least: { id: string; content: Confidence }[];
}>('confidence.yaml');
const part = (id: string) => [...allParts(corpus.instruments)].find((entry) => entry.id === id);

describe('every fact rests on a source', () => {
  it('names at least one source, declared in its own file, for every instrument fact', () => {
    const missing = corpus.instruments.flatMap((i) =>
      (i.facts ?? [])
        .filter((f) => f.sources.length === 0 || f.sources.some((key) => !(key in i.sources)))
        .map((f) => `${i.id}: ${f.label}`),
    );
    expect(missing).toEqual([]);
  });

  it('names sources for every provision, and for every amendment reported on one', () => {
    for (const { id, part: p } of allParts(corpus.instruments)) {
      if ('provenance' in p) expect(p.provenance.sources.length, id).toBeGreaterThan(0);
    }
    for (const i of corpus.instruments) {
      for (const p of i.provisions) {
        for (const a of p.provenance.amendments ?? [])
          expect(a.sources?.length ?? 0, `${i.id}:${p.id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('no fact rated above the reference', () => {
  it.each(limits.facts)('$instrument "$label" is at most $at_most', ({ instrument, label, at_most }) => {
    const fact = corpus.instruments.find((i) => i.id === instrument)?.facts?.find((f) => f.label === label);
    expect(fact, label).toBeDefined();
    expect(RANK[fact?.confidence ?? 'high']).toBeLessThanOrEqual(RANK[at_most]);
  });

  it.each(limits.parts)('$id is at most $at_most', ({ id, at_most }) => {
    const found = part(id)?.part as { confidence?: Confidence } | undefined;
    expect(found, id).toBeDefined();
    expect(RANK[found?.confidence ?? 'high']).toBeLessThanOrEqual(RANK[at_most]);
  });

  it.each(limits.amendments)('the amendments reported on $id are at most $at_most', ({ id, at_most }) => {
    const found = part(id)?.provision;
    expect(found?.provenance.amendments?.length, id).toBeGreaterThan(0);
    for (const a of found?.provenance.amendments ?? [])
      expect(RANK[a.confidence ?? 'high']).toBeLessThanOrEqual(RANK[at_most]);
  });

  it.each(limits.at_least)('$id is rated $content now that the text was checked', ({ id, content }) => {
    expect(part(id)?.provision.provenance.content_confidence).toBe(content);
  });
});

describe('cross-references carry their strength', () => {
  const crosswalk = expected<{ links: { from: string; to: string; at_most: Confidence }[] }>('crosswalk.yaml');
  const view = (id: string) => {
    const found = part(id);
    return (found?.part.xrefs ?? []).map((x) =>
      typeof x === 'string' ? { ref: x, confidence: 'high' as Confidence } : x,
    );
  };

  it.each(crosswalk.links)('$from → $to is present and at most $at_most', ({ from, to, at_most }) => {
    const link = view(from).find((x) => x.ref === to);
    expect(link, `${from} → ${to}`).toBeDefined();
    expect(RANK[link?.confidence ?? 'high']).toBeLessThanOrEqual(RANK[at_most]);
  });

  it('rates every link from a Pakistani Act to a treaty, as the crosswalk does', () => {
    const treaties = new Set(
      corpus.instruments.filter((i) => i.kind === 'protocol' || i.kind === 'convention').map((i) => i.id),
    );
    const unrated = corpus.instruments
      .filter((i) => i.kind === 'act')
      .flatMap((i) =>
        i.provisions.flatMap((p) =>
          (p.xrefs ?? [])
            .filter((x) => typeof x === 'string' && treaties.has(x.split(':')[0] ?? ''))
            .map((x) => `${i.id}:${p.id} → ${String(x)}`),
        ),
      );
    expect(unrated).toEqual([]);
  });
});

describe('what the reference has, the corpus uses', () => {
  it('says no reported conviction under the PTPA or PSMA was found, on the instruments and on tip cases', async () => {
    const { convictionNotes } = await import('../../src/domain/cases/cases.js');
    for (const id of ['ptpa-2018', 'psma-2018']) {
      const fact = corpus.instruments.find((i) => i.id === id)?.facts?.find((f) => f.label === 'Reported convictions');
      expect(fact, id).toMatchObject({ confidence: 'medium', value: expect.stringMatching(/^No reported conviction/) });
      expect(convictionNotes(corpus, { laws: [id] }).join(' ')).toMatch(/No reported conviction/);
    }
    expect(convictionNotes(corpus, { provisions: ['ptpa-2018:s3'] })).toHaveLength(1);
    expect(convictionNotes(corpus, { laws: ['ppc-1860'] })).toEqual([]);
  });

  it('records the 2005 plan, the smuggling training manuals and the Rizwana petition', () => {
    const nap = part('pk-procedure:nap-2005');
    expect(nap?.part.summary).toMatch(/Anti-Trafficking Units.*had to tell the unit/s);
    expect(nap?.provision.provenance.content_confidence).toBe('high');
    expect(part('evidence-guide:smuggling')?.provision.provenance.sources).toEqual(
      expect.arrayContaining(['UNODC-SOM-BASIC', 'UNODC-SOM-INDEPTH']),
    );
    const rizwana = corpus.cases.find((c) => c.id === 'case:rizwana-2023');
    expect(rizwana?.bench?.join(' ')).toMatch(/Aamer Farooq/);
    expect(rizwana?.decided.note).toMatch(
      /asked for the judge to be removed and for the child-labour laws to be enforced/,
    );
  });
});

describe('qualifiers the reference does not support', () => {
  // Each was found in the corpus once; the reference says something narrower.
  it.each([
    ['provincial police', /provincial police investigate/i, 'the Act says the police'],
    ['never amended', /has not been amended/i, 'the reference says nothing of amendments'],
    ['promptly', /confirms promptly|promptly confirms/i, 'the Protocols say within a reasonable time'],
    ['a wedding', /for a wedding/i, 'he came to marry'],
    ['each surety', /Rs 100,000 each/i, '"each" is not in the reference'],
  ])('no "%s"', (_, pattern) => {
    const prose = JSON.stringify([corpus.instruments, corpus.cases]);
    expect(prose).not.toMatch(pattern);
  });
});
