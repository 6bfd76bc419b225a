#!/usr/bin/env node
// tipkit as a user installs it: `npm pack`, install the tarball globally into a temporary
// prefix, then run the docs-site recipe (examples/docs-site/ci.sh) with that `tip`. Checks
// that the install warns of no lifecycle script, and times the installed `tip --version`.
// Usage: npm run test:pack [-- --keep]  (needs the npm cache that `npm ci` filled; runs offline-first)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'tipkit-pack-'));
const prefix = join(work, 'prefix');
const env = {
  ...process.env,
  PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
  XDG_CACHE_HOME: join(work, 'cache'),
  XDG_DATA_HOME: join(work, 'data'),
  NO_COLOR: '1',
};
let failed = false;

function step(title, command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const ok = result.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${title} (${(ms / 1000).toFixed(1)} s)`);
  if (!ok) {
    failed = true;
    console.log(result.stdout, result.stderr);
  }
  return { ...result, ms };
}

try {
  step('npm pack (builds first)', 'npm', ['pack', '--pack-destination', work, '--silent']);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  const install = step('npm install -g <tarball> into a temporary prefix', 'npm', [
    'install',
    '-g',
    '--prefix',
    prefix,
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    join(work, tarball),
  ]);
  // npm names each package whose install script it held back; tipkit must not be one.
  const warned = `${install.stdout}${install.stderr}`
    .split('\n')
    .filter((line) => /install-scripts.*tipkit@/.test(line));
  console.log(`${warned.length === 0 ? 'ok  ' : 'FAIL'} no lifecycle-script warning for tipkit`);
  if (warned.length > 0) failed = true;

  const versions = Array.from({ length: 5 }, () => step('tip --version (installed)', 'tip', ['--version']).ms);
  console.log(`     median ${Math.round(versions.sort((a, b) => a - b)[2])} ms`);

  const site = join(work, 'docs-site');
  cpSync(join(root, 'examples', 'docs-site'), site, { recursive: true });
  const hasMkdocs = spawnSync('sh', ['-c', 'command -v mkdocs'], { env }).status === 0;
  if (!hasMkdocs) console.log('note MkDocs not installed: the recipe runs without its site build');
  step('examples/docs-site/ci.sh with the installed tip', 'sh', [join(site, 'ci.sh')], {
    env: { ...env, ...(hasMkdocs ? {} : { TIPKIT_SKIP_SITE_BUILD: '1' }) },
  });
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
