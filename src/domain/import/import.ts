/**
 * `tip import`: an official text the user holds, read, cleaned and placed, as the
 * `laws/<id>.text.yaml` file that carries it. For an instrument tipkit describes, the
 * text goes on its provisions and its own file and summaries are never touched; for one
 * that records no provisions, or one tipkit does not know, the file brings them.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { DataError, TipError, UsageError } from '../common/errors.js';
import type { Progress } from '../common/progress.js';
import { decodeInput } from '../common/decode.js';
import { compactKey } from '../common/text.js';
import { findStatute, STATUTES, type Statute } from '../citations/statutes.js';
import { CitationResolver } from '../lookup/resolve.js';
import { IMPORTED_SOURCE } from '../corpus/imported.js';
import type { Corpus } from '../corpus/model.js';
import type {
  Confidence,
  ImportedInstrument,
  ImportedProvision,
  Instrument,
  OfficialTextFile,
} from '../corpus/schema.js';
import { alignBlocks, type Alignment } from './align.js';
import { headingSimilarity } from './headings.js';
import { describeText, garbledShare, isAmending, MAX_ID, slug, type Described } from './describe-text.js';
import { englishCopy, type Copy } from './languages.js';
import { buildProvisions, type NumberingGaps } from './provisions.js';
import { readOfficialText, type Block, type ReadInstrument, type Removed } from './read.js';

const IMPORTER = 'tipkit 0.1 text importer';

type Format = OfficialTextFile['source']['format'];

/** A file the user holds, read as text: what the reader takes, and what reading it took off. */
export interface SourceText {
  name: string;
  format: Format;
  sha256: string;
  text: string;
  /** What the PDF reader took off (footnotes, markers, running heads). */
  removed: Removed[];
  /** For a PDF, the line each page starts on. */
  pageStarts?: number[];
  /** Pages with no text in a PDF that has some: scanned among typed. */
  emptyPages?: number[];
  /** How the bytes were read, where that is worth saying (a text that is not UTF-8). */
  notices?: string[];
}

export interface ImportPlan {
  instrument: string;
  /** attach: text on the provisions tipkit records; provisions: provisions from the text; new: a new instrument. */
  mode: 'attach' | 'provisions' | 'new';
  /** For a new instrument, what the text says it is. */
  described?: ImportedInstrument;
  file: string;
  format: Format;
  sha256: string;
  sections: Alignment['sections'];
  provisions: (ImportedProvision & { line: number })[];
  unplaced: Alignment['unplaced'];
  missing: string[];
  split: Alignment['split'];
  checks: Alignment['checks'];
  dropped: Alignment['dropped'];
  removed: Removed[];
  /** Where the file holds the text more than once, in more than one language. */
  copies: Copy[];
  /** Entries read from a CONTENTS list. */
  contents: number;
  /** For a PDF, the line each page starts on. */
  pageStarts?: number[];
  /** The title, preamble and enacting formula before the first section: read, not imported. */
  preamble: string;
  /** Lines of schedules, forms and the statement of objects after the sections: read, not imported. */
  schedule: number;
  /** Where the numbering and the CONTENTS list do not agree with the sections read. */
  gaps?: NumberingGaps;
  warnings: string[];
}

/** What may be given with the file: the instrument it is, and a short name for a new one. */
export interface ImportOptions {
  as?: string;
  short?: string;
  /** The new instruments planned earlier in the same run, whose ids and names are taken too. */
  claimed?: Pick<Instrument, 'id' | 'title' | 'short' | 'aliases' | 'imported'>[];
}

/** Reads a file's bytes as the text the reader takes: PDF through PDF.js, HTML through its tags, else as UTF-8. */
export async function readSource(name: string, bytes: Uint8Array, progress?: Progress): Promise<SourceText> {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (/^%PDF-/.test(head) || /\.pdf$/i.test(name)) {
    const { pdfToText } = await import('./pdf.js');
    const pdf = await pdfToText(new Uint8Array(bytes), name, progress);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return {
      name,
      format: 'pdf',
      sha256,
      text: pdf.text,
      removed: pdf.removed,
      pageStarts: pdf.pageStarts,
      emptyPages: pdf.emptyPages,
    };
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 65536).includes(0)) {
    throw new DataError(
      `${name} is not a text file (it holds binary data): tipkit imports text, Markdown, HTML or PDF`,
    );
  }
  // UTF-8, UTF-16 with its mark, or Windows-1252 (said so), as tip cite reads a text.
  const { text: raw, notices } = decodeInput(bytes, basename(name));
  const read = { ...textSource(name, raw), ...(notices.length ? { notices } : {}) };
  if (read.format !== 'html') return read;
  // Loaded here: only an import of a saved web page pays for the HTML parser.
  const { htmlToText } = await import('./html.js');
  return { ...read, text: htmlToText(raw) };
}

/** A text or Markdown file's content as the reader takes it (HTML is turned into text by readSource). */
export function textSource(name: string, raw: string): SourceText {
  const sha256 = createHash('sha256').update(raw).digest('hex');
  return { name, format: formatOf(name, raw), sha256, text: raw, removed: [] };
}

/**
 * Places a read text: each instrument the file holds on `as`, on the instrument its title
 * names, or on a new instrument the text describes. A file that holds two Acts gives two
 * plans, never one merged.
 */
export function planImports(corpus: Corpus, source: SourceText, options: ImportOptions = {}): ImportPlan[] {
  const read = readOfficialText(source.text, source.removed, pageEdges(source));
  const parts = read.instruments.filter((part) => part.blocks.length > 0);
  if (parts.length > 1 && options.as) {
    throw new UsageError(
      `${basename(source.name)} holds ${parts.length} instruments, and --as names one: import it without --as (each is read as its own), or split the file`,
    );
  }
  const all = parts.length > 0 ? parts : read.instruments.slice(0, 1);
  if (!options.as && !all.some((part) => part.lawLike)) {
    throw new UsageError(
      `${basename(source.name)} does not read as an Act, Ordinance, rules or treaty (no enacting formula, number, short title or articles, and no sections printed with their headings): nothing was imported; if it is one, say which with --as`,
      { suggestions: [`If it is one, say which with --as: tip import ${basename(source.name)} --as <id>`] },
    );
  }
  return all.map((part, k) => {
    const next = all[k + 1]?.line ?? Infinity;
    const removed = read.removed.filter((r) => r.line >= (k === 0 ? 0 : part.line) && r.line < next);
    const plan = planOne(corpus, source, part, removed, options);
    if (k === 0) plan.warnings.push(...read.notes);
    if (all.length > 1) {
      plan.warnings.unshift(
        `${basename(source.name)} holds ${all.length} instruments; this is the ${ORDINAL[k] ?? `${k + 1}th`}, from line ${part.line}, read as its own`,
      );
    }
    return plan;
  });
}

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth'];
/** Past two garbled words in a hundred, a text is a bad OCR layer (clean code texts stay under one). */
const MAX_NOISE = 0.02;

function atMostMedium(confidence: Confidence): Confidence {
  return confidence === 'high' ? 'medium' : confidence;
}

function planOne(
  corpus: Corpus,
  source: SourceText,
  read: ReadInstrument,
  removed: Removed[],
  options: ImportOptions,
): ImportPlan {
  const warnings: string[] = [...(source.notices ?? [])];
  if (source.emptyPages?.length) {
    warnings.push(
      `pages ${source.emptyPages.join(', ')} have no text layer (scanned?): run OCR on them to import their text`,
    );
  }
  const { blocks: english, copies } = englishCopy(read.blocks);
  if (copies.length > 0 && !copies.some((c) => c.language === 'English')) {
    warnings.push(`no copy of the text is in English: imported the first (${copies[0]?.language})`);
  }
  const opening = read.opening;
  // A text layer that OCR garbled reads numbers, headings and titles wrong as often as words: nothing in it is high.
  const noise = garbledShare(english.map((b) => b.body).join('\n'));
  const ocr = noise > MAX_NOISE;
  const target = identify(corpus, { opening, blocks: english, file: basename(source.name), noisy: ocr }, options);
  if (target.described) warnings.push(...target.described.notes);
  const title = target.instrument?.title ?? target.described?.instrument.title ?? '';
  // The title printed as a heading ("# LANTERN KEEPERS ACT, 2019") opens the text: it and
  // what follows it (number, preamble, enacting formula) are not a section.
  const isTitle = (b: Block) => !b.number && b.heading !== undefined && headingSimilarity(b.heading, title) >= 0.75;
  const blocks = english.filter((b) => !isTitle(b));
  const preamble = [read.preamble, ...english.filter(isTitle).map((b) => b.body)].filter(Boolean).join('\n\n');
  if (ocr) {
    warnings.push(
      `${Math.round(noise * 100)}% of the words look garbled by OCR: no section is rated high; check the text against the source`,
    );
  }
  const base = {
    file: basename(source.name),
    format: source.format,
    sha256: source.sha256,
    removed,
    copies,
    contents: read.contents.length,
    ...(source.pageStarts ? { pageStarts: source.pageStarts } : {}),
    preamble,
    warnings,
    schedule: read.schedule,
  };
  // Provisions an earlier import brought are brought again from this text, not written on.
  const recorded = target.instrument?.provisions.filter((p) => !p.provenance.sources.includes(IMPORTED_SOURCE)) ?? [];
  if (target.instrument && recorded.length > 0) {
    const alignment = alignBlocks(target.instrument, blocks, read.contents);
    if (alignment.sections.length === 0)
      warnings.push(`no section of ${base.file} could be placed on ${target.instrument.short}`);
    const sections = ocr
      ? alignment.sections.map((s) => ({ ...s, confidence: atMostMedium(s.confidence) }))
      : alignment.sections;
    return { instrument: target.instrument.id, mode: 'attach', ...base, ...alignment, sections, provisions: [] };
  }
  const kind = target.instrument?.kind ?? target.described?.instrument.kind ?? 'act';
  const built = buildProvisions(kind, blocks, read.contents);
  if (built.provisions.length === 0) warnings.push(`no numbered section could be read from ${base.file}`);
  if (ocr) for (const p of built.provisions) p.confidence = atMostMedium(p.confidence);
  return {
    instrument: target.instrument?.id ?? target.described?.id ?? '',
    mode: target.instrument ? 'provisions' : 'new',
    ...(target.described ? { described: target.described.instrument } : {}),
    ...base,
    sections: [],
    provisions: built.provisions.map((p) => ({ ...p, line: built.lines.get(p.id) ?? 0 })),
    unplaced: built.unplaced,
    missing: [],
    split: [],
    checks: [],
    dropped: [],
    gaps: built.gaps,
  };
}

/** The lines (0-based) that open or close a page of a PDF: where its furniture sits. */
function pageEdges(source: SourceText): Set<number> {
  const edges = new Set<number>();
  if (!source.pageStarts) return edges;
  const lines = source.text.split('\n');
  source.pageStarts.forEach((start, p) => {
    const end = (source.pageStarts?.[p + 1] ?? lines.length + 1) - 1;
    const filled: number[] = [];
    for (let i = start - 1; i < end; i++) if ((lines[i] ?? '').trim()) filled.push(i);
    for (const i of [...filled.slice(0, 2), ...filled.slice(-2)]) edges.add(i);
  });
  return edges;
}

/** The file an import writes. `imported` is kept from an earlier import of the same bytes, so re-importing changes nothing. */
export function officialTextFile(plan: ImportPlan, imported: string): OfficialTextFile {
  return {
    format: 'tipkit-official-text',
    version: 1,
    text_of: plan.instrument,
    source: { file: plan.file, sha256: plan.sha256, format: plan.format, imported, importer: IMPORTER },
    ...(plan.described ? { instrument: plan.described } : {}),
    sections: plan.sections.map(({ id, placed, confidence, text }) => ({ id, placed, confidence, text })),
    ...(plan.mode === 'attach' ? {} : { provisions: plan.provisions.map(({ line: _line, ...p }) => p) }),
  };
}

/** HTML by its name or its first tag; Markdown by its name; anything else is read as plain text. */
function formatOf(name: string, text: string): Format {
  if (/\.x?html?$/i.test(name) || /^\s*<(!doctype html|html|body|h1|p)\b/i.test(text)) return 'html';
  return /\.(md|markdown)$/i.test(name) ? 'markdown' : 'text';
}

interface Target {
  instrument?: Instrument;
  described?: ReturnType<typeof describeText>;
}

/** Which instrument the text is: the one `--as` names, one of the corpus by title or number, or a new one. */
function identify(
  corpus: Corpus,
  text: { opening: string; blocks: readonly Block[]; file: string; noisy: boolean },
  options: ImportOptions,
): Target {
  const { opening } = text;
  const body = text.blocks.map((b) => b.body).join('\n');
  const parts = { opening, body, sections: text.blocks, file: text.file, noisy: text.noisy };
  const describe = (id: string | undefined, statute: Statute | undefined, again = false): Target => {
    const described = describeText(parts, {
      ...(id ? { id } : {}),
      ...(options.short ? { short: options.short } : {}),
      ...(statute ? { statute } : {}),
    });
    if (!described) {
      throw new UsageError('the text prints no title tipkit can read: say what it is with --as (and --short)', {
        suggestions: ['tip import act.txt --as bonded-labour-act-1992 --short BLSAA'],
      });
    }
    // Built again under its own id: that id is its own, not another's.
    const made = again ? described : distinct(corpus, described, options);
    options.claimed?.push({ id: made.id, ...made.instrument, imported: undefined });
    return { described: made };
  };
  // An instrument an earlier import built is built again from the new text, under its id.
  const again = (i: Instrument): Target => (i.imported ? describe(i.id, findStatute(i.id), true) : { instrument: i });
  if (options.as) {
    const known = named(corpus, options.as);
    if (known) return again(known);
    const statute = statuteNamed(options.as);
    if (statute) return describe(undefined, statute);
    const already = recognise(corpus, opening)[0];
    if (already) {
      throw new UsageError(
        `the text is of ${already.short} (${already.id}), which tipkit knows: leave out --as, or give --as ${already.short}`,
      );
    }
    // A new id: letters, digits and hyphens, short enough for a file name and a citation.
    if (options.as.length > MAX_ID) {
      throw new UsageError(`--as is ${options.as.length} characters long; an id has at most ${MAX_ID}`, {
        suggestions: ['tip import act.txt --as harbour-act-2021'],
      });
    }
    if (/^[a-z][a-z0-9-]*$/i.test(options.as)) return describe(options.as.toLowerCase(), undefined);
    throw new UsageError(
      `--as ${options.as} names no instrument tipkit knows; for a new one, give an id such as emigration-ordinance-1979`,
    );
  }
  // An amending Act names the Act it amends in its title: it is never taken for that Act.
  if (isAmending(parts)) return describe(undefined, undefined);
  const found = recognise(corpus, opening);
  if (found.length === 1 && found[0]) return again(found[0]);
  if (found.length > 1) {
    throw new UsageError(`the text could be ${found.map((i) => i.short).join(' or ')}: say which with --as`, {
      suggestions: [`Say which with --as, e.g. --as ${found[0]?.short ?? 'PTPA'}`],
    });
  }
  return describe(undefined, statuteTitled(opening));
}

/**
 * A new instrument's short name and id, distinct from every other instrument's: a short
 * name that is taken (PTPA for a Punjab Tenancy and Pasture Act) or an id another Act
 * already has (the same initials and year) would make citations ambiguous or replace the
 * other as if re-imported. Made distinct and said; refused where the user gave it.
 */
function distinct(corpus: Corpus, described: Described, options: ImportOptions): Described {
  // The same title under the same id is this instrument again (a re-import, or a second copy in one run).
  const others = [...corpus.instruments, ...(options.claimed ?? [])].filter(
    (i) => i.id !== described.id || compactKey(i.title) !== compactKey(described.instrument.title),
  );
  const names = new Map<string, (typeof others)[number]>();
  for (const i of others) for (const name of [i.id, stem(i.id), i.short, ...i.aliases]) names.set(compactKey(name), i);
  // An id answers to itself and to its stem ("ptpa-2029" to "ptpa"): neither may be another's name.
  const idHolder = (id: string) => others.find((i) => i.id === id) ?? names.get(compactKey(stem(id)));
  const notes: string[] = [];
  let { id } = described;
  const holder = idHolder(id);
  if (holder) {
    if (options.as && compactKey(options.as) === compactKey(id))
      throw new UsageError(`--as ${options.as} is a name of ${holder.short} (${holder.title}): give another id`);
    const base = slug(described.instrument.title);
    id = base;
    for (let n = 2; idHolder(id); n++) id = `${base}-${n}`;
    notes.push(`id ${described.id} would be taken for ${holder.short} (${holder.id}): this one is ${id}`);
  }
  let { short } = described.instrument;
  const shortHolder = names.get(compactKey(short));
  if (shortHolder) {
    if (options.short) {
      throw new UsageError(
        `--short ${options.short} is a name of ${shortHolder.short} (${shortHolder.id}): give another`,
      );
    }
    const { year } = described.instrument;
    const base = `${described.instrument.short}${year ? `-${year}` : ''}`;
    short = base;
    for (let n = 2; names.has(compactKey(short)); n++) short = `${base}-${n}`;
    notes.push(
      `short name ${described.instrument.short} is taken by ${shortHolder.short} (${shortHolder.id}): this one is ${short}; give --short to choose another`,
    );
  }
  if (notes.length === 0) return described;
  return { id, notes: [...described.notes, ...notes], instrument: { ...described.instrument, short } };
}

function stem(id: string): string {
  return id.replace(/-\d{4}$/, '');
}

/** The corpus instrument `as` names, if any; a provision is refused. */
function named(corpus: Corpus, as: string): Instrument | undefined {
  try {
    const resolution = new CitationResolver(corpus).resolve(as);
    if (resolution.provision) throw new UsageError(`--as takes an instrument, not a provision: ${as}`);
    return resolution.instrument;
  } catch (error) {
    if (error instanceof UsageError && error.message.startsWith('--as')) throw error;
    if (error instanceof TipError) return undefined;
    throw error;
  }
}

/** The instruments whose title a title line of the text's opening prints as its own, or whose official number it prints. */
function recognise(corpus: Corpus, start: string): Instrument[] {
  const opening = start.replace(/\s+/g, ' ').toLowerCase();
  const lines = start.split('\n').map((l) => compactKey(l.replace(/^#+/, '').replace(/^the\s+/i, '')));
  return corpus.instruments.filter((i) => {
    const number = i.official_number?.value;
    const title = compactKey(i.title.replace(/^the\s+/i, ''));
    const bare = compactKey(i.title.replace(/^the\s+/i, '').replace(/,?\s*\d{4}$/, ''));
    return (
      lines.some(
        (line) => line === title || line === bare || (line.startsWith(bare) && /^\d{4}$/.test(line.slice(bare.length))),
      ) ||
      (typeof number === 'string' && number !== 'unknown' && opening.includes(number.toLowerCase()))
    );
  });
}

/** A statute of tipkit's table named by id, short name or alias. */
function statuteNamed(as: string): Statute | undefined {
  const key = compactKey(as);
  return findStatute(as) ?? STATUTES.find((s) => [s.short, s.title, ...s.aliases].some((n) => compactKey(n) === key));
}

/** A statute of tipkit's table whose title a title line of the text prints. */
function statuteTitled(opening: string): Statute | undefined {
  const lines = opening
    .split('\n')
    .map((l) => compactKey(l.replace(/^#+/, '')))
    .filter(Boolean);
  return STATUTES.find((s) => {
    const title = compactKey(s.title.replace(/\s*\([^()]*\d{4}\)$/, ''));
    return lines.some((line) => line === title || line.startsWith(`the${title}`) || line.startsWith(title));
  });
}
