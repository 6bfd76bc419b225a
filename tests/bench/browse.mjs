// `tip browse` as a user meets it, in a pseudo-terminal (util-linux `script`): the time
// from starting the process to its first frame, and from the last keystroke of a query
// to the frame that shows its results.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
// The built CLI's own stripper of terminal sequences (the bench needs `npm run build` anyway).
import { safeText } from '../../dist/render/controls.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'run.js');

export const hasTerminal = spawnSync('script', ['--version']).status === 0;

function once(args, env, query) {
  return new Promise((resolve, reject) => {
    const command = `stty cols 120 rows 40; exec '${process.execPath}' '${bin}' browse ${args.map((a) => `'${a}'`).join(' ')}`;
    const start = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env });
    let screen = '';
    let firstFrame;
    let typed;
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', (chunk) => {
      screen += chunk.toString();
      const text = safeText(screen);
      if (firstFrame === undefined && text.includes('Type to search')) {
        firstFrame = performance.now() - start;
        child.stdin.write(query);
        typed = performance.now();
        screen = '';
      } else if (typed !== undefined && /\d+ found/.test(text)) {
        const latency = performance.now() - typed;
        typed = undefined;
        child.stdin.write('\u001b');
        resolve({ firstFrame, latency });
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      reject(new Error('tip browse ended before showing results'));
    });
  });
}

/** Medians over `runs` runs: first frame and keystroke to results, in ms. */
export async function browseTimes(args, env, runs = 5, query = 'debt bondage') {
  const first = [];
  const latency = [];
  for (let i = 0; i < runs; i++) {
    const result = await once(args, env, query);
    first.push(result.firstFrame);
    latency.push(result.latency);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { firstFrame: median(first), latency: median(latency) };
}
