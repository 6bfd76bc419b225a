import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/render/progress.js';

/** A terminal (or not) that keeps what is written to it. */
function terminal(
  isTTY: boolean,
  columns = 80,
): { isTTY: boolean; columns: number; write: (s: string) => boolean; out: string[] } {
  const out: string[] = [];
  return { isTTY, columns, out, write: (s: string) => out.push(s) > 0 };
}

const LATER = { env: {}, now: () => 10_000 };

describe('progressBar', () => {
  it('is none off a terminal, or on a dumb one', () => {
    expect(progressBar(terminal(false), LATER)).toBeUndefined();
    expect(progressBar(terminal(true), { ...LATER, env: { TERM: 'dumb' } })).toBeUndefined();
  });

  it('draws the bar in place: filled by the share done, the count and the stage', () => {
    const stream = terminal(true);
    const bar = progressBar(stream, LATER);
    bar?.progress('reading the corpus', 3, 12);
    bar?.progress('reading the corpus', 12, 12);
    expect(stream.out).toEqual([
      `\r\u001B[2K[${'#'.repeat(6)}${'-'.repeat(18)}] 3/12 reading the corpus`,
      `\r\u001B[2K[${'#'.repeat(24)}] 12/12 reading the corpus`,
    ]);
  });

  it('draws an empty bar when the total is not known', () => {
    const stream = terminal(true);
    progressBar(stream, LATER)?.progress('building the search index', 0, 0);
    expect(stream.out).toEqual([`\r\u001B[2K[${'-'.repeat(24)}] 0/0 building the search index`]);
  });

  it('cuts the line to the terminal, short of its last column', () => {
    const stream = terminal(true, 20);
    progressBar(stream, LATER)?.progress('a long stage name', 1, 2);
    expect(stream.out).toEqual([`\r\u001B[2K[${'#'.repeat(12)}${'-'.repeat(6)}`]);
  });

  it('draws nothing in the process’s first half second, and clears only what it drew', () => {
    let now = 100;
    const stream = terminal(true);
    const bar = progressBar(stream, { env: {}, now: () => now });
    bar?.progress('reading the corpus', 1, 2);
    bar?.done();
    expect(stream.out).toEqual([]);
    now = 500;
    bar?.progress('reading the corpus', 2, 2);
    bar?.done();
    bar?.done();
    expect(stream.out).toEqual([`\r\u001B[2K[${'#'.repeat(24)}] 2/2 reading the corpus`, '\r\u001B[2K']);
  });
});
