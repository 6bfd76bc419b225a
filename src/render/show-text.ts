import { caveatLines } from './caveats.js';
import { renderFigures } from './stats-text.js';
import { crossReferenceNote, elementFacts, procedureFacts } from './labels/provision-facts.js';
import {
  importedTextCaveat,
  type InstrumentView,
  type ProcedureView,
  type ProvisionView,
  type ShowView,
  type SubprovisionView,
} from '../domain/lookup/view.js';
import { appliedInRows } from './cases-text.js';
import { conditionsLabel } from '../domain/corpus/conditions.js';
import { penaltyLine } from '../domain/corpus/penalty-text.js';
import { count, hang, pad, section, wrap, type Style } from './style.js';
import { idLabel, localId } from '../domain/corpus/ids.js';

/** `tip show` as a readable page. */
export function renderShow(view: ShowView, style: Style): string {
  return view.type === 'provision' ? renderProvision(view, style) : renderInstrument(view, style);
}

/** "PTPA s.3(2)", "Palermo Protocol art. 6", "PSMA smuggling-offence". */
export function citationLabel(view: ProvisionView): string {
  return idLabel(view.instrument_short, view.id);
}

function renderProvision(view: ProvisionView, style: Style): string {
  const { paint, width } = style;
  const caution = (text: string): string => paint.yellow(`! ${text}`);
  const lines = [
    `${paint.bold(`${citationLabel(view)}  ${view.heading}`)}  ${paint.dim(`[${view.id}]`)}`,
    paint.dim(view.instrument_title),
  ];
  if (view.parent) lines.push(paint.dim(`Part of ${view.parent.id} (${view.parent.heading})`));
  lines.push('', wrap(view.summary, width, '  '));

  const elements = view.elements;
  if (elements) {
    const rows = elementFacts(elements).map(([label, value]) => hang(`  ${pad(label, 10)}`, value, width, 12));
    if (elements.confidence !== 'high') rows.push(caution(`Elements: ${elements.confidence} confidence.`));
    lines.push(...section('Elements', rows, style));
  }

  const penalties = view.penalties.flatMap((p) => [
    `  ${paint.bold(localId(p.id))}${p.heading ? `  ${p.heading}` : ''}`,
    ...(p.applies_when ? [wrap(`Applies when ${conditionsLabel(p.applies_when)}.`, width, '    ')] : []),
    wrap(penaltyLine(p), width, '    '),
    ...caveatLines(p.caveats, style, '    '),
  ]);
  const enacted = view.penalties[0]?.as_enacted;
  lines.push(...section(`Penalties${enacted ? ` (as enacted ${enacted})` : ''}`, penalties, style));
  if (view.procedure) lines.push(...section('Procedure', procedureRows(view.procedure, style), style));
  lines.push(
    ...section(
      'Definitions',
      view.defines.map((d) => hang(`  ${paint.bold(d.term)}: `, d.meaning, width, 4)),
      style,
    ),
  );
  lines.push(
    ...section(
      'Sub-provisions',
      view.subprovisions.flatMap((sub) => subRows(sub, style, 1)),
      style,
    ),
  );
  lines.push(
    ...section(
      'Cross-references',
      view.xrefs.flatMap((x) => {
        const note = crossReferenceNote(x);
        // The note says how far the link goes ("corresponds" is no claim of compliance): on its own line, wrapped.
        return [
          paint.dim(hang(`  ${pad(x.id, 26)}`, x.heading, width, 28)),
          ...(note ? [paint.yellow(hang(' '.repeat(28), note, width, 28))] : []),
        ];
      }),
      style,
    ),
  );
  lines.push(
    ...section(
      'Related law (outside this corpus)',
      view.related_law.map((r) => `  ${pad(r.label, 40)}${paint.dim(r.ref)}`),
      style,
    ),
  );
  lines.push(...section(appliedInTitle(view.applied_in.length), appliedInRows(view.applied_in, style), style));
  if (view.text) {
    const paragraphs = view.text.split('\n\n').map((p) => wrap(p, width, '  '));
    lines.push(...section('Official text (imported; see the caveat below)', paragraphs, style));
  }

  const p = view.provenance;
  const provenance = [
    `  Number ${p.number_confidence} · content ${p.content_confidence}${p.heading_confidence ? ` · heading ${p.heading_confidence}` : ''} · as of ${p.as_of}`,
    ...(p.note ? [wrap(p.note, width, '  ')] : []),
    ...p.sources.map((s) => hang(`  [${s.key}] `, `${s.title}${s.url ? ` ${paint.dim(s.url)}` : ''}`, width, 4)),
  ];
  lines.push(...section('Provenance', provenance, style));
  lines.push(...section('Caveats', caveatLines(view.caveats, style, '  '), style));
  lines.push('', paint.dim(wrap(view.notice, width)));
  return lines.join('\n');
}

/** `tip show --text`: the imported official text alone, with the line that says where it came from. */
export function renderOfficialText(view: ProvisionView, style: Style): string {
  const { paint, width } = style;
  const source = view.text_source ? caveatLines(importedTextCaveat(view.text_source), style, '') : [];
  return [
    paint.bold(`${view.id}  ${view.heading}`),
    '',
    ...(view.text ?? '').split('\n\n').map((p) => wrap(p, width)),
    '',
    ...source,
  ].join('\n');
}

function appliedInTitle(cases: number): string {
  return `Applied in (${count(cases, 'case')} in tipkit's collection)`;
}

function procedureRows(procedure: ProcedureView, style: Style): string[] {
  const { paint } = style;
  return procedureFacts(procedure).flatMap((fact, i, all) => {
    // Agencies come first and share one label.
    const label = i > 0 && all[i - 1]?.label === fact.label ? '' : fact.label;
    return [
      hang(`  ${pad(label, 14)}`, `${fact.value} ${paint.dim(`[${fact.source}]`)}`, style.width, 16),
      ...(fact.note ? [paint.dim(wrap(fact.note, style.width, ' '.repeat(16)))] : []),
      ...caveatLines(fact.caveats, style, ' '.repeat(16)),
    ];
  });
}

function subRows(sub: SubprovisionView, style: Style, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const flag = sub.confidence && sub.confidence !== 'high' ? style.paint.yellow(` (${sub.confidence})`) : '';
  const text = `${style.paint.bold(sub.label)}${sub.heading ? ` ${sub.heading}:` : ''} ${sub.summary}${flag}`;
  return [wrap(text, style.width, indent), ...sub.subprovisions.flatMap((child) => subRows(child, style, depth + 1))];
}

function renderInstrument(view: InstrumentView, style: Style): string {
  const { paint, width } = style;
  const lines = [
    `${paint.bold(`${view.title}`)} ${paint.dim(`[${view.id}]`)}`,
    paint.dim(
      [view.short, view.kind, view.jurisdiction, officialNumber(view.official_number)].filter(Boolean).join(' · '),
    ),
    '',
    wrap(view.summary, width, '  '),
  ];
  const dates = Object.entries(view.dates).map(([event, date]) => {
    const flag = date.confidence === 'high' ? '' : paint.yellow(` (${date.confidence})`);
    const head = `  ${pad(event.replace(/_/g, ' '), 22)}${date.date ?? 'not known'}${flag}`;
    return date.note ? `${head}\n${paint.dim(wrap(date.note, width, ' '.repeat(24)))}` : head;
  });
  lines.push(...section('Dates', dates, style));
  lines.push(
    ...section(
      'Status',
      view.status.map((s) =>
        hang(`  ${paint.yellow('!')} `, `${s.date ?? 'undated'}: ${s.text} (${s.confidence} confidence)`, width, 4),
      ),
      style,
    ),
  );
  lines.push(
    ...section(
      'Facts',
      (view.facts ?? []).flatMap((f) => [
        hang(`  ${paint.bold(`${f.label}:`)} `, f.value, width, 4),
        ...caveatLines(f.caveats, style, '    '),
      ]),
      style,
    ),
  );
  if (view.figures?.length) lines.push(...section('Figures', renderFigures(view.figures, style).split('\n'), style));
  const contents = view.provisions.map(
    (p) => `  ${pad(p.id.slice(view.id.length + 1), 24)}${p.heading}${p.caveat ? paint.yellow(' !') : ''}`,
  );
  lines.push(
    ...section(
      `Contents (${view.provisions.length})`,
      contents.length > 0 ? contents : ['  No provisions recorded: the text is not available.'],
      style,
    ),
  );
  if (contents.length > 0)
    lines.push(
      paint.dim(
        `  ! marks provisions with a caveat. Show one with: tip show "${view.id}:${view.provisions[0] ? localId(view.provisions[0].id) : ''}"`,
      ),
    );
  lines.push(...section(appliedInTitle(view.applied_in.length), appliedInRows(view.applied_in, style), style));
  lines.push(
    ...section(
      'Provenance',
      [
        wrap(`Official publication: ${view.source.publication}`, width, '  '),
        wrap(`As of ${view.as_of}: ${view.as_of_note}`, width, '  '),
        ...view.source.consulted.map((s) =>
          wrap(`[${s.key}] ${s.title}${s.url ? ` ${paint.dim(s.url)}` : ''}`, width, '  '),
        ),
      ],
      style,
    ),
  );
  lines.push('', paint.dim(wrap(view.notice, width)));
  return lines.join('\n');
}

function officialNumber(fact: InstrumentView['official_number']): string | undefined {
  if (!fact) return undefined;
  return fact.confidence === 'high' ? fact.value : `${fact.value} (${fact.confidence} confidence)`;
}
