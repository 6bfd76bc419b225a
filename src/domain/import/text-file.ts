/** The text file `tip import` writes: reading back an earlier one, and writing a new one. */
import { parse, stringify } from 'yaml';
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

/** The text file as written: a header that says whose it is, then the YAML. */
export function officialTextYaml(file: OfficialTextFile): string {
  return `# Written by tip import from a file you hold; re-import to replace it. Official text, verbatim: check it against the source.\n${stringify(file, { lineWidth: 0 })}`;
}
