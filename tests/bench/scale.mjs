// `npm run bench -- --scale [sizes]`: generates corpora of 1k, 20k, 50k and 150k provisions,
// each with about 200 words of official text, and times the commands on them as a user
// runs them (cold processes), with peak memory, beside `tip --version` in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeScaleCorpus } from './scale-corpus.mjs';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'run.js');
/** Past this a run counts as failed: the goal is seconds. */
const TIMEOUT_MS = 300_000;

function run(args, env) {
  const start = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], {
    env,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const peakMb = Number(child.stderr.trim().split('\n').at(-1)) / 1024;
  return { ms, peakMb, ok: child.status === 0, status: child.status ?? child.signal };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function folderBytes(dir) {
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const stats = statSync(join(dir, name));
    if (stats.isFile()) bytes += stats.size;
  }
  return bytes;
}

export async function scaleBench(sizes) {
  const root = mkdtempSync(join(tmpdir(), 'tipkit-scale-'));
  const rows = [];
  try {
    for (const size of sizes) {
      const data = join(root, `corpus-${size}`);
      const made = writeScaleCorpus(data, size);
      const env = {
        ...process.env,
        XDG_CACHE_HOME: join(root, `cache-${size}`),
        TIPKIT_LIBRARY: join(root, 'lib'),
        NO_COLOR: '1',
      };
      const version = median([1, 2, 3, 4, 5].map(() => run(['--version'], env).ms));
      const validate = run(['validate', data], env);
      const first = run(['search', 'debt bondage', '--data', data], env);
      const warmSearch = median([1, 2, 3, 4, 5].map(() => run(['search', 'debt bondage', '--data', data], env).ms));
      const rare = median([1, 2, 3].map(() => run(['search', made.rare.join(' '), '--data', data], env).ms));
      const warmShow = median([1, 2, 3, 4, 5].map(() => run(['show', 'IA7 s.3', '--data', data], env).ms));
      const site = join(root, `site-${size}`);
      const { browseTimes, hasTerminal } = await import('./browse.mjs');
      const browse = hasTerminal ? await browseTimes(['--data', data], env, 3) : undefined;
      const html = run(['export', '--format', 'html', '--out', site, '--data', data], env);
      const siteMb = html.ok ? folderBytes(site) / 1024 / 1024 : NaN;
      rows.push({ size, made, version, validate, first, warmSearch, rare, warmShow, browse, html, siteMb });
      rmSync(data, { recursive: true, force: true });
      rmSync(site, { recursive: true, force: true });
      rmSync(join(root, `cache-${size}`), { recursive: true, force: true });
      print(rows.at(-1));
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

const s = (r) => (r.ok ? `${(r.ms / 1000).toFixed(2)} s, ${r.peakMb.toFixed(0)} MB` : `failed (${r.status})`);
const x = (ms, base) => `${(ms / base).toFixed(2)}×`;

function print(row) {
  const { size, version: v } = row;
  if (size === row.made.provisions && !print.header) {
    console.log(
      '| provisions | --version | validate | search, first run (build) | search "debt bondage", warm | two rare words, warm | show, warm | browse: first frame, typed to results | html export |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    print.header = true;
  }
  console.log(
    `| ${size.toLocaleString('en')} | ${v.toFixed(0)} ms | ${s(row.validate)} | ${s(row.first)} | ${row.warmSearch.toFixed(0)} ms (${x(row.warmSearch, v)}) | ${row.rare.toFixed(0)} ms (${x(row.rare, v)}) | ${row.warmShow.toFixed(0)} ms (${x(row.warmShow, v)}) | ${row.browse ? `${row.browse.firstFrame.toFixed(0)} ms, ${row.browse.latency.toFixed(0)} ms` : 'not timed'} | ${s(row.html)}${Number.isNaN(row.siteMb) ? '' : `, ${row.siteMb.toFixed(0)} MB`} |`,
  );
}
