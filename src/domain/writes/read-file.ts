import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import { DataError, fileError, NotFoundError, UsageError } from '../common/errors.js';

/**
 * Reads a file the user named, at a bounded cost: only a regular file (a FIFO or a
 * terminal could make tipkit wait forever, a device could be endless), at most
 * `maxBytes`, decoded as UTF-8. Errors name the path as given.
 */
export function readTextFile(path: string, options: { what: string; maxBytes: number }): string {
  return readRegularFile(path, options, 'utf8');
}

/** The same, as bytes: for a file whose format is known only once read (a PDF or a text). */
export function readFileBytes(path: string, options: { what: string; maxBytes: number }): Uint8Array {
  return readRegularFile(path, options);
}

function readRegularFile(path: string, options: { what: string; maxBytes: number }): Buffer;
function readRegularFile(path: string, options: { what: string; maxBytes: number }, encoding: 'utf8'): string;
function readRegularFile(
  path: string,
  options: { what: string; maxBytes: number },
  encoding?: 'utf8',
): string | Buffer {
  // stat first: reading a FIFO could wait forever, a device could be endless.
  const stats = statNamed(path, options.what);
  if (!stats.isFile()) throw new UsageError(`${path} is not a regular file; give a ${options.what}`);
  if (stats.size > options.maxBytes) {
    throw new DataError(
      `${path} is too large for a ${options.what} (${stats.size} bytes; at most ${options.maxBytes})`,
    );
  }
  try {
    // One call: Node reads a UTF-8 file in a single step, which matters for the 37 corpus files read on every run.
    return encoding ? readFileSync(path, encoding) : readFileSync(path);
  } catch (error) {
    throw fileError(error, 'read', path) ?? error;
  }
}

/**
 * The first `maxBytes + 1` bytes of what the user named (enough for the caller to see
 * that a limit was passed): a regular file, or a stream such as a FIFO from `<(…)` or a
 * device. Reading stops at the limit, so /dev/zero costs no more than a large file.
 */
export async function readBoundedBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  statNamed(path, 'text file');
  return readBoundedStream(createReadStream(path, { end: maxBytes }), maxBytes).catch((error: unknown) => {
    throw fileError(error, 'read', path) ?? error;
  });
}

/** Reads a stream until it ends or passes `maxBytes`. */
export async function readBoundedStream(stream: AsyncIterable<Buffer>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/** What is at a path the user named, refusing a missing path and a folder in their words. */
function statNamed(path: string, what: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`no such ${what}: ${path}`);
    throw fileError(error, 'read', path) ?? error;
  }
  if (stats.isDirectory()) throw new UsageError(`${path} is a folder; give a ${what}`);
  return stats;
}
