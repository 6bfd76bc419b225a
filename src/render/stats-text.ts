import { caveatLines } from './caveats.js';
import type { FigureView } from '../domain/stats/figures.js';
import { formatCount } from '../domain/common/text.js';
import { hang, section, wrap, type Style } from './style.js';

/** `tip stats`: each figure with its period, what it counts, who reported it, its sources and caveat. */
export function renderFigures(figures: readonly FigureView[], style: Style): string {
  const { paint, width } = style;
  if (figures.length === 0) return 'No figures in this corpus.';
  const out: string[] = [];
  for (const figure of figures) {
    const indent = figure.part_of ? '    ' : '';
    const inner = `${indent}         `;
    const keys = figure.sources.map((s) => `[${s.key}]`).join(' ');
    if (!figure.part_of) out.push('');
    out.push(
      hang(
        `${indent}${paint.bold(formatCount(figure.value).padStart(7))}  `,
        `${figure.label}, ${figure.period} ${keys}`,
        width,
        inner.length,
      ),
    );
    out.push(paint.dim(wrap(`${figure.counts}; reported by ${figure.reported_by}`, width, inner)));
    if (figure.note) out.push(wrap(figure.note, width, inner));
    if (figure.compare_with.length > 0) {
      out.push(
        wrap(
          `Read beside ${figure.compare_with.join(', ')}: another source or period, not a correction.`,
          width,
          inner,
        ),
      );
    }
    out.push(...caveatLines(figure.caveats, style, inner));
  }
  const sources = new Map(figures.flatMap((f) => f.sources.map((s) => [s.key, s] as const)));
  const list = [...sources.values()].map((s) =>
    hang(`  [${s.key}] `, `${s.title}${s.url ? ` ${s.url}` : ''}`, width, 4),
  );
  return [...out, ...section('Sources', list, style)].join('\n').replace(/^\n/, '');
}
