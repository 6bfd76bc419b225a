import { spawnSync } from 'node:child_process';
import { shellQuote } from '../../../src/domain/common/text.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeText } from '../../../src/render/controls.js';

describe('shellQuote', () => {
  it('gives back every string unchanged when a POSIX shell reads it', () => {
    const samples = fc.sample(
      fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/\0/g, '')),
      300,
    );
    samples.push('$(touch x)', '`id`', "it's", '"; rm -rf /"', '\\', '!', '*', '~', '-n');
    const script = `printf '%s\\0' ${samples.map(shellQuote).join(' ')}`;
    const out = spawnSync('sh', ['-c', script], { encoding: 'utf8' }).stdout.split('\0');
    expect(out.slice(0, -1)).toEqual(samples);
  });

  it('leaves plain words and paths as they are', () => {
    expect(shellQuote('PTPA')).toBe('PTPA');
    expect(shellQuote('case-014.yaml')).toBe('case-014.yaml');
    expect(shellQuote('$(touch x)')).toBe("'$(touch x)'");
  });
});

describe('safeText', () => {
  it('leaves no escape or control character but tab, newline and carriage return', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = safeText(text);
        expect([...out].some((c) => /[\p{Cc}]/u.test(c) && !'\t\n\r'.includes(c))).toBe(false);
        expect(safeText(out)).toBe(out);
      }),
    );
  });

  it('keeps printable text and removes colour, cursor and title sequences whole', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/\p{Cc}/u.test(s)),
        (s) => safeText(s) === s,
      ),
    );
    expect(safeText('u/s 3\u001b[2J\u001b[31m PTPA\u001b]0;owned\u0007\r\n')).toBe('u/s 3 PTPA\r\n');
  });
});
