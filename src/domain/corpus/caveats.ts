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
 * The warnings a reader must see next to a provision: anything below high
 * confidence, any reported amendment.
 */
export function provisionCaveats(instrument: Instrument, provision: Provision, path: readonly Part[]): string[] {
  const caveats: string[] = [];
  const { provenance } = provision;
  if (instrument.kind === 'guidance') {
    caveats.push(
      'Practice guidance compiled by tipkit from the sources listed, not law: use it to plan, and cite the law itself.',
    );
  } else if (provision.number === null) {
    caveats.push(`The number of this provision is not known; "${provision.id}" is tipkit's descriptive id.`);
  } else if (provenance.number_confidence !== 'high') {
    caveats.push(`Number: ${provenance.number_confidence} confidence (verify against the official text).`);
  }
  if (provenance.content_confidence === 'low') {
    caveats.push('Content: low confidence, unverified. Do not rely on it as settled law.');
  } else if (provenance.content_confidence === 'medium') {
    caveats.push('Content: medium confidence (one source or an inference); verify.');
  }
  if (provenance.heading_confidence && provenance.heading_confidence !== 'high') {
    caveats.push(`Heading: ${provenance.heading_confidence} confidence (the original heading is not known).`);
  }
  for (const part of path.slice(1)) {
    if ('confidence' in part && part.confidence && part.confidence !== 'high') {
      caveats.push(`Pinpoint ${part.id}: ${part.confidence} confidence in its lettering or placement.`);
    }
  }
  for (const note of provenance.amendments ?? []) {
    caveats.push(`May have been amended (${note.date ?? 'date unknown'}): ${statusLabel(note.status)}. ${note.text}`);
  }
  if (!provenance.amendments?.length && instrument.status.length > 0) {
    caveats.push(
      `${instrument.short} has reported amendments (see tip show ${instrument.id}); this digest describes the text as of ${instrument.as_of}.`,
    );
  }
  return caveats;
}

/** Warnings attached to one penalty band. */
export function penaltyCaveats(penalty: Penalty): string[] {
  const caveats: string[] = [];
  if (penalty.confidence !== 'high') caveats.push(`Penalty: ${penalty.confidence} confidence.`);
  if (penalty.fine?.confidence && penalty.fine.confidence !== 'high')
    caveats.push(`Fine: ${penalty.fine.confidence} confidence.`);
  if (penalty.fine?.reported)
    caveats.push(`Sources disagree on the maximum fine: ${penalty.fine.reported.map(formatPkr).join(' or ')}.`);
  return caveats;
}

/** A band whose triggers are less certain than its figures says so. */
export function triggerCaveats(part: Part): string[] {
  const confidence = part.applies_when_confidence;
  return confidence && confidence !== 'high'
    ? [`When this band applies: ${confidence} confidence (the statutory triggers are not verified).`]
    : [];
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

/** The weakest of some ratings (those given): a fact is as sure as the least sure thing it rests on. */
export function weakest(first: Confidence, ...rest: (Confidence | undefined)[]): Confidence {
  return rest.reduce<Confidence>((a, b) => (b !== undefined && CONFIDENCE_RANK[b] < CONFIDENCE_RANK[a] ? b : a), first);
}
