/**
 * The case file format: one judgment, order or enforcement matter per file in cases/.
 * Like the instrument schema, it gives the types, the validator and the JSON Schema.
 */
import { z } from 'zod';
import { Confidence, DateFact, partialDate, Source, text } from './schema.js';

/** Tags in the manner of the UNODC SHERLOC case-law taxonomy, plus tipkit's own topics. */
const CaseTags = z.strictObject({
  act: z.array(z.enum(['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt', 'sale'])).optional(),
  means: z
    .array(
      z.enum([
        'threat',
        'force',
        'coercion',
        'abduction',
        'fraud',
        'deception',
        'abuse-of-power',
        'abuse-of-vulnerability',
        'payments',
        'debt',
      ]),
    )
    .optional(),
  purpose: z
    .array(
      z.enum([
        'sexual-exploitation',
        'forced-labour',
        'debt-bondage',
        'slavery',
        'servitude',
        'domestic-servitude',
        'forced-marriage',
        'begging',
        'child-abuse',
      ]),
    )
    .optional(),
  sector: z
    .array(
      z.enum([
        'brick-kilns',
        'agriculture',
        'domestic-work',
        'overseas-employment',
        'airports',
        'sea-crossing',
        'pilgrimage-travel',
      ]),
    )
    .optional(),
  topic: z
    .array(
      z.enum([
        'bail',
        'quashing',
        'appeal',
        'public-interest',
        'evidence',
        'digital-evidence',
        'age-determination',
        'jurisdiction',
        'compromise',
        'non-punishment',
        'migrant-smuggling',
        'illegal-recruitment',
        'forged-documents',
        'bonded-labour',
        'child-victim',
        'joint-investigation',
        'sentencing',
      ]),
    )
    .optional(),
});

/** A law the case applies: a canonical id, in the corpus or in tipkit's table of other statutes. */
const LawApplied = z.strictObject({
  ref: z
    .string()
    .regex(
      /^[a-z][a-z0-9-]*(:(s|art|r)\d+(-[A-Z])?(\([0-9a-z]+\))*|:schedule(\(\d+\))?)?$/,
      'must be a canonical id such as "ptpa-2018:s3(2)" or "ppc-1860:s371-A"',
    ),
  note: text.optional(),
});

const Fir = z.strictObject({
  number: text.describe('as written: "FIR No. 483", "Crime No. 10/2022"'),
  date: partialDate.optional(),
  station: text.optional().describe('police station or FIA unit'),
});

export const Case = z.strictObject({
  id: z.string().regex(/^case:[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like "case:<short-name>-<year>-<court>"'),
  title: text.describe('the parties, or a description where they are not named'),
  short: text.describe('the name people know the case by'),
  kind: z.enum(['judgment', 'order', 'matter']).describe('matter: enforcement action with no court ruling'),
  court: z.strictObject({
    name: text,
    code: z
      .enum(['sc', 'fsc', 'ihc', 'lhc', 'shc', 'phc', 'bhc', 'district', 'foreign', 'none'])
      .describe('for filtering: sc, lhc, shc, …; foreign for courts outside Pakistan'),
    country: text,
  }),
  bench: z.array(text).optional().describe('judges, where known'),
  decided: DateFact,
  citations: z.array(z.string()).describe('law-report citations exactly as verified, in canonical form'),
  citation_status: z
    .enum(['reported', 'not-found', 'not-applicable'])
    .describe('not-found: no law-report citation could be verified; never construct one'),
  case_numbers: z.array(text),
  fir: z.array(Fir),
  laws_applied: z.array(LawApplied),
  facts: text,
  holding: text.optional(),
  outcome: z.union([text, z.literal('unknown')]).describe('"unknown" where the operative order could not be read'),
  investigator_notes: z.array(text).min(1, 'say what the case teaches an investigator'),
  tags: CaseTags,
  related_cases: z.array(z.string()).optional(),
  provenance: z.strictObject({
    confidence: Confidence,
    note: text.optional(),
    sources: z.array(Source).min(1, 'cite at least one source'),
  }),
});

export type Case = z.infer<typeof Case>;

/** The JSON Schema of one case file, for editors and `tip schema case`. */
export function caseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Case, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
