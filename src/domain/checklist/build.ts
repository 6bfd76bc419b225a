import { caveat, OFFICIAL_TEXT_NOTICE, weakest, type Caveat } from '../corpus/caveats.js';
import { CONDITION_LABEL } from '../corpus/conditions.js';
import { allParts, findInstrument, findPart, findProvision, type Corpus, type Part } from '../corpus/model.js';
import { NotFoundError } from '../common/errors.js';
import { quoted } from '../common/text.js';
import { checkTypedLength } from '../common/typed.js';
import { parseCanonical } from '../corpus/ids.js';
import { lawLabel } from '../corpus/describe.js';
import { penaltyLine } from '../corpus/penalty-text.js';
import type { ChecklistItem, ChecklistSection, Condition, Confidence, Instrument, Offence } from '../corpus/schema.js';
import { AGGRAVATING } from '../corpus/conditions.js';
import { conditionsOf, normalizeFacts, type Facts } from './facts.js';
import { penaltyBand, type PenaltyBand } from './penalty-band.js';

export const SECTION_TITLES: Record<ChecklistSection, string> = {
  safety: 'Immediate safety and referral',
  jurisdiction: 'Jurisdiction and agency',
  elements: 'Elements to prove',
  aggravation: 'Aggravating circumstances',
  penalty: 'Penalty band',
  procedure: 'Procedure',
  victim: 'Victim protection duties',
  related: 'Related offences to consider',
  international: 'International basis',
};
const SECTIONS = Object.keys(SECTION_TITLES) as ChecklistSection[];

export interface Item {
  /** Stable across runs and corpus versions: "<section>.<slug>". */
  id: string;
  section: ChecklistSection;
  /** For evidence items: the element they prove. */
  element?: string;
  text: string;
  prompts: string[];
  /** The provision or guidance the item comes from first, then anything else it rests on. */
  cites: string[];
  /** How sure tipkit is of what the item asserts; a weaker fact inside it has a caveat of its own. */
  confidence: Confidence;
  caveats: Caveat[];
}

export interface Checklist {
  offence: { id: string; name: string; summary: string };
  facts: Facts;
  conditions: Condition[];
  /** The corpus version (content hash) the checklist was built from. */
  corpus: string;
  penalty: PenaltyBand;
  agency: {
    name: string;
    when: string;
    basis: string;
    confidence: Confidence;
    alternatives: { name: string; when: string }[];
    caveats: Caveat[];
  };
  court: { name: string | null; basis: string; confidence: Confidence; note?: string; caveats: Caveat[] };
  sections: { id: ChecklistSection; title: string }[];
  items: Item[];
  notices: string[];
}

export interface OffenceSummary {
  id: string;
  name: string;
  summary: string;
  defined_in: string;
}

export function listOffences(corpus: Corpus): OffenceSummary[] {
  return corpus.instruments.flatMap((i) =>
    (i.offences ?? []).map((o) => ({ id: o.id, name: o.name, summary: o.summary, defined_in: i.id })),
  );
}

export function findOffence(corpus: Corpus, id: string): Offence {
  checkTypedLength(id, 'offence names', ['Run "tip checklist" to list them']);
  const offence = corpus.instruments.flatMap((i) => i.offences ?? []).find((o) => o.id === id.toLowerCase());
  if (!offence) {
    throw new NotFoundError(`no checklist for offence ${quoted(id)}`, {
      suggestions: [
        `Offences: ${listOffences(corpus)
          .map((o) => o.id)
          .join(', ')}`,
        'Run "tip checklist" to list them',
      ],
    });
  }
  return offence;
}

/** The checklist for an offence under the given facts: every item cites where it comes from. */
export function buildChecklist(corpus: Corpus, offenceId: string, rawFacts: Facts): Checklist {
  const offence = findOffence(corpus, offenceId);
  const facts = normalizeFacts(rawFacts);
  const conditions = conditionsOf(facts);
  const holds = new Set(conditions);
  const { instruments } = corpus;
  const part = (id: string): Part => {
    const found = findPart(instruments, id);
    if (!found) throw new Error(`${offence.id}: ${id} is not in the corpus`);
    return found;
  };
  const context: Context = { corpus, offence, holds, part, label: labeller(corpus) };

  const penalty = penaltyBand(instruments, offence, holds);
  const agency = agencyOf(context);
  const court = courtOf(context);
  const ranked: [number, Item][] = [
    ...dataItems(context),
    ...elementItems(context),
    ...aggravationItems(context),
    [
      10,
      itemOf(
        context,
        'jurisdiction',
        'agency',
        `Investigating agency: ${agency.name} (${agency.when}).`,
        [agency.basis],
        agency.confidence,
      ),
    ],
    ...penaltyItems(context, penalty),
    ...procedureItems(context, court),
  ];
  ranked.sort(([ra, a], [rb, b]) => SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || ra - rb);
  const items = ranked.map(([, item]) => item);
  return {
    offence: { id: offence.id, name: offence.name, summary: offence.summary },
    facts,
    conditions,
    corpus: corpus.hash,
    penalty,
    agency,
    court,
    sections: SECTIONS.filter((s) => items.some((i) => i.section === s)).map((id) => ({
      id,
      title: SECTION_TITLES[id],
    })),
    items,
    notices: [
      OFFICIAL_TEXT_NOTICE,
      'A checklist is an aid to planning an investigation, not legal advice; confirm charges with a prosecutor.',
    ],
  };
}

/** How ids read in a checklist: "PTPA s.4", "PPC s.371-A", "Evidence guide digital". */
export function labeller(corpus: Corpus): (id: string) => string {
  return (id) => lawLabel(corpus, id);
}

interface Context {
  corpus: Corpus;
  offence: Offence;
  holds: ReadonlySet<Condition>;
  part: (id: string) => Part;
  /** "PTPA s.4", "PSMA aggravated-smuggling". */
  label: (id: string) => string;
}

/** Items written beside provisions and guidance, for this offence, whose conditions hold. */
function dataItems({ corpus, offence, holds, label }: Context): [number, Item][] {
  const elementRank = new Map(offence.elements.map((e, i) => [e.key, i]));
  const out: [number, Item][] = [];
  for (const { id, part, provision } of allParts(corpus.instruments)) {
    for (const item of part.checklist ?? []) {
      if (!item.offences.includes(offence.id) || !applies(item, holds)) continue;
      const cites = [id, ...(item.cites ?? []).filter((c) => c !== id)];
      // An item is rated by what it asserts (its own rating, else the part it sits in). A
      // weaker fact it mentions, or rests on, is said beside it and does not lower it: a
      // doubt about a narrow reading must not read as a doubt about the duty itself.
      const confidence =
        item.confidence ??
        weakest(provision.provenance.content_confidence, 'confidence' in part ? part.confidence : undefined);
      const weaker = [
        ...(item.weaker ?? []).flatMap((fact) => caveat(fact.about, fact.confidence, fact.reason)),
        ...cites
          .slice(1)
          .flatMap((cited) => caveat(`Also rests on ${label(cited)}`, citedConfidence(corpus, cited) ?? 'high')),
      ];
      const order = item.order ?? 50;
      const rank =
        item.section !== 'elements'
          ? order
          : item.element
            ? (elementRank.get(item.element) ?? 0) * 1000 + 1 + order
            : 100_000 + order;
      out.push([
        rank,
        {
          id: `${item.section}.${item.id}`,
          section: item.section,
          ...(item.element ? { element: item.element } : {}),
          text: item.text,
          prompts: item.prompts ?? [],
          cites,
          confidence,
          caveats: caveatsFor(confidence, weaker, amendedLaw(corpus, [id])),
        },
      ]);
    }
  }
  return out;
}

function applies(item: ChecklistItem, holds: ReadonlySet<Condition>): boolean {
  return (
    (!item.when_any || item.when_any.some((c) => holds.has(c))) &&
    (!item.when_all || item.when_all.every((c) => holds.has(c))) &&
    !item.unless?.some((c) => holds.has(c))
  );
}

/** One item per element, with its terms from the law; a waived element says why. */
function elementItems(context: Context): [number, Item][] {
  const { offence, holds, part, label } = context;
  return offence.elements.map((element, index) => {
    const source = part(element.from);
    const value = source.elements?.[element.field];
    const terms = Array.isArray(value) ? value.join('; ') : (value ?? '');
    const waived = element.waived_when?.some((c) => holds.has(c)) ?? false;
    const waiver = waived
      ? ` Not required to be proved here (${element.waived_by?.map(label).join('; ')}), because ${element.waived_when
          ?.filter((c) => holds.has(c))
          .map((c) => CONDITION_LABEL[c])
          .join(' and ')}: record any evidence of it anyway.`
      : '';
    const text = `${element.label}: ${terms}.${element.note ? ` ${element.note}` : ''}${waiver}`;
    const confidence = source.elements?.confidence ?? 'high';
    return [
      index * 1000,
      itemOf(
        context,
        'elements',
        element.key,
        text,
        [element.from, ...(waived ? (element.waived_by ?? []) : [])],
        confidence,
      ),
    ];
  });
}

/** Each aggravating fact, proved against the provision that lists it, or flagged as not listed. */
function aggravationItems(context: Context): [number, Item][] {
  const { offence, holds, part, label } = context;
  const provision = part(offence.aggravation);
  const listed = provision.applies_when ?? [];
  const given = [...holds].filter((c) => AGGRAVATING_CONDITIONS.has(c));
  if (given.length === 0) {
    const text = `Look for aggravating circumstances (${listed.map((c) => CONDITION_LABEL[c]).join('; ')}): any one of them moves the case into the heavier band of ${label(offence.aggravation)}.`;
    return [
      [
        10,
        itemOf(
          context,
          'aggravation',
          'check',
          text,
          [offence.aggravation],
          provision.applies_when_confidence ?? 'high',
        ),
      ],
    ];
  }
  return given.map((condition, i) => {
    const sub = provision.subprovisions?.find((s) => s.applies_when?.includes(condition));
    const fact = CONDITION_LABEL[condition];
    if (sub) {
      const id = `${offence.aggravation}${sub.id}`;
      return [
        20 + i,
        itemOf(context, 'aggravation', condition, `Prove ${fact}: ${sub.summary}`, [id], sub.confidence ?? 'high'),
      ];
    }
    if (listed.includes(condition)) {
      const confidence = provision.applies_when_confidence ?? 'high';
      return [
        20 + i,
        itemOf(
          context,
          'aggravation',
          condition,
          `Prove ${fact}, which makes this ${label(offence.aggravation)}.`,
          [offence.aggravation],
          confidence,
        ),
      ];
    }
    const text = `${capitalise(fact)} is not among the aggravating circumstances of ${label(offence.aggravation)} as recorded here, so it does not change the band; record it for sentencing and for other charges.`;
    return [20 + i, itemOf(context, 'aggravation', condition, text, [offence.aggravation], 'medium')];
  });
}

const AGGRAVATING_CONDITIONS = new Set<Condition>(AGGRAVATING);

function penaltyItems(context: Context, penalty: PenaltyBand): [number, Item][] {
  const { corpus, offence, holds, part, label } = context;
  const band = part(penalty.basis).penalty;
  const why = penalty.triggered_by.length
    ? ` because ${penalty.triggered_by.map((c) => CONDITION_LABEL[c]).join(' and ')}`
    : '';
  const items: [number, Item][] = [
    [
      10,
      itemOf(
        context,
        'penalty',
        'band',
        `${capitalise(band ? penaltyLine(band) : 'not known')} (${label(penalty.basis)}${why}; as enacted in ${penalty.as_enacted}).`,
        [penalty.basis],
        penalty.confidence,
        penalty.caveats,
      ),
    ],
  ];
  if (holds.has('victim-age-unknown')) {
    const asChild = penaltyBand(corpus.instruments, offence, new Set([...holds, 'victim-child']));
    if (asChild.basis !== penalty.basis) {
      const childBand = part(asChild.basis).penalty;
      const text = `If the victim proves to be under 18: ${childBand ? penaltyLine(childBand) : 'not known'} (${label(asChild.basis)}).`;
      items.push([
        20,
        itemOf(context, 'penalty', 'if-child', text, [asChild.basis], asChild.confidence, asChild.caveats),
      ]);
    }
  }
  // The sex of the victim, like the age, may not be known yet: say what a woman victim's band would be.
  if (!holds.has('victim-woman')) {
    const asWoman = penaltyBand(corpus.instruments, offence, new Set([...holds, 'victim-woman']));
    if (asWoman.basis !== penalty.basis) {
      const womanBand = part(asWoman.basis).penalty;
      const text = `If the victim is a woman or a girl: ${womanBand ? penaltyLine(womanBand) : 'not known'} (${label(asWoman.basis)}).`;
      items.push([
        30,
        itemOf(context, 'penalty', 'if-woman', text, [asWoman.basis], asWoman.confidence, asWoman.caveats),
      ]);
    }
  }
  return items;
}

function agencyOf({ offence, holds, part }: Context): Checklist['agency'] {
  const entries = part(offence.agency).procedure?.investigating_agency ?? [];
  const chosen =
    entries.find((e) => e.applies_when?.some((c) => holds.has(c))) ??
    entries.find((e) => !e.applies_when) ??
    entries[0];
  if (!chosen) throw new Error(`${offence.agency} names no agency`);
  return {
    name: chosen.agency,
    when: chosen.when,
    basis: offence.agency,
    confidence: chosen.confidence,
    alternatives: entries.filter((e) => e !== chosen).map((e) => ({ name: e.agency, when: e.when })),
    caveats: caveat('Investigating agency', chosen.confidence),
  };
}

function courtOf({ offence, part }: Context): Checklist['court'] {
  for (const id of offence.procedure) {
    const court = part(id).procedure?.trial_court;
    if (court) {
      return {
        name: court.value === 'unknown' ? null : court.value,
        basis: id,
        confidence: court.confidence,
        ...(court.note ? { note: court.note } : {}),
        caveats: caveat('Trial court', court.confidence),
      };
    }
  }
  return {
    name: null,
    basis: offence.procedure[0] ?? offence.agency,
    confidence: 'low',
    caveats: caveat('Trial court', 'note', 'not known from the sources'),
  };
}

function procedureItems(context: Context, court: Checklist['court']): [number, Item][] {
  const { offence, part, label } = context;
  const facts: string[] = [];
  const cites: string[] = [];
  const weaker: Caveat[] = [];
  for (const id of offence.procedure) {
    const procedure = part(id).procedure;
    for (const [key, yes, no, about] of [
      ['cognizable', 'cognizable (arrest without warrant)', 'non-cognizable', 'Cognizability'],
      ['bailable', 'bailable', 'not bailable as of right', 'Bail'],
      ['compoundable', 'compoundable', 'not compoundable', 'Compounding'],
    ] as const) {
      const fact = procedure?.[key];
      if (!fact) continue;
      facts.push(fact.value === 'unknown' ? `${key}: not known` : fact.value ? yes : no);
      // Each classification is its own fact: a weak one is said of itself, not of the others.
      weaker.push(...caveat(about, fact.confidence, fact.note));
      if (!cites.includes(id)) cites.push(id);
    }
  }
  const courtText = court.name
    ? `Trial court: ${court.name} (${label(court.basis)}).${court.note ? ` ${court.note}` : ''}`
    : `Trial court: not known from the sources.${court.note ? ` ${court.note}` : ''}`;
  return [
    [1, itemOf(context, 'procedure', 'classification', `The offence is ${facts.join('; ')}.`, cites, 'high', weaker)],
    [2, itemOf(context, 'procedure', 'court', courtText, [court.basis], court.confidence)],
  ];
}

/** An item the checklist writes itself; `caveats` are the specific cautions of the facts it rests on. */
function itemOf(
  context: Context,
  section: ChecklistSection,
  slug: string,
  text: string,
  cites: string[],
  confidence: Confidence,
  caveats: readonly Caveat[] = [],
): Item {
  return {
    id: `${section}.${slug}`,
    section,
    text,
    prompts: [],
    cites,
    confidence,
    caveats: caveatsFor(confidence, caveats, amendedLaw(context.corpus, cites)),
  };
}

/** How sure the corpus is of a cited part: its provision's content and the part's own rating. */
function citedConfidence(corpus: Corpus, id: string): Confidence | undefined {
  const ref = parseCanonical(id);
  const instrument = ref && findInstrument(corpus, ref.instrument);
  const provision = instrument && ref.provision ? findProvision(instrument, ref.provision) : undefined;
  if (!provision) return undefined;
  const cited = findPart(corpus.instruments, id);
  return weakest(
    provision.provenance.content_confidence,
    cited && 'confidence' in cited ? cited.confidence : undefined,
  );
}

/** The law of the first cited provision with reported amendments, if any. */
function amendedLaw(corpus: Corpus, ids: readonly string[]): Instrument | undefined {
  for (const id of ids) {
    const ref = parseCanonical(id);
    const instrument = ref && findInstrument(corpus, ref.instrument);
    const provision = instrument && ref.provision ? findProvision(instrument, ref.provision) : undefined;
    if (instrument && provision?.provenance.amendments?.length) return instrument;
  }
  return undefined;
}

/**
 * What a reader must be told beside an item: how sure it is, the cautions of the weaker
 * facts it mentions or rests on, and law that may have changed. Built once, with the
 * item, so every output prints the same caveats.
 */
function caveatsFor(confidence: Confidence, weaker: readonly Caveat[], amended: Instrument | undefined): Caveat[] {
  return [
    ...caveat('This item', confidence),
    ...weaker,
    ...(amended
      ? caveat(
          'Amendment',
          'note',
          `${amended.short} as enacted in ${amended.as_of.slice(0, 4)}; amendments reported since`,
        )
      : []),
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
