import { OFFICIAL_TEXT_NOTICE } from '../../domain/corpus/caveats.js';
import type { IndexPageData, InstrumentEntry } from '../../domain/export/pages.js';
import { code, heading, paragraph, ref, type Block, type ListItem, type PageBody } from './page.js';

/** The index page's heading, which its front matter repeats as its title. */
export const INDEX_HEADING = 'tipkit: anti-trafficking law of Pakistan';

/** The front page: what the build holds, the search box (HTML), and a link to every page. */
export function indexPage(data: IndexPageData): PageBody {
  const { stamp, cases } = data;
  const instrumentItems = (entries: InstrumentEntry[]): ListItem[] =>
    entries.map((i) => ({
      text: [
        ref(i.id, i.title),
        ` (${i.short}; ${i.provisions} provision${i.provisions === 1 ? '' : 's'}; text as of ${i.as_of})`,
      ],
    }));
  const laws = instrumentItems(data.laws);
  const guidance = instrumentItems(data.guidance);
  const blocks: Block[] = [
    heading(1, INDEX_HEADING),
    paragraph(
      'Summaries in tipkit’s own words of the law, the leading cases and investigation checklists, each with its sources and confidence. This is not the law.',
    ),
    { kind: 'caveats', items: [[OFFICIAL_TEXT_NOTICE]] },
    paragraph('Corpus ', code(data.corpus.slice(0, 12)), ...(stamp ? [`, built ${stamp}`] : []), '.'),
    { kind: 'search' },
  ];
  if (laws.length > 0) blocks.push(heading(2, 'Laws'), { kind: 'list', items: laws });
  if (data.checklists.length > 0) {
    blocks.push(heading(2, 'Checklists'), {
      kind: 'list',
      items: data.checklists.map((o) => ({ text: [ref(o.id, o.name), `: ${o.summary}`] })),
    });
  }
  if (cases.length > 0) {
    blocks.push(heading(2, `Cases (${cases.length})`), {
      kind: 'table',
      role: 'cases',
      head: ['Case', 'Court', 'Year', 'Citation'],
      rows: cases.map((c) => [
        [ref(c.id, c.short)],
        [c.court],
        [String(c.year ?? 'not known')],
        c.citation === undefined ? ['not found'] : [code(c.citation)],
      ]),
    });
  }
  if (guidance.length > 0) blocks.push(heading(2, 'Practice guidance (not law)'), { kind: 'list', items: guidance });
  return { title: 'tipkit', blocks };
}
