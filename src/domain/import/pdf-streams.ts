/**
 * A PDF's compressed streams, measured before PDF.js reads them: a few hundred kilobytes
 * of deflate can expand to gigabytes (a compression bomb), which PDF.js would hold in
 * memory. Each stream is inflated with a cap, so the check itself is bounded.
 */
import { inflateSync } from 'node:zlib';
import { DataError } from '../common/errors.js';

/** Larger than any page's content or font: a stream past this is refused. */
const MAX_STREAM = 64 * 1024 * 1024;
/** All streams together. */
const MAX_TOTAL = 512 * 1024 * 1024;

/** Throws (exit 4) where a stream of the PDF would inflate past the caps. */
export function checkStreams(bytes: Uint8Array, name: string): void {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let at = 0;
  while ((at = pdf.indexOf('stream', at, 'latin1')) >= 0) {
    if (pdf.toString('latin1', Math.max(0, at - 3), at) === 'end') {
      at += 6;
      continue;
    }
    let start = at + 6;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    const end = pdf.indexOf('endstream', start, 'latin1');
    if (end < 0) return;
    // The stream's dictionary: back to its "obj", within 4 KB.
    const head = pdf.toString('latin1', Math.max(0, at - 4096), at);
    const dict = head.slice(head.lastIndexOf(' obj') + 1);
    if (/\/FlateDecode/.test(dict)) {
      // Deflate behind another filter ([/ASCIIHexDecode /FlateDecode]) cannot be measured here, so it is not read.
      if (/\/Filter\s*\[\s*\/(?!FlateDecode)\w+[^\]]*\/FlateDecode/.test(dict)) throw chained(name);
      total += inflated(pdf.subarray(start, end), name);
    }
    if (total > MAX_TOTAL) throw bomb(name, MAX_TOTAL);
    at = end + 9;
  }
}

function inflated(stream: Buffer, name: string): number {
  try {
    return inflateSync(stream, { maxOutputLength: MAX_STREAM }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(name, MAX_STREAM);
    // A damaged or partial stream: PDF.js decides what it can read of it.
    return 0;
  }
}

function chained(name: string): DataError {
  return new DataError(
    `${name} compresses its content behind a second filter, which tipkit cannot measure before reading it`,
    {
      suggestions: ['Print the document to a new PDF, or save its text, and import that'],
    },
  );
}

function bomb(name: string, limit: number): DataError {
  return new DataError(
    `${name} holds compressed content that expands past ${limit / 1024 / 1024} MB: it is not a statute's text (a damaged PDF or a compression bomb)`,
    { suggestions: ['Print the document to a new PDF, or save its text, and import that'] },
  );
}
