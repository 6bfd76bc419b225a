import type { LawSummary } from '../domain/corpus/laws.js';
import { pad, type Style } from './style.js';

/** `tip laws` as a table, one instrument per two lines. */
export function renderLaws(laws: readonly LawSummary[], style: Style): string {
  const { paint } = style;
  const header = paint.dim(`${pad('ID', 18)}${pad('KIND', 12)}${pad('PROVISIONS', 12)}${pad('AS OF', 12)}STATUS`);
  const rows = laws.map(
    (law) =>
      `${paint.bold(pad(law.id, 18))}${pad(law.kind, 12)}${pad(String(law.provisions), 12)}${pad(law.as_of, 12)}${law.status}\n  ${paint.dim(law.title)}${
        law.imported_text
          ? `\n  ${paint.yellow(`${law.imported_text.new_instrument ? 'imported instrument, official text only' : 'official text imported'} for ${law.imported_text.parts} parts, from ${law.imported_text.files.join(', ')}, kept in ${law.imported_text.where}`)}`
          : ''
      }`,
  );
  return [
    header,
    ...rows,
    '',
    paint.dim('Official texts are not bundled; tipkit ships summaries. Show one with: tip show <id>'),
  ].join('\n');
}
