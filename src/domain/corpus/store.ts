import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION } from './files.js';

/** What every snapshot file carries, so a stale or foreign file is rebuilt, never trusted. */
interface Envelope<T> {
  format: number;
  hash: string;
  data: T;
}

/** Reads `<dir>/<kind>-<hash>.json` if it exists and matches; otherwise undefined. */
export function readSnapshot<T>(dir: string, kind: string, hash: string): T | undefined {
  try {
    const envelope = JSON.parse(readFileSync(snapshotPath(dir, kind, hash), 'utf8')) as Envelope<T>;
    return envelope.format === FORMAT_VERSION && envelope.hash === hash ? envelope.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a snapshot atomically. Resolves to false (and leaves nothing behind) if it
 * cannot. The writer is loaded here, on the path that writes: a run that only reads a
 * snapshot never loads it.
 */
export async function writeSnapshot(dir: string, kind: string, hash: string, data: unknown): Promise<boolean> {
  try {
    const { writeTextFile } = await import('../writes/write-file.js');
    // The cache is tipkit's own: its snapshots may be replaced, but never through a link.
    writeTextFile(snapshotPath(dir, kind, hash), JSON.stringify({ format: FORMAT_VERSION, hash, data }), {
      replace: true,
      followLinks: false,
      regularOnly: true,
    });
    return true;
  } catch {
    return false;
  }
}

function snapshotPath(dir: string, kind: string, hash: string): string {
  return join(dir, `${kind}-${hash}.json`);
}
