/**
 * Snapshots in use. A run that keeps a cached snapshot open (`tip browse` for as long as
 * the user reads; `tip export` for a statute book's worth of writing) leaves a marker in
 * the snapshot's folder naming its process, and removes it when done; prune.ts never
 * removes a folder whose marker names a process that still lives. A marker outlives a run
 * that was killed; it is then known by its dead process and removed at the next prune.
 * The process is looked up only on the machine that wrote the marker (a cache shared over
 * the network cannot see the other machine's processes): another machine's marker counts
 * for a day from when it was written.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CACHE_WRITE } from './store.js';

/** `.in-use-<machine>-<pid>`: the machine as a short hash of its name. */
const MARKER = /^\.in-use-([0-9a-f]{8})-(\d+)$/;

/** How long another machine's marker keeps a snapshot, its process being out of sight. */
const FOREIGN_MARKER_MS = 24 * 60 * 60 * 1000;

function machine(): string {
  return createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
}

/**
 * Marks the snapshot folder in use by this process; returns what ends that. Nothing is
 * marked (and nothing held) where the marker cannot be written: prune then treats the
 * folder as it always did.
 */
export async function holdFolder(folder: string): Promise<() => void> {
  const path = join(folder, `.in-use-${machine()}-${process.pid}`);
  const { writeTextFile } = await import('../writes/write-file.js');
  try {
    writeTextFile(path, '', CACHE_WRITE);
  } catch {
    return () => undefined;
  }
  return () => removeMarker(path);
}

/** True when a live process (or another machine's recent one) has marked `folder` in use; dead markers are removed. */
export function folderInUse(folder: string, now = Date.now()): boolean {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return false;
  }
  const here = machine();
  let inUse = false;
  for (const name of names) {
    const [, host, pid] = MARKER.exec(name) ?? [];
    if (!host || !pid) continue;
    const path = join(folder, name);
    if (host !== here) {
      inUse ||= now - markerTime(path) < FOREIGN_MARKER_MS;
    } else if (alive(Number(pid))) {
      inUse = true;
    } else {
      removeMarker(path);
    }
  }
  return inUse;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    // Signal 0 asks only whether the process exists.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, run by another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function markerTime(path: string): number {
  try {
    return lstatSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Removes a marker tipkit wrote: only a regular file by that name, never what was put in its place. */
function removeMarker(path: string): void {
  try {
    if (lstatSync(path).isFile()) rmSync(path, { force: true });
  } catch {
    // Gone already, or not removable: the next prune tries again.
  }
}
