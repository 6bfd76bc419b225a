import type { Progress } from '../domain/common/progress.js';

/**
 * The one progress bar: a line on a terminal's stderr, redrawn in place. `progress` draws
 * it (only once the process has run half a second, so work that ends sooner draws
 * nothing); `done` clears it before the command prints.
 */
export interface ProgressBar {
  progress: Progress;
  done(): void;
}

const WIDTH = 24;

/** Work that ends within this many milliseconds of the process's start draws no bar. */
const SHOW_AFTER_MS = 500;

/**
 * The bar, or undefined when `stream` is not a terminal (or TERM is dumb), so logs and
 * pipes get only the report. `now` is the milliseconds since the process started.
 */
export function progressBar(
  stream: Pick<NodeJS.WriteStream, 'isTTY' | 'columns' | 'write'> = process.stderr,
  options: { env?: NodeJS.ProcessEnv; now?: () => number } = {},
): ProgressBar | undefined {
  const { env = process.env, now = () => performance.now() } = options;
  if (!stream.isTTY || env.TERM === 'dumb') return undefined;
  let drawn = false;
  return {
    progress(stage, done, total) {
      if (now() < SHOW_AFTER_MS) return;
      const filled = total > 0 ? Math.round((WIDTH * done) / total) : 0;
      const columns = stream.columns || 80;
      const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${stage}`;
      stream.write(`\r\u001B[2K${line.slice(0, columns - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001B[2K');
      drawn = false;
    },
  };
}
