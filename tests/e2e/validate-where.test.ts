import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, tip, tipJson } from '../helpers.js';

// tip validate with no folder, run where a CI job runs it: it must check the folder it is in.
const work = mkdtempSync(join(tmpdir(), 'tip-validate-where-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function folder(name: string, from?: string): string {
  const dir = join(work, name);
  if (from) cpSync(from, dir, { recursive: true });
  else mkdirSync(dir, { recursive: true });
  return dir;
}

describe('tip validate with no folder', () => {
  it('checks a broken corpus in the working folder and fails (exit 4), naming it', async () => {
    const cwd = folder('broken', join(FIXTURES, 'broken-xref'));
    const { status, stdout, stderr } = await tip(['validate'], { cwd });
    expect(status).toBe(4);
    expect(stdout).toMatch(/laws\/demo-act\.yaml:25:13: dangling cross-reference/);
    expect(stderr).toContain(`1 problem (found from the working folder: it holds laws/) in ${cwd}`);
  });

  it('gives no green notice for a broken working folder in GitHub format', async () => {
    const cwd = join(work, 'broken');
    const { status, stdout } = await tip(['validate', '--format', 'github'], { cwd });
    expect(status).toBe(4);
    expect(stdout).toMatch(/^::error file=laws\/demo-act\.yaml,line=25,col=13,/);
    expect(stdout).not.toContain('::notice');
  });

  it('checks the corpus above when run in one of its folders, and an empty laws/ fails', async () => {
    const cwd = join(work, 'broken', 'laws');
    const { status, stderr } = await tip(['validate'], { cwd });
    expect(status).toBe(4);
    expect(stderr).toContain(`(found from the working folder: it holds laws/) in ${join(work, 'broken')}`);
    const empty = folder('empty');
    mkdirSync(join(empty, 'laws'));
    expect((await tip(['validate'], { cwd: empty })).status).toBe(3);
  });

  it('does not take an exported site (laws/*.md) for a corpus', async () => {
    const cwd = folder('site');
    mkdirSync(join(cwd, 'laws'));
    writeFileSync(join(cwd, 'laws', 'ptpa-2018.md'), '# PTPA\n');
    expect((await tipJson(['validate'], { cwd })).body).toMatchObject({ valid: true, source: 'bundled' });
  });

  it('names the working folder in a valid report', async () => {
    const cwd = folder('minimal', join(FIXTURES, 'minimal'));
    const { status, body } = await tipJson(['validate'], { cwd });
    expect(status).toBe(0);
    expect(body).toMatchObject({ valid: true, source: 'working folder', library: null, instruments: 1 });
    expect((await tip(['validate'], { cwd })).stdout).toMatch(
      /^✓ .+ \(found from the working folder: it holds laws\/\): /,
    );
  });

  it('checks the bundled corpus where the folder holds no laws/ (a docs repository), and says so', async () => {
    const cwd = folder('docs');
    writeFileSync(join(cwd, 'mkdocs.yml'), 'site_name: not a law\n');
    const { status, stdout } = await tip(['validate'], { cwd });
    expect(status).toBe(0);
    expect(stdout).toMatch(/\(tipkit's bundled corpus\): 37 files/);
  });

  it('prefers the folder given, then --data, over the working folder', async () => {
    const cwd = join(work, 'broken');
    const minimal = join(FIXTURES, 'minimal');
    expect((await tipJson(['validate', minimal], { cwd })).body).toMatchObject({ valid: true, source: 'argument' });
    expect((await tipJson(['validate', '--data', minimal], { cwd })).body).toMatchObject({ source: 'data' });
    const env = { TIPKIT_DATA: minimal };
    expect((await tipJson(['validate'], { cwd, env })).body).toMatchObject({ valid: true, source: 'data' });
  });
});
