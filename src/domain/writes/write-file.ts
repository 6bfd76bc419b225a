/**
 * The one rule for every file tipkit writes: never destroy what tipkit did not write.
 *
 * - A new file is written to a temporary name beside it and renamed into place, so no
 *   reader ever sees half a file.
 * - An existing regular file is replaced only when the caller says so: the user named it
 *   and asked (--force), or tipkit wrote it (an export's own files, a checklist it opened).
 * - A symbolic link is written through to the file it points to (the link stays a link);
 *   a dangling link is refused.
 * - A character device (/dev/null, a terminal) is written to directly, never replaced; a
 *   FIFO, socket or block device is refused, since writing to one can wait forever.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { asFileError, UsageError } from '../common/errors.js';

export interface WriteOptions {
  /** May an existing regular file at the path be replaced? */
  replace: boolean;
  /** Refuse anything but a regular file (for files tipkit reads back, such as checklists). */
  regularOnly?: boolean;
  /** Follow a symbolic link at the path (the default); when false a link is refused. */
  followLinks?: boolean;
  /** How to tell the user to allow a replacement, e.g. "add --force". */
  replaceHint?: string;
}

export interface WriteResult {
  /** The path as the caller gave it. */
  path: string;
  /** True when an existing file was replaced. */
  replaced: boolean;
}

/** What is written: text, bytes, or a producer that hands its chunks to `write` in order (for files too large to hold). */
export type Content = string | Uint8Array | ((write: (chunk: string | Uint8Array) => void) => void);

/** Writes `content` to `path` under the rule above. Errors name `path`, never a temporary file. */
export function writeTextFile(path: string, content: Content, options: WriteOptions): WriteResult {
  const target = linkTarget(path, options.followLinks ?? true);
  const existing = statOf(target, path);
  if (!existing) {
    writeAtomically(target, path, content, undefined);
    return { path, replaced: false };
  }
  if (existing.isDirectory()) throw new UsageError(`${path} is a folder; nothing was written`);
  if (existing.isCharacterDevice() && !options.regularOnly) {
    writeDirectly(target, path, content);
    return { path, replaced: false };
  }
  if (!existing.isFile()) {
    throw new UsageError(`${path} is ${describeKind(existing)}, not a regular file; nothing was written`, {
      suggestions: [
        'Give the name of a regular file',
        'To send output to a program, leave out the file and use a pipe',
      ],
    });
  }
  if (!options.replace) {
    throw new UsageError(`${path} already exists; nothing was written`, {
      suggestions: [options.replaceHint ?? 'Give a new file name'],
    });
  }
  writeAtomically(target, path, content, existing.mode);
  return { path, replaced: true };
}

/** The bytes `content` stands for, produced once: for a file compared before it is written. */
export function contentBytes(content: Content): Buffer {
  if (typeof content === 'string') return Buffer.from(content);
  if (content instanceof Uint8Array) return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const chunks: Buffer[] = [];
  content((chunk) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk)));
  return Buffer.concat(chunks);
}

/**
 * Does the regular file at `path` hold exactly `bytes`? Read only when its size matches,
 * so a changed file of another size costs a stat; false when it is missing.
 */
export function holdsBytes(path: string, bytes: Uint8Array): boolean {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw asFileError(error, 'read', path);
  }
  if (!stats.isFile() || stats.size !== bytes.byteLength) return false;
  try {
    return Buffer.compare(readFileSync(path), bytes) === 0;
  } catch (error) {
    throw asFileError(error, 'read', path);
  }
}

/** What kind of thing is at `path`, without following a final link: for callers that must refuse early. */
export function entryKind(path: string): 'missing' | 'file' | 'link' | 'folder' | 'other' {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw asFileError(error, 'read', path);
  }
  if (stats.isSymbolicLink()) return 'link';
  if (stats.isDirectory()) return 'folder';
  return stats.isFile() ? 'file' : 'other';
}

/** The real file behind `path` when it is a symbolic link; `path` itself otherwise. */
function linkTarget(path: string, follow: boolean): string {
  if (entryKind(path) !== 'link') return path;
  if (!follow) throw new UsageError(`${path} is a symbolic link; tipkit does not write through links here`);
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(`${path} is a symbolic link to a file that does not exist; nothing was written`);
    }
    throw asFileError(error, 'follow the link', path);
  }
}

function statOf(target: string, path: string): Stats | undefined {
  try {
    return statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw asFileError(error, 'write', path);
  }
}

function writeAtomically(target: string, path: string, content: Content, mode: number | undefined): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    // "wx": the temporary name must be new, so nothing planted there is written through.
    const fd = openSync(temp, 'wx', 0o666);
    try {
      writeAll(fd, content);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode & 0o7777);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw asFileError(error, 'write', path);
  }
}

function writeDirectly(target: string, path: string, content: Content): void {
  try {
    const fd = openSync(target, 'w');
    try {
      writeAll(fd, content);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw asFileError(error, 'write', path);
  }
}

function writeAll(fd: number, content: Content): void {
  if (typeof content === 'function') return content((chunk) => writeAll(fd, chunk));
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
}

function describeKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}
