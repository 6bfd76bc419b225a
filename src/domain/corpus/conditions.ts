/**
 * The facts of a case as the corpus data is written against them (`applies_when`, checklist
 * items) and as the checklist flags give them. Kept free of zod so that the schema and the
 * checklist both build on it without importing each other.
 */

/** Facts that can make an offence graver: the values of --aggravating. */
export const AGGRAVATING = [
  'injury',
  'death',
  'organized-group',
  'documents',
  'repeat',
  'endangered',
  'inhuman-treatment',
] as const;

export const CONDITIONS = [
  'victim-adult',
  'victim-child',
  'victim-age-unknown',
  'victim-woman',
  'cross-border',
  ...AGGRAVATING,
  'forged-documents',
  'purpose-labour',
  'purpose-sex',
  'purpose-begging',
  'purpose-domestic-work',
  'purpose-debt-bondage',
  'purpose-organ-removal',
] as const;

export type Condition = (typeof CONDITIONS)[number];

/** How each fact reads in a sentence: "applies when the victim is a woman, or ...". */
export const CONDITION_LABEL: Record<Condition, string> = {
  'victim-adult': 'the victim is an adult',
  'victim-child': 'the victim is a child (under 18)',
  'victim-age-unknown': "the victim's age is not yet established",
  'victim-woman': 'the victim is a woman',
  'cross-border': 'the victim was moved into or out of Pakistan',
  injury: 'serious injury or a life-threatening illness',
  death: 'death of the victim or another person',
  'organized-group': 'an organized criminal group is involved',
  documents: "the victim's travel documents were taken or destroyed",
  repeat: 'the offender has done it before',
  endangered: "the migrant's life or safety was put in danger",
  'inhuman-treatment': 'inhuman or degrading treatment, including exploitation',
  'forged-documents': 'forged or fraudulent travel or identity documents were used',
  'purpose-labour': 'exploitation for labour or services',
  'purpose-sex': 'sexual exploitation',
  'purpose-begging': 'begging',
  'purpose-domestic-work': 'domestic work',
  'purpose-debt-bondage': 'debt bondage',
  'purpose-organ-removal': 'removal of organs',
};

export function conditionsLabel(conditions: readonly Condition[]): string {
  return conditions.map((c) => CONDITION_LABEL[c]).join(', or ');
}
