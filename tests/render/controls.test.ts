/* eslint-disable no-control-regex -- matching control characters is the point */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeJson, safeStrings, safeTerminal, safeText } from '../../src/render/controls.js';

/** Anything a terminal acts on: ESC, BEL and the other C0 controls but tab and newline, DEL, C1, bidi controls. */
const ACTS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u001b', '\u0007', '\u0000', '\r', '\n', '\t', '\u009b', '\u202e', '\u2066', '[', ']', ';', '\\'),
    fc.constantFrom('a', '4', '1', 'ٹ', ' ', 'm', '2', 'J'),
  ),
  maxLength: 60,
});

describe('safeText', () => {
  it('leaves nothing a terminal acts on, a carriage return only before a newline, and is idempotent', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const safe = safeText(text);
        expect(safe).not.toMatch(ACTS);
        expect(safe).not.toMatch(/\r(?!\n)/);
        expect(safeText(safe)).toBe(safe);
      }),
    );
  });

  it('changes no text that has nothing to remove', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).filter((t) => !ACTS.test(t) && !t.includes('\r')),
        (t) => safeText(t) === t,
      ),
    );
  });

  it('drops an unterminated OSC escape but keeps the words after it', () => {
    expect(safeText('file\u001b]0;name.md is not text')).toBe('file0;name.md is not text');
    expect(safeText('a\u001b]8;;http://x\u0007link\u001b]8;;\u0007 b')).toBe('alink b');
    expect(safeText('\u202e41 years')).toBe('41 years');
  });
});

describe('safeTerminal', () => {
  it("keeps tipkit's own colours and removes every other sequence", () => {
    expect(safeTerminal('\u001b[33m! caveat\u001b[39m')).toBe('\u001b[33m! caveat\u001b[39m');
    expect(safeTerminal('\u001b[8mhidden\u001b[28m \u001b[2Jx')).toBe('hidden x');
    fc.assert(
      fc.property(hostile, (text) => {
        const safe = safeTerminal(text).replace(/\u001b\[[0-9;]*m/g, '');
        expect(safe).not.toMatch(ACTS);
      }),
    );
  });
});

describe('safeJson', () => {
  it('reads back as the same data, with nothing a terminal acts on left raw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary', maxLength: 20 }), (value, text) => {
        const data = { value, text };
        const json = safeJson(JSON.stringify(data));
        expect(json).not.toMatch(ACTS);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
    );
  });
});

describe('safeStrings', () => {
  it('makes every string of plain data safe, and keeps its shape', () => {
    expect(safeStrings({ a: ['x\u001b[2J', 1, { b: '\u202ey' }], c: null })).toEqual({
      a: ['x', 1, { b: 'y' }],
      c: null,
    });
  });
});
