import type { Case } from './case-schema.js';
import type { AliasEntry } from '../citations/aliases.js';
import type { Instrument, Provision, Subprovision } from './schema.js';
import { parseCanonical } from './ids.js';

/** An imported text left out of the corpus because it is invalid, and why. */
export interface SkippedText {
  file: string;
  /** The instrument id its name gives, for `tip import --remove`. */
  instrument?: string;
  /** The first problem, as file:line:col: message. */
  problem: string;
}

/** A loaded, validated corpus: plain JSON, so it can be snapshotted and cached. */
export interface Corpus {
  /** Content hash of the source files; keys caches and search indexes. */
  hash: string;
  instruments: Instrument[];
  /** Judgments and matters, ordered by id. */
  cases: Case[];
  /** Source file of each instrument and case, relative to the corpus root, for messages. */
  files: Record<string, string>;
  /** The file holding each instrument's imported official text (tip import), by instrument id. */
  texts: Record<string, string>;
  /** Every name each instrument answers to, normalised, as a snapshot keeps it (else built when needed). */
  aliasTable?: AliasEntry[];
  /** Imported texts left out because they are invalid: every command warns of them, `tip validate` fails on them. */
  skipped?: SkippedText[];
}

/** A provision or a sub-provision: both carry the same content fields. */
export type Part = Provision | Subprovision;

export function findInstrument(corpus: Corpus, id: string): Instrument | undefined {
  return corpus.instruments.find((instrument) => instrument.id === id);
}

export function findProvision(instrument: Instrument, id: string): Provision | undefined {
  return instrument.provisions.find((provision) => provision.id === id);
}

/** Walks a pinpoint chain as far as the digest records it. */
export function walkPinpoint(
  provision: Provision,
  pinpoint: readonly string[],
): { path: Part[]; matched: string[]; unmatched: string[] } {
  const path: Part[] = [provision];
  let node: Part = provision;
  let depth = 0;
  for (; depth < pinpoint.length; depth++) {
    const next: Subprovision | undefined = node.subprovisions?.find((sub) => sub.id === pinpoint[depth]);
    if (!next) break;
    path.push(next);
    node = next;
  }
  return { path, matched: pinpoint.slice(0, depth), unmatched: pinpoint.slice(depth) };
}

/** Every canonical id the corpus defines, instruments included, in corpus order. */
export function allIds(instruments: readonly Instrument[]): string[] {
  return instruments.flatMap((instrument) => [instrument.id, ...[...allParts([instrument])].map(({ id }) => id)]);
}

/** The part a canonical id names exactly, or undefined. */
export function findPart(instruments: readonly Instrument[], id: string): Part | undefined {
  const ref = parseCanonical(id);
  const instrument = ref && instruments.find((i) => i.id === ref.instrument);
  const provision = instrument && ref.provision ? findProvision(instrument, ref.provision) : undefined;
  if (!ref || !provision) return undefined;
  const { path, unmatched } = walkPinpoint(provision, ref.pinpoint);
  return unmatched.length === 0 ? path.at(-1) : undefined;
}

/** A part with its canonical id and its path in the instrument's YAML. */
export interface PartEntry {
  id: string;
  part: Part;
  instrument: Instrument;
  provision: Provision;
  path: (string | number)[];
}

/** Every part of every instrument, in corpus order. */
export function* allParts(instruments: readonly Instrument[]): Generator<PartEntry> {
  for (const instrument of instruments) {
    for (const [index, provision] of instrument.provisions.entries()) {
      function* visit(part: Part, id: string, path: (string | number)[]): Generator<PartEntry> {
        yield { id, part, instrument, provision, path };
        for (const [i, sub] of (part.subprovisions ?? []).entries()) {
          yield* visit(sub, `${id}${sub.id}`, [...path, 'subprovisions', i]);
        }
      }
      yield* visit(provision, `${instrument.id}:${provision.id}`, ['provisions', index]);
    }
  }
}
