import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeText } from '../../src/render/controls.js';
import { ROOT, tempDir, userEnv } from '../helpers.js';

/** util-linux `script`, which gives the CLI a pseudo-terminal; the tests that need one skip without it. */
export const hasScript = spawnSync('script', ['--version']).status === 0;

/**
 * How long one wait may last before it fails with the screen it saw: far above the second or
 * two the slowest screen takes on a loaded machine, so a busy CI is not a failure. Tests wait
 * for what the CLI shows, never for a time; this only turns a hang into a readable failure.
 */
const WAIT_MS = 60_000;

/** A test's own limit for a run of a few dozen waits in a terminal. */
export const TERMINAL_TEST_MS = 240_000;

export interface Terminal {
  /** Resolves once `text` shows in what the CLI wrote after offset `from` (the screen's length before a key). */
  waitFor(text: string | RegExp, from?: number): Promise<void>;
  /** Types `keys` in one write, and resolves once `then` shows after them. */
  press(keys: string, then: string | RegExp): Promise<void>;
  /** Types `keys` and resolves with the exit code once the CLI has exited. */
  quit(keys: string): Promise<number | null>;
  /** Resolves with the exit code once the CLI has exited by itself (a command that is not interactive). */
  exited(): Promise<number | null>;
  /** Resizes the terminal and tells the CLI, as a window manager does. */
  resize(columns: number, rows: number): void;
  /** Everything the CLI wrote, with its cursor moves and colours: offsets for waitFor count in this. */
  raw(): string;
  /** What the CLI wrote, without cursor moves and colours, to be searched as text. */
  screen(): string;
}

/**
 * The CLI in a pseudo-terminal of the given size, driven as a person drives it: a key, then
 * what it shows. The shell writes down its terminal and pid before it becomes the CLI (exec),
 * so that the test can resize that terminal.
 */
export function openTerminal(
  args: readonly string[],
  size: { columns: number; rows: number },
  env: NodeJS.ProcessEnv = {},
): Terminal {
  const dir = tempDir();
  const cli = [process.execPath, join(ROOT, 'bin', 'run.js'), ...args].map((a) => `'${a}'`).join(' ');
  const command = `tty > ${dir}/tty; echo $$ > ${dir}/pid; stty cols ${size.columns} rows ${size.rows}; exec ${cli}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { env: userEnv({ ...env, TERM: 'xterm' }) });
  let output = '';
  let code: number | null | undefined;
  const listeners = new Set<() => void>();
  const tell = (): void => {
    for (const listener of [...listeners]) listener();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    tell();
  });
  // Keys typed after the CLI exited hit a closed pipe: the waits say so, the worker must not crash.
  child.stdin.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (status) => {
      code = status;
      resolve(status);
      tell();
    }),
  );

  const waitFor = (text: string | RegExp, from = 0): Promise<void> =>
    new Promise((resolve, reject) => {
      const fail = (why: string) => {
        listeners.delete(check);
        reject(new Error(`${why} ${String(text)}; last screen:\n${safeText(output).slice(-1500)}`));
      };
      const timer = setTimeout(() => fail(`waited ${WAIT_MS / 1000} s and never saw`), WAIT_MS);
      const check = (): void => {
        const seen = safeText(output.slice(from));
        if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) {
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        } else if (code !== undefined) {
          clearTimeout(timer);
          fail(`exited (${code}) without showing`);
        }
      };
      listeners.add(check);
      check();
    });

  return {
    waitFor,
    press: async (keys, then) => {
      const from = output.length;
      child.stdin.write(keys);
      await waitFor(then, from);
    },
    quit: async (keys) => {
      child.stdin.write(keys);
      return exited;
    },
    exited: () => exited,
    resize: (columns, rows) => {
      const tty = readFileSync(join(dir, 'tty'), 'utf8').trim();
      spawnSync('stty', ['-F', tty, 'cols', String(columns), 'rows', String(rows)]);
      process.kill(Number(readFileSync(join(dir, 'pid'), 'utf8').trim()), 'SIGWINCH');
    },
    raw: () => output,
    screen: () => safeText(output),
  };
}
