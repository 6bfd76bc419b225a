/**
 * The official texts a folder holds (the user's library, or a corpus named with --data):
 * which there are, removing one tipkit wrote, and what a re-import changed.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError, UsageError } from '../common/errors.js';
import { OFFICIAL_TEXT_FILE } from '../corpus/files.js';
import type { OfficialTextFile } from '../corpus/schema.js';
import { entryKind } from '../writes/write-file.js';
import { previousImport } from './text-file.js';

export interface ImportEntry {
  instrument: string;
  path: string;
  /** The instrument's title where the import brought the instrument itself. */
  title?: string;
  source: OfficialTextFile['source'];
  /** Parts given text, and provisions brought by the import. */
  sections: number;
  provisions: number;
}

/** Every text file tipkit wrote in `lawsDir`, by instrument id; files of the user's own are not listed. */
export function listImports(lawsDir: string): ImportEntry[] {
  if (entryKind(lawsDir) !== 'folder') return [];
  return readdirSync(lawsDir)
    .filter((name) => OFFICIAL_TEXT_FILE.test(name))
    .sort()
    .flatMap((name) => {
      const path = join(lawsDir, name);
      const file = previousImport(path);
      if (!file) return [];
      return [
        {
          instrument: file.text_of,
          path,
          ...(file.instrument ? { title: file.instrument.title } : {}),
          source: file.source,
          sections: file.sections.length,
          provisions: file.provisions?.length ?? 0,
        },
      ];
    });
}

/** Removes the text tipkit imported for `id` from `lawsDir`; a file tipkit did not write is left alone. */
export function removeImport(lawsDir: string, id: string): string {
  const path = join(lawsDir, `${id}.text.yaml`);
  if (!/^[a-z][a-z0-9-]*$/.test(id) || entryKind(path) === 'missing') {
    const known = listImports(lawsDir).map((e) => e.instrument);
    throw new NotFoundError(`no imported text for "${id}" in ${lawsDir}`, {
      suggestions: known.length ? known.map((k) => `tip import --remove ${k}`) : ['tip import --list'],
    });
  }
  if (entryKind(path) !== 'file' || !previousImport(path)) {
    throw new UsageError(`${path} was not written by tip import; nothing was removed`);
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
