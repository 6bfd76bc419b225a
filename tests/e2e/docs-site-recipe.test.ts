import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onPath, ROOT, tempDir } from '../helpers.js';

/**
 * examples/docs-site run as its CI job runs it: ci.sh with `tip` on PATH (here the
 * checkout's build; tests/bench/pack-install.mjs runs it with a globally installed
 * tarball). The site is built with Debian's MkDocs where it is installed; CI requires it.
 */
const mkdocs = onPath('mkdocs');
const required = process.env.TIPKIT_REQUIRE_MKDOCS === '1';
if (!mkdocs) console.warn('docs-site recipe: MkDocs build SKIPPED: no `mkdocs` on PATH (apt-get install -y mkdocs).');

function recipe(): { dir: string; env: NodeJS.ProcessEnv; run: () => ReturnType<typeof spawnSync> } {
  const dir = join(tempDir(), 'docs-site');
  cpSync(join(ROOT, 'examples', 'docs-site'), dir, { recursive: true });
  const bin = tempDir();
  writeFileSync(join(bin, 'tip'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'run.js')}" "$@"\n`);
  chmodSync(join(bin, 'tip'), 0o755);
  const env = {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: process.env.HOME,
    XDG_CACHE_HOME: tempDir(),
    XDG_DATA_HOME: tempDir(),
    NO_COLOR: '1',
    ...(mkdocs ? {} : { TIPKIT_SKIP_SITE_BUILD: '1' }),
  };
  return {
    dir,
    env,
    run: () => spawnSync('sh', [join(dir, 'ci.sh')], { encoding: 'utf8', env, timeout: 120_000 }),
  };
}

describe('the docs-site recipe', () => {
  it.runIf(required)('finds MkDocs when the recipe test requires it', () => {
    expect(mkdocs, 'TIPKIT_REQUIRE_MKDOCS=1 but no mkdocs on PATH').toBeDefined();
  });

  it('checks the citations, exports the law pages and builds the site', () => {
    const { dir, run } = recipe();
    const result = run();
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(readFileSync(join(dir, 'docs', 'law', 'laws', 'ptpa-2018.md'), 'utf8')).toMatch(/^---\ntitle: /);
    if (mkdocs) {
      const page = readFileSync(join(dir, 'site', 'law', 'laws', 'ptpa-2018', 'index.html'), 'utf8');
      expect(page).toContain('id="s3"');
      expect(existsSync(join(dir, 'site', 'guides', 'first-contact', 'index.html'))).toBe(true);
    }
  });

  it("links the team's citations to the law pages (tip cite --link --to), and every link resolves in the build", () => {
    const { dir, run, env } = recipe();
    const link = spawnSync('tip', ['cite', '--link', 'docs', '--to', 'docs/law'], { cwd: dir, encoding: 'utf8', env });
    expect(link.status, link.stderr).toBe(0);
    const page = readFileSync(join(dir, 'docs', 'guides', 'first-contact.md'), 'utf8');
    expect(page).toContain('[PTPA s.3](../law/laws/ptpa-2018.md#s3 ');
    const result = run();
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    if (mkdocs) {
      const html = readFileSync(join(dir, 'site', 'guides', 'first-contact', 'index.html'), 'utf8');
      expect(html).toContain('href="../../law/laws/ptpa-2018/#s3"');
    }
  });

  it('fails the job on a citation the law does not have, naming its line', () => {
    const { dir, run } = recipe();
    appendFileSync(join(dir, 'docs', 'guides', 'charge-sheet.md'), '\nThe draft also cites PTPA s.42.\n');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/docs\/guides\/charge-sheet\.md:\d+:\d+: error: .*PTPA s\.42/);
    expect(existsSync(join(dir, 'docs', 'law'))).toBe(false);
  });

  it.runIf(mkdocs)('fails the build when a page links to a law page that does not exist', () => {
    const { dir, run } = recipe();
    mkdirSync(join(dir, 'docs', 'notes'));
    writeFileSync(
      join(dir, 'docs', 'notes', 'stale.md'),
      '# Stale\n\nSee [the old page](../law/laws/no-such-act.md).\n',
    );
    expect(run().status).not.toBe(0);
  });

  it.runIf(mkdocs)('builds an export that is the whole site, its nav taken by INHERIT', () => {
    const { dir, env } = recipe();
    const tip = spawnSync('tip', ['export', '--format', 'md', '--flavor', 'mkdocs', '--out', 'law-docs'], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(tip.status, tip.stderr).toBe(0);
    writeFileSync(join(dir, 'whole.yml'), 'site_name: Law\ndocs_dir: law-docs\nINHERIT: law-docs/mkdocs-nav.yml\n');
    const build = spawnSync('mkdocs', ['build', '--strict', '-f', 'whole.yml', '--site-dir', 'whole'], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(join(dir, 'whole', 'index.html'), 'utf8')).toContain('href="laws/ptpa-2018/"');
  });
});
