import type { CasePageData } from '../../domain/export/pages.js';
import {
  code,
  heading,
  joined,
  paragraph,
  ref,
  source,
  strong,
  type Block,
  type Inline,
  type PageBody,
} from './page.js';

/** One page per case: what `tip cases show` prints, with the laws and related cases linked. */
export function casePage({ view }: CasePageData): PageBody {
  const row = (label: string, value: Inline[]): Inline[][] => [[label], value];
  const rows: Inline[][][] = [
    row('Court', [`${view.court.name} (${view.court.country})`]),
    row('Kind', [view.kind]),
    row('Decided', [`${view.decided.date ?? 'not known'} (${view.decided.confidence} confidence)`]),
    row('Citations', view.citations.length > 0 ? joined(view.citations.map(code)) : [`none (${view.citation_status})`]),
    ...(view.case_numbers.length > 0 ? [row('Case numbers', [view.case_numbers.join('; ')])] : []),
    ...(view.bench?.length ? [row('Bench', [view.bench.join('; ')])] : []),
    ...(view.fir.length > 0
      ? [row('FIR', [view.fir.map((f) => [f.number, f.date, f.station].filter(Boolean).join(', ')).join('; ')])]
      : []),
    row('Outcome', [view.outcome === 'unknown' ? 'not available' : view.outcome]),
  ];
  const blocks: Block[] = [
    heading(1, view.short),
    paragraph(view.title),
    paragraph(code(view.id)),
    { kind: 'table', role: 'summary', head: ['', ''], rows },
  ];
  if (view.caveats.length > 0) blocks.push({ kind: 'caveats', items: view.caveats.map((c) => [c.text]) });
  blocks.push(heading(2, 'Laws applied'), {
    kind: 'list',
    items: view.laws_applied.map((law) => ({
      text: [
        law.in_corpus ? ref(law.ref, law.label) : law.label,
        ...(law.heading ? [` (${law.heading})`] : []),
        ...(law.note ? [`: ${law.note}`] : []),
      ],
    })),
  });
  blocks.push(heading(2, 'Facts'), paragraph(view.facts));
  if (view.holding) blocks.push(heading(2, 'Holding'), paragraph(view.holding));
  blocks.push(heading(2, 'For investigators'), {
    kind: 'list',
    items: view.investigator_notes.map((note) => ({ text: [note] })),
  });
  const tags = Object.entries(view.tags).filter(([, values]) => values.length > 0);
  if (tags.length > 0) {
    blocks.push(heading(2, 'Tags'), {
      kind: 'list',
      items: tags.map(([group, values]) => ({ text: [strong(`${group}:`), ` ${values.join(', ')}`] })),
    });
  }
  if (view.related_cases.length > 0) {
    blocks.push(heading(2, 'Related cases'), {
      kind: 'list',
      items: view.related_cases.map((r) => ({ text: [ref(r.id, r.short)] })),
    });
  }
  blocks.push(heading(2, 'Provenance'), {
    kind: 'list',
    items: [
      { text: [`${view.provenance.confidence} confidence${view.provenance.note ? `: ${view.provenance.note}` : ''}`] },
      ...view.provenance.sources.map((s) => ({ text: [source(s.title, s.url)] })),
    ],
  });
  blocks.push({ kind: 'caveats', items: [[view.notice]] });
  return { title: view.short, blocks };
}
