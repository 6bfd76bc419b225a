/**
 * The kinds of instrument; each numbers its provisions as sections, rules or articles.
 * Here, below the corpus, so that reading a citation needs no corpus: the corpus schema
 * builds its `kind` enum from this list.
 */
export const INSTRUMENT_KINDS = [
  'act',
  'ordinance',
  'code',
  'rules',
  'order',
  'amendment',
  'constitution',
  'protocol',
  'convention',
  'guidance',
] as const;

/** A kind of instrument, as the corpus schema's `kind` enum reads it. */
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** How provisions are numbered: sections (acts), rules, or articles (treaties). */
export type Designator = 's' | 'r' | 'art';

/** How a designator is written before a number, and what its provisions are called. */
export const DESIGNATOR_NAMES: Record<Designator, { prefix: string; plural: string }> = {
  s: { prefix: 's.', plural: 'sections' },
  r: { prefix: 'r. ', plural: 'rules' },
  art: { prefix: 'art. ', plural: 'articles' },
};

/** The designator each kind of instrument numbers its provisions with. */
export function designatorFor(kind: InstrumentKind): Designator {
  if (kind === 'act' || kind === 'ordinance' || kind === 'code' || kind === 'amendment') return 's';
  if (kind === 'rules') return 'r';
  return 'art';
}
