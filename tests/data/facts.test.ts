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
