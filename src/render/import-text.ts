import type { ImportPlan } from '../domain/import/import.js';

/** The import report, as notice lines: what was placed and how, what was not, what was cleaned away. */
export function renderImportReport(plan: ImportPlan): string[] {
  const by = (how: string) => plan.sections.filter((s) => s.placed === how && !s.id.includes('(')).length;
  const subs = plan.sections.filter((s) => s.id.includes('(')).length;
  const lines = [
    `${plan.file}: ${plan.sections.length - subs} sections placed on ${plan.instrument} (by number ${by('number')}, by heading ${by('heading')}, by order ${by('order')}), ${subs} sub-sections`,
    ...plan.sections
      .filter((s) => s.confidence !== 'high')
      .map((s) => `${s.id}: placed by ${s.placed}, ${s.confidence} confidence (line ${s.line})`),
    ...plan.split.map((s) => `line ${s.line}: heading "${s.heading}" was run into the text before it; split off`),
    ...plan.unplaced.map(
      (u) =>
        `line ${u.line}: not placed${u.number ? ` (number ${u.number})` : ''}${u.heading ? ` "${u.heading}"` : ''}: ${u.why}`,
    ),
    ...(plan.missing.length ? [`no text found for ${plan.missing.join(', ')}`] : []),
    ...(plan.preamble
      ? [`title and preamble (${plan.preamble.length} characters) read, not imported as a section`]
      : []),
    `cleaned away: ${plan.removed.length} line${plan.removed.length === 1 ? '' : 's'} of page furniture, page numbers and signature`,
    ...plan.warnings,
  ];
  return lines;
}
