/**
 * The corpus format, defined once: Zod schemas give the TypeScript types, the
 * validator used on load, and (via `z.toJSONSchema`) the JSON Schema shipped for
 * editors. Only the slow path (parsing YAML) imports this module at run time.
 */
import { z } from 'zod';
import { CONDITIONS } from './conditions.js';

/** How far a fact can be trusted; `low` facts are shown only with a warning. */
export const Confidence = z
  .enum(['high', 'medium', 'low'])
  .describe(
    'high: stated by the text or two sources; medium: one source or a strong inference; low: inferred or conflicting',
  );

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case slug such as "ptpa-2018"');
export const text = z.string().trim().min(1, 'must not be empty');
/** A calendar date, or the year / year-month where only that much is known. */
export const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
/** Keys into the instrument's `sources` table. */
const sourceKeys = z.array(z.string().min(1)).min(1, 'cite at least one source');

/** A fact with its own confidence, for values that may be unknown. */
function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value: z.union([value, z.literal('unknown')]),
    confidence: Confidence,
    note: text.optional(),
  });
}

export const DateFact = z.strictObject({
  date: partialDate.nullable().describe('null where no source gives the date'),
  confidence: Confidence,
  note: text.optional(),
});

export const Source = z.strictObject({
  title: text,
  url: z.url().optional(),
});

/** Statuses of an amendment or other later change; "verified" is the only settled one. */
export const AmendmentStatus = z.enum([
  'reported-amended',
  'amendment-bill-passed-unverified',
  'amendment-bill-outcome-unknown',
  'amended-verified',
]);

export const StatusNote = z.strictObject({
  status: AmendmentStatus,
  date: partialDate.optional(),
  text,
  confidence: Confidence,
  sources: sourceKeys,
});

/**
 * Facts of a case, as the checklist knows them: `applies_when` uses them to choose a
 * penalty band or an agency, and checklist items use them to decide when they apply.
 */
export const Condition = z.enum(CONDITIONS);
const conditions = z.array(Condition).min(1);

const years = z.number().nonnegative();

export const Penalty = z.strictObject({
  imprisonment: z
    .strictObject({
      min_years: z.union([years, z.enum(['none', 'unknown'])]).describe('"none": the text sets no minimum'),
      max_years: z.union([years, z.literal('unknown')]),
      confidence: Confidence.optional(),
    })
    .optional(),
  fine: z
    .strictObject({
      max: z.union([z.number().nonnegative(), z.literal('unknown')]),
      currency: z.literal('PKR'),
      reported: z.array(z.number().nonnegative()).min(2).optional().describe('conflicting reported maxima'),
      confidence: Confidence.optional(),
    })
    .optional(),
  combination: z
    .enum(['or', 'and', 'unknown', 'by-reference'])
    .describe('or: prison, or fine, or both; and: both mandatory'),
  by_reference: text.optional().describe('where the Act punishes by pointing to another law'),
  as_enacted: z.number().int().describe('year of the text the figures come from'),
  confidence: Confidence,
  note: text.optional(),
});

export const Elements = z.strictObject({
  act: z.array(text).optional(),
  means: z.array(text).optional(),
  purpose: z.array(text).optional(),
  mental: text.optional(),
  attempt: z.boolean().optional(),
  note: text.optional(),
  confidence: Confidence,
});

export const Procedure = z.strictObject({
  cognizable: fact(z.boolean()).optional(),
  bailable: fact(z.boolean()).optional(),
  compoundable: fact(z.boolean()).optional(),
  investigating_agency: z
    .array(
      z.strictObject({
        agency: text,
        when: text,
        applies_when: conditions.optional().describe('facts that make this agency the one; none: the default'),
        confidence: Confidence,
      }),
    )
    .optional(),
  trial_court: fact(text).optional(),
});

export const Definition = z.strictObject({ term: text, meaning: text });

/** A reference to a law outside the corpus (PPC, CrPC, …), kept for display only. */
export const RelatedLaw = z.strictObject({
  ref: z.string().regex(/^[a-z][a-z0-9-]*(:[A-Za-z0-9()-]+)?$/, 'must look like "crpc-1898:s545"'),
  label: text,
});

/** Where a checklist item goes; sections print in this order. */
export const ChecklistSection = z.enum([
  'safety',
  'jurisdiction',
  'elements',
  'aggravation',
  'penalty',
  'procedure',
  'victim',
  'related',
  'international',
]);

/**
 * One thing an investigator must do or check, kept beside the provision or guidance
 * it comes from (which it cites automatically). It appears in the checklist of each
 * offence listed, when the facts satisfy its conditions.
 */
export const ChecklistItem = z.strictObject({
  id: slug.describe('unique within each offence it belongs to'),
  offences: z.array(slug).min(1),
  section: ChecklistSection,
  element: slug.optional().describe('in the elements section: the element this evidence proves'),
  text,
  prompts: z.array(text).optional().describe('what to look for or ask'),
  when_any: conditions.optional().describe('shown only when at least one of these facts holds'),
  when_all: conditions.optional().describe('shown only when all of these facts hold'),
  unless: conditions.optional().describe('hidden when any of these facts holds'),
  cites: z.array(z.string()).optional().describe('further provisions, guidance or statutes it rests on'),
  confidence: Confidence.optional().describe(
    'the confidence of what the item asserts, where below that of the provision it sits in',
  ),
  weaker: z
    .array(z.strictObject({ about: text, confidence: Confidence, reason: text }))
    .optional()
    .describe('a narrower fact inside the item rated below it: its caveat goes with that fact only'),
  order: z.number().int().optional().describe('position within its section; lower first (default 50)'),
});

/**
 * How a provision relates to the one it points at; a plain id is a firm link of no stated
 * kind. `corresponds` says two texts deal with the same matter (the crosswalk's word), not
 * that one implements or complies with the other.
 */
export const XREF_RELATIONS = ['same-offence', 'corresponds', 'analogy'] as const;

/**
 * A cross-reference: a canonical id, or an object naming how the two relate and how sure
 * that is (the crosswalk rates a thematic analogy low, a shared definition high).
 */
export const CrossReference = z.union([
  z.string(),
  z.strictObject({
    ref: z.string(),
    relation: z.enum(XREF_RELATIONS).optional(),
    confidence: Confidence,
  }),
]);
export type CrossReference = z.infer<typeof CrossReference>;

/** How `tip import` placed an imported section: by the number printed, by its heading, or by its order. */
export const PLACEMENTS = ['number', 'contents', 'heading', 'order'] as const;
export const IMPORT_FORMATS = ['markdown', 'text', 'html', 'pdf'] as const;

/** Where an official text came from: the user's file, as `tip import` read it. */
export const ImportSource = z.strictObject({
  file: text.describe('the file name, without its folder'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
  format: z.enum(IMPORT_FORMATS),
  imported: partialDate,
  importer: text,
});

/** The provenance of one part's official text: its file, and how it was placed and how sure that is. */
export const TextSource = ImportSource.extend({
  placed: z.enum(PLACEMENTS),
  confidence: Confidence,
});

/** A part of an imported instrument's text: its pinpoint, its text, and the parts under it. */
export interface ImportedPart {
  id: string;
  text: string;
  subprovisions?: ImportedPart[];
}
export const ImportedPart: z.ZodType<ImportedPart> = z.strictObject({
  id: z.string().regex(/^\([0-9a-z]+\)$/, 'must be a pinpoint such as "(1)" or "(a)"'),
  text: z.string().min(1),
  subprovisions: z.array(z.lazy(() => ImportedPart)).optional(),
});

/** A provision read from an official text, for an instrument tipkit records no provisions of. */
export const ImportedProvision = z.strictObject({
  id: z.string().regex(/^(s\d+(-[A-Z])?|art\d+|r\d+)$/, 'must be s<N>, art<N> or r<N>'),
  number: z.string(),
  number_printed: z.boolean().describe('false where the number was inferred from the order of the sections'),
  heading: text.nullable().describe('null where the text prints none'),
  placed: z.enum(PLACEMENTS),
  confidence: Confidence,
  text: z.string().min(1),
  subprovisions: z.array(ImportedPart).optional(),
});
export type ImportedProvision = z.infer<typeof ImportedProvision>;

/** The kinds of instrument; each numbers its provisions as sections, rules or articles. */
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

/** What an import read about an instrument tipkit does not describe: each value as the text gives it, or unknown. */
export const ImportedInstrument = z.strictObject({
  title: text,
  short: text,
  aliases: z.array(text),
  kind: z.enum(INSTRUMENT_KINDS).exclude(['guidance']),
  year: z.number().int().nullable(),
  official_number: fact(text),
  jurisdiction: fact(text),
  /** Below high where the title was read from OCR'd or garbled text, or not printed at all. */
  title_confidence: Confidence.optional(),
  title_note: text.optional(),
  /** For an amending Act: the Act it amends, as the text names it. */
  amends: fact(text).optional(),
  /** For rules and regulations: the power they are made under ("section 15 of the … Act, 2018"), as printed. */
  made_under: fact(text).optional(),
});
export type ImportedInstrument = z.infer<typeof ImportedInstrument>;

/**
 * A file `tip import` writes (`laws/<id>.text.yaml`): the official text, verbatim, from a
 * file the user holds. For an instrument tipkit describes, `sections` puts the text on
 * its provisions, and the instrument's own file and summaries stay as they are. Where
 * tipkit records no provisions (`provisions`), or does not know the instrument at all
 * (`instrument` too), the file brings them, as the text numbers them.
 */
export const OfficialTextFile = z.strictObject({
  format: z.literal('tipkit-official-text'),
  version: z.literal(1),
  text_of: slug,
  source: ImportSource,
  instrument: ImportedInstrument.optional(),
  sections: z.array(
    z.strictObject({
      id: z.string().min(1).describe('a provision or sub-provision id of the instrument: s3, s3(2)'),
      placed: z.enum(PLACEMENTS),
      confidence: Confidence,
      text: z.string().min(1),
    }),
  ),
  provisions: z.array(ImportedProvision).optional(),
});
export type OfficialTextFile = z.infer<typeof OfficialTextFile>;

/** Content shared by provisions and their sub-provisions. */
const body = {
  summary: text.optional().describe("tipkit's own words; absent only on a part read from an official text"),
  keywords: z.array(text).optional(),
  elements: Elements.optional(),
  applies_when: conditions.optional().describe('the penalty here applies when any of these holds'),
  applies_when_confidence: Confidence.optional().describe('where the triggers are less certain than the penalty'),
  penalty: Penalty.optional(),
  procedure: Procedure.optional(),
  defines: z.array(Definition).optional(),
  xrefs: z
    .array(CrossReference)
    .optional()
    .describe(
      'related provisions in the corpus: a canonical id (a firm link), or one with its relation and confidence',
    ),
  related_law: z.array(RelatedLaw).optional(),
  checklist: z.array(ChecklistItem).optional(),
  text: z
    .string()
    .min(1)
    .optional()
    .describe('the official text, verbatim, as tip import read it from a file the user holds'),
  text_source: TextSource.optional(),
};

const SubprovisionBase = z.strictObject({
  id: z.string().regex(/^\([0-9a-z]+\)$/, 'must be a pinpoint such as "(1)" or "(a)"'),
  heading: text.optional(),
  confidence: Confidence.optional().describe('confidence in this pinpoint, where below the provision'),
  confidence_note: text.optional().describe('what the lower confidence is about, printed with its caveat'),
  ...body,
});
export type Subprovision = z.infer<typeof SubprovisionBase> & { subprovisions?: Subprovision[] };

/** A numbered or lettered part of a provision; parts may nest, as (1)(a). */
export const Subprovision: z.ZodType<Subprovision> = SubprovisionBase.extend({
  subprovisions: z.array(z.lazy(() => Subprovision)).optional(),
});

export const Provenance = z.strictObject({
  number_confidence: Confidence,
  content_confidence: Confidence,
  heading_confidence: Confidence.optional(),
  as_of: partialDate.optional().describe('overrides the instrument as_of'),
  sources: sourceKeys,
  amendments: z.array(StatusNote).optional(),
  note: text.optional(),
});

export const Provision = z.strictObject({
  id: z.string().regex(/^(s\d+(-[A-Z])?|art\d+|r\d+|[a-z][a-z0-9-]*)$/, 'must be s<N>, art<N>, r<N> or a slug'),
  number: z.string().nullable().describe('null where the number is not known'),
  heading: text,
  ...body,
  subprovisions: z.array(Subprovision).optional(),
  provenance: Provenance,
});

export const InstrumentFact = z.strictObject({
  label: text,
  value: text,
  confidence: Confidence,
  refs: z.array(z.string()).optional(),
  sources: sourceKeys.describe('every fact names the sources it rests on'),
});

/** One element of an offence, read from the `elements` of a provision. */
export const OffenceElement = z.strictObject({
  key: slug,
  label: text,
  from: z.string().describe('the provision whose elements give the terms'),
  field: z.enum(['act', 'means', 'purpose', 'mental']),
  waived_when: conditions.optional().describe('facts under which this element need not be proved'),
  waived_by: z.array(z.string()).optional().describe('the provisions that waive it'),
  note: text.optional(),
});

/** An offence the checklist covers: where its elements, bands, agency and procedure live. */
/**
 * A national figure a trainer may quote: what it counts, for when, who reported it, the
 * source and how sure it is. Figures that measure the same thing share a `measure`, so
 * that two sources that disagree are shown side by side, never one in place of the other.
 */
export const Figure = z.strictObject({
  id: slug,
  measure: slug.describe('figures with the same measure count the same thing, from different sources or periods'),
  label: text,
  value: z.number().int().nonnegative(),
  period: text.describe('the year or period counted, as the source gives it'),
  counts: text.describe('what one unit of the figure is'),
  reported_by: text,
  part_of: slug.optional().describe('the figure this one breaks down'),
  note: text.optional(),
  confidence: Confidence,
  sources: sourceKeys,
});

export const Offence = z.strictObject({
  id: slug,
  name: text,
  summary: text,
  elements: z.array(OffenceElement).min(1),
  bands: z.array(z.string()).min(1).describe('provisions with a penalty; the most severe that applies is chosen'),
  aggravation: z.string().describe('the provision listing aggravating circumstances in applies_when'),
  agency: z.string().describe('the provision whose procedure names the investigating agency'),
  procedure: z.array(z.string()).min(1).describe('provisions with cognizance, bail and trial court'),
});

export const Instrument = z.strictObject({
  id: slug,
  title: text,
  short: text,
  aliases: z.array(text),
  kind: z
    .enum(INSTRUMENT_KINDS)
    .describe('guidance: practice notes compiled by tipkit from the sources cited, not law'),
  jurisdiction: text,
  summary: text.optional().describe('absent only on an instrument tip import built from its official text'),
  imported: ImportSource.optional().describe(
    'set on an instrument built by tip import from an official text the user holds',
  ),
  official_number: fact(text).optional().describe('required for laws; guidance has none'),
  dates: z.strictObject({
    adopted: DateFact.optional(),
    opened_for_signature: DateFact.optional(),
    passed: DateFact.optional(),
    assented: DateFact.optional(),
    published: DateFact.optional(),
    notified: DateFact.optional(),
    in_force: DateFact.optional(),
  }),
  source: z.strictObject({ publication: text, consulted: sourceKeys }),
  as_of: partialDate.describe('the text this digest describes'),
  as_of_note: text,
  official_text_bundled: z.literal(false).describe('tipkit ships summaries, never the official text'),
  status: z.array(StatusNote),
  facts: z.array(InstrumentFact).optional(),
  sources: z.record(z.string(), Source),
  provisions: z.array(Provision),
  offences: z.array(Offence).optional(),
  figures: z.array(Figure).optional(),
});

export type Confidence = z.infer<typeof Confidence>;
export type Penalty = z.infer<typeof Penalty>;
export type Figure = z.infer<typeof Figure>;
export type Condition = z.infer<typeof Condition>;
export type Procedure = z.infer<typeof Procedure>;
export type StatusNote = z.infer<typeof StatusNote>;
export type Provision = z.infer<typeof Provision>;
export type ChecklistItem = z.infer<typeof ChecklistItem>;
export type ChecklistSection = z.infer<typeof ChecklistSection>;
export type Offence = z.infer<typeof Offence>;
export type OffenceElement = z.infer<typeof OffenceElement>;
export type Instrument = z.infer<typeof Instrument>;
export type InstrumentKind = Instrument['kind'];

/** The JSON Schema of one instrument file, for editors and `tip schema`. */
export function instrumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Instrument, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
