import { caveatLines } from './caveats.js';
import type { Checklist, OffenceSummary } from '../domain/checklist/build.js';
import type { OpenedSession } from '../domain/checklist/session.js';
import { changeLines, factsLine, headerCaveats, progressLine, stateMap, summaryRows } from './checklist-summary.js';
import { hang, pad, wrap, type Style } from './style.js';

export function renderOffenceList(offences: readonly OffenceSummary[], { paint, width }: Style): string {
  return offences
    .flatMap((o) => [`${paint.bold(pad(o.id, 12))}${o.name}`, paint.dim(wrap(o.summary, width, ' '.repeat(12))), ''])
    .concat([paint.dim('Run: tip checklist <offence> --victim child --cross-border ... (see tip checklist --help)')])
    .join('\n');
}

export function renderChecklistText(
  checklist: Checklist,
  label: (id: string) => string,
  style: Style,
  saved?: OpenedSession,
): string {
  const { paint, width } = style;
  const states = stateMap(saved?.session.items);
  const out: string[] = [
    paint.bold(`Checklist: ${checklist.offence.name}`),
    paint.dim(wrap(factsLine(checklist.facts), width, '  ')),
    '',
    ...summaryRows(checklist, label).map(([k, v]) => hang(`  ${pad(k, 9)}`, v, width, 11)),
    ...caveatLines(headerCaveats(checklist), style, '  '),
    ...(saved ? [`  ${pad('Progress', 9)}${progressLine(saved.progress)}`] : []),
  ];
  for (const change of saved ? changeLines(saved.changes) : []) out.push(paint.yellow(wrap(change, width, '  ')));
  checklist.sections.forEach((section, index) => {
    const count = saved?.progress.sections.find((s) => s.id === section.id);
    out.push('', paint.bold(`${index + 1}. ${section.title}${count ? ` (${count.done}/${count.total})` : ''}`));
    for (const item of checklist.items.filter((i) => i.section === section.id)) {
      const state = states.get(item.id);
      const nested = item.element ? '    ' : '  ';
      const box = state?.done ? paint.green('[x] ') : '[ ] ';
      out.push(hang(`${nested}${box}`, item.text, width, nested.length + 4));
      const inner = ' '.repeat(nested.length + 4);
      for (const prompt of item.prompts) out.push(hang(`${inner}- `, prompt, width, inner.length + 2));
      out.push(paint.dim(wrap(item.cites.map(label).join(' · '), width, inner)));
      out.push(...caveatLines(item.caveats, style, inner));
      if (state?.note) out.push(hang(`${inner}Note: `, state.note, width, inner.length + 6));
    }
  });
  out.push('', ...checklist.notices.map((n) => paint.dim(wrap(n, width))));
  return out.join('\n');
}
