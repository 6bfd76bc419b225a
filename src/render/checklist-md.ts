import { caveatMarkdown } from './caveats.js';
import { codeSpan, escapeTextKeepingBareAmpersands as escape } from './markdown-escape.js';
import type { Checklist } from '../domain/checklist/build.js';
import type { OpenedSession } from '../domain/checklist/session.js';
import { changeLines, factsLine, headerCaveats, progressLine, stateMap, summaryRows } from './checklist-summary.js';

/**
 * GitHub-flavoured Markdown: headings, a summary table and `- [ ]` task lists. Nothing
 * in it depends on the clock or the machine, so doc builds can diff it. Every text from
 * the corpus or the user is escaped and every code span written as the export's Markdown
 * writes them, so no text is read as syntax or HTML.
 */
export function renderChecklistMarkdown(
  checklist: Checklist,
  label: (id: string) => string,
  saved?: OpenedSession,
): string {
  const states = stateMap(saved?.session.items);
  const out: string[] = [
    `# Checklist: ${escape(checklist.offence.name)}`,
    '',
    escape(checklist.offence.summary),
    '',
    `**Facts:** ${escape(factsLine(checklist.facts))}  `,
    `**Corpus:** \`${checklist.corpus.slice(0, 12)}\``,
    '',
    '| | |',
    '| --- | --- |',
    ...summaryRows(checklist, label).map(([k, v]) => `| ${escape(k)} | ${escape(v)} |`),
    ...(saved ? [`| Progress | ${progressLine(saved.progress)} |`] : []),
    '',
    ...caveatMarkdown(headerCaveats(checklist), ''),
    ...(headerCaveats(checklist).length > 0 ? [''] : []),
    ...checklist.notices.map((n) => `> ${escape(n)}`),
  ];
  const changes = saved ? changeLines(saved.changes) : [];
  if (changes.length) out.push('', '## Changes since last saved', '', ...changes.map((c) => `- ${escape(c)}`));
  checklist.sections.forEach((section, index) => {
    const count = saved?.progress.sections.find((s) => s.id === section.id);
    out.push('', `## ${index + 1}. ${escape(section.title)}${count ? ` (${count.done}/${count.total})` : ''}`, '');
    for (const item of checklist.items.filter((i) => i.section === section.id)) {
      const state = states.get(item.id);
      const indent = item.element ? '  ' : '';
      out.push(
        `${indent}- [${state?.done ? 'x' : ' '}] ${escape(item.text)} (${item.cites.map((id) => codeSpan(label(id))).join(', ')})`,
      );
      for (const prompt of item.prompts) out.push(`${indent}  - ${escape(prompt)}`);
      out.push(...caveatMarkdown(item.caveats, `${indent}  `));
      if (state?.note) out.push(`${indent}  - Note: ${escape(state.note)}`);
    }
  });
  return `${out.join('\n')}\n`;
}
