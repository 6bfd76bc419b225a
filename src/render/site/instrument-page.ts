import { caveatCell, caveatLine } from '../caveats.js';
import { crossReferenceNote, elementFacts, procedureFacts } from '../labels/provision-facts.js';
import { formatCount } from '../../domain/common/text.js';
import { idLabel, localId } from '../../domain/corpus/ids.js';
import { conditionsLabel } from '../../domain/corpus/conditions.js';
import { statusLabel } from '../../domain/corpus/caveats.js';
import { combinationLabel, fineLabel, imprisonmentLabel } from '../../domain/corpus/penalty-text.js';
import { anchorFor } from '../../domain/export/layout.js';
import type { InstrumentPageData } from '../../domain/export/pages.js';
import type { InstrumentView, ProcedureView, ProvisionView, SubprovisionView } from '../../domain/lookup/view.js';
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
  type ListItem,
  type PageBody,
} from './page.js';

/** "PTPA s.3" for an id the page names in words. */
type Labels = InstrumentPageData['labels'];

/** One page per instrument: its metadata, then every provision under its own anchor. */
export function instrumentPage({ instrument: view, provisions, labels }: InstrumentPageData): PageBody {
  const blocks: Block[] = [
    heading(1, view.title),
    paragraph(
      [
        view.short,
        view.kind === 'guidance' ? 'practice guidance compiled by tipkit, not law' : view.kind,
        view.jurisdiction,
        view.official_number ? `${view.official_number.value} (${view.official_number.confidence} confidence)` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    paragraph(view.summary),
    { kind: 'caveats', items: [[view.notice]] },
    ...instrumentFacts(view),
    heading(2, `Contents (${view.provisions.length})`),
    view.provisions.length > 0
      ? {
          kind: 'list',
          items: view.provisions.map((p) => ({
            text: [ref(p.id, titleOf(view.short, p.number, p.id, p.heading)), ...(p.caveat ? [' ⚠'] : [])],
          })),
        }
      : paragraph('No provisions recorded: the text is not available.'),
  ];
  for (const provision of provisions) blocks.push(...provisionBlocks(labels, view.short, provision));
  return { title: view.title, blocks };
}

/** "PTPA s.3 Trafficking in persons"; provisions without a number go by their heading alone. */
function titleOf(short: string, number: string | null, id: string, headingText: string): string {
  return number === null ? headingText : `${idLabel(short, id)} ${headingText}`;
}

function instrumentFacts(view: InstrumentView): Block[] {
  const blocks: Block[] = [];
  const dates = Object.entries(view.dates);
  if (dates.length > 0) {
    blocks.push(heading(2, 'Dates'), {
      kind: 'table',
      role: 'facts',
      head: ['Event', 'Date', 'Confidence', 'Note'],
      rows: dates.map(([event, date]) => [
        [event.replace(/_/g, ' ')],
        [date.date ?? 'not known'],
        [date.confidence],
        [date.note ?? ''],
      ]),
    });
  }
  if (view.status.length > 0) {
    blocks.push(heading(2, 'Amendment status'), {
      kind: 'caveats',
      items: view.status.map((s) => [
        `${s.date ?? 'undated'}: ${statusLabel(s.status)}. ${s.text} (${s.confidence} confidence)`,
      ]),
    });
  }
  if (view.facts?.length) {
    blocks.push(heading(2, 'Facts'), {
      kind: 'list',
      items: view.facts.map((f) => ({
        text: [strong(`${f.label}:`), ` ${f.value}`],
        children: f.caveats.map((c) => ({ text: [caveatLine(c)] })),
      })),
    });
  }
  if (view.figures?.length) {
    blocks.push(heading(2, 'Figures'), {
      kind: 'table',
      role: 'facts',
      head: ['Figure', 'Period', 'What it counts', 'Reported by', 'Sources', 'Confidence'],
      rows: view.figures.map((f) => [
        [`${f.part_of ? '… ' : ''}${f.label}: `, strong(formatCount(f.value))],
        [f.period],
        [f.counts, ...(f.note ? [`. ${f.note}`] : [])],
        [f.reported_by],
        [f.sources.map((s) => s.title).join('; ')],
        [f.caveats.length > 0 ? f.caveats.map(caveatLine).join(' ') : f.confidence],
      ]),
    });
  }
  blocks.push(heading(2, 'Provenance'), {
    kind: 'list',
    items: [
      { text: [`Official publication: ${view.source.publication}`] },
      { text: [`Describes the text as of ${view.as_of}: ${view.as_of_note}`] },
      ...view.source.consulted.map((s) => ({ text: [`[${s.key}] `, source(s.title, s.url)] })),
    ],
  });
  return blocks;
}

/** A provision under its anchor: what `tip show` prints, with links in place of ids. */
function provisionBlocks(labels: Labels, short: string, view: ProvisionView): Block[] {
  return [
    heading(2, titleOf(short, view.number, view.id, view.heading), anchorFor(view.provision)),
    paragraph(code(view.id)),
    paragraph(view.summary),
    ...(view.caveats.length > 0 ? [{ kind: 'caveats', items: view.caveats.map((c) => [c.text]) } as Block] : []),
    ...(view.text
      ? [
          heading(3, 'Official text (imported; see the caveat above)'),
          ...view.text.split('\n\n').map((p) => paragraph(p)),
        ]
      : []),
    ...elementBlocks(view),
    ...penaltyBlocks(view),
    ...(view.procedure
      ? [heading(3, 'Procedure'), { kind: 'list', items: procedureItems(labels, view.procedure) } as Block]
      : []),
    ...listSection('Definitions', view.defines, (d) => [strong(`${d.term}:`), ` ${d.meaning}`]),
    ...(view.subprovisions.length > 0
      ? [heading(3, 'Sub-provisions'), { kind: 'list', items: view.subprovisions.map(subItem) } as Block]
      : []),
    ...listSection('Cross-references', view.xrefs, (x) => {
      const note = crossReferenceNote(x);
      return [ref(x.id, labels.get(x.id) ?? x.id), ` ${x.heading}${note ? ` (${note})` : ''}`];
    }),
    ...listSection('Related law (outside this corpus)', view.related_law, (r) => [r.label, ' ', code(r.ref)]),
    ...listSection('Applied in', view.applied_in, (c) => [
      ref(c.id, c.short),
      ` (${c.court}, ${c.decided ?? 'date not known'})`,
      ...(c.ref === view.id ? [] : [' on ', code(c.ref)]),
    ]),
    ...provenanceBlocks(view.provenance),
  ];
}

/** A heading and a list of one line per item, or nothing when there are no items. */
function listSection<T>(title: string, items: readonly T[], line: (item: T) => Inline[]): Block[] {
  if (items.length === 0) return [];
  return [heading(3, title), { kind: 'list', items: items.map((item) => ({ text: line(item) })) }];
}

function elementBlocks({ elements }: ProvisionView): Block[] {
  if (!elements) return [];
  const facts: [string, string][] = [...elementFacts(elements), ['Confidence', elements.confidence]];
  const rows: Inline[][][] = facts.map(([label, value]) => [[label], [value]]);
  return [heading(3, 'Elements'), { kind: 'table', role: 'facts', head: ['Element', 'What the law lists'], rows }];
}

function penaltyBlocks({ penalties }: ProvisionView): Block[] {
  if (penalties.length === 0) return [];
  return [
    heading(3, `Penalties (as enacted ${penalties[0]?.as_enacted ?? ''})`),
    {
      kind: 'table',
      role: 'penalties',
      head: ['Part', 'Applies when', 'Imprisonment', 'Fine', 'Combination', 'Confidence'],
      rows: penalties.map((p) => [
        [ref(p.id, localId(p.id))],
        [p.applies_when ? conditionsLabel(p.applies_when) : 'always'],
        [imprisonmentLabel(p) ?? 'none'],
        [fineLabel(p) ?? 'none'],
        [combinationLabel(p)],
        [p.caveats.length > 0 ? `${p.confidence}. ${caveatCell(p.caveats)}` : p.confidence],
      ]),
    },
  ];
}

function provenanceBlocks(p: ProvisionView['provenance']): Block[] {
  const confidence = `Number ${p.number_confidence}, content ${p.content_confidence}${p.heading_confidence ? `, heading ${p.heading_confidence}` : ''} confidence; as of ${p.as_of}.`;
  return [
    heading(3, 'Provenance'),
    {
      kind: 'list',
      items: [
        { text: [confidence] },
        ...(p.note ? [{ text: [p.note] }] : []),
        ...(p.amendments ?? []).map((a) => ({
          text: [`Amendment: ${a.date ?? 'undated'}, ${statusLabel(a.status)}. ${a.text} (${a.confidence} confidence)`],
        })),
        {
          text: [
            'Sources: ',
            ...joined(
              p.sources.map((s) => source(s.title, s.url)),
              '; ',
            ),
          ],
        },
      ],
    },
  ];
}

function procedureItems(labels: Labels, procedure: ProcedureView): ListItem[] {
  return procedureFacts(procedure).map((fact) => ({
    text: [
      strong(`${fact.label}:`),
      ` ${fact.value} (`,
      ref(fact.source, labels.get(fact.source) ?? fact.source),
      `)${fact.note ? `. ${fact.note}` : ''}`,
    ],
    children: fact.caveats.map((c) => ({ text: [caveatLine(c)] })),
  }));
}

function subItem(sub: SubprovisionView): ListItem {
  const local = localId(sub.id);
  return {
    anchor: anchorFor(local),
    text: [
      strong(sub.label),
      ...(sub.heading ? [` ${sub.heading}:`] : []),
      ` ${sub.summary}`,
      ...(sub.confidence && sub.confidence !== 'high' ? [` (${sub.confidence} confidence)`] : []),
    ],
    ...(sub.subprovisions.length > 0 ? { children: sub.subprovisions.map(subItem) } : {}),
  };
}
