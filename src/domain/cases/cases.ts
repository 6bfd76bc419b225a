import { caveat, type Caveat } from '../corpus/caveats.js';
import type { Case } from '../corpus/case-schema.js';
import { findInstrument, type Corpus } from '../corpus/model.js';
import { NotFoundError, UsageError } from '../common/errors.js';
import { compareText, quoted, suggestCommand } from '../common/text.js';
import { checkTypedLength } from '../common/typed.js';
import { asCaseId, splitId } from '../corpus/ids.js';
import { levenshtein } from '../citations/normalize.js';
import { parseLawReport } from '../citations/law-reports.js';
import { caseIdFor, caseKeys } from './case-keys.js';
import { describeId, lawLabel } from '../corpus/describe.js';
import { isSameOrPart } from './applied-in.js';
import { caseYear, dateKey, reportYear } from './dates.js';

/** What every case page says once: tipkit summarises judgments, it does not reproduce them. */
const CASE_NOTICE =
  'Judgments are not bundled: tipkit gives its own summary of each case. Read the judgment or order itself before relying on it.';

/** One line of `tip cases`. */
export interface CaseSummary {
  id: string;
  short: string;
  title: string;
  court: string;
  court_code: Case['court']['code'];
  decided: string | null;
  year: number | null;
  citations: string[];
  citation_status: Case['citation_status'];
  confidence: Case['provenance']['confidence'];
  tags: string[];
}

/** Filters of `tip cases`, already resolved to canonical ids. */
export interface CaseFilter {
  /** Instrument or statute ids: a case matches if it applies any provision of one. */
  laws?: readonly string[];
  /** Provision ids: a case matches if it applies the provision, a part of it, or the whole of it. */
  provisions?: readonly string[];
  /** Court codes (sc, lhc, …) or words of the court's name. */
  courts?: readonly string[];
  years?: readonly number[];
  tags?: readonly string[];
}

export interface LawAppliedView {
  ref: string;
  label: string;
  in_corpus: boolean;
  /** For corpus provisions: the heading tipkit records. */
  heading?: string;
  note?: string;
}

export interface CaseView extends Omit<Case, 'laws_applied' | 'related_cases'> {
  type: 'case';
  year: number | null;
  laws_applied: LawAppliedView[];
  related_cases: { id: string; short: string }[];
  caveats: Caveat[];
  notice: string;
}

/** The label of an instrument fact that says what the law reports hold for it. */
const CONVICTIONS_FACT = 'Reported convictions';

/**
 * What the corpus says about reported convictions under the laws a filter names (the
 * PTPA and PSMA: none found), so that a list of bail orders is not read as the case law
 * of convictions.
 */
export function convictionNotes(corpus: Corpus, filter: CaseFilter): string[] {
  const laws = new Set([...(filter.laws ?? []), ...(filter.provisions ?? []).map((id) => splitId(id)[0])]);
  return corpus.instruments
    .filter((i) => laws.has(i.id))
    .flatMap((i) => (i.facts ?? []).filter((f) => f.label === CONVICTIONS_FACT).map((f) => `${i.short}: ${f.value}`));
}

/** Cases matching every filter given, newest first. */
export function listCases(corpus: Corpus, filter: CaseFilter = {}): CaseSummary[] {
  return corpus.cases
    .filter((c) => matches(c, filter))
    .map(summarise)
    .sort((a, b) => compareText(dateKey(b), dateKey(a)) || compareText(a.id, b.id));
}

function matches(c: Case, filter: CaseFilter): boolean {
  const refs = c.laws_applied.map((law) => law.ref);
  if (filter.laws?.length && !filter.laws.some((law) => refs.some((ref) => ref === law || ref.startsWith(`${law}:`))))
    return false;
  if (filter.provisions?.length && !filter.provisions.some((p) => refs.some((ref) => isSameOrPart(ref, p))))
    return false;
  if (filter.courts?.length && !filter.courts.some((court) => courtMatches(c, court))) return false;
  if (filter.years?.length) {
    const years = new Set([caseYear(c), ...c.citations.map(reportYear)]);
    if (!filter.years.some((year) => years.has(year))) return false;
  }
  if (filter.tags?.length) {
    const tags = flattenTags(c);
    if (!filter.tags.some((tag) => tags.includes(normalizeTag(tag)))) return false;
  }
  return true;
}

/** A court code (sc, lhc, …) or a word of the court's name, as `--court` takes it. */
export function courtMatches(c: Case, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  return c.court.code === wanted || c.court.name.toLowerCase().includes(wanted);
}

/** A tag as typed ("Brick Kilns") in the form case files write it ("brick-kilns"). */
export function normalizeTag(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** Every tag of a case, whatever its kind (act, means, purpose, sector, topic). */
export function flattenTags(c: Case): string[] {
  return Object.values(c.tags).flat();
}

function summarise(c: Case): CaseSummary {
  return {
    id: c.id,
    short: c.short,
    title: c.title,
    court: c.court.name,
    court_code: c.court.code,
    decided: c.decided.date,
    year: caseYear(c),
    citations: c.citations,
    citation_status: c.citation_status,
    confidence: c.provenance.confidence,
    tags: flattenTags(c),
  };
}

/**
 * Finds a case by what a user has: its id (with or without "case:"), a law-report
 * citation in any common form, or a case number.
 */
export function findCase(corpus: Corpus, query: string): Case {
  const text = query.trim();
  if (!text) throw new UsageError('give a case id, a law-report citation or a case number', { suggestions: ['tip cases'] });
  checkTypedLength(text, 'case ids, law-report citations and case numbers', ['tip cases']);
  const found = caseIdFor(text, corpus.cases.map(caseKeys));
  if (found) return corpus.cases.find((c) => c.id === found) as Case;
  const report = parseLawReport(text);
  if (report) {
    throw new NotFoundError(
      report.jurisdiction === 'Pakistan'
        ? `no case in tipkit's collection is reported at ${report.canonical}`
        : `${report.canonical} is a foreign (${report.jurisdiction}) report; tipkit collects Pakistani cases`,
      { suggestions: ['tip cases'] },
    );
  }
  const id = asCaseId(text.toLowerCase());
  const close = corpus.cases
    .map((c) => ({ id: c.id, distance: levenshtein(c.id, id, CLOSE_CASE) }))
    .filter(({ distance }) => distance <= CLOSE_CASE)
    .sort((a, b) => a.distance - b.distance || compareText(a.id, b.id))
    .slice(0, 3)
    .map(({ id: closeId }) => closeId);
  throw new NotFoundError(`no case matches ${quoted(text)}`, {
    suggestions: [...close, ...suggestCommand('tip search', text, '--type case'), 'tip cases'],
  });
}

/** Edits between a case id typed and one suggested instead: ids are long, and typed from memory. */
const CLOSE_CASE = 6;

/** The case reported at a canonical law-report citation, if tipkit has it. */
export function caseForReport(corpus: Corpus, canonical: string): Case | undefined {
  // Citations are kept as the source prints them ("PLD 1997 Lahore 428"); compare canonical forms.
  return corpus.cases.find((c) => c.citations.some((citation) => parseLawReport(citation)?.canonical === canonical));
}

/** Everything `tip cases show` prints or returns as JSON. */
export function caseView(corpus: Corpus, c: Case): CaseView {
  const { laws_applied: laws, related_cases: related_, ...rest } = c;
  const caveats = [
    ...caveat('This case', c.provenance.confidence, 'One secondary source, or details missing'),
    ...caveat('Date', c.decided.confidence),
    ...(c.outcome === 'unknown' ? caveat('Outcome', 'note', 'not available from the sources consulted') : []),
    ...(c.citation_status === 'not-found'
      ? caveat('Citation', 'note', 'no law-report citation could be verified; none is given')
      : []),
  ];
  return {
    type: 'case',
    ...rest,
    year: caseYear(c),
    laws_applied: laws.map((law) => lawAppliedView(corpus, law)),
    related_cases: (related_ ?? []).map((id) => ({
      id,
      short: corpus.cases.find((other) => other.id === id)?.short ?? id,
    })),
    caveats,
    notice: CASE_NOTICE,
  };
}

function lawAppliedView(corpus: Corpus, law: Case['laws_applied'][number]): LawAppliedView {
  const [instrumentId] = splitId(law.ref);
  const instrument = findInstrument(corpus, instrumentId);
  return {
    ref: law.ref,
    label: lawLabel(corpus, law.ref),
    in_corpus: Boolean(instrument),
    ...(instrument ? { heading: describeId(corpus, law.ref) } : {}),
    ...(law.note ? { note: law.note } : {}),
  };
}
