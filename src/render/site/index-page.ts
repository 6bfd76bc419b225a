import { OFFICIAL_TEXT_NOTICE } from '../../domain/corpus/caveats.js';
import { listOffences } from '../../domain/checklist/build.js';
import type { Corpus } from '../../domain/corpus/model.js';
import { caseYear } from '../../domain/cases/dates.js';
import type { Selection } from '../../domain/export/select.js';
import { checklistId } from '../../domain/export/layout.js';
import { code, heading, paragraph, ref, type Block, type ListItem, type Page } from './page.js';

/** The index page's heading, which its front matter repeats as its title. */
export const INDEX_HEADING = 'tipkit: anti-trafficking law of Pakistan';

/** The front page: what the build holds, the search box (HTML), and a link to every page. */
export function indexPage(corpus: Corpus, selection: Selection, stamp: string | undefined): Page {
  const instrumentItems = (guidance: boolean): ListItem[] =>
    selection.instruments
      .filter((i) => (i.kind === 'guidance') === guidance)
      .map((i) => ({
        text: [
          ref(i.id, i.title),
          ` (${i.short}; ${i.provisions.length} provision${i.provisions.length === 1 ? '' : 's'}; text as of ${i.as_of})`,
        ],
      }));
  const laws = instrumentItems(false);
  const guidance = instrumentItems(true);
  const offences = listOffences(corpus).filter((o) => selection.offences.includes(o.id));
  const blocks: Block[] = [
    heading(1, INDEX_HEADING),
    paragraph(
      'Summaries in tipkit’s own words of the law, the leading cases and investigation checklists, each with its sources and confidence. This is not the law.',
    ),
    { kind: 'caveats', items: [[OFFICIAL_TEXT_NOTICE]] },
    paragraph('Corpus ', code(corpus.hash.slice(0, 12)), ...(stamp ? [`, built ${stamp}`] : []), '.'),
    { kind: 'search' },
  ];
  if (laws.length > 0) blocks.push(heading(2, 'Laws'), { kind: 'list', items: laws });
  if (offences.length > 0) {
    blocks.push(heading(2, 'Checklists'), {
      kind: 'list',
      items: offences.map((o) => ({ text: [ref(checklistId(o.id), o.name), `: ${o.summary}`] })),
    });
  }
  if (selection.cases.length > 0) {
    blocks.push(heading(2, `Cases (${selection.cases.length})`), {
      kind: 'table',
      role: 'cases',
      head: ['Case', 'Court', 'Year', 'Citation'],
      rows: selection.cases.map((c) => [
        [ref(c.id, c.short)],
        [c.court.name],
        [String(caseYear(c) ?? 'not known')],
        c.citations.length > 0 ? [code(c.citations[0] ?? '')] : ['not found'],
      ]),
    });
  }
  if (guidance.length > 0) blocks.push(heading(2, 'Practice guidance (not law)'), { kind: 'list', items: guidance });
  return { path: 'index', title: 'tipkit', blocks };
}
