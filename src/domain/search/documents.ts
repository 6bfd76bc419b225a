import type { Corpus, Part } from '../corpus/model.js';
import type { Instrument, InstrumentKind } from '../schema.js';

/** The searchable fields and how much a match in each counts. */
export const FIELD_BOOSTS = { heading: 6, keywords: 4, summary: 2, body: 1 } as const;
export type SearchField = keyof typeof FIELD_BOOSTS;

/** One searchable record: a provision or an instrument. */
export interface SearchDocument extends Record<SearchField, string> {
  id: string;
  type: 'provision' | 'instrument';
  instrument: string;
  kind: InstrumentKind;
}

/**
 * Flattens the corpus into search documents. Used both to build the index and to cut
 * snippets, so lunr's match positions always refer to these exact strings.
 */
export function searchDocuments(corpus: Corpus): SearchDocument[] {
  return corpus.instruments.flatMap((instrument) => [
    instrumentDocument(instrument),
    ...instrument.provisions.map((provision): SearchDocument => ({
      id: `${instrument.id}:${provision.id}`,
      type: 'provision',
      instrument: instrument.id,
      kind: instrument.kind,
      heading: provision.heading,
      keywords: (provision.keywords ?? []).join('; '),
      summary: provision.summary,
      body: partText(provision, true),
    })),
  ]);
}

function instrumentDocument(instrument: Instrument): SearchDocument {
  return {
    id: instrument.id,
    type: 'instrument',
    instrument: instrument.id,
    kind: instrument.kind,
    heading: instrument.title,
    keywords: [instrument.short, ...instrument.aliases].join('; '),
    summary: instrument.summary,
    body: (instrument.facts ?? []).map((fact) => `${fact.label}: ${fact.value}`).join(' '),
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
