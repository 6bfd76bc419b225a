import { readFileBytes } from '../writes/read-file.js';
import { decodeInput, MAX_INPUT_BYTES } from '../common/decode.js';
import { TipError } from '../common/errors.js';
import type { Corpus } from '../corpus/model.js';
import type { CorpusUsed } from '../corpus/which.js';
import { designatorFor, DESIGNATOR_NAMES } from '../corpus/ids.js';
import { citeText, type CitedProvision, type CiteStatus, type FoundCitation } from './cite.js';
import { markdownProse } from './markdown-prose.js';
import { markdownKind } from './check-files.js';
import { TextOffsets } from '../common/text-offsets.js';
import type { Span } from '../citations/extract.js';

export type Severity = 'error' | 'warning' | 'ok';

/** One citation (or one provision of a citation naming several) as the check reports it. */
export interface CheckedCitation {
  file: string;
  /** 1-based line; col is 1-based and counts characters (Unicode code points), as tip cite does. */
  line: number;
  col: number;
  text: string;
  status: CiteStatus;
  severity: Severity;
  /** The canonical id it resolves to (a provision, an instrument, a case, or a law outside the corpus). */
  id?: string;
  message: string;
}

export interface CheckedFile {
  path: string;
  citations: number;
  /** Why the file could not be checked (unreadable, binary, too large). */
  error?: string;
  /** Notes on how it was read (an encoding guessed, reading stopped early). */
  notices?: string[];
}

export interface CheckCounts {
  files: number;
  citations: number;
  errors: number;
  warnings: number;
  /** Citations left out by cite.ignoreCitations (tip-ignore comments hide text before it is read). */
  ignored: number;
  /** Files that could not be read: each also counts as an error. */
  unreadable: number;
}

export interface CheckReport {
  /** What the citations were checked against. */
  corpus: CorpusUsed;
  /** The tipkit.yaml (or package.json) whose settings applied. */
  config?: string;
  strict: boolean;
  files: CheckedFile[];
  /** Every citation found, errors and warnings with the rest, in file and then text order. */
  citations: CheckedCitation[];
  counts: CheckCounts;
  /** True when nothing failed: no error, whatever the warnings. */
  ok: boolean;
}

export interface CheckOptions {
  files: readonly string[];
  corpus: CheckReport['corpus'];
  config?: string;
  /** Citations outside the corpus (recognised statutes and reports) are errors. */
  strict?: boolean;
  /** Citation texts not to report, compared case-insensitively. */
  ignoreCitations?: readonly string[];
}

/**
 * `tip cite --check`: reads each file (Markdown as its prose only), finds and resolves
 * every citation, and grades it: unresolved and ambiguous citations are errors; citations
 * outside the corpus are warnings (errors when strict); foreign reports are warnings.
 * A file that cannot be read is reported and the others are still checked.
 */
export function checkCitations(corpus: Corpus, options: CheckOptions): CheckReport {
  const strict = options.strict ?? false;
  const skip = new Set((options.ignoreCitations ?? []).map((text) => normalise(text)));
  const files: CheckedFile[] = [];
  const citations: CheckedCitation[] = [];
  let ignored = 0;
  for (const path of options.files) {
    let text: string;
    let notices: string[];
    try {
      ({ text, notices } = decodeInput(readFileBytes(path, { what: 'text file', maxBytes: MAX_INPUT_BYTES }), path));
    } catch (error) {
      if (!(error instanceof TipError)) throw error;
      files.push({ path, citations: 0, error: error.message });
      continue;
    }
    const kind = markdownKind(path);
    const markdown = kind ? markdownProse(text, { mdx: kind === 'mdx' }) : undefined;
    if (markdown?.plain) notices.push(`${path} is read as plain text: ${markdown.plain}.`);
    const prose = markdown?.text ?? text;
    const report = citeText(corpus, prose, path);
    if (report.stopped_at) {
      notices.push(
        `${path} holds too many possible citations; reading stopped at ${report.stopped_at.line}:${report.stopped_at.col}.`,
      );
    }
    const offsets = new TextOffsets(prose);
    let found = 0;
    for (const citation of report.citations) {
      if (skip.has(normalise(citation.text))) {
        ignored++;
        continue;
      }
      for (const entry of entriesOf(corpus, citation, strict)) {
        const { line, col } = offsets.lineColOfCodePoint(entry.start);
        citations.push({ file: path, line, col, ...entry.checked });
        found++;
      }
    }
    files.push({ path, citations: found, ...(notices.length ? { notices } : {}) });
  }
  const unreadable = files.filter((file) => file.error).length;
  const errors = citations.filter((c) => c.severity === 'error').length + unreadable;
  const warnings = citations.filter((c) => c.severity === 'warning').length;
  return {
    corpus: options.corpus,
    ...(options.config ? { config: options.config } : {}),
    strict,
    files,
    citations,
    counts: { files: files.length, citations: citations.length, errors, warnings, ignored, unreadable },
    ok: errors === 0,
  };
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

interface Entry {
  /** Code-point offset in the file. */
  start: number;
  checked: Omit<CheckedCitation, 'file' | 'line' | 'col'>;
  /** The numbers a range names past the instrument's end, gathered into this one entry. */
  missing?: string[];
}

/** A citation as entries: one per provision when it names several, each at its own place. */
function entriesOf(corpus: Corpus, citation: FoundCitation, strict: boolean): Entry[] {
  if (citation.type === 'law-report') {
    const id = citation.case?.id;
    const message = citation.case
      ? `${citation.canonical}: ${citation.case.short}`
      : `${citation.canonical}: ${citation.reason ?? citation.status}`;
    return [entry(citation.span, citation.text, citation.status, id, message, strict)];
  }
  const several = citation.references.length > 1;
  const entries: Entry[] = [];
  for (const ref of citation.references) {
    const span: Span = several ? ref.span : citation.span;
    const text = several ? ref.text : citation.text;
    // A provision of a citation naming several is named with the citation around it.
    const named = several ? `${oneLine(citation.text)} (${ref.text})` : oneLine(text);
    const held = citation.law?.in_corpus ? provisionRange(corpus, citation.law.id) : undefined;
    const missing = held ? missingNumber(ref) : undefined;
    const list = (numbers: readonly string[]): string => provisionList(corpus, citation.law?.id ?? '', numbers);
    if (missing !== undefined && held) {
      // A range past the end ("ss. 3-40") names each missing section: one entry, at the first, says them all.
      const previous = entries.at(-1);
      if (previous?.missing) {
        previous.missing.push(missing);
        previous.checked.message = `${oneLine(citation.text)}: no such provision ${list(previous.missing)}; ${held}`;
        continue;
      }
      // One provision named is its own message; one of several is said by number.
      const message = several
        ? `${oneLine(citation.text)}: no such provision ${list([missing])}; ${held}`
        : `${named}: no such provision; ${held}`;
      entries.push({ ...entry(span, text, ref.status, ref.id, message, strict), missing: [missing] });
      continue;
    }
    let message: string;
    if (ref.status === 'unresolved' || ref.status === 'ambiguous') {
      message = `${named}: ${ref.status === 'ambiguous' ? 'ambiguous' : 'not resolved'}: ${ref.reason ?? 'unknown'}${
        ref.candidates ? ` (may be ${ref.candidates.join(', ')})` : ''
      }`;
    } else if (ref.status === 'recognised') {
      message = `${ref.label ?? named}: outside tipkit's corpus`;
    } else {
      message = [ref.label, ref.heading].filter(Boolean).join(': ');
    }
    const unrecorded = ref.status === 'resolved' ? ref.warnings.find((w) => /not recorded/.test(w)) : undefined;
    const entryOf = entry(span, text, ref.status, ref.id, unrecorded ? `${named}: ${unrecorded}` : message, strict);
    // A pinpoint the digest does not record cannot be checked: the provision above it can.
    if (unrecorded) entryOf.checked.severity = 'warning';
    entries.push(entryOf);
  }
  return entries;
}

/** The number of a provision the instrument lacks ("s39" in "PTPA s39 does not exist …"), or undefined. */
function missingNumber(ref: CitedProvision): string | undefined {
  if (ref.status !== 'unresolved') return undefined;
  return / (?:s|art|r)(\d+[A-Z]*) does not exist/.exec(ref.reason ?? '')?.[1];
}

/** "s.40" or "ss. 17–40" ("art.", "r."): the missing numbers of one citation, as a reader writes them. */
function provisionList(corpus: Corpus, instrumentId: string, numbers: readonly string[]): string {
  const kind = corpus.instruments.find((i) => i.id === instrumentId)?.kind ?? 'act';
  const designator = designatorFor(kind);
  const [one, several] = { s: ['s.', 'ss. '], r: ['r.', 'rr. '], art: ['art. ', 'arts. '] }[designator];
  return numbers.length === 1 ? `${one}${numbers[0]}` : `${several}${numbers[0]}–${numbers.at(-1)}`;
}

function entry(
  span: Span,
  text: string,
  status: CiteStatus,
  id: string | undefined,
  message: string,
  strict: boolean,
): Entry {
  return {
    start: span[0],
    checked: { text: oneLine(text), status, severity: severity(status, strict), ...(id ? { id } : {}), message },
  };
}

/** How a status fails a check: outside the corpus is a warning, unless strict; foreign reports are never tipkit's to check. */
export function severity(status: CiteStatus, strict: boolean): Severity {
  if (status === 'resolved') return 'ok';
  if (status === 'foreign') return 'warning';
  if (status === 'recognised') return strict ? 'error' : 'warning';
  return 'error';
}

/** "PTPA has ss. 1–16", from the corpus: the first and last provision tipkit holds. */
export function provisionRange(corpus: Corpus, instrumentId: string): string | undefined {
  const instrument = corpus.instruments.find((i) => i.id === instrumentId);
  const first = instrument?.provisions[0]?.id;
  const last = instrument?.provisions.at(-1)?.id;
  if (!instrument || !first || !last) return undefined;
  const designator = designatorFor(instrument.kind);
  const number = (id: string): string => id.replace(/^(s|art|r)/, '');
  const abbreviation = { s: 'ss.', r: 'rr.', art: 'arts.' }[designator];
  const names = DESIGNATOR_NAMES[designator];
  return first === last
    ? `${instrument.short} has only ${names.prefix.trim()}${number(first)}`
    : `${instrument.short} has ${abbreviation} ${number(first)}–${number(last)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
