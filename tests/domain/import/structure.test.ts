/**
 * How the importer reads the structure of an official text: one invented fixture per
 * shape a Gazette copy or a code download takes (tests/fixtures/import/shape-*), each
 * section asserted where it is placed, with how sure the importer is and where its text
 * starts and ends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpusSource } from '../../../src/domain/corpus/files.js';
import type { Corpus } from '../../../src/domain/corpus/model.js';
import { parseCorpus } from '../../../src/domain/corpus/parse.js';
import { planImports, readSource, textSource, type ImportPlan } from '../../../src/domain/import/import.js';
import { readOfficialText } from '../../../src/domain/import/read.js';
import { makeCodePdf, type PdfAct } from '../../fixtures/import/make-pdf.mjs';
import { bundledCorpus, FIXTURES } from '../../helpers.js';

const DIR = join(FIXTURES, 'import');
/** The fixture corpus: the invented Lantern Keepers Act (s1–s6) and Lantern Keepers Rules (no provisions). */
const lanternCorpus = (): Corpus => {
  const { corpus, issues } = parseCorpus(readCorpusSource(join(DIR, 'corpus')));
  if (!corpus) throw new Error(`fixture corpus invalid: ${JSON.stringify(issues)}`);
  return corpus;
};
const fixture = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const plansOf = (name: string, corpus: Corpus = lanternCorpus()): ImportPlan[] =>
  planImports(corpus, textSource(name, fixture(name)));
/** The one plan a file gives. */
const planOf = (name: string, corpus?: Corpus): ImportPlan => {
  const plans = plansOf(name, corpus);
  expect(plans).toHaveLength(1);
  return plans[0] as ImportPlan;
};
/** The 1-based line of the `nth` line of a fixture that reads exactly `text`. */
const lineOf = (name: string, text: string, nth = 1): number => {
  const found = fixture(name)
    .split('\n')
    .flatMap((line, i) => (line === text ? [i + 1] : []));
  expect(found.length, `"${text}" in ${name}`).toBeGreaterThanOrEqual(nth);
  return found[nth - 1] as number;
};
const provision = (plan: ImportPlan, id: string) => {
  const found = plan.provisions.find((p) => p.id === id);
  expect(found, `${id} in ${plan.instrument}`).toBeDefined();
  return found as ImportPlan['provisions'][number];
};
const section = (plan: ImportPlan, id: string) => {
  const found = plan.sections.find((s) => s.id === id);
  expect(found, `${id} in ${plan.instrument}`).toBeDefined();
  return found as ImportPlan['sections'][number];
};
/** Each text starts and ends with its own words, and holds nothing of the sections around it. */
function expectTexts(texts: Record<string, string>, expected: Record<string, [start: string, end: string]>): void {
  expect(Object.keys(texts)).toEqual(Object.keys(expected));
  for (const [id, [start, end]] of Object.entries(expected)) {
    const text = texts[id] as string;
    expect(text.startsWith(start), `${id} starts "${start}": ${JSON.stringify(text)}`).toBe(true);
    expect(text.endsWith(end), `${id} ends "${end}": ${JSON.stringify(text)}`).toBe(true);
    for (const [other, [otherStart]] of Object.entries(expected)) {
      if (other !== id) expect(text, `${id} holds the start of ${other}`).not.toContain(otherStart);
    }
  }
}
const provisionTexts = (plan: ImportPlan): Record<string, string> =>
  Object.fromEntries(plan.provisions.map((p) => [p.id, p.text]));

describe('a code-style act whose headings run over lines and end in every printed dash', () => {
  const plan = planOf('shape-pilots-code.txt');

  it('places every section by its printed number, with the heading read whole and high confidence', () => {
    expect(plan).toMatchObject({ mode: 'new', instrument: 'hpo-2017', unplaced: [] });
    expect(plan.provisions.map((p) => `${p.id} ${p.number_printed} ${p.placed} ${p.confidence}`)).toEqual(
      ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'].map((id) => `${id} true number high`),
    );
    expect(plan.provisions.map((p) => p.heading)).toEqual([
      'Short title, extent and commencement',
      'Definitions',
      'Licence required for bringing a vessel into the inner harbour',
      'Issue of licences by the Harbour Board and the fee to be paid for them',
      'Suspension of licence',
      'Register of pilots',
      'Appeal',
      'Penalty',
    ]);
  });

  it('gives each section its own text, none folded into its neighbour', () => {
    expectTexts(provisionTexts(plan), {
      s1: ['(1) This Ordinance may be called the Harbour Pilots Ordinance, 2017.', 'harbour district of Nowhere.'],
      s2: ['In this Ordinance, unless the context otherwise requires,', 'any boat of more than ten tonnes.'],
      s3: ['No person shall bring a vessel into the inner harbour', "without a pilot's licence."],
      s4: ['The Harbour Board may issue a licence', 'the fee it fixes each year.'],
      s5: ['The Board may suspend a licence', 'for misconduct at sea.'],
      s6: ['The Board shall keep a register', 'every licensed pilot and his vessels.'],
      s7: ['A pilot whose licence is suspended may appeal', 'to the Collector within thirty days.'],
      s8: ['Whoever pilots a vessel without a licence', 'with fine of the third class.'],
    });
    // The lines a heading ran over are heading, not text of the section before it or its own.
    expect(provision(plan, 's3').text).not.toMatch(/Issue of licences|Board and the fee|for them/);
    expect(provision(plan, 's4').text).not.toMatch(/Board and the fee to be paid|^for them/);
    expect(provision(plan, 's2').subprovisions?.map((p) => p.id)).toEqual(['(a)', '(b)']);
  });
});

describe('two Acts in one Gazette issue', () => {
  const plans = plansOf('shape-two-acts.txt');

  it('gives two instruments, each with its own sections from 1, never merged', () => {
    expect(plans.map((p) => `${p.instrument} ${p.mode}`)).toEqual(['bwa-2020 new', 'tta-2020 new']);
    const [first, second] = plans as [ImportPlan, ImportPlan];
    expect(first.described).toMatchObject({
      title: 'Beacon Wardens Act, 2020',
      official_number: { value: expect.stringMatching(/^ACT No\. III OF 2020$/i) },
    });
    expect(second.described).toMatchObject({
      title: 'Tide Tables Act, 2020',
      official_number: { value: expect.stringMatching(/^ACT No\. IV OF 2020$/i) },
    });
    expect(first.provisions.map((p) => `${p.id} ${p.placed} ${p.confidence}`)).toEqual([
      's1 number high',
      's2 number high',
      's3 number high',
    ]);
    expect(second.provisions.map((p) => `${p.id} ${p.placed} ${p.confidence}`)).toEqual([
      's1 number high',
      's2 number high',
      's3 number high',
      's4 number high',
    ]);
    expect(second.provisions[0]?.line).toBe(
      lineOf(
        'shape-two-acts.txt',
        '1. Short title and commencement.— (1) This Act may be called the Tide Tables Act, 2020.',
      ),
    );
  });

  it('keeps the second title block out of the first Act, and in the second its preamble', () => {
    const [first, second] = plans as [ImportPlan, ImportPlan];
    expectTexts(provisionTexts(first), {
      s1: ['(1) This Act may be called the Beacon Wardens Act, 2020.', 'It shall come into force at once.'],
      s2: ['The Harbour Board shall appoint a warden', 'for every beacon on the coast.'],
      s3: ['A warden shall light the beacon at dusk', 'put it out at dawn.'],
    });
    expectTexts(provisionTexts(second), {
      s1: ['(1) This Act may be called the Tide Tables Act, 2020.', 'on the first day of May.'],
      s2: ['The Harbour Board shall print the tide tables', 'before the first of December.'],
      s3: ['The tables shall be sold at every harbour office', 'at a price the Board fixes.'],
      s4: ['An error found in a table shall be corrected', 'in the next issue of the Gazette.'],
    });
    expect(JSON.stringify(first.provisions)).not.toMatch(/TIDE TABLES|ACT No\. IV|tide tables be printed/);
    expect(second.preamble).toMatch(/ACT No\. IV OF 2020[\s\S]*tide tables be printed every year/);
    expect(second.preamble).not.toMatch(/BEACON WARDENS|beacons on the coast/);
  });
});

describe('an Act that amends another', () => {
  const expectAmendment = (plan: ImportPlan): void => {
    expect(plan).toMatchObject({
      instrument: 'lkaa-2022',
      mode: 'new',
      described: {
        title: 'Lantern Keepers (Amendment) Act, 2022',
        kind: 'amendment',
        year: 2022,
        amends: { value: expect.stringMatching(/^Lantern Keepers Act\b/) },
      },
    });
    // The section it inserts (in quotes) is text of the amending section, not a section 4A.
    expect(plan.provisions.map((p) => `${p.id} ${p.placed}`)).toEqual([
      's1 number',
      's2 number',
      's3 number',
      's4 number',
    ]);
    expect(plan.unplaced).toEqual([]);
    expect(provision(plan, 's2').heading).toBe('Amendment of section 4, Act VII of 2019');
    expect(provision(plan, 's3').text).toMatch(
      /^In the said Act, after section 4, the following new section shall be inserted, namely:-\s+“4A\. Night watch\.— Every keeper shall keep a night watch/,
    );
    expect(provision(plan, 's4').text).toMatch(/^In the said Act, in section 6,/);
  };

  it('is a new instrument of kind amendment, named by its short-title clause, naming the Act it amends', () => {
    expectAmendment(planOf('shape-lantern-amendment.txt', bundledCorpus()));
  });

  it('is not taken for the amended Act when the corpus holds that Act', () => {
    // The fixture corpus describes the Lantern Keepers Act, 2019, which the long title names.
    expectAmendment(planOf('shape-lantern-amendment.txt'));
  });
});

describe('"Gazette" inside a section and a Gazette running head between pages', () => {
  const name = 'shape-lantern-rule-making.md';
  const plan = planOf(name);
  const head = 'THE GAZETTE OF NOWHERE, EXTRA., MARCH 2, 2019';

  it('keeps a short wrapped line of a section that names the Gazette, and takes off the standalone head', () => {
    expect(plan.instrument).toBe('lantern-act-2019');
    expect(section(plan, 's6')).toMatchObject({
      placed: 'number',
      confidence: 'high',
      text:
        'The Government may, by notification in the official Gazette, make rules to carry out the purposes of ' +
        'this Act, and may by the same notification in the official Gazette fix the fee for a copy of the rules.',
    });
    expect(plan.removed).toContainEqual({ line: lineOf(name, head, 2), text: head, why: 'page furniture' });
    expect(plan.removed.map((r) => r.line)).not.toContain(lineOf(name, 'Gazette,'));
    expect(plan.removed.map((r) => r.line)).not.toContain(lineOf(name, 'official Gazette'));
    // The head between s3 and s4 is in neither.
    expect(section(plan, 's3').text).toBe(
      '(1) Every keeper shall keep the lantern lit from dusk to dawn.\n\n(2) In fog the keeper shall also sound the bell.',
    );
    expect(section(plan, 's4').text).toBe('Where a lantern is dark during a storm, the fine may be doubled.');
    expect(plan.sections.map((s) => s.text).join('\n')).not.toMatch(/GAZETTE|EXTRA\./);
  });

  it('keeps a line of a section that names the Gazette even where OCR set it off by blank lines', () => {
    const line = 'Gazette, within a week.';
    expect(plan.removed.map((r) => r.text)).not.toContain(line);
    expect(section(plan, 's5').text).toMatch(
      /shall list each lantern found dark in the official\s+Gazette, within a week\.$/,
    );
  });
});

describe('a treaty in Markdown whose article headings are set at mixed levels', () => {
  const name = 'shape-beacon-treaty.md';
  const expected = {
    art1: ['Purpose', 'The purpose of this Convention is to make the signals', 'the same in every State Party.'],
    art2: ['Use of terms', 'For the purposes of this Convention:', 'the pattern in which a beacon flashes.'],
    art3: ['Colour of signals', 'Each State Party shall show a white light', 'marks a safe passage.'],
    art4: [
      'Exchange of information',
      'Each State Party shall tell the other States Parties',
      'builds, moves or puts out.',
    ],
    art5: ['Entry into force', 'This Convention shall enter into force', 'instrument of ratification is deposited.'],
  } as const;

  it('reads every article, "## Article 1", "### Article  2", "Article 3" over two lines and "Article 4 Heading", none empty', () => {
    const [read] = readOfficialText(fixture(name)).instruments;
    // The title, printed as a Markdown heading, may be a block of its own: the articles are the numbered ones.
    const articles = read?.blocks.filter((b) => b.number !== undefined) ?? [];
    expect(articles.map((b) => `${b.number} ${b.heading}`)).toEqual(
      Object.values(expected).map(([heading], i) => `${i + 1} ${heading}`),
    );
    for (const block of articles) expect(block.body, `article ${block.number}`).not.toBe('');
  });

  it('places each article as its own provision with its own text, and takes none of them for a running head', () => {
    const plan = planOf(name);
    expect(plan).toMatchObject({ mode: 'new', described: { kind: 'convention' }, unplaced: [] });
    expect(plan.provisions.map((p) => `${p.id} ${p.heading} ${p.placed}`)).toEqual(
      Object.entries(expected).map(([id, [heading]]) => `${id} ${heading} number`),
    );
    expectTexts(
      provisionTexts(plan),
      Object.fromEntries(Object.entries(expected).map(([id, [, start, end]]) => [id, [start, end]])),
    );
    expect(plan.removed.filter((r) => /Article/.test(r.text))).toEqual([]);
  });
});

describe('a Markdown copy with every number lost and one heading lost with them', () => {
  const plan = planOf('shape-lantern-lost-heading.md');

  it('places the block before the lost heading low, and says it may hold the missing section', () => {
    expect(plan).toMatchObject({ instrument: 'lantern-act-2019', mode: 'attach', missing: ['s4'], unplaced: [] });
    expect(plan.sections.map((s) => `${s.id} ${s.placed} ${s.confidence}`)).toEqual([
      's1 heading medium',
      's2 heading medium',
      's3 heading low',
      's3(1) heading low',
      's3(2) heading low',
      's5 heading medium',
      's6 heading medium',
    ]);
    expect(section(plan, 's3').text).toMatch(
      /^\(1\) Every keeper shall keep the lantern lit[\s\S]*sound the bell\.\n\nWhere a lantern is dark during a storm, the fine may be doubled\.$/,
    );
    expect(plan.checks).toEqual([
      {
        line: expect.any(Number),
        text: expect.stringMatching(/^s3 may also hold the text of s4\b/),
      },
    ]);
  });

  it('rates nothing high by its heading alone', () => {
    expect(plan.sections.filter((s) => s.confidence === 'high')).toEqual([]);
    expect(section(plan, 's5').text).toBe('A harbour master may inspect any lantern at any time.');
  });
});

describe("an OCR'd text layer whose title and headings are garbled", () => {
  const act: PdfAct = {
    title: 'Thc Lantcrn Kccpcrs Act, 2O19',
    number: '€ct No. VIl of 2O19',
    sections: [
      {
        number: 'l',
        heading: 'Shorl titlc and commencemcnt',
        paragraphs: [
          '(1) This €ct may be callcd thc Lantcrn Kccpcrs €ct, 2O19.',
          '(2) It shall come into force at once.',
        ],
      },
      {
        number: '2',
        heading: 'Dcfiniti0ns',
        paragraphs: ['In this Act, "keeper" means a person who keeps a lantern.'],
      },
      {
        number: '3',
        heading: 'Duty to keep the lantern lit',
        paragraphs: [
          '(1) Every keeper shall keep the lantern lit from dusk to dawn.',
          '(2) In fog the keeper shall also sound the bell.',
        ],
      },
      {
        number: '4',
        heading: 'Aggravat1ng c!rcumstances',
        paragraphs: ['Where a lantern is dark during a storm, the fine may be doubled.'],
      },
      {
        number: '5',
        heading: 'Inspcction of lantcrns',
        paragraphs: ['A harbour master may inspect any lantern at any time.'],
      },
      {
        number: '6',
        heading: 'Power to make rules',
        paragraphs: ['The Government may make rules to carry out the purposes of this Act.'],
      },
    ],
  };
  let plans: ImportPlan[] = [];
  beforeAll(async () => {
    plans = planImports(lanternCorpus(), await readSource('scan-0413.pdf', await makeCodePdf(act)));
  });

  it('does not build the id from the garbled title, says the id was derived, and rates the title low', () => {
    expect(plans).toHaveLength(1);
    const [plan] = plans as [ImportPlan];
    expect(plan.mode).toBe('new');
    expect(plan.instrument).not.toMatch(/thc|lantcrn|kccpcrs|tlk|2o19/);
    expect(plan.described?.title_confidence).toBe('low');
    expect(plan.warnings).toContainEqual(expect.stringMatching(new RegExp(`^id ${plan.instrument} was derived`)));
  });

  it('places the sections whose headings read cleanly by number, but none high in a garbled text layer, and says why', () => {
    const [plan] = plans as [ImportPlan];
    expect(provision(plan, 's3')).toMatchObject({
      heading: 'Duty to keep the lantern lit',
      placed: 'number',
      confidence: 'medium',
    });
    expect(provision(plan, 's3').text).toMatch(/^\(1\) Every keeper shall keep the lantern lit/);
    expect(provision(plan, 's6')).toMatchObject({
      heading: 'Power to make rules',
      placed: 'number',
      confidence: 'medium',
    });
    expect(plan.warnings.join('\n')).toMatch(/garbled by OCR: no section is rated high/);
  });

  it('rates no section high whose heading has stray digits or symbols', () => {
    const [plan] = plans as [ImportPlan];
    expect(provision(plan, 's2').confidence).not.toBe('high');
    expect(provision(plan, 's4').confidence).not.toBe('high');
    expect(provision(plan, 's4').text).toBe('Where a lantern is dark during a storm, the fine may be doubled.');
  });

  it('rates no section high whose heading OCR misread letter for letter ("Inspcction of lantcrns")', () => {
    const [plan] = plans as [ImportPlan];
    expect(provision(plan, 's5').text).toBe('A harbour master may inspect any lantern at any time.');
    expect(provision(plan, 's5').confidence).not.toBe('high');
  });

  it('does not drop the section whose number OCR read as "l." unseen: placed (not high) or reported', () => {
    const [plan] = plans as [ImportPlan];
    const s1 = plan.provisions.find((p) => p.text.startsWith('(1) This €ct may be callcd'));
    const reported = plan.unplaced.some((u) => /Shorl titlc/.test(u.heading ?? ''));
    expect(
      s1 !== undefined || reported,
      JSON.stringify({ provisions: plan.provisions.map((p) => p.id), unplaced: plan.unplaced }),
    ).toBe(true);
    if (s1) expect(s1.confidence).not.toBe('high');
  });
});

describe('sections numbered 1000 and up', () => {
  it('keep their own numbers', () => {
    const plan = planOf('shape-harbour-code-1000.txt');
    expect(plan).toMatchObject({ mode: 'new', instrument: 'hdc-2018', unplaced: [] });
    expect(plan.provisions.map((p) => `${p.id} ${p.number} ${p.number_printed} ${p.placed} ${p.confidence}`)).toEqual([
      's998 998 true number high',
      's999 999 true number high',
      's1000 1000 true number high',
      's1001 1001 true number high',
      's1002 1002 true number high',
    ]);
    expectTexts(provisionTexts(plan), {
      s998: ['Every vessel entering the harbour after dark', 'a light due to the Harbour Board.'],
      s999: ['The light due shall be one rupee', 'for every ten tonnes of the vessel.'],
      s1000: ['No light due shall be paid by a fishing boat', 'of less than five tonnes.'],
      s1001: ['A light due not paid may be recovered', 'as an arrear of land revenue.'],
      s1002: ['The Harbour Lights Regulation of 1911', 'is hereby repealed.'],
    });
    expect(plan.gaps?.skipped).toEqual([]);
  });
});

describe('sub-section pinpoints', () => {
  it('are given only where printed in order: a wrapped line that starts "(12) of section 5" is not a sub-section', () => {
    const plan = planOf('shape-pilot-fees.txt');
    expect(plan.provisions.map((p) => p.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    const s2 = provision(plan, 's2');
    expect(s2.subprovisions?.map((p) => p.id)).toEqual(['(1)', '(2)']);
    expect(s2.subprovisions?.[0]?.text).toMatch(
      /^\(1\) The fee for bringing a vessel into the harbour shall be paid to the Board within the time fixed by sub-section\s+\(12\) of section 5, and shall not be refunded\.$/,
    );
    expect(s2.subprovisions?.[1]?.text).toBe('(2) A fee not paid within that time shall be doubled.');
    expect(provision(plan, 's5').subprovisions?.map((p) => p.id)).toEqual(['(1)', '(2)']);
  });
});

describe('a section start that OCR ran into the paragraph before it', () => {
  const text = [
    'THE HARBOUR LIGHTS ACT, 2031',
    'ACT No. II OF 2031',
    'It is hereby enacted as follows:',
    '1. Short title.— This Act may be called the Harbour Lights Act, 2031.',
    '2. Lights.— Every harbour shall keep two lights burning at night. 3. Keepers of lights.— A keeper shall tend the lights and log every failure under clause 3. Provided that— a storm excuses a late log.',
    '4. Penalty.— A keeper who fails shall pay a fine.',
  ].join('\n');
  const [plan] = planImports(lanternCorpus(), textSource('glued.txt', text)) as [ImportPlan];

  it('is put back on a line of its own and placed by its number, never left in its neighbour', () => {
    expect(plan.provisions.map((p) => `${p.id} ${p.heading} ${p.line}`)).toEqual([
      's1 Short title 4',
      's2 Lights 5',
      's3 Keepers of lights 5',
      's4 Penalty 6',
    ]);
    expect(provision(plan, 's2').text).toBe('Every harbour shall keep two lights burning at night.');
  });

  it('leaves "clause 3. Provided that—" in the text it belongs to', () => {
    expect(provision(plan, 's3').text).toMatch(/under clause 3\. Provided that— a storm excuses a late log\.$/);
  });
});

describe('rules as the Gazette prints them', () => {
  it('name the power they are made under, and number their rules as printed', () => {
    const text = [
      'BEACON RULES, 2032',
      'S.R.O. 41(I)/2032.— In exercise of the powers conferred by section 15 of the Lantern Keepers Act, 2019 (VII of 2019), the Government is pleased to make the following rules, namely:—',
      '1. Short title.— (1) These rules may be called the Beacon Rules, 2032.',
      '(2) They shall come into force at once.',
      '2. Beacons.— (1) Every beacon shall be painted white.',
      '(2) A beacon shall be lit at dusk.',
    ].join('\n');
    const [plan] = planImports(lanternCorpus(), textSource('beacon-rules.txt', text)) as [ImportPlan];
    expect(plan.described).toMatchObject({
      kind: 'rules',
      made_under: { value: 'section 15 of the Lantern Keepers Act, 2019 (VII of 2019)' },
    });
    expect(plan.provisions.map((p) => `${p.id} ${p.confidence}`)).toEqual(['r1 high', 'r2 high']);
    expect(provision(plan, 'r2').subprovisions?.map((s) => s.id)).toEqual(['(1)', '(2)']);
  });
});

describe("an editor's note after a section's text", () => {
  it('is taken off and listed, while an omitted section keeps the note that is its only text', () => {
    const text = [
      'THE HARBOUR DUES ACT, 2033',
      'ACT No. IV OF 2033',
      'It is hereby enacted as follows:',
      '1. Short title.— This Act may be called the Harbour Dues Act, 2033.',
      '2. Dues.— Every ship shall pay the harbour due at the gate.',
      '',
      'Added by the Harbour Dues (Amendment) Ordinance, 2035 (II of 2035).',
      '',
      '3. [Omitted.]',
      '',
      'Omitted by the Harbour Laws (Revision) Ordinance, 2036 (V of 2036).',
    ].join('\n');
    const read = readOfficialText(text);
    const blocks = read.instruments[0]?.blocks ?? [];
    expect(blocks.map((b) => `${b.number}: ${b.body}`)).toEqual([
      '1: This Act may be called the Harbour Dues Act, 2033.',
      '2: Every ship shall pay the harbour due at the gate.',
      '3: Omitted by the Harbour Laws (Revision) Ordinance, 2036 (V of 2036).',
    ]);
    expect(read.removed).toContainEqual(
      expect.objectContaining({ why: 'footnote', text: expect.stringMatching(/^Added by/) }),
    );
  });
});

describe('review findings', () => {
  it('keeps a numbered list inside a section as its text, not as sections after it', () => {
    const text = [
      'THE LIGHTHOUSE BOARD ACT, 2034',
      'It is hereby enacted as follows:-',
      '1. Short title.— This Act may be called the Lighthouse Board Act, 2034.',
      '2. Board.— The Board shall consist of the following:',
      '1. The Harbour Master.',
      '2. The Pilot.',
      '3. The Engineer.',
      '4. The Clerk.',
      '3. Repeal.— The Old Lighthouse Act is repealed.',
    ].join('\n');
    const [plan] = planImports(lanternCorpus(), textSource('board.txt', text)) as [ImportPlan];
    expect(plan.provisions.map((p) => `${p.id} ${p.heading}`)).toEqual(['s1 Short title', 's2 Board', 's3 Repeal']);
    expect(provision(plan, 's2').text).toMatch(/The Pilot\..*The Clerk\.$/s);
  });

  it('reads a text of 150,000 articles, and a line of 100,000 spaces, without failing', () => {
    expect(readOfficialText('Article 1\n'.repeat(150_000)).instruments.length).toBeGreaterThan(0);
    const spaced = `1${' '.repeat(100_000)}x\n# Heading ${'#'.repeat(100_000)}\n`;
    expect(readOfficialText(spaced).instruments.length).toBeGreaterThan(0);
  });
});
