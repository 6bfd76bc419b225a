import { describe, expect, it } from 'vitest';
import { TextOffsets } from '../../../src/domain/common/text-offsets.js';

/** The same answers by walking the text character by character. */
function walked(text: string): { units: number[]; lines: { line: number; col: number }[] } {
  const units: number[] = [];
  const lines: { line: number; col: number }[] = [];
  let [unit, line, col] = [0, 1, 1];
  for (const char of text) {
    units.push(unit);
    lines.push({ line, col });
    unit += char.length;
    [line, col] = char === '\n' ? [line + 1, 1] : [line, col + 1];
  }
  units.push(unit);
  lines.push({ line, col });
  return { units, lines };
}

const TEXTS = [
  '',
  'plain ascii',
  'u/s 3(2) PTPA\nsection 4\n',
  'دفعہ 3 ٹریفکنگ\nمقدمہ نمبر 600/26',
  '😀 s.3 𝒜\n\n𝒜𝒜 art. 5 😀',
  '\n😀\n',
  'lone \uD800 high and \uDC00 low',
];

describe('TextOffsets', () => {
  it.each(TEXTS)('converts UTF-16 and code-point offsets and lines of %j both ways', (text) => {
    const offsets = new TextOffsets(text);
    const { units, lines } = walked(text);
    expect(offsets.length).toBe(units.length - 1);
    units.forEach((unit, codePoint) => {
      expect(offsets.codePoint(unit)).toBe(codePoint);
      expect(offsets.unit(codePoint)).toBe(unit);
      expect(offsets.lineCol(unit)).toEqual(lines[codePoint]);
      expect(offsets.lineColOfCodePoint(codePoint)).toEqual(lines[codePoint]);
    });
  });

  it('reads a code-point offset past the end as the end, counting columns on', () => {
    const offsets = new TextOffsets('a😀\nb');
    expect(offsets.unit(9)).toBe(5);
    expect(offsets.lineColOfCodePoint(6)).toEqual({ line: 2, col: 4 });
  });
});
