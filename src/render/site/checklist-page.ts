import type { ChecklistPageData } from '../../domain/export/pages.js';
import { caveatLine } from '../caveats.js';
import { bandLine, factsLine, headerCaveats } from '../checklist-summary.js';
import { code, heading, joined, paragraph, ref, strong, type Block, type PageBody } from './page.js';

/**
 * An offence's default checklist (no facts given, so the victim's age is unknown): the
 * page a handbook prints. Other facts are one `tip checklist` command away.
 */
export function checklistPage({ offence, checklist, labels }: ChecklistPageData): PageBody {
  const cite = (id: string) => ref(id, labels.get(id) ?? id);
  const { penalty, agency, court } = checklist;
  const blocks: Block[] = [
    heading(1, `Checklist: ${checklist.offence.name}`),
    paragraph(checklist.offence.summary),
    paragraph(
      strong('Facts:'),
      ` ${factsLine(checklist.facts)}. For other facts run `,
      code(`tip checklist ${offence} --help`),
      '.',
    ),
    {
      kind: 'table',
      role: 'summary',
      head: ['', ''],
      rows: [
        [['Penalty'], [`${bandLine(penalty)} (`, cite(penalty.basis), `, as enacted ${penalty.as_enacted})`]],
        [['Agency'], [`${agency.name} (`, cite(agency.basis), ')']],
        [['Court'], [`${court.name ?? 'not known'} (`, cite(court.basis), ')']],
      ],
    },
    {
      kind: 'caveats',
      items: [...headerCaveats(checklist).map((c) => [c.text]), ...checklist.notices.map((n) => [n])],
    },
  ];
  checklist.sections.forEach((section, index) => {
    blocks.push(heading(2, `${index + 1}. ${section.title}`, section.id), {
      kind: 'tasks',
      store: `tipkit-ticks:${offence}:${checklist.corpus}`,
      items: checklist.items
        .filter((item) => item.section === section.id)
        .map((item) => ({
          anchor: item.id,
          text: [item.text, ' (', ...joined(item.cites.map(cite)), ')'],
          children: [
            ...item.prompts.map((prompt) => ({ text: [prompt] })),
            ...item.caveats.map((c) => ({ text: [caveatLine(c)] })),
          ],
        })),
    });
  });
  return { title: `Checklist: ${checklist.offence.name}`, blocks };
}
