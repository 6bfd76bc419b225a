import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION } from './files.js';

/** What every snapshot file carries, so a stale or foreign file is rebuilt, never trusted. */
interface Envelope<T> {
  format: number;
  hash: string;
  data: T;
}

/** How tipkit writes its own cache: a file may be replaced, but never through a link, and only a regular one. */
export const CACHE_WRITE = { replace: true, followLinks: false, regularOnly: true } as const;

/** The data of the snapshot file at `path` if it is whole, of this format and for `hash`; otherwise undefined. */
export function readEnvelope<T>(path: string, hash: string): T | undefined {
  try {
    const envelope = JSON.parse(readFileSync(path, 'utf8')) as Envelope<T>;
    return envelope.format === FORMAT_VERSION && envelope.hash === hash ? envelope.data : undefined;
  } catch {
    return undefined;
  }
}

/** `data` wrapped as a snapshot file for `hash`. */
export function envelopeText(hash: string, data: unknown): string {
  return JSON.stringify({ format: FORMAT_VERSION, hash, data });
}

/** Reads `<dir>/<kind>-<hash>.json` if it exists and matches; otherwise undefined. */
export function readSnapshot<T>(dir: string, kind: string, hash: string): T | undefined {
  return readEnvelope<T>(snapshotPath(dir, kind, hash), hash);
}

/**
 * Writes a snapshot atomically. Resolves to false (and leaves nothing behind) if it
 * cannot. The writer is loaded here, on the path that writes: a run that only reads a
 * snapshot never loads it.
 */
export async function writeSnapshot(dir: string, kind: string, hash: string, data: unknown): Promise<boolean> {
  try {
    const { writeTextFile } = await import('../writes/write-file.js');
    writeTextFile(snapshotPath(dir, kind, hash), envelopeText(hash, data), CACHE_WRITE);
    return true;
  } catch {
    return false;
  }
}

function snapshotPath(dir: string, kind: string, hash: string): string {
  return join(dir, `${kind}-${hash}.json`);
}
