import { MAX_INPUT_BYTES } from './domain/common/decode.js';
import { UsageError } from './domain/common/errors.js';
import { readBoundedBytes, readBoundedStream } from './domain/writes/read-file.js';

/** The bytes of a file, or of stdin when the path is absent or "-"; never more than the input limit allows. */
export async function readInput(path: string | undefined): Promise<{ bytes: Uint8Array; name: string }> {
  if (path !== undefined && path !== '-') return { bytes: await readBoundedBytes(path, MAX_INPUT_BYTES), name: path };
  if (process.stdin.isTTY) {
    throw new UsageError('give a file to read, or pipe text in', {
      suggestions: ['tip cite fir.txt', 'pdftotext order.pdf - | tip cite'],
    });
  }
  return { bytes: await readBoundedStream(process.stdin as AsyncIterable<Buffer>, MAX_INPUT_BYTES), name: 'stdin' };
}
