/**
 * Finds statute and law-report citations in free text (FIRs, charge sheets, orders),
 * the way they are really written: "u/s 3(2) PTPA", "371-A/371-B PPC r/w section 3 of
 * PTPA 2018", "Ss. 17/22 Emigration Ordinance", "sections 3 to 5 of the Act".
 * Only finds and pairs; resolving against the corpus happens in cite.ts.
 */
import type { Designator } from '../corpus/ids.js';
import { findLawReports, lawReportStarts, type LawReportMatch } from '../cases/law-reports.js';
import { findAnaphors, matchStarts, type NameMatch, type NameMatcher, type NamedLaw } from './names.js';

export type Span = [number, number];

/** One numbered provision in a citation, e.g. "371-A" or "3(2)". */
export interface NumberRef {
  span: Span;
  number: string;
  pinpoint: string[];
  /** Also readable as this sub-section of the number before it ("340/2" in Urdu: 340(2)). */
  subsection?: string;
  /** How the number was read, where the form is one of low confidence ("365-بی"). */
  note?: string;
}

/** A statute citation: a law, provisions of it, or provisions with no law named. */
export interface StatuteMention {
  span: Span;
  designator?: Designator;
  /** Empty when the law itself is cited. */
  numbers: NumberRef[];
  /** The laws the name may mean; undefined when none is named. */
  laws?: NamedLaw[];
  /** Set when the law was named by a back-reference ("the Act"). */
  anaphor?: { text: string };
}

export interface Extraction {
  statutes: StatuteMention[];
  reports: LawReportMatch[];
}

const DESIGNATOR = String.raw`u\/s|§§?|sections?|secs?\.?|ss?\.?|articles?|arts?\.?|rules?|rr?\.`;
const NUMBER = String.raw`\d{1,3}(?!\d)(?:-?[A-Za-z](?![A-Za-z]))?(?:\s?\((?:\d{1,3}|[A-Za-z]{1,4})\))*`;
const SEPARATOR = String.raw`\s*(?:\/|,|&|\band\b|\bor\b|\bto\b|–|—|-|\br\/w\b|\bread\s+with\b)\s*(?:(?:${DESIGNATOR})\s*)?`;
const RANGE_SEPARATOR = /^\s*(?:to|–|—|-)\s*$/i;
const LIST = `${NUMBER}(?:${SEPARATOR}${NUMBER})*`;
const GROUP = new RegExp(`(?<![\\w'’])(${DESIGNATOR})\\s*-?\\s*(${LIST})`, 'gi');
const BARE_BEFORE = new RegExp(`(?<![\\w'’/.-])(${LIST})[\\s,]*$`, 'i');
const BARE_AFTER = new RegExp(`^[\\s,]*(${LIST})(?![\\w/])`, 'i');
const NUMBER_GLOBAL = new RegExp(NUMBER, 'gi');
/** Words that may sit between provisions and the law they belong to ("section 4 of the said PTPA"). */
const FORWARD_GAP = /^[\s,]*(?:(?:of|the|said|under|in|ibid)[\s,]+)*/i;
const ANAPHOR_GAP = /^[\s,]*(?:(?:of|under|in)[\s,]+)*/i;
/** Between a law and its provisions: "PTPA, s. 4", "ptpa-2018:s3", "Penal Code (XLV of 1860)---Ss. 328-A". */
const BACKWARD_GAP = /[\s,:\-–—]*$/;
/** "FIR No. 154/23", "Crl. Bail Appln. No. S- 503": numbers that are not provisions. */
const CASE_NUMBER_BEFORE = /\bNo\.?\s*$/i;
/** Widest range that is expanded into its members. */
const MAX_RANGE = 50;

/**
 * How much of `text` holds at most `max` candidate citations (provision groups, law
 * names, law reports), cut at the end of a line: the part that `extractCitations` reads
 * at a bounded cost. The whole text when it holds fewer.
 */
export function boundedLength(text: string, names: NameMatcher, max: number): number {
  const starts = [...matchStarts(GROUP, text, max), ...names.starts(text, max), ...lawReportStarts(text, max)];
  if (starts.length < max) return text.length;
  starts.sort((a, b) => a - b);
  const cut = starts[max - 1] as number;
  const lineEnd = text.lastIndexOf('\n', cut);
  return lineEnd > 0 && cut - lineEnd < 10_000 ? lineEnd + 1 : cut;
}

/** All citations in `text`, in order of appearance. */
export function extractCitations(text: string, names: NameMatcher): Extraction {
  const reports = findLawReports(text);
  // Law reports are found first and blanked out, so "PLD 2020 SC 146" is never read as a statute.
  const masked = maskSpans(
    text,
    reports.map((r) => r.span),
  );

  const nameList = names.find(masked);
  const nameSpans = new SpanSet();
  for (const name of nameList) nameSpans.add(name.span);
  // "the Protocol" inside "the Palermo Protocol" is part of a name, not a back-reference.
  const anaphors = findAnaphors(masked).filter((a) => !nameSpans.overlaps(a.span));
  const nameAt = new Map(nameList.map((n) => [n.span[0], n]));
  const nameEndingAt = new Map(nameList.map((n) => [n.span[1], n]));
  const anaphorAt = new Map(anaphors.map((a) => [a.span[0], a]));
  const used = new Set<NameMatch>();
  const statutes: StatuteMention[] = [];
  const covered = new SpanSet();

  for (const match of masked.matchAll(GROUP)) {
    const start = match.index;
    if (CASE_NUMBER_BEFORE.test(masked.slice(Math.max(0, start - 8), start))) continue;
    const designatorText = match[1] ?? '';
    const listStart = start + match[0].length - (match[2] ?? '').length;
    const numbers = readList(masked, listStart, start + match[0].length);
    const end = start + match[0].length;
    const mention: StatuteMention = { span: [start, end], designator: designatorOf(designatorText), numbers };

    const forward = nameAt.get(end + (FORWARD_GAP.exec(masked.slice(end, end + 40))?.[0].length ?? 0));
    const backward = nameEndingAt.get(
      start - (BACKWARD_GAP.exec(masked.slice(Math.max(0, start - 10), start))?.[0].length ?? 0),
    );
    const anaphor = anaphorAt.get(end + (ANAPHOR_GAP.exec(masked.slice(end, end + 40))?.[0].length ?? 0));
    if (forward) {
      bind(mention, forward, used);
    } else if (anaphor) {
      const antecedent = lastNamed(nameList, start, anaphor.genre);
      mention.span[1] = anaphor.span[1];
      mention.anaphor = { text: text.slice(...anaphor.span) };
      if (antecedent) mention.laws = antecedent.laws;
    } else if (backward) {
      bind(mention, backward, used);
      mention.span[0] = backward.span[0];
    }
    statutes.push(mention);
    covered.add(mention.span);
  }

  const add = (mention: StatuteMention, name: NameMatch): void => {
    statutes.push(mention);
    covered.add(mention.span);
    used.add(name);
  };
  for (const name of nameList) {
    if (used.has(name)) continue;
    const before = masked.slice(Math.max(0, name.span[0] - 80), name.span[0]);
    const bare = BARE_BEFORE.exec(before);
    if (bare && !CASE_NUMBER_BEFORE.test(before.slice(0, bare.index))) {
      const start = name.span[0] - before.length + bare.index;
      if (!covered.overlaps([start, name.span[0]])) {
        add(bound(readList(masked, start, start + (bare[1] ?? '').length), [start, name.span[1]], name), name);
      }
    }
  }
  for (const name of nameList) {
    if (used.has(name)) continue;
    const after = BARE_AFTER.exec(masked.slice(name.span[1], name.span[1] + 80));
    if (after) {
      const listStart = name.span[1] + after[0].length - (after[1] ?? '').length;
      const end = name.span[1] + after[0].length;
      if (!covered.overlaps([listStart, end])) {
        add(bound(readList(masked, listStart, end), [name.span[0], end], name), name);
        continue;
      }
    }
    // A law named without provisions; a bare ambiguous word ("Palermo") is not a citation.
    if (name.laws.length === 1 && !covered.overlaps(name.span)) statutes.push(bound([], [...name.span], name));
  }
  statutes.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return { statutes, reports };
}

function bind(mention: StatuteMention, name: NameMatch, used: Set<NameMatch>): void {
  mention.laws = name.laws;
  if (name.span[1] > mention.span[1]) mention.span[1] = name.span[1];
  used.add(name);
}

function bound(numbers: NumberRef[], span: Span, name: NameMatch): StatuteMention {
  return { span, numbers, laws: name.laws };
}

/** The numbers in a list, with ranges ("3 to 5", "9-15") expanded. */
function readList(text: string, start: number, end: number): NumberRef[] {
  const refs: NumberRef[] = [];
  const list = text.slice(start, end);
  let previousEnd = 0;
  for (const match of list.matchAll(NUMBER_GLOBAL)) {
    const ref = numberRef(match[0], start + match.index);
    const last = refs.at(-1);
    const separator = list.slice(previousEnd, match.index);
    if (last && isRange(separator, last, ref)) {
      const from = Number(last.number);
      for (let n = from + 1; n < Number(ref.number); n++) {
        refs.push({ span: [last.span[0], ref.span[1]], number: String(n), pinpoint: [] });
      }
    }
    refs.push(ref);
    previousEnd = match.index + match[0].length;
  }
  return refs;
}

function isRange(separator: string, from: NumberRef, to: NumberRef): boolean {
  if (!RANGE_SEPARATOR.test(separator)) return false;
  if (!/^\d+$/.test(from.number) || !/^\d+$/.test(to.number) || from.pinpoint.length + to.pinpoint.length > 0)
    return false;
  const gap = Number(to.number) - Number(from.number);
  return gap > 1 && gap <= MAX_RANGE;
}

function numberRef(written: string, offset: number): NumberRef {
  const [, digits = '', letter, pins = ''] = /^(\d+)(?:-?([A-Za-z]))?(.*)$/s.exec(written) ?? [];
  return {
    span: [offset, offset + written.length],
    number: letter ? `${digits}-${letter.toUpperCase()}` : digits,
    pinpoint: (pins.match(/\([0-9A-Za-z]+\)/g) ?? []).map((p) => p.toLowerCase()),
  };
}

function designatorOf(written: string): Designator {
  const word = written.toLowerCase();
  if (word.startsWith('art')) return 'art';
  if (word.startsWith('r')) return 'r';
  return 's';
}

/** The last unambiguous law of this genre named before `position` (names are in text order). */
function lastNamed(names: readonly NameMatch[], position: number, genre: string): NameMatch | undefined {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[mid]?.span[1] ?? 0) <= position) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const name = names[i];
    if (name?.laws.length === 1 && name.laws[0]?.genre === genre) return name;
  }
  return undefined;
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Characters per bucket of a SpanSet: small enough that a bucket holds few spans. */
const BUCKET = 256;

/**
 * Spans already claimed by a citation, bucketed by where they start, so that adding one
 * and checking for an overlap both cost about the same on a page and on 60 MB of text
 * (a sorted array needed a move of every later span on each insertion).
 */
class SpanSet {
  private readonly buckets = new Map<number, Span[]>();
  /** Longest span so far: no span starting further back than this can reach a given position. */
  private longest = 0;

  add(span: Span): void {
    const key = Math.floor(span[0] / BUCKET);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(span);
    else this.buckets.set(key, [span]);
    this.longest = Math.max(this.longest, span[1] - span[0]);
  }

  overlaps(span: Span): boolean {
    const last = Math.floor((span[1] - 1) / BUCKET);
    for (let key = Math.floor((span[0] - this.longest) / BUCKET); key <= last; key++) {
      if (this.buckets.get(key)?.some((other) => overlaps(other, span))) return true;
    }
    return false;
  }
}

/** `text` with each span replaced by as many spaces, so offsets stay valid. */
function maskSpans(text: string, spans: readonly Span[]): string {
  const pieces: string[] = [];
  let last = 0;
  for (const [start, end] of spans) {
    pieces.push(text.slice(last, start), ' '.repeat(end - start));
    last = end;
  }
  pieces.push(text.slice(last));
  return pieces.join('');
}
