/**
 * Finds statute and law-report citations in free text (FIRs, charge sheets, orders),
 * the way they are really written: "u/s 3(2) PTPA", "371-A/371-B PPC r/w section 3 of
 * PTPA 2018", "Ss. 17/22 Emigration Ordinance", "sections 3 to 5 of the Act".
 * Only finds and pairs; resolving against the corpus happens in cite/cite.ts.
 */
import type { Designator } from './designators.js';
import { findLawReports, lawReportStarts, type LawReportMatch } from './law-reports.js';
import {
  findAnaphors,
  matchStarts,
  type AnaphorMatch,
  type NameMatch,
  type NameMatcher,
  type NamedLaw,
} from './names.js';

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
/** Between two numbers of a list; `space` is the whitespace allowed around the word or mark. */
const separator = (space: string) =>
  String.raw`${space}(?:\/|,|&|\band\b|\bor\b|\bto\b|–|—|-|\br\/w\b|\bread\s+with\b)${space}(?:(?:${DESIGNATOR})${space})?`;
const RANGE_SEPARATOR = /^\s*(?:to|–|—|-)\s*$/i;
/** A list after a designator may run on to the next line ("ss. 3, 4,\n5 PPC"); it is cut there into segments. */
const LIST = `${NUMBER}(?:${separator(String.raw`\s*`)}${NUMBER})*`;
/** A list with no designator stays on one line. */
const LINE_LIST = `${NUMBER}(?:${separator(String.raw`[^\S\n]*`)}${NUMBER})*`;
// No two `\s*` meet around the optional hyphen: a designator before a long run of spaces would cost its square.
const GROUP = new RegExp(`(?<![\\w'’])(${DESIGNATOR})\\s*(?:-\\s*)?(${LIST})`, 'gi');
const BARE_BEFORE = new RegExp(`(?<![\\w'’/.-])(${LINE_LIST})[\\s,]*$`, 'i');
const BARE_AFTER = new RegExp(`^[\\s,]*(${LINE_LIST})(?![\\w/])`, 'i');
const NUMBER_GLOBAL = new RegExp(NUMBER, 'gi');
/** Where a list runs on to the next line: a separator holding a line break. */
const LINE_SEPARATOR = new RegExp(separator(String.raw`\s*`), 'gi');
/** Words that may sit between provisions and the law they belong to ("section 4 of the said PTPA"). */
const FORWARD_GAP = /^[\s,]*(?:(?:of|the|said|under|in|ibid)[\s,]+)*/i;
const ANAPHOR_GAP = /^[\s,]*(?:(?:of|under|in)[\s,]+)*/i;
/** Between a law and its provisions: "PTPA, s. 4", "ptpa-2018:s3", "Penal Code (XLV of 1860)---Ss. 328-A". */
const BACKWARD_GAP = /[\s,:\-–—]*$/;
/** "FIR No. 154/23", "Crl. Bail Appln. No. S- 503": numbers that are not provisions (on the same line). */
const CASE_NUMBER_BEFORE = /\bNo\.?[^\S\n]*$/i;
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

/** How far apart a tie's two ends are, nearest first: beside each other, across a sentence end, across a line. */
const DISTANCE = { beside: 0, sentence: 1, line: 2 } as const;
type Distance = (typeof DISTANCE)[keyof typeof DISTANCE];

/** How provisions may be tied to a law: a name after them, a back-reference after them, or a name before them. */
interface Link {
  kind: 'forward' | 'anaphor' | 'backward';
  name?: NameMatch;
  anaphor?: AnaphorMatch;
  /** What the tie runs across: nothing, a sentence end, or a line break (the nearer, the stronger). */
  crosses: Distance;
}

/** The part of a designator's list on one line, and the ties it may take. */
interface Segment {
  mention: StatuteMention;
  links: Link[];
  /** The parts of a list cut by line breaks, in order: a part with no tie of its own takes its neighbour's law. */
  list?: Segment[];
  /** The designator is on the line before the first number. */
  wrapped: boolean;
}

/**
 * All citations in `text`, in order of appearance. A law name is tied first to the
 * provisions beside it on its own line (or in its own sentence), in every form:
 * "s. 3 PTPA", "PTPA s. 3", "section 3 of the Act", "370 PPC", "PPC 370"; only then, for
 * what is still untied, across a line break, and only to a name that nothing on its own
 * line claims. So a line's citations never change when lines are added around it.
 */
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
  const found = new Found(text, nameList);
  const segments = designatorSegments(masked, {
    nameAt: new Map(nameList.map((n) => [n.span[0], n])),
    nameEndingAt: new Map(nameList.map((n) => [n.span[1], n])),
    anaphorAt: new Map(anaphors.map((a) => [a.span[0], a])),
  });

  // First, on each line: provisions after a designator, then numbers before a name, then after one.
  const untied: Segment[] = [];
  for (const segment of segments) {
    const near = segment.wrapped ? undefined : segment.links.find((link) => link.crosses === DISTANCE.beside);
    if (near) found.tie(segment.mention, near, true);
    else untied.push(segment);
    // A designator on the line before leaves its number to what that number's own line reads.
    if (!segment.wrapped) found.add(segment.mention, !near);
  }
  for (const name of nameList) found.bareBefore(masked, name, false);
  for (const name of nameList) found.bareAfter(masked, name, false);

  // Then across lines: a list's other segment, else a law nothing on its own line claims.
  const neighbours = nearestTied(segments);
  for (const segment of untied) {
    const [first] = segment.mention.numbers;
    if (segment.wrapped && first && found.covered.overlaps([first.span[0], segment.mention.span[1]])) continue;
    const neighbour = neighbours.get(segment);
    const far = segment.links
      .filter((link) => !link.name || !found.claimed.has(link.name))
      .sort((a, b) => a.crosses - b.crosses)[0];
    if (neighbour) {
      segment.mention.laws = neighbour.laws;
      if (neighbour.anaphor) segment.mention.anaphor = neighbour.anaphor;
    } else if (far) found.tie(segment.mention, far, false);
    if (segment.wrapped) found.add(segment.mention);
    else found.covered.add(segment.mention.span);
  }
  for (const name of nameList) found.bareBefore(masked, name, true);
  for (const name of nameList) found.bareAfter(masked, name, true);
  // A law named without provisions; a bare ambiguous word ("Palermo") is not a citation.
  for (const name of nameList) {
    if (!found.used.has(name) && name.laws.length === 1 && !found.covered.overlaps(name.span)) {
      found.statutes.push(bound([], [...name.span], name));
    }
  }
  const statutes = found.statutes.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return { statutes, reports };
}

/** What a designator's list may be tied to, found by position. */
interface Lookup {
  nameAt: Map<number, NameMatch>;
  nameEndingAt: Map<number, NameMatch>;
  anaphorAt: Map<number, AnaphorMatch>;
}

/** Every designator and its list ("u/s 3, 4"), cut at line breaks, with the ties each part may take. */
function designatorSegments(masked: string, lookup: Lookup): Segment[] {
  const segments: Segment[] = [];
  const segment = (from: number, numbersFrom: number, cut: number, designator: Designator): Segment => {
    const mention: StatuteMention = { span: [from, cut], designator, numbers: readList(masked, numbersFrom, cut) };
    // A designator that ends the line before its number ("u/s\n3") ties nothing on that line.
    // (Read between the two only: a search for the next line break could run to the end of a one-line text.)
    const wrapped = masked.slice(from, mention.numbers[0]?.span[0] ?? from).includes('\n');
    return { mention, links: links(masked, mention.span, lookup), wrapped };
  };
  for (const match of masked.matchAll(GROUP)) {
    const start = match.index;
    if (CASE_NUMBER_BEFORE.test(masked.slice(Math.max(0, start - 8), start))) continue;
    const designator = designatorOf(match[1] ?? '');
    const end = start + match[0].length;
    const listStart = end - (match[2] ?? '').length;
    const cuts = lineCuts(masked, listStart, end);
    if (cuts.length === 0) {
      segments.push(segment(start, listStart, end, designator));
      continue;
    }
    const list: Segment[] = [];
    let [from, numbersFrom] = [start, listStart];
    for (const [cut, next] of [...cuts, [end, end]]) {
      list.push({ ...segment(from, numbersFrom, cut as number, designator), list });
      [from, numbersFrom] = [next as number, next as number];
    }
    for (const part of list) segments.push(part);
  }
  return segments;
}

/**
 * For each part of a list cut by a line break, the nearest other part that names a law,
 * the next ones first ("ss. 3, 4,\n5 PPC"): one pass each way over each list.
 */
function nearestTied(segments: readonly Segment[]): Map<Segment, StatuteMention> {
  const nearest = new Map<Segment, StatuteMention>();
  for (const segment of segments) {
    const { list } = segment;
    if (!list || list[0] !== segment) continue;
    let tied: StatuteMention | undefined;
    for (const part of list) {
      if (tied && !part.mention.laws) nearest.set(part, tied);
      if (part.mention.laws) tied = part.mention;
    }
    tied = undefined;
    for (const part of [...list].reverse()) {
      if (tied && !part.mention.laws) nearest.set(part, tied);
      if (part.mention.laws) tied = part.mention;
    }
  }
  return nearest;
}

/**
 * Where a list runs on to the next line: [end of the part before, start of the next]. Read
 * within the list only: a scan on from it could run to the end of a long text for each list.
 */
function lineCuts(text: string, start: number, end: number): [number, number][] {
  const list = text.slice(start, end);
  if (!list.includes('\n')) return [];
  return [...list.matchAll(LINE_SEPARATOR)]
    .filter((match) => match[0].includes('\n'))
    .map((match) => [start + match.index, start + match.index + match[0].length]);
}

/**
 * The ties a run of provisions may take, nearest kind first: a name after it, "the Act"
 * after it, a name before it. A tie crosses a line when a line break (or a sentence end)
 * stands in its gap.
 */
function links(masked: string, [start, end]: Span, lookup: Lookup): Link[] {
  const found: Link[] = [];
  const after = masked.slice(end, end + 40);
  const forwardGap = FORWARD_GAP.exec(after)?.[0] ?? '';
  const forward = lookup.nameAt.get(end + forwardGap.length);
  if (forward) found.push({ kind: 'forward', name: forward, crosses: lineIn(forwardGap) });
  const anaphorGap = ANAPHOR_GAP.exec(after)?.[0] ?? '';
  const anaphor = lookup.anaphorAt.get(end + anaphorGap.length);
  if (anaphor) found.push({ kind: 'anaphor', anaphor, crosses: lineIn(anaphorGap) });
  const backwardGap = BACKWARD_GAP.exec(masked.slice(Math.max(0, start - 10), start))?.[0] ?? '';
  const backward = lookup.nameEndingAt.get(start - backwardGap.length);
  if (backward) {
    // "u/s 370 P.P.C. Section 11": the dot of an abbreviation may also end the sentence.
    const sentence =
      masked[backward.span[1] - 1] === '.' && /^\s/.test(backwardGap) && /^\p{Lu}/u.test(masked[start] ?? '');
    found.push({
      kind: 'backward',
      name: backward,
      crosses: backwardGap.includes('\n') ? DISTANCE.line : sentence ? DISTANCE.sentence : DISTANCE.beside,
    });
  }
  return found;
}

function lineIn(gap: string): Distance {
  return gap.includes('\n') ? DISTANCE.line : DISTANCE.beside;
}

/** The citations found so far, and what they claim: names, and the text their spans cover. */
class Found {
  readonly statutes: StatuteMention[] = [];
  readonly covered = new SpanSet();
  /** Names tied to anything. */
  readonly used = new Set<NameMatch>();
  /** Names tied to provisions on their own line: no provision on another line may take them. */
  readonly claimed = new Set<NameMatch>();

  constructor(
    private readonly text: string,
    private readonly names: readonly NameMatch[],
  ) {}

  /** `moving`: the span may still grow (a tie across lines), so its place now is kept as a copy. */
  add(mention: StatuteMention, moving = false): void {
    this.statutes.push(mention);
    this.covered.add(moving ? [...mention.span] : mention.span);
  }

  tie(mention: StatuteMention, link: Link, near: boolean): void {
    if (link.anaphor) {
      const antecedent = lastNamed(this.names, mention.span[0], link.anaphor.genre);
      mention.span[1] = link.anaphor.span[1];
      mention.anaphor = { text: this.text.slice(...link.anaphor.span) };
      if (antecedent) mention.laws = antecedent.laws;
      return;
    }
    const name = link.name as NameMatch;
    mention.laws = name.laws;
    if (link.kind === 'backward') mention.span[0] = name.span[0];
    else if (name.span[1] > mention.span[1]) mention.span[1] = name.span[1];
    this.used.add(name);
    if (near) this.claimed.add(name);
  }

  /** "370 PPC": numbers just before a name; `across`: the numbers may be on the line before it. */
  bareBefore(masked: string, name: NameMatch, across: boolean): void {
    if (this.used.has(name)) return;
    const window = masked.slice(Math.max(0, name.span[0] - 80), name.span[0]);
    const lineStart = window.lastIndexOf('\n') + 1;
    // Across lines, a window on one line has been read already.
    if (across && lineStart === 0) return;
    const before = across ? window : window.slice(lineStart);
    const bare = BARE_BEFORE.exec(before);
    if (!bare || CASE_NUMBER_BEFORE.test(before.slice(0, bare.index))) return;
    const start = name.span[0] - before.length + bare.index;
    if (this.covered.overlaps([start, name.span[0]])) return;
    this.claim(
      bound(readList(masked, start, start + (bare[1] ?? '').length), [start, name.span[1]], name),
      name,
      !across,
    );
  }

  /** "PPC 370": numbers just after a name; `across`: the numbers may be on the line after it. */
  bareAfter(masked: string, name: NameMatch, across: boolean): void {
    if (this.used.has(name)) return;
    const window = masked.slice(name.span[1], name.span[1] + 80);
    const lineEnd = window.indexOf('\n');
    if (across && lineEnd < 0) return;
    const after = BARE_AFTER.exec(across || lineEnd < 0 ? window : window.slice(0, lineEnd));
    if (!after) return;
    const listStart = name.span[1] + after[0].length - (after[1] ?? '').length;
    const end = name.span[1] + after[0].length;
    if (this.covered.overlaps([listStart, end])) return;
    this.claim(bound(readList(masked, listStart, end), [name.span[0], end], name), name, !across);
  }

  private claim(mention: StatuteMention, name: NameMatch, near: boolean): void {
    this.add(mention);
    this.used.add(name);
    if (near) this.claimed.add(name);
  }
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
