import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tip, tipJson, tipProcess } from '../helpers.js';

const STACK = /\n\s+at .+\(.*:\d+:\d+\)/;

describe('tip laws', () => {
  it('lists the six instruments, then the guidance, with their counts', async () => {
    const { status, body } = await tipJson(['laws']);
    expect(status).toBe(0);
    expect(body.map((l: { id: string; provisions: number }) => `${l.id}:${l.provisions}`)).toEqual([
      'psma-2018:13',
      'ptpa-2018:16',
      'ptp-rules-2020:0',
      'palermo-protocol:20',
      'som-protocol:25',
      'untoc:41',
      'evidence-guide:9',
      'interview-guide:4',
      'national-figures:0',
      'pk-procedure:7',
      'protection-guide:7',
      'related-offences:6',
      'victim-indicators:6',
    ]);
  });
});

describe('tip show', () => {
  it('prints a readable page with penalties, procedure, provenance and the official-text notice', async () => {
    const { status, stdout: page } = await tip(['show', 'PTPA s.3']);
    const stdout = page.replace(/\s+/g, ' ');
    expect(status).toBe(0);
    expect(stdout).toContain('PTPA s.3 Trafficking in persons [ptpa-2018:s3]');
    expect(stdout).toContain('imprisonment of 2 to 10 years; fine up to PKR 1,000,000; prison, or fine, or both');
    expect(stdout).toContain('Magistrate of the First Class [ptpa-2018:s10]');
    expect(stdout).toMatch(/Amendment: .*\(2025-02-17\)/);
    expect(stdout).toContain('Official text is not bundled');
  });

  it('returns the JSON contract: id, instrument, heading, summary, penalties, provenance', async () => {
    const { status, body } = await tipJson(['show', 'section 3(2) of the PTPA']);
    expect(status).toBe(0);
    expect(body).toMatchObject({
      id: 'ptpa-2018:s3(2)',
      instrument: 'ptpa-2018',
      heading: 'Victim a woman or a child',
      penalties: [
        {
          id: 'ptpa-2018:s3(2)',
          imprisonment: { min_years: 2, max_years: 10 },
          fine: { max: 1000000, currency: 'PKR' },
          combination: 'or',
        },
      ],
      provenance: { number_confidence: 'high', content_confidence: 'high', as_of: '2018-06-02' },
    });
    expect(body.summary.length).toBeGreaterThan(20);
  });

  it('includes the penalties of sub-provisions on the parent', async () => {
    const { body } = await tipJson(['show', 'ptpa-2018:s3']);
    expect(body.penalties.map((p: { id: string }) => p.id)).toEqual(['ptpa-2018:s3(1)', 'ptpa-2018:s3(2)']);
  });

  it('shows a settled section number without a numbering caveat or a second reading', async () => {
    const { stdout, stderr } = await tip(['show', 'PTPA s.11']);
    expect(stdout).toMatch(/Safety of victims and witnesses/);
    expect(stdout).not.toMatch(/Number: (medium|low) confidence/);
    expect(stderr).not.toMatch(/competing reading|reading of the numbering/);
  });

  it('joins unquoted words into one citation, and shows several quoted ones as an array', async () => {
    expect((await tipJson(['show', 'section', '4', 'of', 'the', 'PTPA'])).body.id).toBe('ptpa-2018:s4');
    expect(
      (await tipJson(['show', 'PTPA s.3', 'Palermo Protocol art. 3'])).body.map((v: { id: string }) => v.id),
    ).toEqual(['ptpa-2018:s3', 'palermo-protocol:art3']);
  });

  it('shows an instrument with its metadata and table of contents', async () => {
    const { body } = await tipJson(['show', 'Palermo Protocol']);
    expect(body).toMatchObject({ id: 'palermo-protocol', kind: 'protocol', official_text_bundled: false });
    expect(body.provisions).toHaveLength(20);
  });

  it('exits 3 with suggestions for a provision that does not exist', async () => {
    const { status, body } = await tipJson(['show', 'ptpa s 42']);
    expect(status).toBe(3);
    expect(body.error).toMatchObject({ code: 'not-found', message: expect.stringMatching(/s42/) });
    expect(body.error.suggestions).toContain('ptpa-2018:s4 (Aggravating circumstances)');
  });

  it('exits 2 for an ambiguous citation', async () => {
    const { status, stderr } = await tip(['show', 'article 6']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/does not say which instrument/);
  });
});

describe('tip search', () => {
  it('returns the JSON contract', async () => {
    const { status, body } = await tipJson(['search', 'debt bondage']);
    expect(status).toBe(0);
    expect(body).toMatchObject({ query: 'debt bondage' });
    expect(body.hits[0]).toMatchObject({
      id: 'ptpa-2018:s3',
      type: 'provision',
      instrument: 'ptpa-2018',
      heading: 'Trafficking in persons',
    });
    expect(body.hits.slice(1).map((hit: { type: string }) => hit.type)).toContain('case');
    expect(typeof body.hits[0].score).toBe('number');
    expect(body.hits[0].snippet).toMatch(/debt bondage/);
  });

  it('honours --law, --kind and --limit', async () => {
    const { body } = await tipJson(['search', 'protection', '--law', 'UNTOC', '--kind', 'convention', '--limit', '2']);
    expect(body.hits).toHaveLength(2);
    for (const hit of body.hits) expect(hit.instrument).toBe('untoc');
  });

  it('searches plain words when the syntax is broken, and explains on stderr', async () => {
    const { status, stderr, stdout } = await tip(['search', 'organ:']);
    expect(status).toBe(0);
    expect(stderr).toMatch(/plain words/);
    expect(stdout).toMatch(/matches for "organ:"/);
  });

  it('is deterministic', async () => {
    expect((await tip(['search', 'witness', '--json'])).stdout).toBe(
      (await tip(['search', 'witness', '--json'])).stdout,
    );
  });

  it('highlights matches only when colour is allowed', async () => {
    expect((await tipProcess(['search', 'debt bondage'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await tip(['search', 'debt bondage'])).stdout).not.toContain('\u001b[');
  });
});

describe('tip validate', () => {
  it('passes on the bundled corpus', async () => {
    const { status, stdout } = await tip(['validate']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/37 files, 13 instruments, 154 provisions, 24 cases, no problems/);
  });

  it.each(['broken-syntax', 'broken-type', 'broken-duplicate', 'broken-xref'])(
    'reports file:line:col and exits 4 for %s',
    async (fixture) => {
      const { status, stdout } = await tip(['validate', join('tests', 'fixtures', fixture)]);
      expect(status).toBe(4);
      expect(stdout).toMatch(new RegExp(`^tests/fixtures/${fixture}/laws/demo-act\\.yaml:\\d+:\\d+: .+`, 'm'));
    },
  );

  it('returns the problems under --json', async () => {
    const { status, body } = await tipJson(['validate', join(FIXTURES, 'broken-xref')]);
    expect(status).toBe(4);
    expect(body.error.code).toBe('invalid-data');
    expect(body.error.details.issues[0]).toMatchObject({ line: 25, col: 13 });
  });
});

describe('--data and TIPKIT_DATA', () => {
  it('point every command at another corpus', async () => {
    const minimal = join(FIXTURES, 'minimal');
    expect((await tipJson(['laws', '--data', minimal])).body.map((l: { id: string }) => l.id)).toEqual([
      'demo-act-2020',
    ]);
    expect((await tip(['show', 'DA s.2', '--json'], { env: { TIPKIT_DATA: minimal } })).stdout).toContain(
      '"id": "demo-act-2020:s2"',
    );
    expect((await tipJson(['search', 'lamp', '--data', minimal])).body.hits[0].id).toBe('demo-act-2020:s1');
  });

  it('validate such a corpus on load (exit 4, positioned message, no stack)', async () => {
    const { status, stderr } = await tip(['show', 'DA s.1', '--data', join(FIXTURES, 'broken-type')]);
    expect(status).toBe(4);
    expect(stderr).toMatch(/demo-act\.yaml:26:38/);
    expect(stderr).not.toMatch(STACK);
  });
});

describe('tip schema', () => {
  it('prints the shipped JSON Schema', async () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'laws', 'instrument.schema.json'), 'utf8'));
    expect(JSON.parse((await tip(['schema'])).stdout)).toEqual(shipped);
  });
});

describe('exit codes and hostile input', () => {
  it.each([
    [['nosuch'], 2],
    [['show'], 2],
    [['show', '--bogus', 'x'], 2],
    [['search', 'x', '--limit', '0'], 2],
    [['search', '~'], 2],
    [['search', '^'], 2],
    [['show', 'palermo'], 2],
    [['show', '%%%'], 3],
    [['show', '\u202e\u0007'], 3],
    [['validate', '/nonexistent/corpus'], 3],
    [['laws', '--data', '/nonexistent/corpus'], 3],
  ])('tip %j exits %i without a stack trace', async (args, code) => {
    const { status, stdout, stderr } = await tip(args as string[]);
    expect(status).toBe(code);
    expect(stdout + stderr).not.toMatch(STACK);
  });

  it('keeps errors as JSON on stdout under --json', async () => {
    const { status, body } = await tipJson(['search', '~']);
    expect(status).toBe(2);
    expect(body.error).toMatchObject({ code: 'usage', message: expect.any(String), suggestions: expect.any(Array) });
  });
});
