import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { writeFileAtomic } from '../corpus/store.js';
import { UsageError } from '../common/errors.js';

/** The file that marks a folder as made by `tip export`, listing what it wrote. */
export const EXPORT_MARKER = '.tip-export.json';

interface ExportMarker {
  generator: 'tip export';
  format: string;
  corpus: string;
  files: string[];
}

export interface WriteSummary {
  dir: string;
  format: string;
  files: number;
  /** Files an earlier export wrote that this one no longer has, now deleted. */
  removed: string[];
}

/**
 * Writes an export folder. Each file goes to a temporary name and is renamed into
 * place, so a reader never sees half a file. A non-empty folder that an earlier
 * `tip export` did not make is refused unless `force`: an export must never overwrite
 * someone's own files. Files the previous export wrote and this one does not are
 * removed, so the folder always mirrors the corpus.
 */
export function writeExportDir(
  dir: string,
  files: ReadonlyMap<string, string>,
  options: { format: string; corpus: string; force: boolean },
): WriteSummary {
  const previous = previousExport(dir, options.force);
  const names = [...files.keys()].sort();
  for (const name of names) writeFileAtomic(join(dir, name), files.get(name) as string);
  const removed = previous.filter((name) => !files.has(name));
  for (const name of removed) rmSync(join(dir, name), { force: true });
  const marker: ExportMarker = {
    generator: 'tip export',
    format: options.format,
    corpus: options.corpus,
    files: names,
  };
  writeFileAtomic(join(dir, EXPORT_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  return { dir, format: options.format, files: names.length, removed };
}

/** The files a previous export listed; throws if the folder holds anything else and `force` is off. */
function previousExport(dir: string, force: boolean): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) {
    throw new UsageError(`--out ${dir} is a file, not a folder`, { suggestions: ['Give a new or empty folder'] });
  }
  if (readdirSync(dir).length === 0) return [];
  const marker = readMarker(dir);
  if (marker) return marker.files;
  if (force) return [];
  throw new UsageError(`--out ${dir} is not empty and was not made by tip export; nothing was written`, {
    suggestions: ['Give a new or empty folder', 'Add --force to write into it anyway (its other files are kept)'],
  });
}

function readMarker(dir: string): ExportMarker | undefined {
  try {
    const marker = JSON.parse(readFileSync(join(dir, EXPORT_MARKER), 'utf8')) as Partial<ExportMarker>;
    if (marker.generator !== 'tip export' || !Array.isArray(marker.files)) return undefined;
    // Only plain relative names: a tampered marker must not make the export delete files elsewhere.
    const files = marker.files.filter(
      (f): f is string => typeof f === 'string' && !isAbsolute(f) && !f.split(/[\\/]/).includes('..'),
    );
    return { ...(marker as ExportMarker), files };
  } catch {
    return undefined;
  }
}
