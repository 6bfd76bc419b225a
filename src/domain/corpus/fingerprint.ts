/**
 * Finding a corpus's cache without reading the corpus: each file's size, times and inode
 * are compared with what the last run saw, and only a file that changed is read and
 * hashed again. The corpus hash comes out as if every file had been read.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusHash, fileHash, readCorpusFile, type ListedFile } from './files.js';
import { CACHE_WRITE, envelope, readEnvelope } from './store.js';

type Seen = [size: number, mtimeMs: number, ctimeMs: number, ino: number, sha: string];

type Fingerprints = Record<string, Seen>;

/**
 * The corpus hash of `files`, reading only what changed since the last run that used
 * `cacheDir`; undefined when a file is not a regular file (the full read reports it).
 */
export async function fingerprintHash(
  root: string,
  files: readonly ListedFile[],
  cacheDir: string,
): Promise<string | undefined> {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  const path = join(cacheDir, `files-${key}.json`);
  // Checked as every cache file is, and a FIFO put in its place is not waited on.
  const before = readEnvelope<Fingerprints>(path, key) ?? {};
  const after: Fingerprints = {};
  let changed = false;
  const hashes: [string, string][] = [];
  for (const file of files) {
    let stats;
    try {
      stats = statSync(file.path);
    } catch {
      return undefined;
    }
    if (!stats.isFile()) return undefined;
    const seen = before[file.path];
    const same =
      seen && seen[0] === stats.size && seen[1] === stats.mtimeMs && seen[2] === stats.ctimeMs && seen[3] === stats.ino;
    let sha: string;
    try {
      sha = same ? seen[4] : fileHash(readCorpusFile(file.path));
    } catch {
      // An unreadable file: the full read says what is wrong with it.
      return undefined;
    }
    if (!same) changed = true;
    after[file.path] = [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, sha];
    hashes.push([file.name, sha]);
  }
  if (changed || Object.keys(before).length !== files.length) {
    const { writeTextFile } = await import('../writes/write-file.js');
    try {
      writeTextFile(path, envelope(key, after), CACHE_WRITE);
    } catch {
      // Without the record the next run reads every file again: slower, never wrong.
    }
  }
  return corpusHash(hashes);
}
