import { statusLabel } from './caveats.js';
import { allParts, type Corpus } from './model.js';
import type { Instrument } from './schema.js';
import { compareText } from '../common/text.js';

/** One line of `tip laws`. */
export interface LawSummary {
  id: string;
  short: string;
  title: string;
  kind: Instrument['kind'];
  jurisdiction: string;
  provisions: number;
  as_of: string;
  status: string;
  official_text_bundled: false;
  /** Parts carrying an official text you imported (tip import), and the files it came from. */
  imported_text?: { parts: number; files: string[]; where: string; new_instrument: boolean };
}

/** The instruments of a corpus, in corpus order. */
export function listLaws(corpus: Corpus): LawSummary[] {
  return corpus.instruments.map((instrument) => ({
    id: instrument.id,
    short: instrument.short,
    title: instrument.title,
    kind: instrument.kind,
    jurisdiction: instrument.jurisdiction,
    provisions: instrument.provisions.length,
    as_of: instrument.as_of,
    status: statusSummary(instrument),
    official_text_bundled: false,
    ...importedText(instrument, corpus.texts[instrument.id]),
  }));
}

function importedText(instrument: Instrument, where: string | undefined): Pick<LawSummary, 'imported_text'> {
  const sources = [...allParts([instrument])].flatMap(({ part }) => (part.text_source ? [part.text_source.file] : []));
  return sources.length === 0 || !where
    ? {}
    : {
        imported_text: {
          parts: sources.length,
          files: [...new Set(sources)].sort(compareText),
          where,
          new_instrument: Boolean(instrument.imported),
        },
      };
}

/**
 * The most recent reported change, or a note that none is reported. Of an instrument the
 * user imported tipkit knows nothing but the text, so whether it was amended is unknown.
 */
function statusSummary(instrument: Instrument): string {
  const textMissing = instrument.provisions.length === 0 ? 'text not available' : undefined;
  const latest = [...instrument.status].sort((a, b) => compareText(b.date ?? '', a.date ?? ''))[0];
  const change = latest
    ? `${statusLabel(latest.status)} (${latest.date ?? 'undated'})`
    : instrument.imported
      ? 'amendments unknown (imported text, not reviewed by tipkit)'
      : 'no amendment reported';
  return [textMissing, change].filter(Boolean).join('; ');
}
