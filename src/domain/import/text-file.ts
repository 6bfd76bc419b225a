/** The text file `tip import` writes: reading back an earlier one, recognising a damaged one, writing a new one. */
import { closeSync, openSync, readSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { MAX_FILE_BYTES } from '../corpus/files.js';
import { OfficialTextFile } from '../corpus/schema.js';
import { readTextFile } from '../writes/read-file.js';
import { entryKind } from '../writes/write-file.js';

const HEADER =
  '# Written by tip import from a file you hold; re-import to replace it. Official text, verbatim: check it against the source.';

/** The text file an earlier `tip import` wrote at `path`, or undefined when there is none or it is not one. */
export function previousImport(path: string): OfficialTextFile | undefined {
  if (entryKind(path) !== 'file') return undefined;
  try {
    const parsed = OfficialTextFile.safeParse(
      parse(readTextFile(path, { what: 'text file', maxBytes: MAX_FILE_BYTES })),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether tipkit wrote the regular file at `path`, judged by its content, so that a file
 * damaged past reading is still recognised: any one of the header line, the format tag
 * or the importer's name in its first 64 KB will do.
 */
export function writtenByTipkit(path: string): boolean {
  if (entryKind(path) !== 'file') return false;
  let head = '';
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(64 * 1024);
      head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  return head.startsWith('# Written by tip import') || /\btipkit-official-text\b|\bimporter: tipkit\b/.test(head);
}

/** The text file as written: a header that says whose it is, then the YAML. */
export function officialTextYaml(file: OfficialTextFile): string {
  return `${HEADER}\n${stringify(file, { lineWidth: 0 })}`;
}
