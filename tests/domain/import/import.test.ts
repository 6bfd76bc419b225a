import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fileHash, readCorpusSource } from '../../../src/domain/corpus/files.js';
import { parseCorpus } from '../../../src/domain/corpus/parse.js';
import { headingSimilarity } from '../../../src/domain/import/headings.js';
import {
  officialTextFile,
  planImports,
  readSource,
  textSource,
  type SourceText,
} from '../../../src/domain/import/import.js';
import { officialTextYaml } from '../../../src/domain/import/text-file.js';
import { readOfficialText } from '../../../src/domain/import/read.js';
import { FIXTURES } from '../../helpers.js';

const DIR = join(FIXTURES, 'import');
const corpus = parseCorpus(readCorpusSource(join(DIR, 'corpus'))).corpus!;
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');
/** The plan of a file that holds one instrument. */
const planImport = (into: typeof corpus, source: SourceText) => planImports(into, source)[0]!;
const placements = (name: string) =>
  planImport(corpus, textSource(name, fixture(name))).sections.map((s) => `${s.id} ${s.placed} ${s.confidence}`);

describe('reading an OCR copy of the Gazette', () => {
  const whole = readOfficialText(fixture('lantern-gazette.md'));
  const read = whole.instruments[0]!;

  it('cleans away the running heads (misspelt too), the price, the page number and the signature, and lists them', () => {
    expect(whole.removed.map((r) => `${r.line} ${r.why}`)).toEqual([
      '1 page furniture',
      '3 page furniture',
      '5 page furniture',
      '7 page furniture',
      '32 page furniture',
      '34 page number',
      '47 signature',
      '48 signature',
    ]);
    expect(read.blocks.map((b) => b.body).join(' ')).not.toMatch(/GAZETTE|Oazette|Price|TAHIR/i);
  });

  it('keeps the title, enacting formula and preamble out of the sections', () => {
    expect(read.blocks[0]?.heading).toBe('Short title and commencement');
    expect(read.opening).toMatch(/^# LANTERN KEEPERS ACT, 2019$/m);
    const plan = planImport(corpus, textSource('lantern-gazette.md', fixture('lantern-gazette.md')));
    expect(plan.preamble).toMatch(/ACT No\. VII OF 2019.*WHEREAS.*enacted as follows/s);
    expect(plan.sections.map((s) => s.text).join(' ')).not.toMatch(/WHEREAS|enacted as follows/);
  });
});

describe('placing sections on the instrument', () => {
  it('places a Gazette text with every number lost by heading, OCR misspellings included, and splits off run-in headings', () => {
    const plan = planImport(corpus, textSource('lantern-gazette.md', fixture('lantern-gazette.md')));
    expect(plan.instrument).toBe('lantern-act-2019');
    // The true numbering of the fixture: every section placed is placed right.
    expect(placements('lantern-gazette.md')).toEqual([
      // Placed by heading alone: medium at most, the number that would confirm it is lost.
      's1 heading medium',
      's2 heading medium',
      's3 heading medium',
      's3(1) heading medium',
      's3(2) heading medium',
      's4 heading medium',
      's5 heading medium',
    ]);
    expect(plan.split.map((s) => s.heading)).toEqual(['Aggravating circumstances', 'Inspection of lanterns']);
    expect(plan.sections.find((s) => s.id === 's4')?.text).toBe(
      'Where a lantern is dark during a storm, the fine may be doubled.',
    );
    expect(plan.sections.find((s) => s.id === 's3')?.text).not.toMatch(/storm/);
    // The garbled last heading is reported, not guessed onto s6.
    expect(plan.unplaced).toEqual([
      { line: 43, heading: 'Pwr tc rnake rulcs xx', why: 'matches no provision of the instrument' },
    ]);
    expect(plan.missing).toEqual(['s6']);
  });

  it('places a code-style text by number, and never puts a section tipkit does not record in a free slot', () => {
    const plan = planImport(corpus, textSource('lantern-code.txt', fixture('lantern-code.txt')));
    expect(placements('lantern-code.txt')).toEqual([
      's1 number high',
      's2 number high',
      's3 number high',
      's3(1) number high',
      's3(2) number high',
      's4 number high',
      's5 number high',
    ]);
    expect(plan.unplaced).toEqual([
      { line: 14, number: '9', heading: 'Savings', why: 'matches no provision of the instrument' },
    ]);
    expect(plan.removed.map((r) => r.text)).toEqual(['Page 2']);
  });

  it('recognises the instrument from its title or official number, or asks for --as', () => {
    expect(() => planImport(corpus, textSource('x.txt', 'Some unrelated text.\n\n1. Heading.– Body.'))).toThrow(/--as/);
    expect(
      planImport(corpus, textSource('x.txt', 'ACT No. VII OF 2019\n\n1. Short title and commencement.– Body.'))
        .instrument,
    ).toBe('lantern-act-2019');
  });

  it('writes a text file the corpus loads, with each section on its part and its provenance', () => {
    const plan = planImport(corpus, textSource('lantern-gazette.md', fixture('lantern-gazette.md')));
    const yaml = officialTextYaml(officialTextFile(plan, '2026-12-01'));
    expect(officialTextYaml(officialTextFile(plan, '2026-12-01'))).toBe(yaml);
    const file = parse(yaml) as { source: { sha256: string }; sections: unknown[] };
    expect(file.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const source = readCorpusSource(join(DIR, 'corpus'));
    source.files.push({
      kind: 'text',
      name: 'laws/lantern-act-2019.text.yaml',
      path: 'x',
      hash: fileHash(yaml),
      text: yaml,
    });
    const { corpus: withText, issues } = parseCorpus(source);
    expect(issues).toEqual([]);
    const s4 = withText?.instruments[0]?.provisions.find((p) => p.id === 's4');
    expect(s4?.text).toBe('Where a lantern is dark during a storm, the fine may be doubled.');
    expect(s4?.text_source).toMatchObject({
      file: 'lantern-gazette.md',
      placed: 'heading',
      confidence: 'medium',
      imported: '2026-12-01',
    });
    expect(s4?.summary).toBe('A dark lantern during a storm is punished more heavily.');
  });
});

describe('headingSimilarity', () => {
  it('is 1 for the same heading however it is cased or punctuated, and symmetric', () => {
    expect(headingSimilarity('Duty to keep the lantern lit.', 'DUTY TO KEEP THE LANTERN LIT')).toBe(1);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = headingSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(headingSimilarity(b, a)).toBeCloseTo(s);
      }),
    );
  });

  it('never throws on any text, and cuts it into blocks whose bodies hold only the kept lines', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const read = readOfficialText(text);
        expect(read.instruments.flatMap((i) => i.blocks).every((b) => typeof b.body === 'string')).toBe(true);
      }),
    );
  });
});

describe('reading HTML saved from a web page', () => {
  it('takes the text out of the tags, drops navigation, scripts and footers, and places sections by number', async () => {
    const plan = planImport(corpus, await readSource('lantern.html', Buffer.from(fixture('lantern.html'))));
    expect(plan.format).toBe('html');
    expect(plan.sections.map((s) => `${s.id} ${s.placed}`)).toEqual([
      's1 number',
      's2 number',
      's3 number',
      's3(1) number',
      's3(2) number',
      's5 number',
    ]);
    expect(plan.sections.find((s) => s.id === 's3(2)')?.text).toBe(
      '(2) In fog the keeper shall also sound the bell & light a second lamp.',
    );
    expect(plan.sections.find((s) => s.id === 's2')?.text).toBe(
      '- “keeper” means a person who keeps a lantern;\n\n- “lantern” means a harbour light.',
    );
    const all = plan.sections.map((s) => s.text).join(' ');
    expect(all).not.toMatch(/tracker|Home|Copyright|margin/);
    expect(plan.missing).toEqual(['s4', 's6']);
  });
});
