import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

it('the README command reference is what `npm run readme` generates now', () => {
  // Regenerate into a copy and compare: the real README is never touched by the test.
  const copy = join(tempDir(), 'README.md');
  copyFileSync(join(ROOT, 'README.md'), copy);
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'oclif', 'bin', 'run.js'), 'readme', '--no-source-links', '--readme-path', copy],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  const current = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(current).toContain('## `tip export`');
  expect(readFileSync(copy, 'utf8'), 'README is stale: run `npm run readme`').toBe(current);
});
