import { parse } from 'yaml';
import { OfficialTextFile } from '../corpus/schema.js';
import { readTextFile } from '../writes/read-file.js';
import { entryKind } from '../writes/write-file.js';

/** The text file an earlier `tip import` wrote at `path`, or undefined when there is none or it is not one. */
export function previousImport(path: string): OfficialTextFile | undefined {
  if (entryKind(path) !== 'file') return undefined;
  try {
    const parsed = OfficialTextFile.safeParse(
      parse(readTextFile(path, { what: 'text file', maxBytes: 64 * 1024 * 1024 })),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
