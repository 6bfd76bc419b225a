/**
 * The slow path: parse YAML with source positions, validate against the schemas and
 * check the corpus for consistency. Imported lazily; a cached corpus never loads it.
 */
import type { z } from 'zod';
import { Case as CaseSchema, type Case } from './case-schema.js';
import { designatorFor, parseCanonical } from './ids.js';
import {
  Instrument as InstrumentSchema,
  OfficialTextFile as OfficialTextSchema,
  type Figure,
  type Instrument,
  type OfficialTextFile,
} from './schema.js';
import { compareText } from '../common/text.js';
import { checkCases } from './check-cases.js';
import { instrumentFromText, IMPORTED_SOURCE, provisionsFromText, sourceEntry } from './imported.js';
import { checkChecklists } from './check-checklists.js';
import { fileHash, readCorpusFile, type CorpusSource } from './files.js';
import { basename } from 'node:path';
import type { Progress } from '../common/progress.js';
import { formatIssue, type Issue } from './issues.js';
import { issueAt, parseLocated, type Located, type ParsedFiles, type Path } from './located.js';
import { allIds, findPart, type Corpus, type Part, type SkippedText } from './model.js';

const KIND_ORDER: Record<Instrument['kind'], number> = {
  constitution: 0,
  code: 1,
  act: 2,
  ordinance: 3,
  order: 4,
  amendment: 5,
  rules: 6,
  protocol: 7,
  convention: 8,
  guidance: 9,
};

const CHANGED = 'changed while tipkit read the corpus; run it again';

export interface ParseOptions {
  progress?: Progress;
  /**
   * Leave out an imported text that is invalid (damaged by hand, written by an older
   * tipkit, half-copied) instead of refusing the corpus: no import can stop the rest of
   * tipkit from working. `tip validate` parses strictly and reports it.
   */
  skipInvalidTexts?: boolean;
  /**
   * Files already parsed, by content hash, for a caller that parses one corpus again and
   * again (an import checks the corpus before each file it writes). Values are copied by
   * the schema, so what the checks change never reaches the memo.
   */
  memo?: ParsedFiles;
}

/** Parses and validates every file; returns the corpus only when there are no issues (bar skipped texts). */
export function parseCorpus(
  source: CorpusSource,
  options: ParseOptions = {},
): { corpus?: Corpus; issues: Issue[]; skipped?: SkippedText[] } {
  const first = parseOnce(source, options.progress, options.memo);
  if (first.corpus || !options.skipInvalidTexts) return first;
  const texts = new Map(source.files.filter((f) => f.kind === 'text').map((f) => [f.path, f]));
  // A text at fault, or one whose provisions made its instrument's file fail a check.
  const failed = new Set(first.issues.map((i) => i.file));
  const bad = [...texts.keys()].filter((file) => failed.has(file) || failed.has(first.owners?.get(file) ?? ''));
  if (bad.length === 0) return first;
  const rest = parseOnce(
    { ...source, files: source.files.filter((f) => !bad.includes(f.path)) },
    undefined,
    options.memo,
  );
  if (!rest.corpus) return first;
  const skipped = bad.map((file) => {
    const issue = (first.issues.find((i) => i.file === file) ??
      first.issues.find((i) => i.file === first.owners?.get(file))) as Issue;
    const instrument = /^(.+)\.text\.ya?ml$/i.exec(basename(file))?.[1];
    return { file, ...(instrument ? { instrument } : {}), problem: formatIssue(issue) };
  });
  // Keyed by every file read, the skipped ones included, so a repaired file is read again.
  return { issues: [], skipped, corpus: { ...rest.corpus, hash: source.hash, skipped } };
}

/** A parse: the corpus when valid, the issues, and which instrument file each imported text writes on. */
interface Parsed {
  corpus?: Corpus;
  issues: Issue[];
  /** Text file path → the instrument file it puts text or provisions on. */
  owners?: Map<string, string>;
}

function parseOnce(source: CorpusSource, progress?: Progress, memo?: ParsedFiles): Parsed {
  const issues: Issue[] = [];
  const instruments: Located<Instrument>[] = [];
  const cases: Located<Case>[] = [];
  const texts: Located<OfficialTextFile>[] = [];
  let read = 0;
  for (const file of source.files) {
    if (file.unreadable !== undefined) {
      issues.push({ file: file.path, line: 1, col: 1, message: file.unreadable });
      continue;
    }
    // A file on disk is read again here, not held from hashing: a statute book's YAML need
    // not stay in memory beside its values (positions read the file again if asked for).
    const held = file.text;
    const known = memo?.get(file.hash);
    const text = known === undefined ? (held ?? readCorpusFile(file.path)) : '';
    if (known === undefined && held === undefined && fileHash(text) !== file.hash) {
      // Changed since it was hashed: its values must not be filed under the old hash.
      issues.push({ file: file.path, line: 1, col: 1, message: CHANGED });
    } else {
      const parse = <T>(schema: z.ZodType<T>) => parseLocated(file, text, schema, issues, memo);
      if (file.kind === 'instrument') push(instruments, parse(InstrumentSchema));
      else if (file.kind === 'text') push(texts, parse(OfficialTextSchema));
      else push(cases, parse(CaseSchema));
    }
    progress?.('reading the corpus', ++read, source.files.length);
  }
  // A file that changed mid-read says so alone: the checks between files would only echo it.
  const changed = issues.filter((issue) => issue.message === CHANGED);
  if (changed.length > 0) return { issues: changed };
  const parsedAll = instruments.length + cases.length + texts.length === source.files.length;
  const owners = attachOfficialTexts(instruments, texts, issues);
  const known = new Set(allIds(instruments.map((p) => p.value)));
  checkInstruments(instruments, known, issues);
  checkChecklists(instruments, known, issues);
  checkCases(cases, known, issues);
  if (issues.length > 0 || !parsedAll) return { issues, owners };
  instruments.sort(
    (a, b) => KIND_ORDER[a.value.kind] - KIND_ORDER[b.value.kind] || compareText(a.value.id, b.value.id),
  );
  cases.sort((a, b) => compareText(a.value.id, b.value.id));
  return {
    issues,
    corpus: {
      hash: source.hash,
      instruments: instruments.map((p) => p.value),
      cases: cases.map((p) => p.value),
      files: Object.fromEntries([...instruments, ...cases].map((p) => [p.value.id, p.file.name])),
      texts: Object.fromEntries(texts.map((t) => [t.value.text_of, t.file.path])),
    },
  };
}

/**
 * Puts each imported section's text on the part it was placed on, with its provenance.
 * The instrument file itself is never changed by an import; its summaries stay as they are.
 * A text file of an instrument that records no provisions brings them; one of an
 * instrument the corpus does not describe brings the instrument (added to `instruments`).
 */
function attachOfficialTexts(
  instruments: Located<Instrument>[],
  texts: readonly Located<OfficialTextFile>[],
  issues: Issue[],
): Map<string, string> {
  const owners = new Map<string, string>();
  for (const t of texts) {
    const file = t.value;
    const owner = instruments.find((i) => i.value.id === file.text_of);
    if (owner) owners.set(t.file.path, owner.file.path);
    if (!owner) {
      if (file.instrument) instruments.push(withValue(t, instrumentFromText({ ...file, instrument: file.instrument })));
      else issues.push(issueAt(t, ['text_of'], `"${file.text_of}" is not an instrument of this corpus`));
      continue;
    }
    if (file.instrument) {
      issues.push(issueAt(t, ['instrument'], `${file.text_of} is already in the corpus: its text goes in sections`));
      continue;
    }
    if (file.provisions) {
      if (owner.value.provisions.length > 0) {
        issues.push(
          issueAt(t, ['provisions'], `${file.text_of} already records provisions: its text goes in sections`),
        );
        continue;
      }
      owner.value.provisions = provisionsFromText(file);
      owner.value.sources = { ...owner.value.sources, [IMPORTED_SOURCE]: sourceEntry(file) };
    }
    file.sections.forEach((section, i) => {
      const part = findPart([owner.value], `${owner.value.id}:${section.id}`);
      if (!part) return issues.push(issueAt(t, ['sections', i, 'id'], `${owner.value.id} has no part "${section.id}"`));
      part.text = section.text;
      part.text_source = { ...file.source, placed: section.placed, confidence: section.confidence };
    });
  }
  return owners;
}

/** The same file and positions with another value; the positions stay unread (a spread would parse the file again for them). */
function withValue<T>(located: Located<unknown>, value: T): Located<T> {
  return {
    file: located.file,
    get doc() {
      return located.doc;
    },
    get lines() {
      return located.lines;
    },
    value,
  };
}

function push<T>(list: T[], item: T | undefined): void {
  if (item) list.push(item);
}

/** Cross-checks that the schema cannot express: unique ids, resolvable references, known sources. */
function checkInstruments(parsed: readonly Located<Instrument>[], known: ReadonlySet<string>, issues: Issue[]): void {
  const owners = new Map<string, Located<Instrument>>();
  for (const p of parsed) {
    const first = owners.get(p.value.id);
    if (first) issues.push(issueAt(p, ['id'], `duplicate instrument id "${p.value.id}" (also in ${first.file.name})`));
    else owners.set(p.value.id, p);
  }
  for (const p of parsed) checkInstrument(p.value, known, (path, message) => issues.push(issueAt(p, path, message)));
}

function checkInstrument(
  instrument: Instrument,
  known: ReadonlySet<string>,
  report: (path: Path, message: string) => void,
): void {
  const sources = new Set(Object.keys(instrument.sources));
  const checkSources = (keys: readonly string[] | undefined, path: Path): void => {
    keys?.forEach((key, i) => {
      if (!sources.has(key)) report([...path, i], `unknown source "${key}" (not in this file's sources)`);
    });
  };
  const checkRefs = (refs: readonly string[] | undefined, path: Path): void => {
    refs?.forEach((ref, i) => {
      if (!parseCanonical(ref)) report([...path, i], `"${ref}" is not a canonical id such as ptpa-2018:s3(2)`);
      else if (!known.has(ref))
        report([...path, i], `dangling cross-reference "${ref}": no such provision in the corpus`);
    });
  };

  if (!instrument.official_number && instrument.kind !== 'guidance') {
    report(['kind'], `a ${instrument.kind} needs an official_number (use value "unknown" where it is not known)`);
  }
  // Only an instrument tip import built from an official text may go without tipkit's summaries.
  const needsSummary = !instrument.imported;
  if (needsSummary && !instrument.summary) report(['summary'], 'a summary is required');
  checkSources(instrument.source.consulted, ['source', 'consulted']);
  instrument.status.forEach((note, i) => checkSources(note.sources, ['status', i, 'sources']));
  instrument.facts?.forEach((fact, i) => {
    checkSources(fact.sources, ['facts', i, 'sources']);
    checkRefs(fact.refs, ['facts', i, 'refs']);
  });
  checkFigures(instrument.figures ?? [], checkSources, report);

  const seen = new Set<string>();
  instrument.provisions.forEach((provision, i) => {
    const path: Path = ['provisions', i];
    if (seen.has(provision.id)) report([...path, 'id'], `duplicate provision id "${provision.id}" in ${instrument.id}`);
    seen.add(provision.id);
    const expected = provision.number === null ? undefined : numberedId(instrument.kind, provision.number);
    if (expected && expected !== provision.id) {
      report(
        [...path, 'id'],
        `id "${provision.id}" does not match number ${provision.number} (expected "${expected}")`,
      );
    }
    checkSources(provision.provenance.sources, [...path, 'provenance', 'sources']);
    provision.provenance.amendments?.forEach((note, j) =>
      checkSources(note.sources, [...path, 'provenance', 'amendments', j, 'sources']),
    );
    checkPart(provision, path, checkRefs, report, needsSummary);
  });
}

/** Unique figure ids, sources that exist, and breakdowns of a figure that exists and that they do not exceed. */
function checkFigures(
  figures: readonly Figure[],
  checkSources: (keys: readonly string[] | undefined, path: Path) => void,
  report: (path: Path, message: string) => void,
): void {
  const byId = new Map<string, Figure>();
  figures.forEach((figure, i) => {
    if (byId.has(figure.id)) report(['figures', i, 'id'], `duplicate figure id "${figure.id}"`);
    byId.set(figure.id, figure);
    checkSources(figure.sources, ['figures', i, 'sources']);
  });
  figures.forEach((figure, i) => {
    if (!figure.part_of) return;
    const whole = byId.get(figure.part_of);
    if (!whole) return report(['figures', i, 'part_of'], `"${figure.part_of}" is not a figure in this file`);
    const parts = figures.filter((f) => f.part_of === whole.id);
    const sum = parts.reduce((n, f) => n + f.value, 0);
    if (figure === parts.at(-1) && sum > whole.value) {
      report(['figures', i, 'part_of'], `the parts of "${whole.id}" add up to ${sum}, more than its ${whole.value}`);
    }
  });
}

function checkPart(
  part: Part,
  path: Path,
  checkRefs: (refs: readonly string[] | undefined, path: Path) => void,
  report: (path: Path, message: string) => void,
  needsSummary: boolean,
): void {
  // A part read from an imported official text carries the text instead.
  if (needsSummary && !part.summary && !part.text) report([...path, 'summary'], 'a summary is required');
  checkRefs(
    part.xrefs?.map((x) => (typeof x === 'string' ? x : x.ref)),
    [...path, 'xrefs'],
  );
  const seen = new Set<string>();
  part.subprovisions?.forEach((sub, i) => {
    const subPath: Path = [...path, 'subprovisions', i];
    if (seen.has(sub.id)) report([...subPath, 'id'], `duplicate sub-provision id "${sub.id}"`);
    seen.add(sub.id);
    checkPart(sub, subPath, checkRefs, report, needsSummary);
  });
}

function numberedId(kind: Instrument['kind'], number: string): string | undefined {
  if (!/^\d+(-[A-Z])?$/.test(number)) return undefined;
  return `${designatorFor(kind)}${number}`;
}
