import { formatCount } from '../common/text.js';
import { caseForReport } from '../cases/cases.js';
import { CitationResolver } from '../lookup/resolve.js';
import type { Corpus } from '../corpus/model.js';
import { TipError } from '../common/errors.js';
import { DESIGNATOR_NAMES, idLabel } from '../corpus/ids.js';
import type { LawReportMatch } from '../citations/law-reports.js';
import { findStatute } from '../citations/statutes.js';
import {
  boundedLength,
  extractCitations,
  type NumberRef,
  type Span,
  type StatuteMention,
} from '../citations/extract.js';
import { decodeInput } from '../common/decode.js';
import type { NamedLaw } from '../citations/names.js';
import { lawNameMatcher } from './law-names.js';
import { inOriginal, originalSpan, urduShadow } from '../citations/urdu.js';
import { findFirHeadings, type FirHeadingMatch } from './fir-heading.js';
import { TextOffsets } from '../common/text-offsets.js';

/**
 * resolved: found in tipkit's corpus (a provision, an instrument or a case);
 * recognised: a real law or report tipkit knows of but does not hold;
 * foreign: a law report from outside Pakistan; ambiguous: readable more than one way,
 * with the readings given as candidates; unresolved: found, but not understood.
 */
export type CiteStatus = 'resolved' | 'recognised' | 'foreign' | 'ambiguous' | 'unresolved';

interface Placed {
  text: string;
  /** [start, end) in Unicode code points. */
  span: Span;
  /** 1-based line and column of the start. */
  line: number;
  col: number;
}

/** One law or provision a statute citation names. */
export interface CitedProvision {
  text: string;
  span: Span;
  status: CiteStatus;
  id?: string;
  /** "PTPA s.3(2)", "PPC s.371-A". */
  label?: string;
  heading?: string;
  /** First sentence of tipkit's summary, for corpus provisions. */
  summary?: string;
  reason?: string;
  /** For an ambiguous reference, or one with no law named in Urdu text: the ids it may mean. */
  candidates?: string[];
  warnings: string[];
}

export interface StatuteCitation extends Placed {
  type: 'statute';
  status: CiteStatus;
  law?: { id: string; short: string; in_corpus: boolean };
  references: CitedProvision[];
}

export interface ReportCitation extends Placed {
  type: 'law-report';
  status: CiteStatus;
  canonical: string;
  series: string;
  year: number | null;
  court?: string;
  page: number;
  jurisdiction: string;
  case?: { id: string; short: string; title: string };
  reason?: string;
}

export type FoundCitation = StatuteCitation | ReportCitation;

export interface CiteReport {
  source: string;
  /** Length of the text, in Unicode code points. */
  characters: number;
  citations: FoundCitation[];
  counts: Record<CiteStatus, number> & { total: number };
  /** Where reading stopped, when the text held more citations than one report takes. */
  stopped_at?: { line: number; col: number };
  /** FIR headings (case number, date, police station): reported as such, never as sections. */
  fir_headings: FirHeading[];
}

export interface FirHeading extends Placed {
  number: string;
  date?: string;
  police_station?: string;
}

/** The most candidate citations one report reads; a text with more is read up to there. */
export const MAX_CITATIONS = 250_000;

/** Finds and resolves every citation in `text`. Never throws on odd text. */
export function citeText(corpus: Corpus, text: string, source: string): CiteReport {
  const resolver = new CitationResolver(corpus);
  // Long texts repeat the same few citations; each distinct one is resolved once.
  const cache = new Map<string, Resolved>();
  const resolve: Resolve = (law, mention, ref) => {
    const key = `${law.id} ${mention.designator ?? ''} ${ref?.number ?? ''}${ref?.pinpoint.join('') ?? ''}`;
    let resolved = cache.get(key);
    if (!resolved) cache.set(key, (resolved = resolveReference(law, mention, ref, resolver)));
    return resolved;
  };
  const names = lawNameMatcher(corpus);
  // Urdu (and mixed) text is read through its English reading, its spans placed back in it.
  const shadow = urduShadow(text);
  const read = shadow?.text ?? text;
  const place = (span: Span): Span => (shadow ? originalSpan(shadow, span) : span);
  const readTo = boundedLength(read, names, MAX_CITATIONS);
  const bounded = readTo < read.length ? read.slice(0, readTo) : read;
  const found = extractCitations(bounded, names);
  const { statutes, reports } = shadow ? inOriginal(shadow, text, found) : found;
  const end = readTo < read.length ? place([readTo, readTo])[0] : text.length;
  const offsets = new TextOffsets(text);
  // With no law named, an Urdu FIR's sections are those of the codes it names elsewhere, else
  // of the PPC and the CrPC; only a law that has the section is offered.
  const named = [...new Set(statutes.flatMap((m) => (m.laws?.length === 1 ? [m.laws[0] as NamedLaw] : [])))];
  const codes = names.byId(['ppc-1860', 'crpc-1898']);
  const candidates: Candidates = (mention, ref) => {
    if (!shadow) return [];
    const holds = (law: NamedLaw) => resolve(law, mention, ref).status !== 'unresolved';
    const elsewhere = named.filter(holds);
    return (elsewhere.length > 0 ? elsewhere : codes.filter(holds)).map((law) => statuteId(law, ref));
  };
  const citations: FoundCitation[] = [
    ...statutes.map((mention) => statuteCitation(mention, text, resolve, offsets, candidates)),
    ...reports.map((report) => reportCitation(corpus, report, text, offsets)),
  ].sort((a, b) => a.span[0] - b.span[0]);
  const counts = { total: citations.length, resolved: 0, recognised: 0, foreign: 0, ambiguous: 0, unresolved: 0 };
  for (const citation of citations) counts[citation.status]++;
  const where = end < text.length ? locate(text, [end, end], offsets) : undefined;
  const stopped = where ? { stopped_at: { line: where.line, col: where.col } } : {};
  const headings = findFirHeadings(bounded).map((heading) => firHeading(heading, bounded, text, place, offsets));
  return { source, characters: offsets.length, citations, counts, ...stopped, fir_headings: headings };
}

/** An FIR heading as reported: its number and date in Western digits (as read), the station as written. */
function firHeading(
  heading: FirHeadingMatch,
  read: string,
  text: string,
  place: (span: Span) => Span,
  offsets: TextOffsets,
): FirHeading {
  const station = heading.station && text.slice(...place(heading.station));
  return {
    ...locate(text, place(heading.span), offsets),
    number: read.slice(...heading.number).replace(/\s+/g, ''),
    ...(heading.date ? { date: read.slice(...heading.date) } : {}),
    ...(station ? { police_station: station } : {}),
  };
}

type Resolve = (law: NamedLaw, mention: StatuteMention, ref: NumberRef | undefined) => Resolved;
type Resolved = Omit<CitedProvision, 'text' | 'span'>;
/** The provisions a number with no law named may be, each of a law that has it. */
type Candidates = (mention: StatuteMention, ref: NumberRef) => string[];

function statuteCitation(
  mention: StatuteMention,
  text: string,
  resolve: Resolve,
  offsets: TextOffsets,
  candidatesOf: Candidates,
): StatuteCitation {
  const [law, ...others] = mention.laws ?? [];
  let problem: string | undefined;
  if (!law) {
    problem = mention.anaphor
      ? `"${mention.anaphor.text}" does not point back to any law named earlier`
      : 'no law is named next to it';
  } else if (others.length > 0) {
    problem = `the name could mean ${[law, ...others].map((l) => l.id).join(' or ')}`;
  }
  const notes =
    law && mention.anaphor
      ? [`"${mention.anaphor.text}" read as ${law.short}, the last ${law.genre} named before it.`]
      : [];
  const parts: (NumberRef | undefined)[] = mention.numbers.length > 0 ? mention.numbers : [undefined];
  const references = parts.map((ref): CitedProvision => {
    const span = ref?.span ?? mention.span;
    const base = { text: text.slice(...span), span: codePointSpan(span, offsets) };
    if (problem !== undefined || !law) {
      const candidates = !law && ref ? candidatesOf(mention, ref) : [];
      return {
        ...base,
        status: 'unresolved',
        reason: problem,
        ...(candidates.length ? { candidates } : {}),
        warnings: [],
      };
    }
    const readings = ref?.subsection ? slashReadings(law, mention, ref, resolve) : [];
    if (readings.length > 1) {
      return {
        ...base,
        status: 'ambiguous',
        reason: `"${text.slice(...span)}" after a slash may be sub-section ${ref?.subsection} or a section of its own; not guessed`,
        candidates: readings.map((reading) => statuteId(law, reading)),
        warnings: [],
      };
    }
    // Of the two readings of "17/2", the one the law has; with neither, the number as written (reported as lacking).
    const [only] = readings;
    const read = only ?? ref;
    const resolved = resolve(law, mention, read);
    const other =
      only && ref?.subsection
        ? [
            only === ref
              ? `not sub-section ${ref.subsection}: ${law.short} has no section ${ref.subsection.split('(')[0]}.`
              : `read as sub-section ${ref.subsection}: ${law.short} has no section ${ref.number}.`,
          ]
        : [];
    return {
      ...base,
      ...resolved,
      warnings: [...notes, ...(ref?.note ? [ref.note] : []), ...other, ...resolved.warnings],
    };
  });
  return {
    type: 'statute',
    ...locate(text, mention.span, offsets),
    status: worst(references.map((r) => r.status)),
    ...(law && problem === undefined ? { law: { id: law.id, short: law.short, in_corpus: law.inCorpus } } : {}),
    references,
  };
}

/**
 * The readings of a single digit after a slash ("340/2": sub-section 340(2), or s.2) that
 * the law has: both for a law tipkit holds no text of.
 */
function slashReadings(law: NamedLaw, mention: StatuteMention, ref: NumberRef, resolve: Resolve): NumberRef[] {
  const [whole = ''] = (ref.subsection ?? '').split('(');
  return [{ ...ref, number: whole, pinpoint: [`(${ref.number})`] }, ref].filter(
    (reading) => resolve(law, mention, reading).status !== 'unresolved',
  );
}

function resolveReference(
  law: NamedLaw,
  mention: StatuteMention,
  ref: NumberRef | undefined,
  resolver: CitationResolver,
): Resolved {
  if (!law.inCorpus) {
    const warnings: string[] = [];
    if (ref && mention.designator && mention.designator !== law.designator) {
      warnings.push(
        `${law.short} is divided into ${DESIGNATOR_NAMES[law.designator].plural}: read as ${DESIGNATOR_NAMES[law.designator].prefix}${ref.number}.`,
      );
    }
    const id = statuteId(law, ref);
    return {
      status: 'recognised',
      id,
      label: idLabel(law.short, id),
      warnings,
    };
  }
  const designator = mention.designator ?? law.designator;
  const citation = ref ? `${law.id} ${designator} ${ref.number}${ref.pinpoint.join('')}` : law.id;
  try {
    const resolution = resolver.resolve(citation);
    const part = resolution.path.at(-1);
    const heading = part && 'heading' in part && part.heading ? part.heading : resolution.provision?.heading;
    return {
      status: 'resolved',
      id: resolution.id,
      label: idLabel(law.short, resolution.id),
      heading: heading ?? resolution.instrument.title,
      ...summaryOf(part?.summary ?? resolution.instrument.summary),
      warnings: resolution.warnings,
    };
  } catch (error) {
    if (!(error instanceof TipError)) throw error;
    // An imported statute whose text lacks the section cited is still a law tipkit knows.
    if (findStatute(law.id)) {
      const id = statuteId(law, ref);
      return {
        status: 'recognised',
        id,
        label: idLabel(law.short, id),
        warnings: [`${idLabel(law.short, id)} is not in the text imported for ${law.short}.`],
      };
    }
    return { status: 'unresolved', reason: error.message, warnings: [] };
  }
}

/** The canonical id of a law, or of a provision of it, in its own numbering. */
export function statuteId(law: NamedLaw, ref: NumberRef | undefined): string {
  return ref ? `${law.id}:${law.designator}${ref.number}${ref.pinpoint.join('')}` : law.id;
}

function reportCitation(corpus: Corpus, report: LawReportMatch, text: string, offsets: TextOffsets): ReportCitation {
  const { text: _text, span, ...fields } = report;
  const base = { type: 'law-report' as const, ...locate(text, span, offsets), ...fields };
  if (report.jurisdiction !== 'Pakistan') {
    return { ...base, status: 'foreign', reason: `a law report from ${report.jurisdiction}, not Pakistan` };
  }
  const found = caseForReport(corpus, report.canonical);
  return found
    ? { ...base, status: 'resolved', case: { id: found.id, short: found.short, title: found.title } }
    : { ...base, status: 'recognised', reason: "not in tipkit's case collection" };
}

const ORDER: CiteStatus[] = ['resolved', 'recognised', 'foreign', 'ambiguous', 'unresolved'];

function worst(statuses: readonly CiteStatus[]): CiteStatus {
  return statuses.reduce<CiteStatus>((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), 'resolved');
}

/** The first sentence of tipkit's summary; nothing for an imported text, which has none. */
function summaryOf(summary: string | undefined): { summary?: string } {
  return summary ? { summary: firstSentence(summary) } : {};
}

function firstSentence(summary: string): string {
  const sentence = /^.*?[.;](?=\s|$)/s.exec(summary)?.[0] ?? summary;
  return sentence.length > 160 ? `${sentence.slice(0, 159).trimEnd()}…` : sentence;
}

/** Text, code-point span and line/column of a UTF-16 span of `text`. */
function locate(text: string, span: Span, offsets: TextOffsets): Placed {
  return { text: text.slice(...span), span: codePointSpan(span, offsets), ...offsets.lineCol(span[0]) };
}

function codePointSpan([start, end]: Span, offsets: TextOffsets): Span {
  return [offsets.codePoint(start), offsets.codePoint(end)];
}

/** `tip cite`: decodes what was read, then finds and resolves its citations. */
export function citeInput(
  corpus: Corpus,
  bytes: Uint8Array,
  source: string,
): { report: CiteReport; text: string; notices: string[] } {
  const { text, notices } = decodeInput(bytes, source);
  if (text.trim() === '') notices.push(`${source} is empty.`);
  const report = citeText(corpus, text, source);
  if (report.stopped_at) {
    const { line, col } = report.stopped_at;
    notices.push(
      `${source} holds more than ${formatCount(MAX_CITATIONS)} possible citations; reading stopped at ${line}:${col}. Cite the rest separately.`,
    );
  }
  return { report, text, notices };
}
