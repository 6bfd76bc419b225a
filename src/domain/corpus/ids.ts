import type { Designator } from '../citations/designators.js';
import type { InstrumentKind } from './schema.js';

/** A canonical reference: `ptpa-2018`, `ptpa-2018:s3` or `ptpa-2018:s3(2)(a)`. */
export interface CanonicalRef {
  instrument: string;
  provision?: string;
  pinpoint: string[];
}

/** How a designator is written before a number, and what its provisions are called. */
export const DESIGNATOR_NAMES: Record<Designator, { prefix: string; plural: string }> = {
  s: { prefix: 's.', plural: 'sections' },
  r: { prefix: 'r. ', plural: 'rules' },
  art: { prefix: 'art. ', plural: 'articles' },
};

/** The designator each kind of instrument numbers its provisions with. */
export function designatorFor(kind: InstrumentKind): Designator {
  if (kind === 'act' || kind === 'ordinance' || kind === 'code' || kind === 'amendment') return 's';
  if (kind === 'rules') return 'r';
  return 'art';
}

/** The two halves of an id: "ppc-1860:s371-A" gives ["ppc-1860", "s371-A"]; a bare instrument gives ["ppc-1860", ""]. */
export function splitId(id: string): [instrument: string, provision: string] {
  const colon = id.indexOf(':');
  return colon < 0 ? [id, ''] : [id.slice(0, colon), id.slice(colon + 1)];
}

/** The provision half of an id, with its pinpoint: "ptpa-2018:s3(2)" gives "s3(2)"; an instrument's id gives "". */
export function localId(id: string): string {
  return splitId(id)[1];
}

/** The part an id's last pinpoint belongs to: "ptpa-2018:s3(2)(a)" gives "ptpa-2018:s3(2)". */
export function parentId(id: string): string {
  return id.slice(0, id.lastIndexOf('('));
}

const CASE_PREFIX = 'case:';

/** True for a case's id ("case:tayyaba-sc-2020"). */
export function isCaseId(id: string): boolean {
  return id.startsWith(CASE_PREFIX);
}

/** A case's id from its id or its bare slug, as typed: "tayyaba-sc-2020" gives "case:tayyaba-sc-2020". */
export function asCaseId(text: string): string {
  return isCaseId(text) ? text : `${CASE_PREFIX}${text}`;
}

/** A case's slug: "case:tayyaba-sc-2020" gives "tayyaba-sc-2020". */
export function caseSlug(id: string): string {
  return id.slice(CASE_PREFIX.length);
}

/** How an id reads under a law's short name: "PTPA s.3(2)", "Constitution art. 199", "PSMA smuggling-offence", "PPC". */
export function idLabel(short: string, id: string): string {
  const [, provision] = splitId(id);
  if (!provision) return short;
  const match = /^(s|art|r)(\d.*)$/.exec(provision);
  return `${short} ${match ? `${DESIGNATOR_NAMES[match[1] as Designator].prefix}${match[2]}` : provision}`;
}

/** Formats a reference as its canonical id string. */
export function formatRef(ref: CanonicalRef): string {
  if (!ref.provision) return ref.instrument;
  return `${ref.instrument}:${ref.provision}${ref.pinpoint.join('')}`;
}

const CANONICAL = /^([a-z][a-z0-9-]*)(?::([a-z][a-z0-9-]*?|s\d+(?:-[A-Z])?|art\d+|r\d+)((?:\([0-9a-z]+\))*))?$/;

/** Parses an id already in canonical form, or returns undefined. */
export function parseCanonical(id: string): CanonicalRef | undefined {
  const match = CANONICAL.exec(id);
  if (!match) return undefined;
  const [, instrument = '', provision, pinpoints = ''] = match;
  return { instrument, provision, pinpoint: pinpoints.match(/\([0-9a-z]+\)/g) ?? [] };
}
