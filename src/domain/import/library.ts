/**
 * The official texts a folder holds (the user's library, or a corpus named with --data):
 * which there are (a damaged one included), removing one tipkit wrote, and what a
 * re-import changed.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError, UsageError } from '../common/errors.js';
import { OFFICIAL_TEXT_FILE } from '../corpus/files.js';
import type { OfficialTextFile } from '../corpus/schema.js';
import { entryKind } from '../writes/write-file.js';
import { previousImport, writtenByTipkit } from './text-file.js';

export interface ImportEntry {
  instrument: string;
  path: string;
  /** The instrument's title where the import brought the instrument itself. */
  title?: string;
  /** Absent for a damaged file. */
  source?: OfficialTextFile['source'];
  /** Parts given text, and provisions brought by the import. */
  sections: number;
  provisions: number;
  /** Set where the file cannot be read as a text file: every command leaves it out until it is removed or fixed. */
  damaged?: string;
}

/** Every text file in `lawsDir`, by instrument id: tipkit's, and damaged ones that look like tipkit's or cannot be read. */
export function listImports(lawsDir: string): ImportEntry[] {
  if (entryKind(lawsDir) !== 'folder') return [];
  return readdirSync(lawsDir)
    .filter((name) => OFFICIAL_TEXT_FILE.test(name))
    .sort()
    .map((name) => {
      const path = join(lawsDir, name);
      const instrument = name.replace(OFFICIAL_TEXT_FILE, '');
      const file = previousImport(path);
      if (!file) return { instrument, path, sections: 0, provisions: 0, damaged: damage(path) };
      return {
        instrument: file.text_of,
        path,
        ...(file.instrument ? { title: file.instrument.title } : {}),
        source: file.source,
        sections: file.sections.length,
        provisions: file.provisions?.length ?? 0,
      };
    });
}

function damage(path: string): string {
  const kind = entryKind(path);
  if (kind === 'link') return 'a symbolic link, which tip import never writes';
  if (kind !== 'file') return 'not a regular file';
  return writtenByTipkit(path)
    ? 'written by tip import, but damaged or from another version of tipkit'
    : 'not a text file tip import wrote';
}

/** Removes the text tipkit imported for `id` from `lawsDir`, damaged or not; a file tipkit did not write is left alone. */
export function removeImport(lawsDir: string, id: string): string {
  const path = join(lawsDir, `${id}.text.yaml`);
  if (!/^[a-z][a-z0-9-]*$/.test(id) || entryKind(path) === 'missing') {
    const known = listImports(lawsDir).map((e) => e.instrument);
    throw new NotFoundError(`no imported text for "${id}" in ${lawsDir}`, {
      suggestions: known.length ? known.map((k) => `tip import --remove ${k}`) : ['tip import --list'],
    });
  }
  if (!writtenByTipkit(path)) {
    throw new UsageError(`${path} was not written by tip import; nothing was removed`, {
      suggestions: [`If it is yours, move it out of ${lawsDir} by hand`],
    });
  }
  rmSync(path);
  return path;
}

export interface ImportChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** What a re-import changes: the parts whose text is new, gone, or different. */
export function compareImports(previous: OfficialTextFile, next: OfficialTextFile): ImportChanges {
  const [before, after] = [texts(previous), texts(next)];
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after].filter(([id, text]) => before.has(id) && before.get(id) !== text).map(([id]) => id),
  };
}

function texts(file: OfficialTextFile): Map<string, string> {
  const map = new Map(file.sections.map((s) => [s.id, s.text]));
  for (const p of file.provisions ?? []) map.set(p.id, `${p.heading ?? ''}\n${p.text}`);
  return map;
}
