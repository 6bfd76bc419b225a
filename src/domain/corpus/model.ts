import type { Case } from '../case-schema.js';
import type { Instrument, Provision, Subprovision } from '../schema.js';
import { formatRef, type CanonicalRef } from '../ids.js';

/** A loaded, validated corpus: plain JSON, so it can be snapshotted and cached. */
export interface Corpus {
  /** Content hash of the source files; keys caches and search indexes. */
  hash: string;
  instruments: Instrument[];
  /** Judgments and matters, ordered by id. */
  cases: Case[];
  /** Source file of each instrument and case, relative to the corpus root, for messages. */
  files: Record<string, string>;
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
  const ids: string[] = [];
  for (const instrument of instruments) {
    ids.push(instrument.id);
    for (const provision of instrument.provisions) {
      const visit = (part: Part, pinpoint: string[]): void => {
        const ref: CanonicalRef = { instrument: instrument.id, provision: provision.id, pinpoint };
        ids.push(formatRef(ref));
        for (const sub of part.subprovisions ?? []) visit(sub, [...pinpoint, sub.id]);
      };
      visit(provision, []);
    }
  }
  return ids;
}
