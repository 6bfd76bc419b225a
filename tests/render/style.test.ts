import { describe, expect, it } from 'vitest';
import { colorLevel, hang, wrap } from '../../src/render/style.js';
import { fineLabel, imprisonmentLabel, penaltyLine } from '../../src/domain/corpus/penalty-text.js';

describe('colorLevel', () => {
  it.each([
    [{}, true, 'tty default', (l: number) => l >= 1],
    [{}, false, 'pipe', (l: number) => l === 0],
    [{ NO_COLOR: '1' }, true, 'NO_COLOR', (l: number) => l === 0],
    [{ FORCE_COLOR: '1' }, false, 'FORCE_COLOR on a pipe', (l: number) => l === 1],
    [{ FORCE_COLOR: '3', NO_COLOR: '1' }, false, 'FORCE_COLOR beats NO_COLOR', (l: number) => l === 3],
    [{ FORCE_COLOR: '0' }, true, 'FORCE_COLOR=0', (l: number) => l === 0],
    [{ TERM: 'dumb' }, true, 'dumb terminal', (l: number) => l === 0],
  ])('%o on tty=%s (%s)', (env, isTTY, _label, check) => {
    expect(check(colorLevel(env, isTTY))).toBe(true);
  });
});

describe('wrap', () => {
  it('keeps every line within the width and keeps all words', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const out = wrap(text, 20, '  ');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(20);
    expect(out.split(/\s+/).filter(Boolean).join(' ')).toBe(text);
  });
});

describe('hang', () => {
  it('puts the prefix on the first line and keeps every line within the width', () => {
    const text = 'where the offence involves taking the victim across the border in either direction';
    for (const prefix of ['  ', '  Investigation ', '                ']) {
      const out = hang(prefix, text, 40, 16);
      expect(out.startsWith(prefix)).toBe(true);
      for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
      expect(out.split(/\s+/).filter(Boolean).join(' ')).toBe(`${prefix.trim()} ${text}`.trim());
    }
  });
});

describe('penalty wording', () => {
  const base = { combination: 'or', as_enacted: 2018, confidence: 'high' } as const;
  it('reads the bands as a person would say them', () => {
    expect(imprisonmentLabel({ ...base, imprisonment: { min_years: 'none', max_years: 7 } })).toBe(
      'imprisonment up to 7 years',
    );
    expect(imprisonmentLabel({ ...base, imprisonment: { min_years: 3, max_years: 14 } })).toBe(
      'imprisonment of 3 to 14 years',
    );
    expect(imprisonmentLabel({ ...base, imprisonment: { min_years: 'unknown', max_years: 14 } })).toBe(
      'imprisonment up to 14 years (minimum unknown)',
    );
    expect(penaltyLine({ ...base, combination: 'and', fine: { max: 2_000_000, currency: 'PKR' } })).toBe(
      'fine up to PKR 2,000,000; prison and fine, both mandatory',
    );
  });

  it('shows conflicting fines side by side', () => {
    expect(fineLabel({ ...base, fine: { max: 'unknown', currency: 'PKR', reported: [500_000, 1_000_000] } })).toBe(
      'fine up to PKR 500,000 or PKR 1,000,000 (reports conflict)',
    );
  });
});
