import { findInstrument, findProvision, walkPinpoint, type Corpus, type Part } from '../corpus/model.js';
import { NotFoundError, UsageError } from '../common/errors.js';
import { DESIGNATOR_NAMES, designatorFor, formatRef, type CanonicalRef } from '../corpus/ids.js';
import type { Instrument, Provision } from '../corpus/schema.js';
import { buildAliasTable, type AliasEntry } from '../citations/aliases.js';
import { levenshtein, normalizeCitationText, urduCitationHint } from '../citations/normalize.js';
import { citationReading } from '../citations/reading.js';
import { parseCitation, type ParsedCitation } from '../citations/parse.js';
import { quoted, suggestCommand } from '../common/text.js';
import { checkTypedLength } from '../common/typed.js';

/** Edits between what was typed and a name or provision id suggested instead ("ptap" for PTPA, "s33" for s3). */
const CLOSE_EDITS = 2;

/** A citation matched to the corpus. */
export interface Resolution {
  /** Canonical id of what is shown: the deepest part the digest records. */
  id: string;
  ref: CanonicalRef;
  instrument: Instrument;
  provision?: Provision;
  /** The provision and the sub-provisions down to the cited pinpoint. */
  path: Part[];
  /** Things the reader should know about how the citation was read. */
  warnings: string[];
}

/** A resolver bound to one corpus, so the alias table is built once. */
export class CitationResolver {
  private readonly aliases: AliasEntry[];

  constructor(private readonly corpus: Corpus) {
    this.aliases = corpus.aliasTable ?? buildAliasTable(corpus.instruments);
  }

  /** Turns what a user typed into a canonical id, or throws UsageError / NotFoundError. */
  resolve(typed: string): Resolution {
    checkTypedLength(typed, 'citations', ['For citations in a whole text: tip cite <file>, or echo "..." | tip cite']);
    const input = citationReading(typed);
    if (!normalizeCitationText(input)) throw new UsageError('empty citation', { suggestions: ['tip show "PTPA s.3"'] });
    const parsed = parseCitation(input, this.aliases);
    const candidates =
      parsed.instruments?.map((id) => findInstrument(this.corpus, id)).filter((i) => i !== undefined) ?? [];
    if (candidates.length > 1) {
      throw new UsageError(`"${parsed.instrumentText}" could mean ${candidates.length} instruments`, {
        suggestions: candidates.map((i) => `${i.id} (${i.short})`),
      });
    }
    if (parsed.leftover) throw this.unreadable(typed, parsed);
    const [instrument] = candidates;
    if (!instrument) return this.resolveWithoutInstrument(typed, parsed);
    if (!parsed.number && !parsed.slug) {
      return {
        id: instrument.id,
        ref: { instrument: instrument.id, pinpoint: [] },
        instrument,
        path: [],
        warnings: [],
      };
    }
    return this.resolveProvision(instrument, parsed, []);
  }

  private resolveWithoutInstrument(input: string, parsed: ParsedCitation): Resolution {
    if (!parsed.number) throw this.unreadable(input, parsed);
    const matches = this.corpus.instruments.filter(
      (i) =>
        (!parsed.designator || designatorFor(i.kind) === parsed.designator) &&
        findProvision(i, `${designatorFor(i.kind)}${parsed.number}`),
    );
    const [only] = matches;
    if (matches.length === 1 && only && parsed.designator) {
      return this.resolveProvision(only, parsed, [`No instrument named: read as ${only.short} (${only.id}).`]);
    }
    if (matches.length === 0) {
      throw new NotFoundError(`no instrument has a provision "${input.trim()}"`, {
        suggestions: ['Name the instrument, e.g. "PTPA s.3" or "Palermo Protocol art. 3"'],
      });
    }
    throw new UsageError(`"${input.trim()}" does not say which instrument it means`, {
      suggestions: matches.map((i) => `${i.id}:${designatorFor(i.kind)}${parsed.number} (${i.short})`),
    });
  }

  private resolveProvision(instrument: Instrument, parsed: ParsedCitation, warnings: string[]): Resolution {
    const native = designatorFor(instrument.kind);
    if (parsed.designator && parsed.designator !== native) {
      warnings.push(
        `${instrument.short} is divided into ${DESIGNATOR_NAMES[native].plural}: read as ${DESIGNATOR_NAMES[native].prefix}${parsed.number}.`,
      );
    }
    const provisionId = parsed.slug ?? `${native}${parsed.number}`;
    const provision = findProvision(instrument, provisionId);
    if (!provision) throw notFound(instrument, provisionId);
    const { path, matched, unmatched } = walkPinpoint(provision, parsed.pinpoint);
    const ref: CanonicalRef = { instrument: instrument.id, provision: provision.id, pinpoint: matched };
    if (unmatched.length > 0) {
      warnings.push(`Pinpoint ${unmatched.join('')} is not recorded in this digest; showing ${formatRef(ref)}.`);
    }
    return { id: formatRef(ref), ref, instrument, provision, path, warnings };
  }

  private unreadable(input: string, parsed: ParsedCitation): NotFoundError {
    const text = normalizeCitationText(input);
    const close = this.aliases
      .filter(
        (a) => a.instruments.length === 1 && levenshtein(a.alias, parsed.leftover || text, CLOSE_EDITS) <= CLOSE_EDITS,
      )
      .map((a) => a.instruments[0] ?? '');
    return new NotFoundError(`${quoted(input)} is not a citation tipkit can resolve`, {
      suggestions: [
        ...urduCitationHint(input),
        ...[...new Set(close)].slice(0, 3),
        ...suggestCommand('tip search', input),
        'tip laws',
      ],
    });
  }
}

function notFound(instrument: Instrument, provisionId: string): NotFoundError {
  const label = `${instrument.short} ${provisionId}`;
  if (instrument.provisions.length === 0) {
    return new NotFoundError(
      `${label}: no provisions of ${instrument.short} are recorded, because its text is not available`,
      {
        suggestions: [`tip show ${instrument.id}`],
      },
    );
  }
  if (instrument.provisions.every((p) => p.number === null)) {
    return new NotFoundError(
      `${label}: ${instrument.short} section numbers are not known; its provisions have descriptive ids`,
      {
        suggestions: instrument.provisions.map((p) => `${instrument.id}:${p.id} (${p.heading})`),
      },
    );
  }
  const close = instrument.provisions
    .map((p) => ({ p, distance: levenshtein(p.id, provisionId, CLOSE_EDITS) }))
    .filter(({ distance }) => distance <= CLOSE_EDITS)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 5)
    .map(({ p }) => `${instrument.id}:${p.id} (${p.heading})`);
  const first = instrument.provisions[0]?.id;
  const last = instrument.provisions.at(-1)?.id;
  return new NotFoundError(
    `${label} does not exist in this digest (${instrument.short} runs from ${first} to ${last})`,
    {
      suggestions: close.length > 0 ? close : [`tip show ${instrument.id}`],
    },
  );
}
