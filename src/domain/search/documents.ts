import { allParts, type Corpus, type Part } from '../corpus/model.js';
import { penaltyLine } from '../corpus/penalty-text.js';
import type { Case } from '../corpus/case-schema.js';
import { splitId } from '../corpus/ids.js';
import type { Instrument, InstrumentKind, Provision } from '../corpus/schema.js';

/** What a hit is: `tip search --type` takes each of them. */
export const SEARCH_TYPES = ['provision', 'instrument', 'case', 'guidance'] as const;

export type SearchType = (typeof SEARCH_TYPES)[number];

/** The searchable fields and how much a match in each counts. */
/** `text` is an official text the user imported: searched, but below tipkit's own headings and summaries. */
export const FIELD_BOOSTS = { heading: 6, keywords: 4, summary: 2, body: 1, text: 0.5 } as const;
export type SearchField = keyof typeof FIELD_BOOSTS;

/**
 * Cases and guidance count for less than the law: a judgment or a practice note
 * discusses many terms, while the provision that defines a term should come first
 * when a user searches for it. Guidance ranks below cases, which apply the law.
 */
export const DOCUMENT_BOOSTS: Record<SearchDocument['type'], number> = {
  provision: 1,
  instrument: 1,
  case: 0.4,
  guidance: 0.3,
};

/** One searchable record: a provision, an instrument or a case. */
export interface SearchDocument extends Record<SearchField, string> {
  id: string;
  /** guidance: a provision of tipkit's practice guidance, kept apart from the law. */
  type: SearchType;
  /** The instruments a document belongs to: its own, or for a case those it applies. */
  instruments: string[];
  /** Kind of instrument; cases have none. */
  kind?: InstrumentKind;
}

/** What a filter needs of a document, without reading its text. */
export type DocumentMeta = Pick<SearchDocument, 'id' | 'type' | 'instruments' | 'kind'>;

/**
 * Flattens the corpus into search documents. Used both to build the index and to cut
 * snippets, so lunr's match positions always refer to these exact strings.
 */
export function searchDocuments(corpus: Corpus): SearchDocument[] {
  return [...documentBatches(corpus)].flat();
}

/**
 * The same documents an instrument at a time (its own, its provisions', its penalty
 * bands'), then the cases: a builder that takes them so holds one instrument's text at a
 * time, and `after` may let each instrument go once its documents are made.
 */
export function* documentBatches(
  corpus: Corpus,
  after: (instrument: Instrument) => void = () => undefined,
): Generator<SearchDocument[]> {
  for (const instrument of corpus.instruments) {
    const batch = [
      instrumentDocument(instrument),
      ...instrument.provisions.map((p) => provisionDocument(instrument, p)),
      ...penaltyDocuments(instrument),
    ];
    after(instrument);
    yield batch;
  }
  yield corpus.cases.map(caseDocument);
}

function provisionDocument(instrument: Instrument, provision: Provision): SearchDocument {
  return {
    id: `${instrument.id}:${provision.id}`,
    type: instrument.kind === 'guidance' ? 'guidance' : 'provision',
    instruments: [instrument.id],
    kind: instrument.kind,
    heading: provision.heading,
    keywords: (provision.keywords ?? []).join('; '),
    summary: provision.summary ?? '',
    body: partText(provision, true),
    text: provision.text ?? '',
  };
}

/**
 * A sub-provision that sets its own penalty band (PTPA s.3(2) for a woman or child
 * victim) is a hit of its own, so "penalty for trafficking a child" can land on the
 * band itself; its provision still holds its text too.
 */
function penaltyDocuments(instrument: Instrument): SearchDocument[] {
  return [...allParts([instrument])]
    .filter(({ part, provision }) => part !== provision && part.penalty)
    .map(({ id, part, provision }) => ({
      id,
      type: 'provision',
      instruments: [instrument.id],
      kind: instrument.kind,
      heading: [provision.heading, 'heading' in part ? part.heading : undefined].filter(Boolean).join(': '),
      keywords: ['penalty', 'punishment', ...(part.keywords ?? [])].join('; '),
      summary: part.summary ?? '',
      body: [part.penalty ? penaltyLine(part.penalty) : '', partText(part, true)].filter(Boolean).join('; '),
      text: part.text ?? '',
    }));
}

/** A case: searched by its names and citations, tags, holding and facts. */
function caseDocument(c: Case): SearchDocument {
  return {
    id: c.id,
    type: 'case',
    instruments: [...new Set(c.laws_applied.map((law) => splitId(law.ref)[0]))],
    heading: c.short,
    keywords: [c.title, ...Object.values(c.tags).flat(), ...c.citations, ...c.case_numbers, c.court.name].join('; '),
    summary: [c.holding, c.outcome === 'unknown' ? undefined : c.outcome].filter(Boolean).join(' '),
    body: [c.facts, ...c.investigator_notes].join(' '),
    text: '',
  };
}

function instrumentDocument(instrument: Instrument): SearchDocument {
  return {
    id: instrument.id,
    type: instrument.kind === 'guidance' ? 'guidance' : 'instrument',
    instruments: [instrument.id],
    kind: instrument.kind,
    heading: instrument.title,
    keywords: [instrument.short, ...instrument.aliases].join('; '),
    summary: instrument.summary ?? '',
    body: (instrument.facts ?? []).map((fact) => `${fact.label}: ${fact.value}`).join(' '),
    text: '',
  };
}

/** Everything below the summary: elements, definitions, sub-provisions, in reading order. */
function partText(part: Part, isRoot: boolean): string {
  const pieces: string[] = [];
  if (!isRoot)
    pieces.push([part.id, 'heading' in part ? part.heading : undefined, part.summary].filter(Boolean).join(' '));
  const { elements } = part;
  if (elements)
    pieces.push(
      [...(elements.act ?? []), ...(elements.means ?? []), ...(elements.purpose ?? []), elements.note ?? ''].join('; '),
    );
  for (const definition of part.defines ?? []) pieces.push(`${definition.term}: ${definition.meaning}`);
  if (!isRoot && part.keywords) pieces.push(part.keywords.join('; '));
  for (const sub of part.subprovisions ?? []) pieces.push(partText(sub, false));
  return pieces.filter(Boolean).join('; ');
}
