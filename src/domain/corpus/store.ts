import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** Writes a snapshot atomically. Returns false (and leaves nothing behind) if it cannot. */
export function writeSnapshot(dir: string, kind: string, hash: string, data: unknown): boolean {
  try {
    writeFileAtomic(snapshotPath(dir, kind, hash), JSON.stringify({ format: FORMAT_VERSION, hash, data }));
    return true;
  } catch {
    return false;
  }
}

function snapshotPath(dir: string, kind: string, hash: string): string {
  return join(dir, `${kind}-${hash}.json`);
}

/** Writes to a temporary file beside the target, then renames it into place. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
