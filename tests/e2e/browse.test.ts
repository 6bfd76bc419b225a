import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, tipProcess, userEnv } from '../helpers.js';
import { safeText } from '../../src/render/controls.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The screen without cursor moves and colours, so that it can be searched as text. */
const plain = (screen: string) => safeText(screen);

/**
 * `tip browse` in a pseudo-terminal (util-linux `script`) of the given size. The shell
 * writes down its terminal and pid before it becomes the CLI (exec), so that the test can
 * resize that terminal and tell the CLI, as a window manager does.
 */
async function browse(columns: number, rows: number) {
  const dir = tempDir();
  const command = `tty > ${dir}/tty; echo $$ > ${dir}/pid; stty cols ${columns} rows ${rows}; exec '${process.execPath}' '${join(ROOT, 'bin', 'run.js')}'`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { env: userEnv({ TERM: 'xterm' }) });
  let screen = '';
  child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  child.stdin.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const waitFor = async (text: string | RegExp, from = 0) => {
    for (let waited = 0; waited < 15_000; waited += 50) {
      const seen = plain(screen.slice(from));
      if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) return;
      await sleep(50);
    }
    throw new Error(`never showed ${String(text)}; last screen:\n${plain(screen).slice(-1500)}`);
  };
  const press = async (keys: string, then: string | RegExp) => {
    const from = screen.length;
    child.stdin.write(keys);
    await waitFor(then, from);
  };
  const resize = (cols: number, lines: number) => {
    const tty = readFileSync(join(dir, 'tty'), 'utf8').trim();
    spawnSync('stty', ['-F', tty, 'cols', String(cols), 'rows', String(lines)]);
    process.kill(Number(readFileSync(join(dir, 'pid'), 'utf8').trim()), 'SIGWINCH');
  };
  return { waitFor, press, resize, exited, screen: () => plain(screen) };
}

describe.skipIf(!hasScript)('tip browse in a terminal', () => {
  for (const [columns, rows] of [
    [120, 40],
    [60, 20],
  ] as const) {
    it(
      `at ${columns}×${rows}: search, open, follow a link, go back, start a checklist, resize, quit`,
      { timeout: 60_000 },
      async () => {
        const app = await browse(columns, rows);
        // `tip` alone on a terminal opens the browser.
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
        app.resize(columns === 120 ? 60 : 100, columns === 120 ? 20 : 30);
        await app.press('\u001b[B', 'Search: debt bondage');
        await app.press('\u001b', /\S/);
        expect(await app.exited).toBe(0);
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
