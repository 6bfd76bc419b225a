import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuCost } from '../cpu-time.js';
import { FIXTURES, ROOT, tempDir, tip, tipJson } from '../helpers.js';

const STACK = /\n\s+at .+\(.*:\d+:\d+\)/;

/** A copy of the fixture documentation folder, so a test may add a config file or files. */
function docs(): string {
  const folder = tempDir();
  cpSync(join(FIXTURES, 'docs-check'), folder, { recursive: true });
  // A repository root: the config search stops here, never reading the machine's folders above.
  mkdirSync(join(folder, '.git'));
  return folder;
}

describe('tip cite --check', () => {
  it('prints each failing or doubtful citation as file:line:col, then the tally, and exits 1', async () => {
    const { status, stdout, stderr } = await tip(['cite', '--check', 'guide.md', 'sops'], { cwd: docs() });
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'guide.md:8:20: error: PTPA s.42: no such provision; PTPA has ss. 1–16',
      "guide.md:9:19: warning: PPC s.371-A: outside tipkit's corpus [ppc-1860:s371-A]",
      expect.stringMatching(
        /^guide\.md:27:49: error: .*3\/2 \(2\): ambiguous: .*may be ptpa-2018:s3\(2\), ptpa-2018:s2\)$/,
      ),
      'sops/ignored.md:3:1: error: PTPA s.99: no such provision; PTPA has ss. 1–16',
      'sops/intake.txt:2:44: warning: AIR 1992 SC 38: a law report from India, not Pakistan',
      '12 citations in 4 files: 3 errors, 2 warnings (checked against the bundled corpus)',
      '',
    ]);
  });

  it('reads Markdown as prose: nothing in code, comments, link targets, front matter or tip-ignore regions', async () => {
    const { body } = await tipJson(['cite', '--check', 'guide.md'], { cwd: docs() });
    const texts = body.citations.map((c: { text: string }) => c.text);
    expect(texts).toContain('PTPA s.3(2)');
    expect(texts).toContain('PTPA s.4');
    expect(texts).toContain('PLD 2020 SC 146');
    for (const hidden of ['s.5', 's.6', 's.7', 's.8', 's.9', 's.10', 's.43', 's.44', 's.45', 's.46']) {
      expect(texts.join(' ')).not.toContain(`PTPA ${hidden}`);
    }
    expect(body.citations.find((c: { text: string }) => c.text === 'PLD 2020 SC 146')).toMatchObject({
      line: 17,
      col: 24,
      status: 'resolved',
      severity: 'ok',
      id: 'case:tayyaba-sc-2020',
    });
  });

  it('gives the same object with --json and --format json, failing or not', async () => {
    const cwd = docs();
    const json = await tipJson(['cite', '--check', 'guide.md'], { cwd });
    const format = await tip(['cite', '--check', 'guide.md', '--format', 'json'], { cwd });
    expect(json.status).toBe(1);
    expect(format.status).toBe(1);
    expect(JSON.parse(format.stdout)).toEqual(json.body);
    expect(json.body).toMatchObject({
      ok: false,
      strict: false,
      corpus: { source: 'bundled corpus' },
      files: [{ path: 'guide.md', citations: 7 }],
      counts: { files: 1, citations: 7, errors: 2, warnings: 1, ignored: 0, unreadable: 0 },
    });
    const clean = await tipJson(['cite', '--check', 'sops/clean.md'], { cwd });
    expect(clean.status).toBe(0);
    expect(clean.body).toMatchObject({ ok: true, counts: { errors: 0, citations: 2 } });
  });

  it('writes GitHub Actions annotations, escaping what the workflow-command syntax reserves', async () => {
    const cwd = docs();
    writeFileSync(join(cwd, 'a,b:c.md'), 'Under PTPA s.77 100% wrong.\n');
    const { status, stdout } = await tip(['cite', '--check', '.', '--format', 'github'], { cwd });
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain(
      '::error file=a%2Cb%3Ac.md,line=1,col=7,title=citation unresolved::PTPA s.77: no such provision; PTPA has ss. 1–16',
    );
    expect(lines).toContain(
      "::warning file=guide.md,line=9,col=19,title=citation recognised::PPC s.371-A: outside tipkit's corpus [ppc-1860:s371-A]",
    );
    expect(lines.at(-1)).toMatch(/^::notice title=tip cite::13 citations in 5 files: 4 errors, 2 warnings/);
  });

  it('writes a Markdown summary: the counts, then a table of problems with pipes and Markdown escaped', async () => {
    const cwd = docs();
    writeFileSync(join(cwd, 'x|*y*.md'), 'PTPA s.61\n');
    const { status, stdout } = await tip(['cite', '--check', 'x|*y*.md', 'sops/clean.md', '--format', 'summary'], {
      cwd,
    });
    expect(status).toBe(1);
    expect(stdout).toContain('## Citations: failed');
    expect(stdout).toContain('| 2 | 3 | 1 | 0 | 0 |');
    expect(stdout).toContain(
      '| x\\|\\*y\\*.md:1:1 | PTPA s.61 | error | PTPA s.61: no such provision; PTPA has ss. 1–16 |',
    );
  });

  it('--warn-only reports failures and exits 0; --strict makes citations outside the corpus errors', async () => {
    const cwd = docs();
    const warn = await tip(['cite', '--check', 'guide.md', '--warn-only'], { cwd });
    expect(warn.status).toBe(0);
    expect(warn.stdout).toContain('guide.md:8:20: error: PTPA s.42');
    writeFileSync(join(cwd, 'ppc.md'), 'Add s. 371-A PPC and PTPA s.3.\n');
    expect((await tip(['cite', '--check', 'ppc.md'], { cwd })).status).toBe(0);
    const strict = await tip(['cite', '--check', 'ppc.md', '--strict'], { cwd });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain("ppc.md:1:5: error: PPC s.371-A: outside tipkit's corpus");
    // Foreign reports stay warnings: tipkit has no way to check them.
    expect((await tip(['cite', '--check', 'sops/intake.txt', '--strict'], { cwd })).status).toBe(0);
  });

  it('takes settings from tipkit.yaml in a parent folder, and names the file', async () => {
    const cwd = docs();
    writeFileSync(
      join(cwd, 'tipkit.yaml'),
      'cite:\n  ignore: ["sops/ignored.md"]\n  ignoreCitations: ["ptpa S.42"]\n  strict: true\n',
    );
    const { status, body } = await tipJson(['cite', '--check', '.'], { cwd: join(cwd, 'sops') });
    // A foreign report is a warning even when strict: intake.txt passes.
    expect(status).toBe(0);
    expect(body.config).toBe(join(cwd, 'tipkit.yaml'));
    expect(body.files.map((f: { path: string }) => f.path)).toEqual(['clean.md', 'intake.txt']);
    const run = await tipJson(['cite', '--check', 'guide.md'], { cwd });
    expect(run.body.counts).toMatchObject({ ignored: 1, errors: 2 });
    expect(run.body.citations.find((c: { status: string }) => c.status === 'recognised').severity).toBe('error');
  });

  it('takes settings from the "tipkit" key of package.json, a corpus folder among them', async () => {
    const cwd = docs();
    writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'docs', tipkit: { corpus: 'corpus' } }));
    cpSync(join(FIXTURES, 'minimal'), join(cwd, 'corpus'), { recursive: true });
    writeFileSync(join(cwd, 'demo.md'), 'The demo law: DA s.1, and DA s.9.\n');
    const { status, stdout } = await tip(['cite', '--check', 'demo.md'], { cwd });
    expect(status).toBe(1);
    expect(stdout).toContain('demo.md:1:27: error: DA s.9: no such provision; DA has ss. 1–2');
    expect(stdout).toMatch(/checked against \S*corpus; settings from .*package\.json\)/);
  });

  it('refuses a bad config with exit 2, naming file:line:col for YAML errors', async () => {
    const cwd = docs();
    writeFileSync(join(cwd, 'tipkit.yaml'), 'cite:\n  strict: [true\n');
    const broken = await tip(['cite', '--check', 'guide.md'], { cwd });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/tipkit\.yaml:\d+:\d+: /);
    expect(broken.stderr).not.toMatch(STACK);
    writeFileSync(join(cwd, 'tipkit.yaml'), 'cite:\n  strictly: true\n');
    const unknown = await tip(['cite', '--check', 'guide.md'], { cwd });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('strictly');
  });

  it('expands globs the shell left quoted, and exits 2 when nothing matches or a path is missing', async () => {
    const cwd = docs();
    const glob = await tipJson(['cite', '--check', 'sops/**/*.md'], { cwd });
    expect(glob.body.files.map((f: { path: string }) => f.path)).toEqual(['sops/clean.md', 'sops/ignored.md']);
    const braces = await tipJson(['cite', '--check', '**/*.{txt,markdown}'], { cwd });
    expect(braces.body.files.map((f: { path: string }) => f.path)).toEqual(['sops/intake.txt']);
    const none = await tip(['cite', '--check', 'nothing/**/*.md'], { cwd });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no files to check');
    const missing = await tip(['cite', '--check', 'guide.md', 'gone.md'], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file or folder: gone.md');
    expect(missing.stderr).not.toMatch(STACK);
    expect((await tip(['cite', '--check', 'guide.md', '--bogus'], { cwd })).status).toBe(2);
  });

  it('reports a file it cannot read and still checks the others', async () => {
    const cwd = docs();
    execFileSync('mkfifo', [join(cwd, 'pipe.md')]);
    writeFileSync(join(cwd, 'binary.md'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 0, 0]));
    const { status, body } = await tipJson(['cite', '--check', 'pipe.md', 'binary.md', 'sops/clean.md'], { cwd });
    expect(status).toBe(1);
    expect(body.files).toEqual([
      { path: 'pipe.md', citations: 0, error: expect.stringContaining('not a regular file') },
      { path: 'binary.md', citations: 0, error: expect.stringContaining('binary') },
      { path: 'sops/clean.md', citations: 2 },
    ]);
    expect(body.counts).toMatchObject({ unreadable: 2, errors: 2 });
  });

  it('reads Markdown nested too deeply to parse at a bounded cost as plain text, and says so', async () => {
    const cwd = docs();
    const nested = Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- PTPA s.3`).join('\n');
    writeFileSync(join(cwd, 'deep.md'), `${nested}\n${'['.repeat(100_000)}\n`);
    const { value, ms } = await cpuCost(() => tipJson(['cite', '--check', 'deep.md'], { cwd }));
    // A second or two of CPU; a parse that is not bounded takes minutes.
    expect(ms).toBeLessThan(20_000);
    const { status, stderr, body } = value;
    expect(status).toBe(0);
    expect(stderr).not.toMatch(STACK);
    expect(body.files[0].notices).toEqual(['deep.md is read as plain text: nested too deeply to parse as Markdown.']);
    expect(body.counts.citations).toBe(2_000);
  });

  it('prints no terminal escape from a file name or its text', async () => {
    const cwd = docs();
    writeFileSync(join(cwd, 'evil\u001b]0;title\u0007.md'), 'PTPA s.88 \u001b[2J\u001b]8;;http://x\u0007here\n');
    const { status, stdout, stderr } = await tip(['cite', '--check', '.'], { cwd });
    expect(status).toBe(1);
    // eslint-disable-next-line no-control-regex -- the point is that none is printed
    expect(stdout + stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('evil.md:1:1: error: PTPA s.88');
  });
});

describe('tip cite --check and your library', () => {
  const library = join(tempDir(), 'library');
  const env = { TIPKIT_LIBRARY: library };
  const docs = tempDir();
  writeFileSync(join(docs, 'kiln.md'), '# Kilns\n\nRead PTPA s.3 first.\n');

  it('leaves the library out unless --with-library, as tip export does, and says which', async () => {
    const run = await tip(['import', join(ROOT, 'examples', 'bonded-labour-act.txt')], { env });
    expect(run.status, run.stderr).toBe(0);
    const without = await tip(['cite', '--check', docs], { env });
    expect(without.stdout).toContain(
      `(checked against the bundled corpus; your library at ${library} (1 imported text) is not included (use --with-library))`,
    );
    const json = await tipJson(['cite', '--check', docs, '--with-library'], { env });
    expect(json.body.corpus).toMatchObject({ source: 'bundled corpus', library: { path: library, included: true } });
  });
});

describe('tip cite --check on ranges and pinpoints', () => {
  it('says a range past the end once, with the numbers it lacks, and warns of a pinpoint the digest does not record', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'r.md'), 'Charged under PTPA ss. 3-40, PTPA s.3(99) and UNTOC arts. 3 to 99.\n');
    const { status, stdout } = await tip(['cite', '--check', 'r.md'], { cwd });
    expect(status).toBe(1);
    expect(stdout.split('\n').filter((line) => line.startsWith('r.md'))).toEqual([
      'r.md:1:24: error: ss. 3-40, PTPA: no such provision ss. 17–40; PTPA has ss. 1–16',
      'r.md:1:30: warning: PTPA s.3(99): Pinpoint (99) is not recorded in this digest; showing ptpa-2018:s3. [ptpa-2018:s3]',
      'r.md:1:64: error: UNTOC arts. 3 to 99: no such provision art. 99; UNTOC has arts. 1–41',
    ]);
  });
});

describe('tip cite --check --all', () => {
  it('lists every citation in text, those that pass as ok', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'a.md'), 'Under PTPA s.3(2), not PTPA s.42.\n');
    const { status, stdout } = await tip(['cite', '--check', 'a.md', '--all'], { cwd });
    expect(status).toBe(1);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'a.md:1:7: ok: PTPA s.3(2): Victim a woman or a child [ptpa-2018:s3(2)]',
      'a.md:1:24: error: PTPA s.42: no such provision; PTPA has ss. 1–16',
    ]);
  });
});
