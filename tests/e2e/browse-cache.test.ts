/**
 * `tip browse` keeps the cached snapshot it reads from other runs' pruning: it marks it in
 * use as it opens and clears the mark as it ends (a pseudo-terminal from util-linux `script`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, tipProcess, userEnv } from '../helpers.js';

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('tip browse and the cache', () => {
  it('marks its snapshot in use while it is open, and clears the mark when it ends', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const corpus = join(dir, 'pk');
    for (const folder of ['laws', 'cases']) cpSync(join(ROOT, folder), join(corpus, folder), { recursive: true });
    // A corpus of its own (another hash than the bundled one), so that its snapshot is in the user's cache.
    appendFileSync(join(corpus, 'laws', 'ptpa-2018.yaml'), '# a copy\n');
    const env = userEnv({ TERM: 'xterm', XDG_CACHE_HOME: join(dir, 'cache'), TIPKIT_LIBRARY: join(dir, 'library') });
    expect((await tipProcess(['laws', '--data', corpus], { env })).status).toBe(0);
    const cache = join(dir, 'cache', 'tipkit', 'corpus');
    const [snapshot] = readdirSync(cache).filter((name) => name.startsWith('corpus-'));
    const markers = () => readdirSync(join(cache, snapshot as string)).filter((name) => name.startsWith('.in-use-'));
    expect(markers()).toEqual([]);

    const command = `stty cols 100 rows 30; exec '${process.execPath}' '${join(ROOT, 'bin', 'run.js')}' browse --data '${corpus}'`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env });
    child.stdin.on('error', () => undefined);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Resolved by the screen itself, as it arrives: no sleeping.
    await new Promise<void>((resolve, reject) => {
      let screen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        screen += chunk.toString();
        if (screen.includes('Type to search')) resolve();
      });
      void exited.then(() => reject(new Error(`browse ended before its first screen:\n${screen.slice(-1000)}`)));
    });
    expect(markers()).toHaveLength(1);
    child.stdin.write('\u0003');
    expect(await exited).toBe(0);
    expect(markers()).toEqual([]);
  });
});
