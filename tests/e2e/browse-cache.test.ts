/**
 * `tip browse` keeps the cached snapshot it reads from other runs' pruning: it marks it in
 * use as it opens and clears the mark as it ends.
 */
import { appendFileSync, cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, tipProcess, userEnv } from '../helpers.js';
import { hasScript, openTerminal, TERMINAL_TEST_MS } from './terminal.js';

describe.skipIf(!hasScript)('tip browse and the cache', () => {
  it(
    'marks its snapshot in use while it is open, and clears the mark when it ends',
    { timeout: TERMINAL_TEST_MS },
    async () => {
      const dir = tempDir();
      const corpus = join(dir, 'pk');
      for (const folder of ['laws', 'cases']) cpSync(join(ROOT, folder), join(corpus, folder), { recursive: true });
      // A corpus of its own (another hash than the bundled one), so that its snapshot is in the user's cache.
      appendFileSync(join(corpus, 'laws', 'ptpa-2018.yaml'), '# a copy\n');
      const env = { XDG_CACHE_HOME: join(dir, 'cache'), TIPKIT_LIBRARY: join(dir, 'library') };
      expect((await tipProcess(['laws', '--data', corpus], { env: userEnv(env) })).status).toBe(0);
      const cache = join(dir, 'cache', 'tipkit', 'corpus');
      const [snapshot] = readdirSync(cache).filter((name) => name.startsWith('corpus-'));
      const markers = () => readdirSync(join(cache, snapshot as string)).filter((name) => name.startsWith('.in-use-'));
      expect(markers()).toEqual([]);

      const app = openTerminal(['browse', '--data', corpus], { columns: 100, rows: 30 }, env);
      await app.waitFor('Type to search');
      // A search answered: the screen reads keys, so the quitting key below is read as one.
      await app.press('debt bondage', /\d+ found/);
      expect(markers()).toHaveLength(1);
      expect(await app.quit('\u001b')).toBe(0);
      expect(markers()).toEqual([]);
    },
  );
});
