import { describe, expect, it } from 'vitest';
import { listFigures } from '../../src/domain/stats/figures.js';
import { renderFigures } from '../../src/render/stats-text.js';
import { PLAIN, type Style } from '../../src/render/style.js';
import { bundledCorpus } from '../helpers.js';

const style: Style = { paint: PLAIN, width: 80 };
const figures = listFigures(bundledCorpus());
const lines = renderFigures(figures, style).split('\n');

describe('renderFigures', () => {
  it('prints each figure with its value grouped in thousands and its label, in corpus order', () => {
    let at = -1;
    for (const figure of figures) {
      const head = `${figure.value.toLocaleString('en-US')}  ${figure.label.split(' ')[0]}`;
      const next = lines.findIndex((line, i) => i > at && line.trimStart().startsWith(head));
      expect(next, figure.id).toBeGreaterThan(at);
      at = next;
    }
  });

  it('indents a part under the figure it is part of', () => {
    const part = figures.find((f) => f.part_of);
    expect(part).toBeDefined();
    const line = lines.find((l) => l.includes(`${part!.label}, ${part!.period}`));
    expect(line).toMatch(/^ {4} *[\d,]+ {2}/);
    expect(line!.indexOf(part!.label)).toBe(13);
  });

  it('ends with each source once, by key', () => {
    const at = lines.indexOf('Sources');
    expect(at).toBeGreaterThan(0);
    const keys = lines.slice(at + 1).flatMap((l) => /^ {2}\[([^\]]+)\] /.exec(l)?.[1] ?? []);
    expect(keys).toEqual([...new Set(figures.flatMap((f) => f.sources.map((s) => s.key)))]);
  });

  it('marks each caveat and never starts with a blank line', () => {
    expect(lines[0]).not.toBe('');
    expect(lines.filter((l) => /^ +! /.test(l))).toHaveLength(figures.reduce((n, f) => n + f.caveats.length, 0));
  });

  it('says when there are none', () => {
    expect(renderFigures([], style)).toBe('No figures in this corpus.');
  });
});
