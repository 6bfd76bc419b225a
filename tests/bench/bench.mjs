#!/usr/bin/env node
// `npm run bench`: cold-process start-up, median of N runs of each command, and the
// ratio of each to `tip --version` (the floor oclif itself sets). Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const scale = process.argv.indexOf('--scale');
if (scale >= 0) {
  // Sizes in provisions, e.g. `npm run bench -- --scale 1000,20000`.
  const sizes = (process.argv[scale + 1] ?? '1000,20000,50000,150000').split(',').map(Number);
  const { scaleBench } = await import('./scale.mjs');
  console.log(
    `scale bench (node ${process.version}); "debt bondage" is in most documents, the two rare words in a few hundred`,
  );
  await scaleBench(sizes);
  process.exit(0);
}
const runs = Number(process.env.BENCH_RUNS ?? 21);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'run.js');
const examples = join(import.meta.dirname, '..', '..', 'examples');
const cache = mkdtempSync(join(tmpdir(), 'tipkit-bench-'));
const env = { ...process.env, XDG_CACHE_HOME: cache, TIPKIT_LIBRARY: join(cache, 'library'), NO_COLOR: '1' };
const cases = [
  ['node -e 0', ['-e', '0']],
  ['tip --version', [bin, '--version']],
  ['tip show "PTPA s.3"', [bin, 'show', 'PTPA s.3']],
  ['tip search "debt bondage"', [bin, 'search', 'debt bondage']],
  // A 1000-letter word once took the search out of memory; it must cost what any search costs.
  ['tip search <1000-letter word>', [bin, 'search', 'qwertyuiop'.repeat(100)]],
  ['tip cases show "PLD 2020 SC 146"', [bin, 'cases', 'show', 'PLD 2020 SC 146']],
  ['tip cite fir.txt', [bin, 'cite', join(import.meta.dirname, '..', 'fixtures', 'cite', 'fir.txt')]],
  // An import reads, cleans and places a whole Gazette copy (here a dry run, so nothing is written).
  [
    'tip import lantern-gazette.md --dry-run',
    [bin, 'import', join(examples, 'lantern-gazette.md'), '--data', join(examples, 'lantern'), '--dry-run'],
  ],
  [
    'tip checklist trafficking --victim child --cross-border --format md',
    [bin, 'checklist', 'trafficking', '--victim', 'child', '--cross-border', '--format', 'md'],
  ],
];
const targets = {
  'tip show "PTPA s.3"': 1.1,
  'tip search "debt bondage"': 1.25,
  'tip search <1000-letter word>': 1.25,
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Round-robin: every round runs each command once, so drift in machine load touches
// all of them alike instead of skewing the ratios.
const times = Object.fromEntries(cases.map(([label]) => [label, []]));
for (const [, args] of cases) spawnSync(process.execPath, args, { env }); // warm the file-system cache
for (let i = 0; i < runs; i++) {
  for (const [label, args] of cases) {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    times[label].push(performance.now() - start);
    if (child.status !== 0) throw new Error(`${label} exited ${child.status}`);
  }
}
const results = Object.fromEntries(Object.entries(times).map(([label, values]) => [label, median(values)]));

const base = results['tip --version'];
console.log(`cold-process medians over ${runs} runs (node ${process.version})`);
for (const [label, ms] of Object.entries(results)) {
  const ratio = ms / base;
  const target = targets[label];
  const verdict = target ? ` (target ≤ ${target}×: ${ratio <= target ? 'met' : 'missed'})` : '';
  console.log(`${label.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}× tip --version${verdict}`);
}
await browseBench();
await importScale();
rmSync(cache, { recursive: true, force: true });
await relevanceBench();

/** The graded query suite: pass count (against each query's goal) and MRR. */
async function relevanceBench() {
  const { relevance } = await import('./relevance.mjs');
  const rows = await relevance();
  const mrr = rows.reduce((sum, row) => sum + (row.best === Infinity ? 0 : 1 / row.best), 0) / rows.length;
  console.log(
    `${'relevance suite'.padEnd(34)} ${rows.filter((row) => row.passed).length} of ${rows.length} queries at their goal, MRR ${mrr.toFixed(3)} (node tests/bench/relevance.mjs lists the misses)`,
  );
}

/** `tip browse`: first frame and keystroke-to-results, beside `tip search` (the yardstick). */
async function browseBench() {
  const { browseTimes, hasTerminal } = await import('./browse.mjs');
  if (!hasTerminal) return console.log('tip browse: not timed (no `script` for a pseudo-terminal)');
  const { firstFrame, latency } = await browseTimes([], env);
  const search = results['tip search "debt bondage"'];
  console.log(
    `${'tip browse, first frame'.padEnd(34)} ${firstFrame.toFixed(1).padStart(7)} ms  ${(firstFrame / search).toFixed(2)}× tip search`,
  );
  console.log(
    `${'tip browse, "debt bondage" typed'.padEnd(34)} ${latency.toFixed(1).padStart(7)} ms  from the last key to its results`,
  );
}

/**
 * Import at scale, timed once each (an import writes, so it is not a start-up figure):
 * a 30-page code PDF, and 60 acts in one run into an empty library, with the peak memory
 * of each run. Targets: under 2 s and under 30 s.
 */
async function importScale() {
  const { makeCodePdf, longAct } = await import('../fixtures/import/make-pdf.mjs');
  const { writeFileSync, readdirSync } = await import('node:fs');
  const dir = mkdtempSync(join(cache, 'acts-'));
  const thirty = join(dir, 'harbour-act.pdf');
  writeFileSync(thirty, await makeCodePdf(longAct('The Harbour Keepers Act, 2020', 136)));
  const acts = [];
  for (let i = 0; i < 60; i++) {
    const file = join(dir, `act-${i + 1}.pdf`);
    writeFileSync(file, await makeCodePdf(longAct(`The Harbour Dues Act Number ${i + 1}, ${1950 + i}`, 30)));
    acts.push(file);
  }
  const timed = (label, args, target) => {
    const library = mkdtempSync(join(cache, 'library-'));
    const start = performance.now();
    const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'import', ...args], {
      env: { ...env, TIPKIT_LIBRARY: library },
      encoding: 'utf8',
    });
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`${label} exited ${child.status}: ${child.stderr.slice(-500)}`);
    const peak = Number(child.stderr.trim().split('\n').at(-1)) / 1024;
    const files = readdirSync(join(library, 'laws')).length;
    const index = /search index rebuilt in (\d+) ms/.exec(child.stderr)?.[1];
    console.log(
      `${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  ${peak.toFixed(0)} MB peak, ${files} files, index rebuilt in ${index} ms (target < ${target / 1000} s: ${ms < target ? 'met' : 'missed'})`,
    );
  };
  timed('tip import <30-page PDF>', [thirty], 2000);
  timed('tip import <60 acts, 7 pages each>', acts, 30000);
}
