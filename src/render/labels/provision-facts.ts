import { caveat, type Caveat } from '../../domain/corpus/caveats.js';
import type { Part } from '../../domain/corpus/model.js';
import type { Confidence, XREF_RELATIONS } from '../../domain/corpus/schema.js';
import type { CrossReferenceView, ProcedureView } from '../../domain/lookup/view.js';

/*
 * How a provision's elements, procedure and cross-references read on a page: English
 * presentation shared by `tip show` and the export's instrument pages, kept out of the domain.
 */

/** The elements an offence provision lists, as labelled lines in reading order; absent ones are left out. */
export function elementFacts(elements: NonNullable<Part['elements']>): [label: string, value: string][] {
  const rows: [string, string | undefined][] = [
    ['Act', elements.act?.join(', ')],
    ['Means', elements.means?.join(', ')],
    ['Purpose', elements.purpose?.join(', ')],
    ['Intent', elements.mental],
    ['Attempt', elements.attempt === undefined ? undefined : elements.attempt ? 'covered' : 'not covered'],
    ['Note', elements.note],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

/** One procedural fact as a page states it: "Bailable: no", with its confidence and source. */
export interface ProcedureFact {
  label: string;
  value: string;
  confidence: Confidence;
  source: string;
  note?: string;
  caveats: Caveat[];
}

const YES_NO_FACTS = [
  ['Cognizable', 'cognizable'],
  ['Bailable', 'bailable'],
  ['Compoundable', 'compoundable'],
] as const;

/** The procedure in reading order: investigating agencies, then the yes/no facts, then the trial court. */
export function procedureFacts(procedure: ProcedureView): ProcedureFact[] {
  const fact = (
    label: string,
    value: string,
    about: Omit<ProcedureFact, 'label' | 'value' | 'caveats'>,
  ): ProcedureFact => ({
    label,
    value,
    confidence: about.confidence,
    source: about.source,
    ...(about.note ? { note: about.note } : {}),
    caveats: caveat(label, about.confidence),
  });
  const facts = (procedure.investigating_agency ?? []).map((a) => fact('Investigation', `${a.agency}: ${a.when}`, a));
  for (const [label, key] of YES_NO_FACTS) {
    const about = procedure[key];
    if (about) facts.push(fact(label, about.value === 'unknown' ? 'unknown' : about.value ? 'yes' : 'no', about));
  }
  if (procedure.trial_court) facts.push(fact('Trial court', procedure.trial_court.value, procedure.trial_court));
  return facts;
}

/** What each relation is printed as: "corresponds" must not read as a claim of compliance. */
const RELATION_WORDS: Record<(typeof XREF_RELATIONS)[number], string> = {
  'same-offence': 'same offence',
  corresponds: 'corresponds: the same matter, not a claim that one implements the other',
  analogy: 'analogy',
};

/** "analogy, low confidence": what a reader needs beside a cross-reference that is not a firm link. */
export function crossReferenceNote(xref: CrossReferenceView): string {
  const words = [
    xref.relation && RELATION_WORDS[xref.relation],
    xref.confidence === 'high' ? undefined : `${xref.confidence} confidence`,
  ];
  return words.filter(Boolean).join(', ');
}
