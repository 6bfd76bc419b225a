/**
 * Instruments and provisions built from an official text the user imported: the text
 * as printed, numbered as printed (or as inferred, and then said so), with the file it
 * came from as the only source. Nothing here is tipkit's reading of the law.
 */
import { designatorFor } from './ids.js';
import type {
  ImportedPart,
  ImportedProvision,
  Instrument,
  OfficialTextFile,
  Provision,
  Subprovision,
} from './schema.js';

/** The key of the user's file in an instrument's `sources`. */
export const IMPORTED_SOURCE = 'imported-text';

type TextSource = NonNullable<Provision['text_source']>;

/** The instrument a text file brings for a law tipkit does not describe. */
export function instrumentFromText(
  file: OfficialTextFile & { instrument: NonNullable<OfficialTextFile['instrument']> },
): Instrument {
  const { instrument: about, source } = file;
  return {
    id: file.text_of,
    title: about.title,
    short: about.short,
    aliases: about.aliases,
    kind: about.kind,
    jurisdiction: about.jurisdiction.value,
    imported: source,
    official_number: about.official_number,
    dates: {},
    source: { publication: `Official text imported by you from ${source.file}`, consulted: [IMPORTED_SOURCE] },
    as_of: source.imported,
    as_of_note: `The text as printed in ${source.file}, imported on ${source.imported}; any amendment after that copy is not reflected.`,
    official_text_bundled: false,
    status: [],
    sources: { [IMPORTED_SOURCE]: sourceEntry(file) },
    provisions: provisionsFromText(file),
  };
}

/** The provisions a text file brings, for an instrument that records none or one it builds. */
export function provisionsFromText(file: OfficialTextFile): Provision[] {
  return (file.provisions ?? []).map((p) => toProvision(p, file.source));
}

/** The source entry naming the user's file, for the instrument's `sources` table. */
export function sourceEntry(file: OfficialTextFile): { title: string } {
  return {
    title: `${file.source.file} (SHA-256 ${file.source.sha256.slice(0, 12)}…), imported ${file.source.imported}`,
  };
}

function toProvision(p: ImportedProvision, source: OfficialTextFile['source']): Provision {
  const textSource: TextSource = { ...source, placed: p.placed, confidence: p.confidence };
  return {
    id: p.id,
    number: p.number,
    heading: p.heading ?? `${label(p.id)} (no heading printed)`,
    text: p.text,
    text_source: textSource,
    ...(p.subprovisions ? { subprovisions: p.subprovisions.map((s) => toSub(s, textSource)) } : {}),
    provenance: {
      number_confidence: p.number_printed ? 'high' : 'low',
      content_confidence: p.confidence,
      ...(p.heading === null ? { heading_confidence: 'low' as const } : {}),
      sources: [IMPORTED_SOURCE],
      ...(p.number_printed
        ? {}
        : {
            note: `The text does not print this number: it was ${p.placed === 'contents' ? 'taken from the CONTENTS list' : 'inferred from the order of the sections'}.`,
          }),
    },
  };
}

function toSub(part: ImportedPart, source: TextSource): Subprovision {
  return {
    id: part.id,
    text: part.text,
    text_source: source,
    ...(part.subprovisions ? { subprovisions: part.subprovisions.map((s) => toSub(s, source)) } : {}),
  };
}

function label(id: string): string {
  const match = /^(s|r|art)(.*)$/.exec(id);
  const word = { s: 'Section', r: 'Rule', art: 'Article' }[(match?.[1] ?? 's') as 's' | 'r' | 'art'];
  return `${word} ${match?.[2] ?? id}`;
}

/** The provision id a printed number takes in an instrument of `kind`: "3A" in an act is s3-A. */
export function provisionId(kind: Instrument['kind'], number: string): string {
  const [, digits, letter] = /^(\d+)([A-Z])?$/.exec(number) ?? [];
  return `${designatorFor(kind)}${digits ?? number}${letter ? `-${letter}` : ''}`;
}
