import { casesApplying, type AppliedIn } from '../cases/applied-in.js';
import type { Resolution } from './resolve.js';
import { listFigures, type FigureView } from '../stats/figures.js';
import {
  caveat,
  instrumentNotice,
  NO_SUMMARY,
  penaltyCaveats,
  provisionCaveats,
  triggerCaveats,
  type Caveat,
} from '../corpus/caveats.js';
import { findProvision, walkPinpoint, type Corpus, type Part } from '../corpus/model.js';
import { parentId, parseCanonical } from '../corpus/ids.js';
import { describeId } from '../corpus/describe.js';
import type {
  Condition,
  Confidence,
  CrossReference,
  Instrument,
  Penalty,
  Procedure,
  Provision,
  XREF_RELATIONS,
} from '../corpus/schema.js';

export interface SourceView {
  key: string;
  title: string;
  url?: string;
}

export interface PenaltyView extends Penalty {
  /** The part the band belongs to, e.g. ptpa-2018:s3(2). */
  id: string;
  heading?: string;
  applies_when?: Condition[];
  caveats: Caveat[];
}

type WithSource<T> = T & { source: string };
/** Procedure facts gathered from the provisions that state them, each citing its source. */
export interface ProcedureView {
  cognizable?: WithSource<NonNullable<Procedure['cognizable']>>;
  bailable?: WithSource<NonNullable<Procedure['bailable']>>;
  compoundable?: WithSource<NonNullable<Procedure['compoundable']>>;
  trial_court?: WithSource<NonNullable<Procedure['trial_court']>>;
  investigating_agency?: WithSource<NonNullable<Procedure['investigating_agency']>[number]>[];
}

export interface SubprovisionView {
  id: string;
  label: string;
  heading?: string;
  summary: string;
  confidence?: string;
  subprovisions: SubprovisionView[];
}

export interface ReferenceView {
  id: string;
  heading: string;
}

/** A cross-reference as shown: its target, how the two relate, and how sure that is. */
export interface CrossReferenceView extends ReferenceView {
  relation?: (typeof XREF_RELATIONS)[number];
  confidence: Confidence;
}

export interface ProvisionView {
  type: 'provision';
  id: string;
  instrument: string;
  instrument_short: string;
  instrument_title: string;
  provision: string;
  parent?: ReferenceView;
  number: string | null;
  heading: string;
  summary: string;
  keywords: string[];
  elements?: Part['elements'];
  applies_when?: Condition[];
  penalties: PenaltyView[];
  procedure?: ProcedureView;
  defines: NonNullable<Part['defines']>;
  subprovisions: SubprovisionView[];
  xrefs: CrossReferenceView[];
  /** The official text, verbatim, where the user imported it (tip import). */
  text?: string;
  text_source?: NonNullable<Part['text_source']>;
  related_law: NonNullable<Part['related_law']>;
  /** Cases in the corpus that apply this provision, a part of it, or the whole of it. */
  applied_in: AppliedIn[];
  provenance: Omit<Provision['provenance'], 'sources'> & { as_of: string; sources: SourceView[] };
  caveats: Caveat[];
  warnings: string[];
  official_text_bundled: false;
  notice: string;
}

export interface InstrumentView extends Omit<
  Instrument,
  'sources' | 'provisions' | 'source' | 'figures' | 'summary' | 'facts'
> {
  type: 'instrument';
  summary: string;
  /** What is known about the instrument (its numbering, the law reports, the FIA Schedule), each with its caveats. */
  facts?: (NonNullable<Instrument['facts']>[number] & { caveats: Caveat[] })[];
  /** National figures the instrument holds, each with its sources and caveat. */
  figures?: FigureView[];
  source: { publication: string; consulted: SourceView[] };
  provisions: (ReferenceView & { number: string | null; caveat: boolean })[];
  applied_in: AppliedIn[];
  warnings: string[];
  notice: string;
}

export type ShowView = ProvisionView | InstrumentView;

/** Builds the page for a resolved citation: everything `tip show` prints or returns as JSON. */
export function showView(corpus: Corpus, resolution: Resolution): ShowView {
  const { instrument, provision, path } = resolution;
  if (!provision) return instrumentView(corpus, instrument, resolution.warnings);
  const part = path.at(-1) ?? provision;
  /** Set only when a pinpoint was cited. */
  const parentPart = path.at(-2);
  const penalties = collectPenalties(part, resolution.id);
  return {
    type: 'provision',
    id: resolution.id,
    instrument: instrument.id,
    instrument_short: instrument.short,
    instrument_title: instrument.title,
    provision: provision.id,
    ...(parentPart
      ? {
          parent: {
            id: parentId(resolution.id),
            heading: headingOf(parentPart, provision),
          },
        }
      : {}),
    number: provision.number,
    heading: headingOf(part, provision),
    summary: part.summary ?? NO_SUMMARY,
    keywords: part.keywords ?? [],
    ...(part.elements ? { elements: part.elements } : {}),
    ...(part.applies_when ? { applies_when: part.applies_when } : {}),
    penalties,
    ...procedureFor(instrument, part, penalties.length > 0, resolution.id),
    defines: part.defines ?? [],
    subprovisions: (part.subprovisions ?? []).map((sub) => subView(sub, resolution.id)),
    xrefs: (part.xrefs ?? []).map((x) => crossReferenceView(corpus, x)),
    related_law: part.related_law ?? [],
    applied_in: casesApplying(corpus, resolution.id),
    provenance: {
      ...provision.provenance,
      as_of: provision.provenance.as_of ?? instrument.as_of,
      sources: expandSources(instrument, provision.provenance.sources),
    },
    ...(part.text && part.text_source ? { text: part.text, text_source: part.text_source } : {}),
    // Each penalty carries its own caveats, printed beside its figures.
    caveats: [
      ...provisionCaveats(instrument, provision, path),
      ...(part.text_source ? importedTextCaveat(part.text_source) : []),
    ],
    warnings: resolution.warnings,
    official_text_bundled: false,
    notice: instrumentNotice(instrument),
  };
}

function instrumentView(corpus: Corpus, instrument: Instrument, warnings: string[]): InstrumentView {
  const { sources: _sources, provisions, source, figures, facts, ...rest } = instrument;
  return {
    type: 'instrument',
    ...rest,
    ...(facts
      ? { facts: facts.map((fact) => ({ ...fact, caveats: caveat(fact.label, fact.confidence, '', fact.sources) })) }
      : {}),
    summary: instrument.summary ?? NO_SUMMARY,
    ...(figures ? { figures: listFigures(corpus).filter((f) => f.instrument === instrument.id) } : {}),
    source: { publication: source.publication, consulted: expandSources(instrument, source.consulted) },
    provisions: provisions.map((p) => ({
      id: `${instrument.id}:${p.id}`,
      number: p.number,
      heading: p.heading,
      caveat: provisionCaveats(instrument, p, [p]).length > 0,
    })),
    applied_in: casesApplying(corpus, instrument.id),
    warnings,
    notice: instrumentNotice(instrument),
  };
}

function headingOf(part: Part, provision: Provision): string {
  return 'heading' in part && part.heading ? part.heading : provision.heading;
}

function subView(sub: Part, parentId: string): SubprovisionView {
  const id = `${parentId}${sub.id}`;
  return {
    id,
    label: sub.id,
    ...('heading' in sub && sub.heading ? { heading: sub.heading } : {}),
    summary: sub.summary ?? (sub.text ? `Official text: ${shortened(sub.text)}` : NO_SUMMARY),
    ...('confidence' in sub && sub.confidence ? { confidence: sub.confidence } : {}),
    subprovisions: (sub.subprovisions ?? []).map((child) => subView(child, id)),
  };
}

function collectPenalties(part: Part, id: string): PenaltyView[] {
  const own: PenaltyView[] = part.penalty
    ? [
        {
          id,
          ...('heading' in part && part.heading ? { heading: part.heading } : {}),
          ...(part.applies_when ? { applies_when: part.applies_when } : {}),
          ...part.penalty,
          caveats: [...penaltyCaveats(part.penalty), ...triggerCaveats(part)],
        },
      ]
    : [];
  return [...own, ...(part.subprovisions ?? []).flatMap((sub) => collectPenalties(sub, `${id}${sub.id}`))];
}

/**
 * An offence page shows the procedure that governs it, gathered from the provisions of
 * the same instrument that state procedure (for the PTPA: ss. 8, 9 and 10).
 */
function procedureFor(
  instrument: Instrument,
  part: Part,
  isOffence: boolean,
  id: string,
): { procedure?: ProcedureView } {
  const sources: { id: string; procedure: Procedure }[] = part.procedure
    ? [{ id, procedure: part.procedure }]
    : isOffence
      ? instrument.provisions
          .filter((p) => p.procedure)
          .map((p) => ({ id: `${instrument.id}:${p.id}`, procedure: p.procedure as Procedure }))
      : [];
  if (sources.length === 0) return {};
  const view: ProcedureView = {};
  for (const { id: source, procedure } of sources) {
    if (procedure.cognizable) view.cognizable ??= { ...procedure.cognizable, source };
    if (procedure.bailable) view.bailable ??= { ...procedure.bailable, source };
    if (procedure.compoundable) view.compoundable ??= { ...procedure.compoundable, source };
    if (procedure.trial_court) view.trial_court ??= { ...procedure.trial_court, source };
    for (const agency of procedure.investigating_agency ?? [])
      (view.investigating_agency ??= []).push({ ...agency, source });
  }
  return { procedure: view };
}

function expandSources(instrument: Instrument, keys: readonly string[]): SourceView[] {
  return keys.map((key) => ({ key, ...instrument.sources[key] }) as SourceView);
}

/** The page for an instrument or one of its parts named by canonical id, as `tip show` builds it. */
export function showPart(corpus: Corpus, instrument: Instrument, id: string): ShowView {
  const ref = parseCanonical(id) ?? { instrument: instrument.id, pinpoint: [] };
  const provision = ref.provision ? findProvision(instrument, ref.provision) : undefined;
  if (!provision) return showView(corpus, { id: instrument.id, ref, instrument, path: [], warnings: [] });
  const { path } = walkPinpoint(provision, ref.pinpoint);
  return showView(corpus, { id, ref, instrument, provision, path, warnings: [] });
}

function crossReferenceView(corpus: Corpus, xref: CrossReference): CrossReferenceView {
  if (typeof xref === 'string') return { id: xref, heading: describeId(corpus, xref), confidence: 'high' };
  return {
    id: xref.ref,
    heading: describeId(corpus, xref.ref),
    ...(xref.relation ? { relation: xref.relation } : {}),
    confidence: xref.confidence,
  };
}

/** Beside an imported official text: where it came from, how it was placed, and that OCR errs. */
export function importedTextCaveat(source: NonNullable<Part['text_source']>): Caveat[] {
  const sure = source.confidence === 'high' ? '' : `, ${source.confidence} confidence`;
  return caveat(
    'Official text',
    'note',
    `imported from ${source.file} on ${source.imported} (placed by ${source.placed}${sure}); the copy or its OCR may differ from the Gazette: check before quoting it`,
  );
}

/** The opening of an imported text, for the list of sub-provisions where tipkit has no summary. */
function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= 160 ? flat : `${flat.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}
