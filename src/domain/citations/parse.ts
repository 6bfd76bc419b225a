import type { Designator } from './designators.js';
import { findWords, type AliasEntry } from './aliases.js';
import { normalizeCitationText } from './normalize.js';

/** What a citation string says, before it is checked against the corpus. */
export interface ParsedCitation {
  /** Instruments the named instrument may be; several when the name is ambiguous. */
  instruments?: string[];
  instrumentText?: string;
  designator?: Designator;
  number?: string;
  /** A descriptive provision id, for instruments whose numbers are unknown. */
  slug?: string;
  pinpoint: string[];
  /** Words the parser could not place; a non-empty leftover means "not a citation". */
  leftover: string;
}

const DESIGNATORS: Record<string, Designator> = {
  s: 's',
  ss: 's',
  sec: 's',
  secs: 's',
  sect: 's',
  section: 's',
  sections: 's',
  art: 'art',
  arts: 'art',
  article: 'art',
  articles: 'art',
  r: 'r',
  rr: 'r',
  rule: 'r',
  rules: 'r',
  reg: 'r',
  regulation: 'r',
};
const DESIGNATOR = Object.keys(DESIGNATORS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const PROVISION = new RegExp(`(?:^|\\s)(?:(${DESIGNATOR})\\s?)?(\\d+(?:-[a-z])?)((?:\\([0-9a-z]+\\))*)(?=\\s|$)`);
/** Connecting words that carry no meaning in a citation ("section 4 of the PTPA"). */
const FILLER = new Set([
  'of',
  'the',
  'under',
  'in',
  'and',
  'read',
  'with',
  'r/w',
  'see',
  'per',
  'at',
  'to',
  'no',
  'cf',
]);
const CANONICAL_PREFIX = /^([a-z0-9][a-z0-9-]*)\s?:\s?(.*)$/;
const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$|^[a-z]+$/;

/** Parses a citation as people write it, using `aliases` to recognise instruments. */
export function parseCitation(input: string, aliases: readonly AliasEntry[]): ParsedCitation {
  const text = normalizeCitationText(input);
  const canonical = CANONICAL_PREFIX.exec(text);
  if (canonical) {
    const [, name = '', rest = ''] = canonical;
    const entry = aliases.find((a) => a.alias === name || a.alias === name.replace(/-/g, ' '));
    if (entry) return { ...parseProvisionPart(rest), instruments: entry.instruments, instrumentText: name };
  }
  for (const entry of aliases) {
    const index = findWords(text, entry.alias);
    if (index < 0) continue;
    const rest = `${text.slice(0, index)} ${text.slice(index + entry.alias.length)}`;
    return { ...parseProvisionPart(rest), instruments: entry.instruments, instrumentText: entry.alias };
  }
  return parseProvisionPart(text);
}

function parseProvisionPart(text: string): ParsedCitation {
  const match = PROVISION.exec(text);
  let rest = text;
  const result: ParsedCitation = { pinpoint: [], leftover: '' };
  if (match) {
    const [whole, designator, number = '', pinpoints = ''] = match;
    result.designator = designator ? DESIGNATORS[designator] : undefined;
    result.number = number.replace(/-([a-z])$/, (_, letter: string) => `-${letter.toUpperCase()}`);
    result.pinpoint = pinpoints.match(/\([0-9a-z]+\)/g) ?? [];
    rest = text.slice(0, match.index) + ' ' + text.slice(match.index + whole.length);
  }
  const words = rest.split(/[\s:]+/).filter((word) => word && !FILLER.has(word));
  const [slug = '', ...pins] = words.length === 1 ? (words[0] ?? '').split(/(?=\()/) : [];
  if (!match && SLUG.test(slug) && pins.every((pin) => /^\([0-9a-z]+\)$/.test(pin))) {
    result.slug = slug;
    result.pinpoint = pins;
    return result;
  }
  result.leftover = words.join(' ');
  return result;
}
