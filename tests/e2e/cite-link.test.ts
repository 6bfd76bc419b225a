import { cpSync, existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir, tip, tipJson } from '../helpers.js';

function docs(): string {
  const folder = tempDir();
  cpSync(join(FIXTURES, 'docs-check'), folder, { recursive: true });
  return folder;
}

const LINK = /\[([^\]]+)\]\(([^ )]+) "[^"]*"\)/g;

describe('tip cite --link', () => {
  it('links resolved citations in prose to the exported pages, and nothing in code, comments or links', async () => {
    const cwd = docs();
    const before = readFileSync(join(cwd, 'guide.md'), 'utf8');
    const { status, stdout } = await tip(['cite', '--link', 'guide.md'], { cwd });
    expect(status).toBe(0);
    expect(stdout).toBe('guide.md: 2 links added\n1 file of 1 changed, 2 links added\n');
    const after = readFileSync(join(cwd, 'guide.md'), 'utf8');
    expect(after).toContain(
      'under [PTPA s.3(2)](laws/ptpa-2018.md#s3-2 "PTPA s.3(2): Victim a woman or a child") when',
    );
    expect(after).toContain('is [PLD 2020 SC 146](cases/tayyaba-sc-2020.md "Tayyaba case (Supreme Court)").');
    // Everything else is as it was: the lines without a resolved citation in prose, the heading, code, comments.
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toHaveLength(2);
    expect(after).toContain('# Working with the trafficking law');
    expect(after).toContain(
      'See [the overview](https://example.org/ptpa-s.8 "PTPA s.10") and [PTPA s.4](laws/ptpa-2018.md#s4).',
    );
  });

  it('changes nothing the second time, and rewrites no file', async () => {
    const cwd = docs();
    await tip(['cite', '--link', '.'], { cwd });
    const stamp = statSync(join(cwd, 'guide.md'));
    const again = await tipJson(['cite', '--link', '.'], { cwd });
    expect(again.status).toBe(0);
    expect(again.body).toMatchObject({ changed: [], links: 0, dryRun: false, ok: true });
    const now = statSync(join(cwd, 'guide.md'));
    expect([now.ino, now.mtimeMs]).toEqual([stamp.ino, stamp.mtimeMs]);
  });

  it('--dry-run prints a unified diff and writes nothing; --base puts the pages under a path or URL', async () => {
    const cwd = docs();
    const before = readFileSync(join(cwd, 'guide.md'), 'utf8');
    const { status, stdout } = await tip(
      ['cite', '--link', 'guide.md', '--dry-run', '--base', 'https://law.example/tip/'],
      {
        cwd,
      },
    );
    expect(status).toBe(0);
    expect(readFileSync(join(cwd, 'guide.md'), 'utf8')).toBe(before);
    expect(stdout).toContain('--- a/guide.md\n+++ b/guide.md\n@@ -4,7 +4,7 @@\n');
    expect(stdout).toContain('-Officers open an inquiry under PTPA s.3(2) when the person moved is a child.\n');
    expect(stdout).toContain(
      '+Officers open an inquiry under [PTPA s.3(2)](https://law.example/tip/laws/ptpa-2018.md#s3-2 ',
    );
    expect(stdout).toMatch(/1 file of 1 would change, 2 links to add; nothing was written\n$/);
  });

  it('links to anchors that tip export --format md writes', async () => {
    const cwd = docs();
    const site = join(tempDir(), 'site');
    writeFileSync(
      join(cwd, 'many.md'),
      [
        'First PTPA s.3(2) applies.',
        'Then PTPA s.3(9) applies.',
        'Then sections 3 and 4 of the PTPA apply.',
        'Then PTPA s.16 applies.',
        'The PTPA as a whole, and PLD 2020 SC 146.',
        '',
      ].join('\n'),
    );
    await tip(['cite', '--link', 'many.md'], { cwd });
    expect((await tip(['export', '--format', 'md', '--out', site])).status).toBe(0);
    const links = [...readFileSync(join(cwd, 'many.md'), 'utf8').matchAll(LINK)].map(([, , href = '']) => href);
    expect(links).toEqual([
      'laws/ptpa-2018.md#s3-2',
      // A pinpoint the digest does not record links to its provision.
      'laws/ptpa-2018.md#s3',
      'laws/ptpa-2018.md#s3',
      'laws/ptpa-2018.md#s4',
      'laws/ptpa-2018.md#s16',
      'laws/ptpa-2018.md',
      'cases/tayyaba-sc-2020.md',
    ]);
    for (const href of links) {
      const [page = '', anchor] = href.split('#');
      expect(existsSync(join(site, page)), page).toBe(true);
      if (anchor) expect(readFileSync(join(site, page), 'utf8'), href).toContain(`<a id="${anchor}"></a>`);
    }
  });

  it('never rewrites a symbolic link or the file behind it, which may lie outside the docs; says so', async () => {
    const cwd = docs();
    const outside = join(tempDir(), 'outside.md');
    writeFileSync(outside, 'Under PTPA s.3.\n');
    symlinkSync(outside, join(cwd, 'linked.md'));
    const { status, stdout } = await tip(['cite', '--link', 'linked.md'], { cwd });
    expect(status).toBe(1);
    expect(stdout).toContain('linked.md is a symbolic link; it was left as it is');
    expect(lstatSync(join(cwd, 'linked.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(outside, 'utf8')).toBe('Under PTPA s.3.\n');
  });

  it('links each file to the export folder by a path relative to itself (--to)', async () => {
    const cwd = docs();
    const { status } = await tip(['cite', '--link', 'sops', '--to', 'site/law'], { cwd });
    expect(status).toBe(0);
    expect(readFileSync(join(cwd, 'sops', 'clean.md'), 'utf8')).toContain(
      '[PTPA s.3](../site/law/laws/ptpa-2018.md#s3 ',
    );
  });

  it('keeps a byte order mark, and leaves a file that is not UTF-8 as it is', async () => {
    const cwd = docs();
    writeFileSync(join(cwd, 'bom.md'), '\uFEFFUnder PTPA s.3.\n');
    writeFileSync(join(cwd, 'latin.md'), Buffer.from('Caf\xe9 under PTPA s.3.\n', 'latin1'));
    const { status, stdout } = await tip(['cite', '--link', 'bom.md', 'latin.md'], { cwd });
    expect(status).toBe(1);
    expect(readFileSync(join(cwd, 'bom.md'), 'utf8')).toBe(
      '\uFEFFUnder [PTPA s.3](laws/ptpa-2018.md#s3 "PTPA s.3: Trafficking in persons").\n',
    );
    expect(readFileSync(join(cwd, 'latin.md'))).toEqual(Buffer.from('Caf\xe9 under PTPA s.3.\n', 'latin1'));
    expect(stdout).toContain('latin.md: error: latin.md is not UTF-8; it was left as it is');
  });

  it('exits 2 with no Markdown file, and refuses --dry-run without --link', async () => {
    const cwd = docs();
    expect((await tip(['cite', '--link', 'sops/intake.txt'], { cwd })).status).toBe(2);
    expect((await tip(['cite', 'guide.md', '--dry-run'], { cwd })).status).toBe(2);
  });
});
