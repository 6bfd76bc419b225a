import { fileError } from './domain/common/errors.js';

/**
 * A failed write to stdout (a full disk, a closed device) arrives as an 'error' event
 * outside any command, where oclif would rethrow it as a raw stack trace. This reports
 * it in one line on stderr and ends the process with exit 1 (an environment error).
 * EPIPE (the reader went away, as with `| head`) stays silent.
 */
export function guardOutput(): void {
  // oclif's own listener rethrows everything but EPIPE; it is replaced, not added to.
  process.stdout.removeAllListeners('error');
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    const reason =
      fileError(error, 'write to', 'standard output')?.message ?? `cannot write to standard output: ${error.message}`;
    process.stderr.write(`Error: ${reason}\n`);
    // The stream is broken and the command cannot finish its output: stop here.
    process.exit(1);
  });
  // Nowhere is left to report a broken stderr; the exit code says it.
  process.stderr.on('error', () => process.exit(1));
}
