import type { ImportEntry } from '../domain/import/library.js';
import type { ImportResult } from '../domain/import/run.js';

/**
 * The import report, as notice lines: what each instrument printed and what was placed
 * (and how, and how sure), what was not placed and why, where the numbering and the
 * CONTENTS list disagree, what was cleaned away, what to check by hand, what changed.
 */
export function renderImportReport(plan: ImportResult): string[] {
  const where = (line: number) => locate(plan, line);
  const lines = [headline(plan)];
  if (plan.described) {
    const d = plan.described;
    lines.push(
      `new instrument ${plan.instrument}: "${d.title}" (${d.short}), ${d.kind}, ${d.year ?? 'year unknown'}${d.amends ? `, amending ${d.amends.value}` : ''}${d.made_under ? `, made under ${d.made_under.value}` : ''}, number ${d.official_number.value}, jurisdiction ${d.jurisdiction.value}${d.jurisdiction.value === 'unknown' ? '' : ` (${d.jurisdiction.note ?? d.jurisdiction.confidence})`}${d.title_confidence ? `; title ${d.title_confidence} confidence` : ''}`,
    );
  }
  for (const copy of plan.copies) {
    lines.push(
      `${where(copy.from)} to ${Number.isFinite(copy.to) ? where(copy.to) : 'the end'}: a copy in ${copy.language}, ${copy.imported ? 'imported' : 'left out'}`,
    );
  }
  const gaps = plan.gaps;
  lines.push(
    ...plan.sections
      .filter((s) => s.confidence !== 'high')
      .map((s) => `${s.id}: placed by ${s.placed}, ${s.confidence} confidence (${where(s.line)})`),
    ...plan.provisions
      .filter((p) => p.confidence !== 'high' || !p.number_printed)
      .map(
        (p) =>
          `${p.id}: ${p.number_printed ? 'number printed' : p.placed === 'contents' ? 'number from the CONTENTS list' : 'number inferred from the order'}, ${p.confidence} confidence (${where(p.line)})`,
      ),
    ...plan.split.map((s) => `${where(s.line)}: heading "${s.heading}" was run into the text before it; split off`),
    ...plan.unplaced.map(
      (u) =>
        `${where(u.line)}: not placed${u.number ? ` (number ${u.number})` : ''}${u.heading ? ` "${u.heading}"` : ''}: ${u.why}`,
    ),
    ...plan.checks.map((c) => `${where(c.line)}: ${c.text}`),
    ...(plan.missing.length ? [`no text found for ${plan.missing.join(', ')}`] : []),
    ...(gaps?.skipped.length ? [`numbers skipped (not printed in the text): ${list(gaps.skipped)}`] : []),
    ...(gaps?.notInBody.length ? [`in the CONTENTS list, not found in the text: ${list(gaps.notInBody)}`] : []),
    ...(gaps?.notInContents.length ? [`in the text, not in the CONTENTS list: ${list(gaps.notInContents)}`] : []),
    ...(gaps?.headingDiffers.length ? [`heading differs from the CONTENTS list's: ${list(gaps.headingDiffers)}`] : []),
    ...(plan.dropped.length
      ? [
          `sub-sections the text prints that ${plan.instrument} does not record (their text stays in the section's): ${list(plan.dropped)}`,
        ]
      : []),
    ...(plan.preamble
      ? [`title and preamble (${plan.preamble.length} characters) read, not imported as a section`]
      : []),
    ...(plan.schedule
      ? [`schedules, forms and statements after the sections (${plan.schedule} lines) read, not imported`]
      : []),
    `cleaned away: ${cleaned(plan)}`,
    ...plan.warnings,
  );
  if (plan.changes) {
    const { added, removed, changed } = plan.changes;
    lines.push(
      added.length + removed.length + changed.length === 0
        ? 'compared with the text imported before: no section changed'
        : `compared with the text imported before: ${[
            changed.length ? `changed ${changed.join(', ')}` : '',
            added.length ? `new ${added.join(', ')}` : '',
            removed.length ? `gone ${removed.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; ')}`,
    );
  }
  return lines;
}

/** At most twenty named, then how many more. */
function list(ids: readonly string[]): string {
  return ids.length <= 20 ? ids.join(', ') : `${ids.slice(0, 20).join(', ')} and ${ids.length - 20} more`;
}

function headline(plan: ImportResult): string {
  if (plan.mode === 'attach') {
    const whole = plan.sections.filter((s) => !s.id.includes('('));
    const by = (how: string) => whole.filter((s) => s.placed === how).length;
    const subs = plan.sections.length - whole.length;
    return `${plan.file}: ${whole.length + plan.unplaced.length} sections read, ${whole.length} placed on ${plan.instrument} (by number ${by('number')}, by contents ${by('contents')}, by heading ${by('heading')}, by order ${by('order')}; ${sure(whole)}), ${subs} sub-sections, ${plan.unplaced.length} not placed`;
  }
  const printed = plan.provisions.filter((p) => p.number_printed).length;
  return `${plan.file}: ${plan.provisions.length + plan.unplaced.length} sections read for ${plan.instrument}, ${plan.provisions.length} placed (${printed} numbered as printed, ${plan.provisions.length - printed} numbered from the contents or the order; ${sure(plan.provisions)}), ${plan.unplaced.length} not placed`;
}

/** "5 high, 2 medium": how sure the placements are. */
function sure(placed: readonly { confidence: string }[]): string {
  const count = (level: string) => placed.filter((p) => p.confidence === level).length;
  return (['high', 'medium', 'low'] as const).map((level) => `${count(level)} ${level}`).join(', ');
}

const REMOVED: Record<string, [string, string]> = {
  'page furniture': ['line of page furniture', 'lines of page furniture'],
  'page number': ['page number', 'page numbers'],
  signature: ['line of the signature block', 'lines of the signature block'],
  'running head': ['running head', 'running heads'],
  footnote: ['footnote line', 'footnote lines'],
  'footnote marker': ['footnote marker', 'footnote markers'],
  'chapter heading': ['chapter heading', 'chapter headings'],
};

/** How much was taken off, by kind: "3 lines of page furniture, 2 footnotes". */
function cleaned(plan: ImportResult): string {
  const counts = new Map<string, number>();
  for (const r of plan.removed) counts.set(r.why, (counts.get(r.why) ?? 0) + 1);
  if (counts.size === 0) return 'nothing';
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([why, n]) => `${n} ${n === 1 ? (REMOVED[why]?.[0] ?? why) : (REMOVED[why]?.[1] ?? why)}`)
    .join(', ');
}

/** "line 12", or for a PDF "p. 3" (the page the line is on). */
function locate(plan: ImportResult, line: number): string {
  if (!plan.pageStarts) return `line ${line}`;
  const page = plan.pageStarts.filter((start) => start <= line).length;
  return `p. ${Math.max(1, page)}`;
}

/** `tip import --list`: each imported text, with where it came from; a damaged one with what to do. */
export function renderImportEntries(entries: readonly ImportEntry[], library: string): string {
  if (entries.length === 0) return `No imported texts in ${library}.`;
  return [
    `Imported texts in ${library}:`,
    ...entries.map((e) =>
      e.source
        ? `  ${e.instrument}${e.title ? ` (${e.title})` : ''}: ${e.sections + e.provisions} sections from ${e.source.file}, imported ${e.source.imported} (${e.path})`
        : `  ${e.instrument}: DAMAGED, left out by every command (${e.damaged}; ${e.path})`,
    ),
  ].join('\n');
}
