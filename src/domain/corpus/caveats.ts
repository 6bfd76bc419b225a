import type { Part } from './model.js';
import type { Confidence, Instrument, Penalty, Provision, StatusNote } from './schema.js';
import { formatPkr } from '../common/text.js';

/** What every page says once: tipkit ships summaries, not the law itself. */
export const OFFICIAL_TEXT_NOTICE =
  'Official text is not bundled: tipkit gives summaries in its own words. Check the Gazette of Pakistan, the Pakistan Code or the UN Treaty Collection before relying on any provision.';

/** What a part read from an imported official text shows where tipkit's summary would be. */
export const NO_SUMMARY = 'No tipkit summary: tipkit holds only the official text you imported for this.';

/** The notice every page of an instrument ends with: tipkit's own, or that of an imported text. */
export function instrumentNotice(instrument: Pick<Instrument, 'imported'>): string {
  return instrument.imported ? importedNotice(instrument.imported) : OFFICIAL_TEXT_NOTICE;
}

/** The notice on an instrument built by `tip import`: whose text it is, and how far to trust it. */
function importedNotice(source: { file: string; imported: string }): string {
  return `Official text only, imported by you from ${source.file} on ${source.imported}: tipkit has not reviewed it and holds no summary of it. The copy or its OCR may differ from the Gazette; check before relying on it.`;
}

const STATUS_LABEL: Record<StatusNote['status'], string> = {
  'reported-amended': 'amendment reported, wording unverified',
  'amendment-bill-passed-unverified': 'amendment bill passed, assent and final text unverified',
  'amendment-bill-outcome-unknown': 'amendment bill, outcome unknown',
  'amended-verified': 'amended (verified)',
};

export function statusLabel(status: StatusNote['status']): string {
  return STATUS_LABEL[status];
}

/**
 * tipkit's safety text, in one shape. Every view carries its caveats as these, and every
 * format prints `text`, so a change of wording is one edit here and every surface (text,
 * Markdown, CSV, JSON, HTML, the interactive views) says the same words.
 */
export interface Caveat {
  /** What it is about, as a reader names it: "Number", "Fine", "Scope", "Compounding". */
  about: string;
  /** The confidence of that fact (low or medium), or `note` for a caution that is not a rating. */
  level: CaveatLevel;
  /** Why, or what to do, in a sentence; may be empty for a bare rating. */
  reason: string;
  /** Source keys behind the fact, where the caveat is about one. */
  sources?: string[];
  /** The sentence every format prints. */
  text: string;
}

export type CaveatLevel = 'low' | 'medium' | 'note';

/** How each level reads: low confidence must never read as settled law. */
const LEVEL_WORDS: Record<Exclude<CaveatLevel, 'note'>, string> = {
  low: 'low confidence, unverified; do not rely on it without checking',
  medium: 'medium confidence (one source or an inference); verify',
};

/** A caveat about `about`; a `high` level gives none, so callers may pass any rating. */
export function caveat(about: string, level: Confidence | 'note', reason = '', sources?: readonly string[]): Caveat[] {
  if (level === 'high') return [];
  const said = reason.trim().replace(/([^.!?])$/, '$1.');
  const text = level === 'note' ? `${about}: ${said}` : `${about}: ${LEVEL_WORDS[level]}.${said ? ` ${said}` : ''}`;
  return [{ about, level, reason: said, ...(sources?.length ? { sources: [...sources] } : {}), text }];
}

/** The warnings a reader must see next to a provision: anything below high confidence, any reported amendment. */
export function provisionCaveats(instrument: Instrument, provision: Provision, path: readonly Part[]): Caveat[] {
  const { provenance } = provision;
  const sources = provenance.sources;
  return [
    ...(instrument.kind === 'guidance'
      ? caveat(
          'Guidance',
          'note',
          'Practice guidance compiled by tipkit from the sources listed, not law: use it to plan, and cite the law itself',
        )
      : provision.number === null
        ? caveat('Number', 'note', `not known; "${provision.id}" is tipkit's descriptive id`)
        : caveat('Number', provenance.number_confidence, 'Check it against the official text', sources)),
    ...caveat('Content', provenance.content_confidence, '', sources),
    ...caveat('Heading', provenance.heading_confidence ?? 'high', 'The original heading is not known', sources),
    ...path
      .slice(1)
      .flatMap((part) =>
        'confidence' in part && part.confidence
          ? caveat(
              `Pinpoint ${part.id}`,
              part.confidence,
              part.confidence_note ?? 'Its lettering or placement is not certain',
            )
          : [],
      ),
    ...(provenance.amendments ?? []).flatMap((note) =>
      caveat(
        'Amendment',
        'note',
        `${statusLabel(note.status)} (${note.date ?? 'date unknown'}). ${note.text}`,
        note.sources,
      ),
    ),
    ...(!provenance.amendments?.length && instrument.status.length > 0
      ? caveat(
          'Amendment',
          'note',
          `${instrument.short} has reported amendments (see tip show ${instrument.id}); this digest describes the text as of ${instrument.as_of}`,
        )
      : []),
  ];
}

/** Warnings attached to one penalty band: each figure rated below high, and conflicting reports. */
export function penaltyCaveats(penalty: Penalty): Caveat[] {
  return [
    ...caveat('Penalty', penalty.confidence),
    ...caveat('Prison term', penalty.imprisonment?.confidence ?? 'high'),
    ...caveat('Fine', penalty.fine?.confidence ?? 'high'),
    ...(penalty.fine?.reported
      ? caveat('Fine', 'note', `Sources disagree on the maximum: ${penalty.fine.reported.map(formatPkr).join(' or ')}`)
      : []),
    ...(penalty.note ? caveat('Penalty', 'note', penalty.note) : []),
  ];
}

/** A band whose triggers are less certain than its figures says so. */
export function triggerCaveats(part: Part): Caveat[] {
  return caveat(
    'When this band applies',
    part.applies_when_confidence ?? 'high',
    'The statutory triggers are not verified',
  );
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

/** The weakest of some ratings (those given): a fact is as sure as the least sure thing it rests on. */
export function weakest(first: Confidence, ...rest: (Confidence | undefined)[]): Confidence {
  return rest.reduce<Confidence>((a, b) => (b !== undefined && CONFIDENCE_RANK[b] < CONFIDENCE_RANK[a] ? b : a), first);
}
