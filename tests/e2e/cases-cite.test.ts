import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir, tip, tipJson, tipProcess } from '../helpers.js';

const ids = (body: { id: string }[]) => body.map((item) => item.id);
const STACK = /\n\s+at .+\(.*:\d+:\d+\)/;
const FIR = join(FIXTURES, 'cite', 'fir.txt');

describe('tip cases', () => {
  it('lists every case, newest first, with citation or "citation not found"', async () => {
    const { status, body } = await tipJson(['cases']);
    expect(status).toBe(0);
    expect(body).toHaveLength(24);
    expect(body[0]).toMatchObject({ id: 'case:sadiq-hussain-2024-lhc', citation_status: 'not-found', citations: [] });
    expect((await tip(['cases'])).stdout).toMatch(
      /case:tayyaba-sc-2020\s+SC\s+2020-01-10\s+PLD 2020 Supreme Court 146/,
    );
  });

  it('filters by provision, law, court, year and tag', async () => {
    expect(ids((await tipJson(['cases', '--provision', 'PTPA s.3'])).body)).toEqual([
      'case:sadiq-hussain-2024-lhc',
      'case:mukhtiar-khatoon-2022-shc',
    ]);
    expect(ids((await tipJson(['cases', '--provision', 'PPC 371-A'])).body)).toEqual([
      'case:mukhtiar-khatoon-2022-shc',
    ]);
    expect(ids((await tipJson(['cases', '--law', 'Emigration Ordinance', '--court', 'lhc'])).body)).toEqual([
      'case:sadiq-hussain-2024-lhc',
      'case:muhammad-aslam-2019-lhc',
      'case:wp-17818-2009-lhc',
    ]);
    expect(ids((await tipJson(['cases', '--court', 'sc', '--year', '2020'])).body)).toEqual(['case:tayyaba-sc-2020']);
    expect(ids((await tipJson(['cases', '--tag', 'brick-kilns'])).body)).toEqual([
      'case:brick-kiln-habeas-1997-lhc',
      'case:darshan-masih-1990-sc',
    ]);
  });

  it('says so when a filter names nothing', async () => {
    const { status, body } = await tipJson(['cases', '--law', 'Atlantis Act']);
    expect(status).toBe(3);
    expect(body.error.code).toBe('not-found');
  });

  it('reads an unknown --tag or --court as a usage error that lists what exists, nearest first', async () => {
    const tag = await tipJson(['cases', '--tag', 'bondage']);
    expect(tag.status).toBe(2);
    expect(tag.body.error.message).toContain('"bondage"');
    expect(tag.body.error.suggestions[0]).toMatch(/^Tags: debt-bondage, .*brick-kilns/);
    const court = await tipJson(['cases', '--court', 'lhx']);
    expect(court.status).toBe(2);
    expect(court.body.error.message).toContain('"lhx"');
    expect(court.body.error.suggestions[0]).toMatch(/^Court codes: lhc, .*district/);
  });

  it('takes a tag or court code of the case format that no case has, and a word of a court name: no cases, no error', async () => {
    const none = await tip(['cases', '--tag', 'slavery', '--court', 'bhc']);
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('No cases match');
    expect(ids((await tipJson(['cases', '--court', 'Multan'])).body).length).toBeGreaterThan(0);
  });
});

describe('tip cases show', () => {
  it.each([
    'case:tayyaba-sc-2020',
    'tayyaba-sc-2020',
    'PLD 2020 SC 146',
    'PLD 2020 Supreme Court 146',
    'P L D 2020 Supreme Court 146',
    'Crl. Misc. Application No. 1273 of 2018',
  ])('finds the Tayyaba Supreme Court case by %s', async (query) => {
    const { status, body } = await tipJson(['cases', 'show', query]);
    expect(status).toBe(0);
    expect(body).toMatchObject({ type: 'case', id: 'case:tayyaba-sc-2020', citations: ['PLD 2020 Supreme Court 146'] });
  });

  it('prints a page with laws applied, holding, lessons, sources and the not-bundled notice', async () => {
    const { status, stdout } = await tip(['cases', 'show', 'PLJ 2019 Cr.C. 243']);
    const page = stdout.replace(/\s+/g, ' ');
    expect(status).toBe(0);
    expect(page).toContain('Muhammad Aslam (Dubai visa money, bail) [case:muhammad-aslam-2019-lhc]');
    expect(page).toContain('Emigration Ordinance s.17');
    expect(page).toContain('F.I.R. No. 263/2018, dated 2018-07-04, PS FIA Commercial Crime Circle, Multan');
    expect(page).toContain('For investigators');
    expect(page).toContain('Judgments are not bundled');
  });

  it('shows caveats where facts are unknown or below high confidence', async () => {
    const { body } = await tipJson(['cases', 'show', 'wp-17818-2009-lhc']);
    expect(body.caveats.map((c: { text: string }) => c.text).join(' ')).toMatch(
      /This case: medium confidence.*Date: low confidence.*Outcome: not available.*Citation: no law-report citation/,
    );
  });

  it('exits 3 with suggestions for an unknown case, and says when a report is foreign', async () => {
    const unknown = await tip(['cases', 'show', 'tayyaba-2020']);
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).toContain('case:tayyaba-sc-2020');
    expect(unknown.stderr).not.toMatch(STACK);
    const foreign = await tipJson(['cases', 'show', 'AIR 1992 SC 38']);
    expect(foreign.status).toBe(3);
    expect(foreign.body.error.message).toMatch(/foreign \(India\)/);
  });
});

describe('cases elsewhere', () => {
  it('tip show "PTPA s.3" lists the cases that apply s.3 or a part of it', async () => {
    const { body } = await tipJson(['show', 'PTPA s.3']);
    expect(body.applied_in.map((a: { id: string; ref: string }) => `${a.id} ${a.ref}`)).toEqual([
      'case:sadiq-hussain-2024-lhc ptpa-2018:s3',
      'case:mukhtiar-khatoon-2022-shc ptpa-2018:s3(2)',
    ]);
    expect((await tip(['show', 'PTPA s.3'])).stdout).toMatch(/Applied in \(2 cases in tipkit's collection\)/);
  });

  it('tip search "brick kiln" finds the bonded-labour cases, typed as cases', async () => {
    const { body } = await tipJson(['search', 'brick kiln']);
    expect(ids(body.hits)).toEqual(
      expect.arrayContaining(['case:darshan-masih-1990-sc', 'case:brick-kiln-habeas-1997-lhc']),
    );
    // No law provision mentions brick kilns: the cases lead; the law comes in only through
    // the synonyms searched with "kiln" (bonded, bondage), which the result names.
    expect(body.hits.slice(0, 2).every((hit: { type: string }) => hit.type === 'case')).toBe(true);
    expect(body.expansions).toEqual([{ word: 'kiln', also: ['bonded', 'bondage'] }]);
    expect((await tipJson(['search', 'debt bondage', '--type', 'provision'])).body.hits[0].type).toBe('provision');
    const ppc = (await tipJson(['search', 'bail', '--law', 'PPC'])).body.hits;
    expect(ids(ppc)).toContain('case:juma-gul-phc');
    expect(ppc.every((hit: { type: string }) => hit.type === 'case')).toBe(true);
  });

  it('tip show points a case id or law report to tip cases show', async () => {
    const { status, stderr } = await tip(['show', 'PLD 2020 SC 146']);
    expect(status).toBe(3);
    expect(stderr).toContain("tip cases show 'PLD 2020 SC 146'");
  });

  it('tip schema case prints the case schema', async () => {
    const { body } = await tipJson(['schema', 'case']);
    expect(body.properties.citation_status.enum).toEqual(['reported', 'not-found', 'not-applicable']);
  });
});

describe('tip cite', () => {
  it('lists the citations in a file, resolved, with line:col', async () => {
    const { status, stdout } = await tip(['cite', FIR]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^8 citations in .*fir\.txt: 3 resolved, 4 recognised outside the corpus, 1 not resolved/);
    expect(stdout).toMatch(/6:11 +u\/s 3\(2\) PTPA\n +ptpa-2018:s3\(2\) · PTPA s\.3\(2\) · Victim a woman or a child/);
    expect(stdout).toMatch(/! not resolved: PTPA s21 does not exist/);
  });

  it('reads stdin in a pipe, and "-"', async () => {
    const text = readFileSync(FIR, 'utf8');
    for (const args of [['cite'], ['cite', '-']]) {
      const result = await tipProcess([...args, '--json'], { input: text });
      const { status } = result;
      const body = JSON.parse(result.stdout);
      expect(status).toBe(0);
      expect(body).toMatchObject({ source: 'stdin', counts: { total: 8, resolved: 3, recognised: 4, unresolved: 1 } });
      expect(body.citations[1]).toMatchObject({ type: 'statute', text: 'u/s 3(2) PTPA', line: 6, col: 11 });
    }
  });

  it('writes the text as Markdown with citations linked to the pages tip export --format md writes', async () => {
    const { status, stdout } = await tip(['cite', FIR, '--format', 'md']);
    expect(status).toBe(0);
    expect(stdout).toContain('[u/s 3(2) PTPA](laws/ptpa-2018.md#s3-2 "PTPA s.3(2): Victim a woman or a child")');
    // The PPC has no page in the export: its sections stay text.
    expect(stdout).toContain('371-A/371-B PPC');
    expect(stdout).toContain('u/s 21 PTPA was wrongly written');
    expect(stdout).toMatch(/## Citations found by tipkit \(8\)\n\n1\. `Section 154 Cr\.P\.C\.` \(line 2\)/);
    const based = await tip(['cite', FIR, '--format', 'md', '--base', 'https://example.org/law/']);
    expect(based.stdout).toContain('[u/s 3(2) PTPA](https://example.org/law/laws/ptpa-2018.md#s3-2 ');
  });

  it('answers empty input with no citations, not an error', async () => {
    const { status, stdout, stderr } = await tipProcess(['cite'], { input: '' });
    expect(status).toBe(0);
    expect(stdout).toContain('No citations found in stdin.');
    expect(stderr).toContain('stdin is empty');
  });

  it('refuses binary input with a hint and no stack trace', async () => {
    const pdf = await tipProcess(['cite'], { input: Buffer.from('%PDF-1.7\n\u0000\u0001binary') });
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toMatch(/looks like a PDF/);
    expect(pdf.stderr).toMatch(/pdftotext/);
    expect(pdf.stderr).not.toMatch(STACK);
    const blob = await tipProcess(['cite', '--json'], {
      input: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]),
    });
    const body = JSON.parse(blob.stdout) as { error: unknown };
    expect(blob.status).toBe(2);
    expect(body.error).toMatchObject({ code: 'usage', message: expect.stringMatching(/binary/) });
  });

  it('exits 3 for a missing file', async () => {
    const { status, stderr } = await tip(['cite', join(FIXTURES, 'no-such-file.txt')]);
    expect(status).toBe(3);
    expect(stderr).not.toMatch(STACK);
  });

  it('reads a 10 MB file and finds every citation in it', async () => {
    const fir = readFileSync(FIR, 'utf8');
    const copies = Math.ceil((10 * 1024 * 1024) / fir.length);
    const path = join(tempDir(), 'big.txt');
    writeFileSync(path, fir.repeat(copies));
    const { status, body, stderr } = await tipJson(['cite', path]);
    expect(stderr).not.toMatch(STACK);
    expect(status).toBe(0);
    expect(body.counts).toMatchObject({ total: 8 * copies, unresolved: copies });
  });
});
