import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expected, tempDir, tip } from '../helpers.js';
import { readFileSync } from 'node:fs';

interface Figure {
  id: string;
  value: number;
  period: string;
  confidence: string;
  caveats: { level: string; text: string }[];
  part_of?: string;
  compare_with: string[];
  sources: { key: string; title: string }[];
}
const want = expected<{ figures: { id: string; value: number; period?: string; confidence: string }[] }>(
  'figures.yaml',
);

describe('tip stats', async () => {
  const { status, stdout } = await tip(['stats', '--json']);
  const figures = JSON.parse(stdout) as Figure[];

  it('gives every figure the reference records, with its value, period and confidence', () => {
    expect(status).toBe(0);
    expect(figures.map((f) => f.id).sort()).toEqual(want.figures.map((f) => f.id).sort());
    for (const w of want.figures)
      expect(
        figures.find((f) => f.id === w.id),
        w.id,
      ).toMatchObject(w);
  });

  it('gives every figure a source and every medium figure its caveat', () => {
    for (const f of figures) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      if (f.confidence !== 'high')
        expect(
          f.caveats.map((c) => c.text),
          f.id,
        ).toEqual([expect.stringMatching(/^This figure: medium confidence/)]);
    }
  });

  it('shows figures from two reports of the same measure side by side, and breakdowns that add up', () => {
    expect(figures.find((f) => f.id === 'police-victims-2020')?.compare_with).toEqual(['police-victims-tip-2022']);
    const parts = figures.filter((f) => f.part_of === 'police-victims-2020');
    expect(parts.reduce((n, f) => n + f.value, 0)).toBe(32022);
  });

  it('prints each figure with its caveat and its sources in text', async () => {
    const text = (await tip(['stats'])).stdout;
    expect(text).toMatch(/32,022 {2}Victims of trafficking reported by the provincial police, 2020/);
    expect(text.match(/! This figure: medium confidence/g)?.length).toBe(figures.length);
    expect(text).toMatch(/^Sources$/m);
  });

  it('goes into the exports: the guidance page and the JSON records', async () => {
    const out = join(tempDir(), 'handbook');
    expect((await tip(['export', '--format', 'md', '--out', out])).status).toBe(0);
    const page = readFileSync(join(out, 'guidance', 'national-figures.md'), 'utf8');
    expect(page).toMatch(/\*\*32,022\*\*/);
    expect(page).toMatch(/⚠ This figure: medium confidence/);
    const json = JSON.parse((await tip(['export', '--format', 'json'])).stdout) as {
      records: { id: string; figures?: Figure[] }[];
    };
    expect(json.records.find((r) => r.id === 'national-figures')?.figures?.length).toBe(figures.length);
  });
});
