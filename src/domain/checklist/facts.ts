import { AGGRAVATING, type Condition } from '../corpus/conditions.js';

export const VICTIM_AGES = ['adult', 'child', 'unknown'] as const;
export const PURPOSES = ['labour', 'sex', 'begging', 'domestic-work', 'debt-bondage', 'organ-removal'] as const;

export type VictimAge = (typeof VICTIM_AGES)[number];
export type Aggravating = (typeof AGGRAVATING)[number];
export type Purpose = (typeof PURPOSES)[number];

/** What the investigator knows about the case, as the checklist flags give it. */
export interface Facts {
  victim: VictimAge;
  victim_woman: boolean;
  cross_border: boolean;
  aggravating: Aggravating[];
  purpose: Purpose[];
  forged_documents: boolean;
}

/** Facts in a canonical order, so saved files and output never depend on flag order. */
export function normalizeFacts(facts: Facts): Facts {
  return {
    ...facts,
    aggravating: AGGRAVATING.filter((a) => facts.aggravating.includes(a)),
    purpose: PURPOSES.filter((p) => facts.purpose.includes(p)),
  };
}

/** The facts as the conditions the corpus data is written against. */
export function conditionsOf(facts: Facts): Condition[] {
  return [
    `victim-${facts.victim === 'unknown' ? 'age-unknown' : facts.victim}` as Condition,
    ...(facts.victim_woman ? (['victim-woman'] as const) : []),
    ...(facts.cross_border ? (['cross-border'] as const) : []),
    ...facts.aggravating,
    ...facts.purpose.map((p) => `purpose-${p}` as Condition),
    ...(facts.forged_documents ? (['forged-documents'] as const) : []),
  ];
}

/** The facts when none are given: what `tip checklist <offence>` and the exported checklist pages use. */
export const DEFAULT_FACTS: Facts = {
  victim: 'unknown',
  victim_woman: false,
  cross_border: false,
  aggravating: [],
  purpose: [],
  forged_documents: false,
};
