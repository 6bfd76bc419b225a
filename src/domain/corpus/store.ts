/**
 * tipkit's own cache files: how they are written, opened and checked. Every byte read
 * back from the cache is checked before it is used, because what the cache holds is
 * printed as the law: a file that is not whole, not of this format, not for this corpus,
 * or not a regular file is treated as absent, and rebuilt.
 */
import { constants as bufferConstants } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { FORMAT_VERSION } from './files.js';

/** How tipkit writes its own cache: a file may be replaced, but never through a link, and only a regular one. */
export const CACHE_WRITE = { replace: true, followLinks: false, regularOnly: true } as const;

/**
 * The checksum of cached bytes: CRC-32, which catches any burst of damage up to 32 bits
 * and nearly all others. Given the checksum of the bytes before, that of both together.
 */
export function cacheChecksum(bytes: Uint8Array, before = 0): number {
  return crc32(bytes, before);
}

/** The largest cache file read: longer than any string tipkit could have written it from. */
const MAX_CACHE_FILE = bufferConstants.MAX_STRING_LENGTH;

/** An open cache file: its descriptor and size. */
export interface CacheFile {
  fd: number;
  size: number;
}

/**
 * Opens a cache file for reading, if it is a regular file. Opened without waiting (a FIFO
 * would otherwise block the open itself until something writes to it) and checked on the
 * descriptor, so nothing swapped in between the check and the read is read. Undefined for
 * anything else: a missing file, a FIFO, a device, a folder.
 */
export function openCacheFile(path: string): CacheFile | undefined {
  let fd: number;
  try {
    // O_NONBLOCK is unknown on Windows, which has no FIFOs in the file system.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.size <= MAX_CACHE_FILE) return { fd, size: stats.size };
  } catch {
    // Unreadable: as absent.
  }
  closeSync(fd);
  return undefined;
}

/** Reads `length` bytes of an open cache file at `position`; false when the file ends first (it shrank). */
export function readCacheBytes(fd: number, buffer: Uint8Array, position: number): boolean {
  let done = 0;
  while (done < buffer.length) {
    const n = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (n === 0) return false;
    done += n;
  }
  return true;
}

/** A whole cache file, if it is a regular file that reads to its end. */
function readCacheFile(path: string): Buffer | undefined {
  const file = openCacheFile(path);
  if (!file) return undefined;
  try {
    const buffer = Buffer.alloc(file.size);
    return readCacheBytes(file.fd, buffer, 0) ? buffer : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(file.fd);
  }
}

/**
 * A snapshot file: a first line of JSON saying what it is and checking the rest
 * (`{format, hash, bytes, check}`: tipkit's format, the corpus hash or other key it was
 * written for, the length of the data and its checksum), then the data as JSON.
 */
interface EnvelopeHead {
  format: number;
  hash: string;
  bytes: number;
  check: number;
}

/** `data` as a snapshot file for `hash`. */
export function envelope(hash: string, data: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(data));
  const head: EnvelopeHead = { format: FORMAT_VERSION, hash, bytes: body.length, check: cacheChecksum(body) };
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), body]);
}

/** The data bytes of the snapshot file at `path` if it is whole, of this format and for `hash`; otherwise undefined. */
export function envelopeBody(path: string, hash: string): Buffer | undefined {
  const bytes = readCacheFile(path);
  const end = bytes ? bytes.indexOf(0x0a) : -1;
  if (!bytes || end < 0) return undefined;
  let head: EnvelopeHead;
  try {
    head = JSON.parse(bytes.subarray(0, end).toString('utf8')) as EnvelopeHead;
  } catch {
    return undefined;
  }
  const body = bytes.subarray(end + 1);
  const whole =
    head?.format === FORMAT_VERSION &&
    head.hash === hash &&
    head.bytes === body.length &&
    head.check === cacheChecksum(body);
  return whole ? body : undefined;
}

/** The data of the snapshot file at `path` if it is whole, of this format and for `hash`; otherwise undefined. */
export function readEnvelope<T>(path: string, hash: string): T | undefined {
  const body = envelopeBody(path, hash);
  if (!body) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    return undefined;
  }
}
