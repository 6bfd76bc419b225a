import fc from 'fast-check';
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { keyPresses, typedText } from '../../src/ui/key-presses.js';

/** What ink reports for a chunk it could not read as one key: the chunk as text, no flags set. */
const TEXT = {} as Key;
const flags = (key: Key) =>
  Object.entries(key)
    .filter(([, on]) => on === true)
    .map(([name]) => name);

describe('keys of one read', () => {
  it('splits a burst into its keys, flagged as ink flags each alone', () => {
    expect(keyPresses('\u007f\u007f\u007f', TEXT).map((p) => flags(p.key))).toEqual([
      ['delete'],
      ['delete'],
      ['delete'],
    ]);
    expect(keyPresses('\t\t', TEXT).map((p) => flags(p.key))).toEqual([['tab'], ['tab']]);
    expect(keyPresses('debt\r', TEXT).map((p) => [p.input, flags(p.key)])).toEqual([
      ['debt', []],
      ['\r', ['return']],
    ]);
    expect(keyPresses('ab\u0015cd', TEXT).map((p) => [p.input, flags(p.key)])).toEqual([
      ['ab', []],
      ['u', ['ctrl']],
      ['cd', []],
    ]);
  });

  it('leaves a single key and plain text (a paste) as ink reported them', () => {
    const key = { delete: true } as Key;
    expect(keyPresses('\u007f', key)).toEqual([{ input: '\u007f', key }]);
    expect(keyPresses('debt bondage', TEXT)).toEqual([{ input: 'debt bondage', key: TEXT }]);
  });

  it('loses no character and keeps none inside text: every control character is a key of its own', () => {
    const char = fc.oneof(
      fc.constantFrom('\u007f', '\t', '\r', '\n', '\b', '\u0015', '\u0001', '\u001c'),
      fc.string({ minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(char, { minLength: 2, maxLength: 20 }), (chars) => {
        const input = chars.join('');
        const presses = keyPresses(input, TEXT);
        // eslint-disable-next-line no-control-regex -- the characters under test
        const control = /[\u0000-\u001f\u007f]/;
        const text = presses.filter((p) => flags(p.key).length === 0 && !control.test(p.input));
        expect(text.map((p) => p.input).join('')).toBe(input.replace(new RegExp(control, 'g'), ''));
        expect(presses.length).toBe(text.length + [...input].filter((c) => control.test(c)).length);
      }),
    );
  });

  it('keeps only printable text for a query or a note', () => {
    expect(typedText('a\tb\nc\u0007\u001b[2Jd')).toBe('a b cd');
  });
});
