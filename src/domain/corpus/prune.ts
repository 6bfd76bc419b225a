/**
 * Keeping the cache small: each corpus hash leaves a snapshot folder and a search store
 * (and, from versions before 0.1.0's store-based site search, a whole index); an edited corpus makes new ones and the old are never read
 * again. After a new snapshot is written, the newest few hashes are kept and the rest
 * removed, oldest first, also while the cache is over its size cap. Only entries named
 * as tipkit names them are touched, never through a link, never the current one, and
 * never one another run is still reading (in-use.ts). In a snapshot folder only the
 * regular files tipkit names are removed, and the folder then only if that empties it.
 */
import { lstatSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { folderInUse } from './in-use.js';

/** Hashes kept besides the current one. */
const KEEP_HASHES = 3;
/** The cache's cap; past it older hashes go even among the newest few. */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

/** A search store's name also holds its vocabulary's hash (search/store-cache.ts). */
const ENTRY = /^(?:corpus|search|index)-([0-9a-f]{32})(?:-[0-9a-f]{12})?(?:\.json|\.store)?$/;

interface Entry {
  name: string;
  bytes: number;
  mtimeMs: number;
  /** A snapshot folder another run has marked in use. */
  inUse?: boolean;
}

/** The files tipkit writes in a snapshot folder: its JSON, a write's temporary file, a marker of use. */
const SNAPSHOT_FILE = /^(?:[^.].*\.json|\..+\.tmp|\.in-use-.+)$/;

/** Removes old cache entries from `dir`, keeping `current`; returns the names removed. */
export function pruneCache(dir: string, current: string, limits: { keep?: number; maxBytes?: number } = {}): string[] {
  const keep = limits.keep ?? KEEP_HASHES;
  const maxBytes = limits.maxBytes ?? MAX_CACHE_BYTES;
  const byHash = new Map<string, Entry[]>();
  for (const name of cacheNames(dir)) {
    const hash = ENTRY.exec(name)?.[1];
    if (!hash) continue;
    const entry = measure(join(dir, name));
    if (entry) byHash.set(hash, [...(byHash.get(hash) ?? []), { name, ...entry }]);
  }
  const groups = [...byHash]
    .filter(([hash, entries]) => hash !== current && !entries.some((entry) => entry.inUse))
    .map(([hash, entries]) => ({
      hash,
      entries,
      bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
      newest: Math.max(...entries.map((e) => e.mtimeMs)),
    }))
    .sort((a, b) => b.newest - a.newest);
  let total = [...byHash.values()].flat().reduce((sum, e) => sum + e.bytes, 0);
  const removed: string[] = [];
  const drop = (group: (typeof groups)[number]): void => {
    for (const entry of group.entries) {
      try {
        removeEntry(join(dir, entry.name));
        removed.push(entry.name);
      } catch {
        // What cannot be removed now is tried again after the next rebuild.
      }
    }
    total -= group.bytes;
  };
  // Past the newest few, everything goes; then, oldest first, whatever keeps the cache over its cap.
  for (const group of groups.splice(keep)) drop(group);
  while (total > maxBytes && groups.length > 0) drop(groups.pop() as (typeof groups)[number]);
  return removed.sort();
}

/** The names in the cache folder; none when it cannot be read (nothing to prune then). */
function cacheNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Size and age of a cache entry (a file, or a snapshot folder and its files); links are left alone. */
function measure(path: string): Omit<Entry, 'name'> | undefined {
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return undefined;
    if (stats.isFile()) return { bytes: stats.size, mtimeMs: stats.mtimeMs };
    if (!stats.isDirectory()) return undefined;
    let bytes = 0;
    for (const name of readdirSync(path)) {
      const inner = lstatSync(join(path, name));
      if (inner.isFile()) bytes += inner.size;
    }
    return { bytes, mtimeMs: stats.mtimeMs, inUse: folderInUse(path) };
  } catch {
    return undefined;
  }
}

/**
 * Removes a cache file, or a snapshot folder's own files and then the folder: whatever
 * else is in it (a FIFO, a file someone put there) is not tipkit's to remove, and keeps
 * the folder. Throws when the entry is not gone.
 */
function removeEntry(path: string): void {
  if (!lstatSync(path).isDirectory()) return rmSync(path, { force: true });
  for (const name of readdirSync(path)) {
    const inner = join(path, name);
    if (SNAPSHOT_FILE.test(name) && lstatSync(inner).isFile()) rmSync(inner, { force: true });
  }
  rmdirSync(path);
}

/**
 * Removes the search stores of corpus `hash` other than `current`: those built by an
 * earlier store format or search vocabulary, which no search of this tipkit reads again.
 * Only regular files named as tipkit names stores; returns the names removed.
 */
export function pruneSearchStores(dir: string, hash: string, current: string): string[] {
  const removed: string[] = [];
  for (const name of cacheNames(dir)) {
    if (name === current || ENTRY.exec(name)?.[1] !== hash || !name.startsWith('search-') || !name.endsWith('.store')) {
      continue;
    }
    try {
      if (!lstatSync(join(dir, name)).isFile()) continue;
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // Left for the next build to try again.
    }
  }
  return removed.sort();
}
