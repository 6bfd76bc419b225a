import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CitationResolver } from '../../src/domain/lookup/resolve.js';
import { allIds, type Part } from '../../src/domain/corpus/model.js';
import { instrumentJsonSchema, type Penalty } from '../../src/domain/corpus/schema.js';
import { showView, type ProvisionView } from '../../src/domain/lookup/view.js';
import { validateCorpus } from '../../src/domain/corpus/validate.js';
import { bundledCorpus, ROOT } from '../helpers.js';

const corpus = bundledCorpus();
const resolver = new CitationResolver(corpus);
const instrument = (id: string) => {
  const found = corpus.instruments.find((i) => i.id === id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
};
const penaltyOf = (citation: string): Penalty | undefined => {
  const part = resolver.resolve(citation).path.at(-1) as Part;
  return part.penalty;
};

describe('the bundled corpus', () => {
  it('has one valid file per instrument, and nothing else in laws/', () => {
    const report = validateCorpus(ROOT);
    expect(report.issues).toEqual([]);
    expect(readdirSync(join(ROOT, 'laws')).sort()).toEqual([
      'evidence-guide.yaml',
      'instrument.schema.json',
      'interview-guide.yaml',
      'national-figures.yaml',
      'palermo-protocol.yaml',
      'pk-procedure.yaml',
      'protection-guide.yaml',
      'psma-2018.yaml',
      'ptp-rules-2020.yaml',
      'ptpa-2018.yaml',
      'related-offences.yaml',
      'som-protocol.yaml',
      'untoc.yaml',
      'victim-indicators.yaml',
    ]);
  });

  it('lists every provision the reference lists', () => {
    const laws = corpus.instruments.filter((i) => i.kind !== 'guidance');
    const counts = Object.fromEntries(laws.map((i) => [i.id, i.provisions.length]));
    expect(counts).toEqual({
      'ptpa-2018': 16,
      'psma-2018': 13,
      'ptp-rules-2020': 0,
      'palermo-protocol': 20,
      'som-protocol': 25,
      untoc: 41,
    });
  });

  it('has unique canonical ids', () => {
    const ids = allIds(corpus.instruments);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never claims to bundle official text', () => {
    for (const i of corpus.instruments) expect(i.official_text_bundled).toBe(false);
  });

  it('ships a JSON Schema identical to the one generated from the definition', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'laws', 'instrument.schema.json'), 'utf8'));
    expect(shipped).toEqual(instrumentJsonSchema());
  });

  it.each([
    ['laws', 'instrument.schema.json'],
    ['cases', 'case.schema.json'],
  ])('names its JSON Schema on the first line of every file in %s/, for editors', (folder, schema) => {
    const files = readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const first = readFileSync(join(ROOT, folder, file), 'utf8').split('\n', 1)[0];
      expect(first, file).toBe(`# yaml-language-server: $schema=${schema}`);
    }
    expect(readdirSync(join(ROOT, folder))).toContain(schema);
  });
});

describe('PTPA facts match the reference', () => {
  it('has the 2018 penalty bands as enacted', () => {
    expect(penaltyOf('ptpa-2018:s3(1)')).toMatchObject({
      imprisonment: { min_years: 'none', max_years: 7 },
      fine: { max: 1_000_000 },
      combination: 'or',
      as_enacted: 2018,
    });
    expect(penaltyOf('ptpa-2018:s3(2)')).toMatchObject({
      imprisonment: { min_years: 2, max_years: 10 },
      fine: { max: 1_000_000 },
      combination: 'or',
    });
    expect(penaltyOf('ptpa-2018:s4')).toMatchObject({
      imprisonment: { min_years: 3, max_years: 14 },
      fine: { max: 2_000_000 },
      combination: 'and',
    });
  });

  // A scan of the Gazette prints every number and heading: the numbering is no longer inferred.
  it('rates every section number, heading and lettered clause high, from the Gazette scan', () => {
    const ptpa = instrument('ptpa-2018');
    expect(ptpa.provisions.map((p) => p.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    for (const p of ptpa.provisions) {
      expect(p.provenance.number_confidence, p.id).toBe('high');
      expect(p.provenance.heading_confidence ?? 'high', p.id).toBe('high');
      expect(p.provenance.sources, p.id).toContain('GS');
      for (const sub of p.subprovisions ?? []) expect(sub.confidence ?? 'high', `${p.id}${sub.id}`).toBe('high');
    }
    expect(ptpa.provisions.find((p) => p.id === 's10')?.heading).toBe('Cognizance of offences');
    expect(ptpa.facts?.find((f) => f.label === 'Section numbering')?.confidence).toBe('high');
  });

  it('relieves the prosecution of proving force, fraud and coercion for a child, not coercion alone', () => {
    expect(instrument('ptpa-2018').provisions.find((p) => p.id === 's7')?.summary).toMatch(/force, fraud or coercion/);
  });

  it('carries the reported amendments on the sections the 2025 bill touches', () => {
    for (const id of ['s2', 's3', 's4', 's6', 's9', 's10']) {
      const p = instrument('ptpa-2018').provisions.find((x) => x.id === id);
      expect(
        p?.provenance.amendments?.some((a) => a.status === 'amendment-bill-passed-unverified'),
        id,
      ).toBe(true);
    }
  });

  it('states procedure: cognizable, non-bailable, magistrate trial, FIA for cross-border cases', () => {
    const view = showView(corpus, resolver.resolve('PTPA s.3')) as ProvisionView;
    expect(view.procedure).toMatchObject({
      cognizable: { value: true, source: 'ptpa-2018:s9' },
      bailable: { value: false },
      compoundable: { value: false, confidence: 'low' },
      trial_court: { value: 'Magistrate of the First Class', source: 'ptpa-2018:s10' },
    });
    expect(view.procedure?.investigating_agency?.map((a) => a.agency)).toEqual([
      'Police',
      'Federal Investigation Agency (FIA)',
    ]);
  });
});

describe('gaps stay gaps', () => {
  it('gives the PSMA no section numbers and shows the fine conflict instead of choosing', () => {
    for (const p of instrument('psma-2018').provisions) expect(p.number, p.id).toBeNull();
    expect(penaltyOf('psma-2018:smuggling-offence')).toMatchObject({
      imprisonment: { min_years: 3, max_years: 5 },
      fine: { max: 'unknown', reported: [500_000, 1_000_000] },
      combination: 'and',
    });
    expect(penaltyOf('psma-2018:aggravated-smuggling')).toMatchObject({
      imprisonment: { min_years: 'unknown', max_years: 14 },
      combination: 'unknown',
    });
  });

  it('ships no rule ids for the 2020 Rules', () => {
    expect(instrument('ptp-rules-2020').provisions).toEqual([]);
  });

  it('marks low-confidence PSMA provisions so the tool warns', () => {
    const view = showView(corpus, resolver.resolve('psma-2018:definitions')) as ProvisionView;
    expect(view.caveats.map((c) => c.text).join(' ')).toMatch(/low confidence, unverified/);
  });
});
