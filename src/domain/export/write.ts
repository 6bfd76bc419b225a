import { readdirSync, rmSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { asFileError, UsageError } from '../common/errors.js';
import { readTextFile } from '../writes/read-file.js';
import { contentBytes, entryKind, holdsBytes, writeTextFile, type Content } from '../writes/write-file.js';

/** The file that marks a folder as made by `tip export`, listing what it wrote. */
export const EXPORT_MARKER = '.tip-export.json';
/** A marker lists a few thousand names at most; a larger one is not ours. */
const MAX_MARKER_BYTES = 16 * 1024 * 1024;

interface ExportMarker {
  generator: 'tip export';
  format: string;
  /** Left out for plain Markdown, so its marker stays as it was before flavors. */
  flavor?: string;
  corpus: string;
  files: string[];
}

export interface WriteSummary {
  dir: string;
  format: string;
  flavor?: string;
  files: number;
  /** Files that were not there, now written. */
  written: string[];
  /** Files an earlier export wrote that this one wrote again with other content. */
  replaced: string[];
  /** Files that already held exactly this content: left alone (same inode, same time). */
  unchanged: string[];
  /** Files an earlier export wrote that this one no longer has, now deleted. */
  removed: string[];
  /**
   * Set by a check (nothing written): whether the folder already holds this export. The
   * lists then say what an export would do, the marker file included.
   */
  up_to_date?: boolean;
}

export interface ExportDirOptions {
  format: string;
  flavor?: string;
  corpus: string;
  force: boolean;
  /** Compare only: write and remove nothing. */
  check?: boolean;
}

/**
 * Writes an export folder, file by file under the one rule for writes. Only files that
 * an earlier `tip export` listed in its marker are replaced or removed, and only while
 * they are still regular files; anything else in the way stops the export before it
 * writes a byte. A non-empty folder that an earlier export did not make is refused
 * unless `force`, and even then its own files are kept. Files the previous export
 * wrote and this one does not are removed, so the folder mirrors the corpus. A file that
 * already holds its content is not written again, so its time stays and a CI diff or a
 * file watcher sees only what changed. With `check`, nothing is written or removed.
 */
export function writeExportDir(
  dir: string,
  files: ReadonlyMap<string, Content>,
  options: ExportDirOptions,
): WriteSummary {
  const ours = new Set(previousExport(dir, options.force));
  const names = [...files.keys()].sort();
  const inTheWay = [...names, EXPORT_MARKER].filter((name) => {
    const kind = entryKind(join(dir, name));
    return kind !== 'missing' && !(kind === 'file' && (ours.has(name) || name === EXPORT_MARKER));
  });
  if (inTheWay.length > 0) {
    throw new UsageError(
      `--out ${dir} already holds ${inTheWay.length} file${inTheWay.length === 1 ? '' : 's'} that tip export did not write: ${inTheWay.slice(0, 5).join(', ')}${inTheWay.length > 5 ? ', …' : ''}; nothing was written`,
      {
        suggestions: ['Give a new or empty folder', 'or move those files out of the way'],
        details: { in_the_way: inTheWay },
      },
    );
  }
  const summary: WriteSummary = {
    dir,
    format: options.format,
    ...(options.flavor ? { flavor: options.flavor } : {}),
    files: names.length,
    written: [],
    replaced: [],
    unchanged: [],
    removed: [],
  };
  // One file's bytes at a time: a statute book's export is never held whole.
  const put = (name: string, content: Content): void => {
    const path = join(dir, name);
    const bytes = contentBytes(content);
    const state = holdsBytes(path, bytes) ? 'unchanged' : entryKind(path) === 'missing' ? 'written' : 'replaced';
    summary[state].push(name);
    if (state !== 'unchanged' && !options.check) writeTextFile(path, bytes, { replace: true, followLinks: false });
  };
  for (const name of names) put(name, files.get(name) as Content);
  summary.removed = [...ours].filter((name) => !files.has(name) && entryKind(join(dir, name)) === 'file');
  if (!options.check) for (const name of summary.removed) removeFile(join(dir, name));
  const marker: ExportMarker = {
    generator: 'tip export',
    format: options.format,
    ...(options.flavor ? { flavor: options.flavor } : {}),
    corpus: options.corpus,
    files: names,
  };
  const markerText = `${JSON.stringify(marker, null, 2)}\n`;
  if (!options.check) {
    if (!holdsBytes(join(dir, EXPORT_MARKER), Buffer.from(markerText))) {
      writeTextFile(join(dir, EXPORT_MARKER), markerText, { replace: true, followLinks: false });
    }
    return summary;
  }
  put(EXPORT_MARKER, markerText);
  const upToDate = summary.written.length + summary.replaced.length + summary.removed.length === 0;
  return { ...summary, up_to_date: upToDate };
}

function removeFile(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch (error) {
    throw asFileError(error, 'remove', path);
  }
}

/** The files a previous export listed; throws if the folder holds anything else and `force` is off. */
function previousExport(dir: string, force: boolean): string[] {
  const kind = entryKind(dir);
  if (kind === 'missing') return [];
  if (kind !== 'folder') {
    throw new UsageError(`--out ${dir} is not a folder`, { suggestions: ['Give a new or empty folder'] });
  }
  if (readdirSync(dir).length === 0) return [];
  const marker = readMarker(dir);
  if (marker) return marker.files;
  if (force) return [];
  throw new UsageError(`--out ${dir} is not empty and was not made by tip export; nothing was written`, {
    suggestions: ['Give a new or empty folder', 'Add --force to write into it anyway (its own files are kept)'],
  });
}

function readMarker(dir: string): ExportMarker | undefined {
  try {
    const marker = JSON.parse(
      readTextFile(join(dir, EXPORT_MARKER), { what: 'export marker', maxBytes: MAX_MARKER_BYTES }),
    ) as Partial<ExportMarker>;
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
