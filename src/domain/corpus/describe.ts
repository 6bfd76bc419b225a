import { findInstrument, findProvision, walkPinpoint, type Corpus } from './model.js';
import { idLabel, parseCanonical, splitId } from './ids.js';
import { findStatute } from '../citations/statutes.js';

/** A one-line label for any canonical id in the corpus. */
export function describeId(corpus: Corpus, id: string): string {
  const ref = parseCanonical(id);
  const instrument = ref && findInstrument(corpus, ref.instrument);
  if (!ref || !instrument) return id;
  if (!ref.provision) return instrument.title;
  const provision = findProvision(instrument, ref.provision);
  if (!provision) return id;
  const { path } = walkPinpoint(provision, ref.pinpoint);
  const last = path.at(-1);
  const detail =
    path.length > 1 && last ? ` ${last.id} ${'heading' in last && last.heading ? last.heading : ''}`.trimEnd() : '';
  return `${instrument.short}: ${provision.heading}${detail}`;
}

/** How an id reads under its law's short name, for corpus laws and known statutes alike: "PTPA s.4", "PPC s.371-A". */
export function lawLabel(corpus: Corpus, id: string): string {
  const [instrument] = splitId(id);
  return idLabel(findInstrument(corpus, instrument)?.short ?? findStatute(instrument)?.short ?? instrument, id);
}
