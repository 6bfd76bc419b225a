/**
 * Finding a corpus's cache without reading the corpus: each file's size, times and inode
 * are compared with what the last run saw, and only a file that changed is read and
 * hashed again. The corpus hash comes out as if every file had been read.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusHash, fileHash, readCorpusFile, type ListedFile } from './files.js';
import { CACHE_WRITE } from './store.js';

type Seen = [size: number, mtimeMs: number, ctimeMs: number, ino: number, sha: string];

interface Fingerprints {
  format: 1;
  files: Record<string, Seen>;
}

/**
 * The corpus hash of `files`, reading only what changed since the last run that used
 * `cacheDir`; undefined when a file is not a regular file (the full read reports it).
 */
export async function fingerprintHash(
  root: string,
  files: readonly ListedFile[],
  cacheDir: string,
): Promise<string | undefined> {
  const path = join(cacheDir, `files-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`);
  const before = readFingerprints(path);
  const after: Fingerprints = { format: 1, files: {} };
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
    const seen = before.files[file.path];
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
    after.files[file.path] = [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, sha];
    hashes.push([file.name, sha]);
  }
  if (changed || Object.keys(before.files).length !== files.length) {
    const { writeTextFile } = await import('../writes/write-file.js');
    try {
      writeTextFile(path, JSON.stringify(after), CACHE_WRITE);
    } catch {
      // Without the record the next run reads every file again: slower, never wrong.
    }
  }
  return corpusHash(hashes);
}

function readFingerprints(path: string): Fingerprints {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Fingerprints;
    if (parsed.format === 1 && parsed.files && typeof parsed.files === 'object') return parsed;
  } catch {
    // Missing or damaged: start again.
  }
  return { format: 1, files: {} };
}
