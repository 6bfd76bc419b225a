import { describe, expect, it } from 'vitest';
import { tipProcess } from '../helpers.js';
import { hasScript, openTerminal, TERMINAL_TEST_MS } from './terminal.js';

describe.skipIf(!hasScript)('tip browse in a terminal', () => {
  for (const [columns, rows] of [
    [120, 40],
    [60, 20],
  ] as const) {
    it(
      `at ${columns}×${rows}: search, open, follow a link, go back, start a checklist, resize, quit`,
      { timeout: TERMINAL_TEST_MS },
      async () => {
        // `tip` alone on a terminal opens the browser.
        const app = openTerminal([], { columns, rows });
        await app.waitFor('Type to search');
        await app.press('debt bondage', /\d+ found/);
        await app.press('\r', /Links \(\d+\):/);
        await app.press('\t', '› ');
        await app.press('\r', 'ptpa-2018:s3(2)');
        await app.press('\u007f', 'Trafficking in persons');
        // The offence checklist, from the provision: four answers, then the checklist itself.
        await app.press('c', 'The victim is');
        for (const answer of ['u', 'n', 'n']) await app.press(answer, '›');
        await app.press('\r', 'Checklist: Trafficking');
        await app.press('\u007f', 'Links (');
        await app.press('\u007f', 'Search: debt bondage');
        // Keys that arrive in one read are each a key: three Backspaces delete three letters.
        await app.press('xyz\u007f\u007f\u007f', /Search: debt bondage\s+\n/);
        app.resize(columns === 120 ? 60 : 100, columns === 120 ? 20 : 30);
        await app.press('\u001b[B', 'Search: debt bondage');
        expect(await app.quit('\u001b')).toBe(0);
        // Nothing was printed as an error on the way.
        expect(app.screen()).not.toMatch(/Error:|\n\s+at /);
      },
    );
  }
});

describe('tip browse without a terminal', () => {
  it('exits 2 and names the commands that do the same job', async () => {
    const result = await tipProcess(['browse']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/needs a terminal/);
    expect(result.stderr).toContain('tip search "debt bondage"');
  });
});
