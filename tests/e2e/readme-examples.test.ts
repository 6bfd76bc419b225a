import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, tip } from '../helpers.js';

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

/** An example's trailing `> file`, which the test writes the command's stdout to. */
const REDIRECT = /\s+>\s*(\S+)$/;

/**
 * The words of each example as sh reads them (quotes, backslashes), from one run of sh for
 * them all: the examples themselves run in this process, as the command tests do, since
 * what they check is what tip does with those words.
 */
function shellWords(lines: readonly string[]): string[][] {
  const script = [
    `tip() { printf '%s\\0' "$@"; printf '\\1'; }`,
    ...lines.map((line) => line.replace(REDIRECT, '')),
  ].join('\n');
  const out = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
  return out
    .split('\u0001')
    .slice(0, lines.length)
    .map((words) => words.split('\0').slice(0, -1));
}

describe('README examples', () => {
  const words = shellWords(examples);
  it('finds the examples, and the words of each', () => {
    expect(examples.length).toBeGreaterThan(25);
    expect(words.map((w) => w.length > 0)).toEqual(examples.map(() => true));
  });

  const folder = tempDir();
  cpSync(join(ROOT, 'examples'), folder, { recursive: true });
  // One library of imported texts for the whole README, as one user's would be, never the real one.
  const data = tempDir();

  it.each(examples.map((line, i) => [line, i] as const))('%s', async (line, i) => {
    const result = await tip(words[i] ?? [], { cwd: folder, env: { XDG_CACHE_HOME: tempDir(), XDG_DATA_HOME: data } });
    expect(result.status, result.stderr).toBe(0);
    const redirect = REDIRECT.exec(line)?.[1];
    if (redirect) writeFileSync(join(folder, redirect), result.stdout);
  });
});
