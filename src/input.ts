import { readFileSync } from 'node:fs';
import { MAX_INPUT_BYTES } from './domain/cite/decode.js';
import { NotFoundError, UsageError } from './domain/common/errors.js';

/** The bytes of a file, or of stdin when the path is absent or "-". */
export async function readInput(path: string | undefined): Promise<{ bytes: Uint8Array; name: string }> {
  if (path !== undefined && path !== '-') {
    try {
      return { bytes: readFileSync(path), name: path };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new NotFoundError(`no such file: ${path}`);
      if (code === 'EISDIR') throw new UsageError(`${path} is a folder; give a text file`);
      throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
    }
  }
  if (process.stdin.isTTY) {
    throw new UsageError('give a file to read, or pipe text in', {
      suggestions: ['tip cite fir.txt', 'pdftotext order.pdf - | tip cite'],
    });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Stop early: the limit check in decodeInput needs only to see that it was passed.
    if (size > MAX_INPUT_BYTES) return { bytes: Buffer.concat([...chunks, chunk]), name: 'stdin' };
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks), name: 'stdin' };
}
