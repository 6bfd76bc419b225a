import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANTERN_ACT, longAct, makeCodePdf, makeScannedPdf } from '../fixtures/import/make-pdf.mjs';
import { FIXTURES, tempDir, tip, tipProcess, type CliResult } from '../helpers.js';
import { hasScript, openTerminal } from './terminal.js';
// @ts-expect-error: the bench's generator is plain JavaScript
import { writeScaleCorpus } from '../bench/scale-corpus.mjs';

const DIR = join(FIXTURES, 'import');

function corpusCopy(): string {
  const root = join(tempDir(), 'corpus');
  cpSync(join(DIR, 'corpus'), root, { recursive: true });
  return root;
}

const textFile = (root: string, id: string) => parse(readFileSync(join(root, 'laws', `${id}.text.yaml`), 'utf8'));

describe('a code-style PDF with a contents list and footnotes (generated here)', () => {
  const root = corpusCopy();
  const pdf = join(tempDir(), 'lantern-code.pdf');
  let run: CliResult;
  beforeAll(async () => {
    writeFileSync(pdf, await makeCodePdf(LANTERN_ACT));
    run = await tip(['import', pdf, '--data', root, '--json']);
  });

  it('is recognised by its title and every section is placed by its printed number', () => {
    expect(run.status, run.stderr).toBe(0);
    const [result] = JSON.parse(run.stdout).imports;
    expect(result).toMatchObject({
      instrument: 'lantern-act-2019',
      format: 'pdf',
      mode: 'attach',
      contents: 6,
      missing: [],
    });
    expect(result.sections.filter((s: { id: string }) => !s.id.includes('('))).toHaveLength(6);
    expect(
      result.sections.every(
        (s: { placed: string; confidence: string }) => s.placed === 'number' && s.confidence === 'high',
      ),
    ).toBe(true);
    expect(result.removed.map((r: { why: string }) => r.why).sort()).toEqual([
      'footnote',
      'footnote marker',
      'page number',
      'page number',
      'running head',
      'running head',
    ]);
  });

  it('keeps the amendment brackets and the hanging clauses, and drops the footnote and its marker', () => {
    const s2 = textFile(root, 'lantern-act-2019').sections.find((s: { id: string }) => s.id === 's2');
    expect(s2.text).toContain('(b) "lantern" means a [harbour] light.');
    expect(s2.text).toContain('whether paid for it or not, and includes a deputy keeper appointed under section 5;');
    expect(s2.text).not.toMatch(/Subs\. by|light\.1/);
  });

  it('shows the page a report line is on', async () => {
    const again = await tip(['import', pdf, '--data', root, '--dry-run']);
    expect(again.stderr).toMatch(/cleaned away: 1 footnote line, 1 footnote marker, 2 page numbers, 2 running heads/);
  });
});

describe('a PDF whose running head is set like the body', () => {
  it('takes the head off by its repeating on every page, and keeps it out of every section', async () => {
    const pdf = join(tempDir(), 'harbour.pdf');
    writeFileSync(pdf, await makeCodePdf({ ...longAct('The Harbour Keepers Act, 2020', 20), headSize: 11 }));
    const run = await tip(['import', pdf, '--dry-run', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const [result] = JSON.parse(run.stdout).imports;
    const heads = result.removed.filter((r: { why: string }) => r.why === 'running head');
    expect(heads.length).toBe(result.pageStarts.length);
    expect(result.provisions).toHaveLength(20);
    expect(result.unplaced).toEqual([]);
  });
});

describe('a scanned PDF', () => {
  it('is refused with what to do about it, and nothing is written', async () => {
    const root = corpusCopy();
    const pdf = join(tempDir(), 'scan.pdf');
    writeFileSync(pdf, await makeScannedPdf());
    const run = await tip(['import', pdf, '--as', 'LKA', '--data', root]);
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/has no text layer: it is a scanned image/);
    expect(run.stderr).toMatch(/ocrmypdf/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, 'laws', 'lantern-act-2019.text.yaml'))).toBe(false);
  });

  it('and a file that only says it is a PDF is invalid data, not a crash', async () => {
    const bad = join(tempDir(), 'broken.pdf');
    writeFileSync(bad, '%PDF-1.7\nnot really\n');
    const run = await tip(['import', bad, '--as', 'LKA', '--data', corpusCopy()]);
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/cannot be read as a PDF/);
  });
});

describe('a treaty in two languages', async () => {
  const root = corpusCopy();
  const run = await tip(['import', join(DIR, 'harbour-protocol.md'), '--data', root]);

  it('imports the English copy as a new protocol, and says the French one was left out', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/a copy in English, imported/);
    expect(run.stderr).toMatch(/line 39 to the end: a copy in French, left out/);
    const file = textFile(root, 'phl');
    expect(file.instrument).toMatchObject({
      kind: 'protocol',
      title: 'Protocol on Harbour Lights',
      jurisdiction: { value: 'International' },
    });
    expect(file.provisions.map((p: { id: string; heading: string }) => `${p.id} ${p.heading}`)).toEqual([
      'art1 Purpose',
      'art2 Use of terms',
      'art3 Duty to report',
    ]);
    expect(JSON.stringify(file)).not.toMatch(/Protocole|premier|Chaque/);
    expect(JSON.stringify(file)).not.toMatch(/General provisions|Duties/);
  });

  it('gives numbered paragraphs and lettered items their own pinpoints', async () => {
    const show = JSON.parse((await tip(['show', 'PHL art. 2(a)', '--data', root, '--json'])).stdout);
    expect(show.text).toBe('(a) "Light" shall mean a lamp kept at the mouth of a harbour;');
    const art1 = JSON.parse((await tip(['show', 'PHL art. 1(2)', '--data', root, '--json'])).stdout);
    expect(art1.text).toMatch(/^2\. Each State Party shall name one office/);
  });
});

describe('rules tipkit records none of', async () => {
  const root = corpusCopy();
  const run = await tip(['import', join(DIR, 'lantern-rules-gazette.md'), '--data', root]);

  it('get their rules from the text, numbered as printed, and a lost number inferred and said so', async () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/r3: number inferred from the order, medium confidence \(line 14\)/);
    expect(
      textFile(root, 'lantern-rules-2020').provisions.map(
        (p: { id: string; number_printed: boolean }) => `${p.id} ${p.number_printed}`,
      ),
    ).toEqual(['r1 true', 'r2 true', 'r3 false', 'r4 true']);
    const show = await tip(['show', 'LKR r.3', '--data', root]);
    expect(show.stdout).toMatch(/Each inspector shall keep a book/);
    expect(show.stdout.replace(/\s+/g, ' ')).toMatch(/inferred from the order of the sections/);
    expect((await tip(['validate', root])).status).toBe(0);
  });
});

describe('a statute tipkit only names, imported into the library', async () => {
  const library = join(tempDir(), 'library');
  const cache = tempDir();
  const env = { TIPKIT_LIBRARY: library, XDG_CACHE_HOME: cache };
  const act = join(DIR, 'bonded-labour-act.txt');
  const run = await tip(['import', act, '--json'], { env });

  it('becomes an instrument with the id cases use, its number and its extent', () => {
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.library).toBe(library);
    expect(out.imports[0]).toMatchObject({
      instrument: 'blsaa-1992',
      mode: 'new',
      described: {
        short: 'BLSAA',
        kind: 'act',
        year: 1992,
        official_number: { value: 'Act No. III of 1992' },
        jurisdiction: { value: 'Pakistan', confidence: 'high' },
      },
    });
    expect(out.index_rebuilt_ms).toBeGreaterThanOrEqual(0);
    // The index was built for the corpus with the library, once, right after the import.
    expect(readdirSync(join(cache, 'tipkit', 'corpus')).filter((f) => f.startsWith('search-'))).toHaveLength(1);
  });

  it('is seen by show, search, cite, cases and laws with no flag', async () => {
    for (const citation of ['s. 11 BLSAA 1992', 'Bonded Labour System (Abolition) Act s.11', 'BLSAA s 11']) {
      const show = await tip(['show', citation, '--json'], { env });
      expect(JSON.parse(show.stdout).id, citation).toBe('blsaa-1992:s11');
    }
    const page = (await tip(['show', 'BLSAA'], { env })).stdout.replace(/\s+/g, ' ');
    expect(page).toMatch(/Official text only, imported by you from bonded-labour-act\.txt/);
    expect(page).toMatch(/HRCP v\. Pakistan/);
    const search = JSON.parse((await tip(['search', 'compulsion', '--law', 'BLSAA', '--json'], { env })).stdout);
    expect(search.hits[0].id).toBe('blsaa-1992:s11');
    const cite = JSON.parse(
      (
        await tipProcess(['cite', '-', '--json'], {
          env,
          input: 'charged u/s 11 of the Bonded Labour System (Abolition) Act, 1992',
        })
      ).stdout,
    );
    expect(cite.citations[0]).toMatchObject({ status: 'resolved', law: { in_corpus: true } });
    expect(cite.citations[0].references[0]).toMatchObject({ status: 'resolved', id: 'blsaa-1992:s11' });
    const cases = JSON.parse((await tip(['cases', '--law', 'BLSAA', '--json'], { env })).stdout);
    expect(cases.map((c: { id: string }) => c.id)).toContain('case:hrcp-v-pakistan-2009-sc');
    const laws = JSON.parse((await tip(['laws', '--json'], { env })).stdout);
    const imported = laws.find((l: { id: string }) => l.id === 'blsaa-1992');
    expect(imported.imported_text).toMatchObject({
      new_instrument: true,
      where: join(library, 'laws', 'blsaa-1992.text.yaml'),
    });
    // tipkit knows only the text the user imported: nothing of its amendments.
    expect(imported.status).toMatch(/amendments unknown/);
    expect(imported.status).not.toMatch(/no amendment reported/);
    expect((await tip(['validate'], { env })).status).toBe(0);
  });

  it('is listed, reports what a changed file changed, and is removed, while a file of the user is refused', async () => {
    expect((await tip(['import', '--list'], { env })).stdout).toMatch(
      /blsaa-1992 \(Bonded Labour System \(Abolition\) Act, 1992\): 4 sections from bonded-labour-act\.txt/,
    );
    const changed = join(tempDir(), 'bonded-labour-act.txt');
    writeFileSync(changed, readFileSync(act, 'utf8').replace('is of no effect', 'is void and of no effect'));
    const again = await tip(['import', changed], { env });
    expect(again.stderr).toMatch(/compared with the text imported before: changed s5/);
    expect(again.stderr).toMatch(/replaced .*blsaa-1992\.text\.yaml/);
    writeFileSync(join(library, 'laws', 'mine.text.yaml'), 'my notes\n');
    expect((await tip(['import', '--remove', 'mine'], { env })).status).toBe(2);
    expect(readFileSync(join(library, 'laws', 'mine.text.yaml'), 'utf8')).toBe('my notes\n');
    // The user takes their file back out of tipkit's library; then tipkit's own import goes.
    rmSync(join(library, 'laws', 'mine.text.yaml'));
    const removed = await tip(['import', '--remove', 'blsaa-1992'], { env });
    expect(removed.status, removed.stderr).toBe(0);
    expect(removed.stderr).toMatch(/removed .*blsaa-1992\.text\.yaml\ntip: search index rebuilt/);
    expect(existsSync(join(library, 'laws', 'blsaa-1992.text.yaml'))).toBe(false);
    expect((await tip(['import', '--remove', 'blsaa-1992'], { env })).status).toBe(3);
  });
});

describe('several files in one run', () => {
  it('imports each, reports a file that fails, and exits with its code after the rest are written', async () => {
    const root = corpusCopy();
    const scan = join(tempDir(), 'scan.pdf');
    writeFileSync(scan, await makeScannedPdf());
    const run = await tip([
      'import',
      join(DIR, 'harbour-protocol.md'),
      scan,
      join(DIR, 'lantern-rules-gazette.md'),
      '--data',
      root,
      '--json',
    ]);
    expect(run.status).toBe(4);
    const { error } = JSON.parse(run.stdout);
    expect(error.message).toBe('1 of 3 files could not be imported');
    expect(error.details.imports.map((r: { instrument?: string; file: string }) => r.instrument ?? 'failed')).toEqual([
      'phl',
      'failed',
      'lantern-rules-2020',
    ]);
    expect(existsSync(join(root, 'laws', 'phl.text.yaml'))).toBe(true);
    expect(existsSync(join(root, 'laws', 'lantern-rules-2020.text.yaml'))).toBe(true);
  });
});

describe('exports', async () => {
  const root = corpusCopy();
  await tip(['import', join(DIR, 'lantern-gazette.md'), '--data', root]);
  await tip(['import', join(DIR, 'harbour-protocol.md'), '--data', root]);

  it('carry the official text, and --no-text leaves out every imported text and text-only instrument', async () => {
    const withText = JSON.stringify(JSON.parse((await tip(['export', '--format', 'json', '--data', root])).stdout));
    expect(withText).toContain('In fog the keeper shall also sound the bell.');
    expect(withText).toContain('phl');
    const without = JSON.stringify(
      JSON.parse((await tip(['export', '--format', 'json', '--no-text', '--data', root])).stdout),
    );
    expect(without).not.toContain('In fog the keeper shall also sound the bell.');
    expect(without).not.toContain('Harbour Lights');
    expect(without).toContain('A fictional act about keeping harbour lanterns');
    const site = join(tempDir(), 'site');
    expect((await tip(['export', '--format', 'md', '--out', site, '--data', root])).status).toBe(0);
    expect(readFileSync(join(site, 'laws', 'lantern-act-2019.md'), 'utf8')).toMatch(
      /Official text \(imported; see the caveat above\)[\s\S]*sound the bell/,
    );
  });
});

/** The CLI in a 100 × 30 pseudo-terminal, run to its end: its exit code, and the screen as it got it. */
async function inTerminal(args: string[]): Promise<{ status: number | null; stdout: string }> {
  const terminal = openTerminal(args, { columns: 100, rows: 30 });
  const status = await terminal.exited();
  return { status, stdout: terminal.raw() };
}

describe.skipIf(!hasScript)('on a terminal', () => {
  it('shows a progress bar over several files and pages, and clears it before each report', async () => {
    const root = corpusCopy();
    const dir = tempDir();
    const files = [1, 2, 3].map((n) => join(dir, `act-${n}.pdf`));
    for (const [i, file] of files.entries()) {
      writeFileSync(file, await makeCodePdf(longAct(`The Harbour Dues Act Number ${i + 1}, 200${i}`, 12)));
    }
    const run = await inTerminal(['import', ...files, '--data', root]);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/\[#{8}-{16}\] 1\/3 /);
    expect(run.stdout).toMatch(/act-2\.pdf: page \d of \d/);
    // Each report line starts on a cleared line, never after a half-drawn bar.
    const CLEAR = `\r${String.fromCharCode(27)}[2K`;
    expect(run.stdout).toContain(`${CLEAR}tip: act-3.pdf: 12 sections read`);
    expect(run.stdout).toMatch(/tip: search index rebuilt in \d+ ms/);
  });
});

describe.skipIf(!hasScript)('a first search of a large corpus on a terminal', () => {
  it('shows how building the index goes, then clears the bar for the results', async () => {
    const root = tempDir();
    // Large enough that the work outlasts the half second before a bar is drawn.
    writeScaleCorpus(root, 6000, 100);
    const run = await inTerminal(['search', 'debt bondage', '--data', root]);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/\] \d+\/61 building the search index/);
    const CLEAR = `\r${String.fromCharCode(27)}[2K`;
    // The bar is cleared before anything else is written: the search's notices (stderr), then its results.
    expect(run.stdout).toMatch(
      new RegExp(`${CLEAR.replace('[', '\\[')}(?:tip: .*\\r?\\n)*\\d+ matches for "debt bondage"`),
    );
  });
});

describe('an Urdu text of an act (numbers, headings and text in Urdu)', () => {
  it('is placed section by section and found by Urdu searches in its own words', async () => {
    const root = corpusCopy();
    const result = await tip(['import', join(FIXTURES, 'import', 'lantern-urdu.txt'), '--data', root, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const [imported] = JSON.parse(result.stdout).imports;
    expect(imported.sections.map((s: { id: string; placed: string }) => `${s.id} ${s.placed}`)).toEqual([
      's1 number',
      's2 number',
      's3 number',
      's4 number',
    ]);
    // The text is kept as written: Urdu digits and the Urdu full stop included.
    expect(textFile(root, 'lantern-act-2019').sections[3].text).toContain('دفعہ ۳');
    for (const query of ['طوفان', 'طوفان کے دوران', 'رکھوالا']) {
      const search = await tip(['search', query, '--data', root, '--json']);
      expect(JSON.parse(search.stdout).hits[0]?.id, query).toMatch(/^lantern-act-2019:s[34]$/);
    }
  });
});
