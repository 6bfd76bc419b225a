/* eslint-disable no-control-regex -- matching the bar's control sequences is the point */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIXTURES, tempDir, tip } from '../helpers.js';

/**
 * The one rule for the progress bar, in every command: drawn on stderr when it is a
 * terminal, never under --json. stderr is made a (wide) terminal here, and the clock put past
 * the half second before which no bar is drawn.
 */
const BAR = /\r\u001B\[2K\[[#-]{24}\] \d+\/\d+ /;
const MINIMAL = join(FIXTURES, 'minimal');
const IMPORTS = ['lantern-gazette.md', 'lantern-rules-gazette.md'].map((name) => join(FIXTURES, 'import', name));

function corpusCopy(): string {
  const root = join(tempDir(), 'corpus');
  cpSync(join(FIXTURES, 'import', 'corpus'), root, { recursive: true });
  return root;
}

describe('the progress bar', () => {
  const was = { isTTY: process.stderr.isTTY, columns: process.stderr.columns };
  beforeEach(() => {
    // Wide enough for a file's whole path.
    Object.assign(process.stderr, { isTTY: true, columns: 1000 });
    vi.spyOn(performance, 'now').mockReturnValue(10_000);
  });
  afterEach(() => {
    Object.assign(process.stderr, was);
    vi.restoreAllMocks();
  });

  it('is drawn on a terminal while a corpus is read and its index built, and cleared before the report', async () => {
    const run = await tip(['search', 'trafficking', '--data', MINIMAL]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`${BAR.source}reading the corpus`));
    expect(run.stderr).toMatch(new RegExp(`${BAR.source}building the search index`));
    expect(run.stderr.endsWith('\r\u001B[2K')).toBe(true);
    expect(run.stdout).not.toMatch(/\r/);
  });

  it('is drawn over the files of an import', async () => {
    const run = await tip(['import', ...IMPORTS, '--data', corpusCopy(), '--dry-run']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`] 0/2 ${IMPORTS[0]}`);
    expect(run.stderr).toContain(`] 1/2 ${IMPORTS[1]}`);
  });

  it('is never drawn under --json, in any command', async () => {
    const search = await tip(['search', 'trafficking', '--data', MINIMAL, '--json']);
    const imported = await tip(['import', ...IMPORTS, '--data', corpusCopy(), '--dry-run', '--json']);
    for (const run of [search, imported]) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(BAR);
      expect(() => JSON.parse(run.stdout)).not.toThrow();
    }
  });

  it('is not drawn when stderr is not a terminal', async () => {
    process.stderr.isTTY = false;
    const run = await tip(['search', 'trafficking', '--data', MINIMAL]);
    expect(run.stderr).not.toMatch(BAR);
  });
});
