import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

/**
 * Every `tip` example in the README's shell blocks, run as written: in a copy of
 * examples/ (where the cited texts are), with `tip` standing for the built CLI, as
 * `npm link` or `npx tip` make it. Examples that need another program (pdftotext) are
 * left to that program.
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const guide = readme.slice(0, readme.indexOf('<!-- commands -->'));
const examples = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap(([, block = '']) => block.replace(/\\\n\s*/g, '').split('\n'))
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => /^tip /.test(line));

describe('README examples', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(25);
  });

  const folder = tempDir();
  cpSync(join(ROOT, 'examples'), folder, { recursive: true });
  // One library of imported texts for the whole README, as one user's would be, never the real one.
  const data = tempDir();

  it.each(examples)('%s', (line) => {
    const script = `tip() { "${process.execPath}" "${join(ROOT, 'bin', 'run.js')}" "$@"; }\n${line}`;
    const result = spawnSync('sh', ['-c', script], {
      cwd: folder,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        XDG_CACHE_HOME: tempDir(),
        XDG_DATA_HOME: data,
        NO_COLOR: '1',
      },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
  });
});
