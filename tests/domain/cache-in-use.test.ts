/** Pruning keeps what another run is reading, and removes only what tipkit wrote. */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdFolder } from '../../src/domain/corpus/in-use.js';
import { pruneCache } from '../../src/domain/corpus/prune.js';
import { tempDir } from '../helpers.js';

const hash = (n: number) => String(n).repeat(32).slice(0, 32);
const folder = (dir: string, n: number) => join(dir, `corpus-${hash(n)}`);

/** A cache of six corpora, the first the newest: pruning for corpus 1 removes 5 and 6 (it keeps three others). */
function cache(): string {
  const dir = tempDir();
  for (let n = 1; n <= 6; n++) {
    mkdirSync(folder(dir, n));
    writeFileSync(join(folder(dir, n), 'index.json'), 'x');
    writeFileSync(join(dir, `search-${hash(n)}.store`), 'x');
  }
  return dated(dir);
}

/** Corpus n last used on day 10 - n (what is written into a folder makes it the newest). */
function dated(dir: string): string {
  for (let n = 1; n <= 6; n++) {
    const when = new Date(Date.UTC(2026, 0, 10 - n));
    for (const path of [folder(dir, n), join(dir, `search-${hash(n)}.store`)]) {
      if (existsSync(path)) utimesSync(path, when, when);
    }
  }
  return dir;
}

/** The marker a run on `machine` with process `pid` leaves (in-use.ts). */
function mark(dir: string, n: number, pid: number, machine = createHash('sha256').update(hostname()).digest('hex')) {
  const path = join(folder(dir, n), `.in-use-${machine.slice(0, 8)}-${pid}`);
  writeFileSync(path, '');
  dated(dir);
  return path;
}

describe('a snapshot another run is reading', () => {
  it('is kept while that process lives, and pruned once it has ended', async () => {
    const dir = cache();
    const reader = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const ended = new Promise((resolve) => reader.on('exit', resolve));
    mark(dir, 6, reader.pid as number);
    expect(pruneCache(dir, hash(1))).toEqual([`corpus-${hash(5)}`, `search-${hash(5)}.store`]);
    expect(existsSync(folder(dir, 6))).toBe(true);
    reader.kill();
    await ended;
    expect(pruneCache(dir, hash(1))).toEqual([`corpus-${hash(6)}`, `search-${hash(6)}.store`]);
  });

  it('is marked by holdFolder until released', async () => {
    const dir = cache();
    const release = await holdFolder(folder(dir, 6));
    dated(dir);
    expect(pruneCache(dir, hash(1))).toEqual([`corpus-${hash(5)}`, `search-${hash(5)}.store`]);
    release();
    expect(readdirSync(folder(dir, 6))).toEqual(['index.json']);
    dated(dir);
    expect(pruneCache(dir, hash(1))).toEqual([`corpus-${hash(6)}`, `search-${hash(6)}.store`]);
  });

  it("is kept for a day by another machine's marker, whose process cannot be seen from here", () => {
    const dir = cache();
    const other = createHash('sha256').update(`not ${hostname()}`).digest('hex');
    const marker = mark(dir, 6, 1, other);
    expect(pruneCache(dir, hash(1))).toEqual([`corpus-${hash(5)}`, `search-${hash(5)}.store`]);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(marker, twoDaysAgo, twoDaysAgo);
    expect(pruneCache(dir, hash(1))).toEqual([`corpus-${hash(6)}`, `search-${hash(6)}.store`]);
  });
});

describe.skipIf(process.platform === 'win32')('pruning a snapshot folder', () => {
  it('removes the files tipkit wrote there, and leaves a FIFO it did not make, and so the folder', () => {
    const dir = cache();
    execFileSync('mkfifo', [join(folder(dir, 6), 'act.json')]);
    writeFileSync(join(folder(dir, 6), 'notes.txt'), 'mine');
    dated(dir);
    pruneCache(dir, hash(1));
    expect(readdirSync(folder(dir, 6)).sort()).toEqual(['act.json', 'notes.txt']);
    expect(existsSync(folder(dir, 5))).toBe(false);
  });
});
