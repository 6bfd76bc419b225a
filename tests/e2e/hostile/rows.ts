/**
 * The runner of the hostile-input suites: each row runs the built CLI in a fresh user
 * folder and asserts that it prints no stack trace, does not hang, exits with the documented
 * code, answers valid JSON under --json, and changes nothing on disk but what the row allows.
 * A row may go on with more commands in the same folder (what an import left behind), each
 * held to the same rules. Suites in several files share it, each printing its tally.
 *
 * Most rows test what a command returns, and run in this process (tip, one after another,
 * since each changes the working folder); a row that needs a real process says why in its
 * `process` field, and runs as one, a few at once.
 */
import { closeSync, openSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tip, tipProcess, type CliResult } from '../../helpers.js';
import { changedEntries, fingerprint, makeUserFolder } from './user-folder.js';

/** One run of the CLI. */
export interface Step {
  args: string[];
  /** The exit code the README documents for this input. */
  exit: 0 | 1 | 2 | 3 | 4;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Send stdout to this device instead of a pipe. */
  stdoutTo?: string;
  check?: (result: CliResult, dir: string) => void;
}

export interface Row extends Step {
  name: string;
  /** Entries the commands may create or change, relative to the user folder. */
  changes?: string[];
  setup?: (dir: string) => void;
  /** Commands run after this one, in turn, in the same folder. */
  then?: Step[];
  /**
   * An input of megabytes, whose cost running beside other rows would multiply on a machine
   * of two cores: run alone, after the others.
   */
  heavy?: boolean;
  /**
   * Why the row runs as a real process rather than in this one: its commands read stdin,
   * write stdout to a device, meet a FIFO or an endless device (a wait or a read that
   * only a process can be killed out of), or prove a bound of memory or time.
   */
  process?: string;
}

/** A row's steps that only a process can run: stdin to read, or stdout sent to a device. */
export const needsProcess = (row: Row): boolean =>
  [row, ...(row.then ?? [])].some((step) => step.input !== undefined || step.stdoutTo !== undefined);

type Run = CliResult & { signal: NodeJS.Signals | null };

/** One step of `row` in `dir`: as a process when the row says why, else in this process. */
async function execute(row: Row, step: Step, dir: string): Promise<Run> {
  if (row.process === undefined) return { ...(await tip(step.args, { cwd: dir, env: step.env ?? {} })), signal: null };
  const fd = step.stdoutTo ? openSync(step.stdoutTo, 'w') : undefined;
  try {
    return await tipProcess(step.args, {
      cwd: dir,
      timeout: HANG_MS,
      ...(step.input === undefined ? {} : { input: step.input }),
      ...(step.env ? { env: step.env } : {}),
      ...(fd === undefined ? {} : { stdout: fd }),
    });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a row runs as a real process: its `process` field, one of these or a reason of its own. */
export const BECAUSE = {
  stdin: 'reads stdin, which only a process is given (this one has a pipe that never ends)',
  fifo: 'meets a FIFO: were it opened, the wait is a hang only a process can be killed out of',
  endless: 'reads an endless device: the input bound is a bound of memory, proved only in a process',
  fullStdout: "stdout is /dev/full: the error reaches the process's own stream guard (bin/run.js)",
  heavy: 'megabytes of input: a bound of time and memory, which a regression would break only in a process',
} as const;

export const STACK = /\n\s+at .+:\d+:\d+\)?$|node:internal|FATAL ERROR|internal error/m;
export const ESC = '\u001b';
/** A word of `n` letters that names nothing. */
export const word = (n: number) => 'qwertyuiop'.repeat(Math.ceil(n / 10)).slice(0, n);
export const noEscapes = ({ stdout, stderr }: CliResult) => expect(stdout + stderr).not.toContain(ESC);
export const says =
  (pattern: RegExp) =>
  ({ stderr }: CliResult) =>
    expect(stderr).toMatch(pattern);

/**
 * How long one process may run before it counts as hung (and is killed): several times the
 * slowest row's cost on a loaded machine of two cores (the 6 MB Urdu text took about 15 s
 * alone and 43 s beside four other rows), so a busy CI is not a hang. A row that exists to
 * prove a bound proves it by counting work (a cap's notice, cells of a table), not by this.
 */
const HANG_MS = 90_000;

/** Registers `rows` as tests under `title`, with the closing tally the issue asks for. */
export function runHostileRows(title: string, rows: readonly Row[], minimum: number): void {
  const tally = { tried: 0, stackTraces: 0, hangs: 0, wrongExitCodes: 0, filesDamaged: 0 };

  const run = async (row: Row): Promise<void> => {
    const dir = makeUserFolder();
    row.setup?.(dir);
    const before = fingerprint(dir);
    const runs: { step: Step; result: Run }[] = [];
    for (const step of [row, ...(row.then ?? [])]) runs.push({ step, result: await execute(row, step, dir) });
    const changed = changedEntries(before, fingerprint(dir)).filter(
      (name) => !(row.changes ?? []).some((allowed) => name === allowed || name.startsWith(`${allowed}/`)),
    );
    tally.tried++;
    if (runs.some(({ result }) => STACK.test(result.stdout + result.stderr))) tally.stackTraces++;
    if (runs.some(({ result }) => result.signal)) tally.hangs++;
    if (runs.some(({ step, result }) => result.status !== step.exit)) tally.wrongExitCodes++;
    if (changed.length > 0) tally.filesDamaged++;

    for (const { step, result } of runs) {
      const command = `tip ${step.args.join(' ').slice(0, 100)}`;
      expect(result.signal, `${command}: hung and was killed`).toBeNull();
      expect(result.stdout + result.stderr, command).not.toMatch(STACK);
      expect(result.status, `${command}: ${result.stderr}`).toBe(step.exit);
    }
    expect(changed).toEqual([]);
    for (const { step, result } of runs) {
      if (step.args.includes('--json') && !step.stdoutTo) expect(() => JSON.parse(result.stdout)).not.toThrow();
      step.check?.(result, dir);
    }
  };

  describe(title, () => {
    it(`has at least ${minimum} rows, every name unique, every process row with its reason`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(minimum);
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      expect(rows.filter((row) => needsProcess(row) && !row.process).map((row) => row.name)).toEqual([]);
      expect(rows.filter((row) => row.process === '').map((row) => row.name)).toEqual([]);
    });

    // In-process rows change the working folder and the environment: one at a time.
    const inProcess = rows.filter((row) => row.process === undefined);
    if (inProcess.length > 0) it.each(inProcess)('$name', run, 2 * HANG_MS);
    // Each process row is its own process in its own folder, so a few run at once (vitest's maxConcurrency).
    const processes = rows.filter((row) => row.process !== undefined && !row.heavy);
    if (processes.length > 0) it.concurrent.each(processes)('$name', run, 2 * HANG_MS);
    const heavy = rows.filter((row) => row.process !== undefined && row.heavy);
    if (heavy.length > 0) it.each(heavy)('$name', run, 2 * HANG_MS);

    afterAll(() => {
      // The closing numbers the issue asks for, printed with every run.
      const line = `${title}: ${tally.tried} tried, ${tally.stackTraces} stack traces, ${tally.hangs} hangs, ${tally.wrongExitCodes} wrong exit codes, ${tally.filesDamaged} files damaged`;
      console.log(line);
    });
  });
}
