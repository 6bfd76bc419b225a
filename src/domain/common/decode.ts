import { UsageError } from './errors.js';

/** Largest input `tip cite` reads; a judgment is well under 1 MB as text. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Text decoded from bytes, with notes on how it was read. */
export interface DecodedText {
  text: string;
  notices: string[];
}

/**
 * Turns the bytes of a file or pipe into text: UTF-8 (with or without a BOM), UTF-16
 * with a BOM (what Windows Notepad saves), or Windows-1252 when the bytes are not
 * UTF-8. Binary files are refused with a hint, never scanned as text.
 */
export function decodeInput(bytes: Uint8Array, name: string): DecodedText {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new UsageError(`${name} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`, {
      suggestions: ['Split the text, or cite the part that matters'],
    });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), notices: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), notices: [] };
  const binary = binaryKind(bytes);
  if (binary) {
    throw new UsageError(`${name} looks like ${binary}, not text`, {
      suggestions: [
        binary === 'a PDF'
          ? 'Extract its text first: pdftotext order.pdf - | tip cite'
          : 'Save it as plain text (.txt) first',
      ],
    });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), notices: [] };
  } catch {
    return { text: windows1252(bytes), notices: [`${name} is not valid UTF-8; read it as Windows-1252.`] };
  }
}

/** What Windows-1252 puts at 0x80 to 0x9F, where Latin-1 has control characters (0 where it leaves a byte unused). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252, decoded by hand: Node's TextDecoder reads the label as Latin-1 and
 * turns €, ’ and — (0x80, 0x92, 0x97) into invisible control characters.
 */
function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => {
      const mapped = WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0;
      return mapped ? String.fromCharCode(mapped) : c;
    });
}

function binaryKind(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head.startsWith('%PDF')) return 'a PDF';
  if (head.startsWith('PK\u0003\u0004')) return 'a Word or zip file';
  // Text never contains NUL; binary files nearly always do, early on.
  return bytes.subarray(0, 64 * 1024).includes(0) ? 'a binary file' : undefined;
}
