/**
 * A one-line progress bar on a terminal's stderr, redrawn in place; nothing at all when
 * stderr is not a terminal, so logs and pipes get only the report.
 */
export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  done(): void;
}

const WIDTH = 24;

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY || process.env.TERM === 'dumb') return { update() {}, done() {} };
  let drawn = false;
  return {
    update(done, total, label) {
      const filled = total > 0 ? Math.round((WIDTH * done) / total) : 0;
      const columns = stream.columns || 80;
      const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${label}`;
      stream.write(`\r\u001B[2K${line.slice(0, columns - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001B[2K');
      drawn = false;
    },
  };
}
