/**
 * Reading an official text as people have it: an OCR'd Gazette copy in Markdown or plain
 * text, a code-style text ("3. Heading.– (1) …"), a PDF's text layer, a treaty. Page
 * furniture is cleaned away and reported; a CONTENTS list is read as such; the numbered
 * lines that make a rising chain start sections; a second title block with its own
 * enacting formula starts a second instrument. Each instrument comes out as blocks, each
 * a candidate section with the number and heading the text still prints.
 */
import { removeFurniture, TRAILING_NOTE, type Removed } from './furniture.js';
import { listedUnder } from './headings.js';
import { numberKey, risingChain, type NumberedStart } from './sequence.js';
import { sectionStart, strength, type SectionStart, type StartForm } from './section-start.js';

export type { Removed } from './furniture.js';

/** A candidate section: the number and heading the text prints (either may be lost) and its body. */
export interface Block {
  /** 1-based line where the block starts. */
  line: number;
  number?: string;
  /** Set by the aligner where the number was not printed on the section but taken from the CONTENTS list. */
  numberFrom?: 'contents';
  heading?: string;
  /** How the start was printed: its shape, or a heading line with no number. */
  form: StartForm | 'heading' | 'article';
  /** The printed number had a footnote digit glued to its front, dropped to read it. */
  glued?: boolean;
  body: string;
}

/** A line of a CONTENTS list: the number and heading a section has, which its text may have lost. */
export interface ContentsEntry {
  line: number;
  number: string;
  heading: string;
}

/** One instrument of a file: most files hold one, a Gazette issue can hold several. */
export interface ReadInstrument {
  /** 1-based line where its title block starts. */
  line: number;
  /** Text before the first section: title, preamble, enacting formula. */
  preamble: string;
  /** The same, line by line as printed (at most a few thousand characters): where a title line is found. */
  opening: string;
  blocks: Block[];
  contents: ContentsEntry[];
  /** Lines of schedules and forms after the sections: read, not imported as sections. */
  schedule: number;
  /**
   * Whether the text reads as an instrument: an enacting formula, a number, a long title or
   * a short-title clause, articles, or sections printed with their dashes. A report that
   * lists things by number does not.
   */
  lawLike: boolean;
}

export interface ReadText {
  instruments: ReadInstrument[];
  removed: Removed[];
  /** Where reading stopped short, said in the report. */
  notes: string[];
}

/** "# Heading #": a Markdown heading. Read without a regex over the whole line, which a long run of "#" or spaces would make slow. */
const MARKDOWN_START = /^#{1,6}\s/;

/** A line without its Markdown heading marks, or as it is. */
function bareOf(line: string): string {
  const marks = MARKDOWN_START.exec(line);
  if (!marks) return line;
  let end = line.length;
  while (end > 0 && /[#\s]/.test(line[end - 1] ?? '')) end--;
  return line.slice(marks[0].length, Math.max(marks[0].length, end)).trim();
}
/** "Article 3", "Article 3. Use of terms", "ARTICLE 3 – Use of terms": a treaty article, its heading on the line or the next. */
const ARTICLE_WORD = '(?:Article|ARTICLE|Art\\.|Artículo|ARTÍCULO)\\s+(\\d{1,3}|premier|primero)';
const ARTICLE = new RegExp(`^${ARTICLE_WORD}(?:\\s*[.:–—-]\\s*(\\p{Lu}.{1,150}?))?\\s*\\.?$`, 'u');
/** "Article 12 Security of documents": run in, a short heading with no full stop. */
const ARTICLE_SPACED = new RegExp(`^${ARTICLE_WORD}\\s+(\\p{Lu}[^.;:]{1,120}?)\\s*$`, 'u');
/** "I General Provisions", "Chapter II. Protection of victims", "PART III": a chapter, kept out of the sections. */
const CHAPTER =
  /^(?:(?:Chapter|CHAPTER|Part|PART)[\s-]+(?:[IVXLC]+|\d{1,2})\b.{0,80}|(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.?\s+\p{Lu}[^.;:]{2,70})$/u;
const CONTENTS = /^(?:CONTENTS|ARRANGEMENT OF SECTIONS|TABLE OF CONTENTS|SECTIONS)\s*:?$/i;
/** "1. Short title", "1 Short title" (the list may drop the stop), "- 3. Heading". */
const CONTENTS_ENTRY = /^\s*(?:[-*\uF0B7•]\s+)?\[?(\d{1,4}[A-Z]{0,2})\s*\.?\s+(.{2,200}?)\s*\.?\s*$/u;
/** What follows the sections and is not one: a schedule, a form, an annexure, the statement of objects. */
const SCHEDULE =
  /^(?:(?:THE\s+)?(?:(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH)\s+)?SCHEDULES?\b.{0,60}|(?:The\s+)?(?:(?:First|Second|Third|Fourth|Fifth|Sixth)\s+)?Schedules?\b.{0,30}|STATEMENT OF OBJECTS AND REASONS.{0,20}|Statement of Objects and Reasons.{0,20}|ANNEX(?:URE)?\b.{0,40}|FORM\s+[A-Z0-9-]{1,8}\b.{0,40})$/;
/** What opens an instrument: its number, long title or enacting formula. */
const OPENING =
  /^\s*(?:\(?\s*(?:ACT|Act|ORDINANCE|Ordinance)\s+No\.?\s*[IVXLCDM\d]+\s+(?:OF|of)\s+\d{4}|An?\s+(?:Act|Ordinance|ACT|ORDINANCE)\s+(?:further\s+)?to\b)|\b(?:is hereby enacted|are hereby enacted|pleased to make and promulgate|In exercise of the powers conferred by)\b/;
/** Title lines and their kin before the first section: "# THE X ACT, 2019", "# (XLV of 1960)", "# [1st November, 1960]". */
const FRONT_MATTER =
  /(?:\b(?:ACT|ORDINANCE|RULES|REGULATIONS|CODE|Act|Ordinance|Rules|Regulations)\b.*\b\d{4}\b|^\(?[IVXLC]+\s+of\s+\d{4}\)?$|^\[?\d{1,2}\s*(?:st|nd|rd|th|ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ)?\s+\p{L}+,?\s+\d{4}\]?$|^(?:PREAMBLE|CONTENTS)\.?$)/u;
/** "(1)", "(a)", "1.", "a)" or a bullet: a paragraph of its own, even without a blank line before it. */
const PARAGRAPH_START =
  /^\s*(?:\((?:\d{1,3}|[\u0660-\u0669\u06F0-\u06F9]{1,3}|[a-z]{1,4}|الف|ب|ج|د)\)|(?:\d{1,3}|[a-z])[.)]\s|[-*•]\s)/u;
/** What closes an Act as printed: "BY ORDER OF THE SPEAKER", "(Signature)", "sd/-". */
const CLOSING = /^(?:BY ORDER OF THE\b.{0,60}|\(?Signature\)?|-?\s*sd\/-.{0,60})$/i;
/** "This Act may be called …": a section 1, not a line of a CONTENTS list. */
const SHORT_TITLE_CLAUSE = /\b(?:may|shall)\s+be\s+called\b/;
/** Past this many, a text is not one statute book: the rest is left unread rather than slow. */
const MAX_LINES = 400_000;

type Mark =
  | { kind: 'text' | 'blank' | 'contents' | 'chapter' | 'schedule' | 'end' }
  | { kind: 'start'; start: SectionStart }
  | { kind: 'article'; number: string; heading?: string }
  | { kind: 'heading'; heading: string };

/** Cleans a text and cuts it into instruments and blocks. */
export function readOfficialText(
  raw: string,
  furniture: readonly Removed[] = [],
  pageEdges: ReadonlySet<number> = new Set(),
): ReadText {
  const all = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n');
  const notes =
    all.length > MAX_LINES
      ? [`the text has ${all.length} lines; read the first ${MAX_LINES}, no statute is longer`]
      : [];
  const lines = all.slice(0, MAX_LINES);
  const cleaned = removeFurniture(lines, pageEdges);
  const { removed } = cleaned;
  removed.push(...furniture);
  const { lines: kept, origin } = unglue(cleaned.kept);
  const marks = markLines(kept, removed, origin);
  // The signature block closes an Act: what follows it, until another Act opens, is not its text.
  const at = new Map(origin.map((line, i) => [line, i]));
  for (const r of removed) {
    const i = at.get(r.line - 1);
    if (r.why === 'signature' && i !== undefined) marks[i] = { kind: 'end' };
  }
  markContents(kept, marks);
  const instruments = cutInstruments(kept, marks).map((part) => readInstrument(kept, marks, part, origin, removed));
  return { instruments, removed: removed.sort((a, b) => a.line - b.line), notes };
}

function markLines(lines: readonly string[], removed: Removed[], origin: readonly number[]): Mark[] {
  const bare = lines.map((line) => bareOf(line).trim());
  const treaty = bare.filter((line) => ARTICLE.test(line)).length >= 2;
  return lines.map((line, i): Mark => {
    const text = bare[i] as string;
    if (text === '') return { kind: 'blank' };
    const markdown = MARKDOWN_START.test(line);
    if (CONTENTS.test(text)) return { kind: 'contents' };
    const article = ARTICLE.exec(text) ?? (treaty && text.length < 130 ? ARTICLE_SPACED.exec(text) : null);
    if (article) {
      const number = /^\d/.test(article[1] ?? '') ? (article[1] as string) : '1';
      return { kind: 'article', number, ...(article[2] ? { heading: tidy(article[2]) } : {}) };
    }
    const alone = (lines[i - 1] ?? '').trim() === '' || markdown;
    // "CHAPTER IV - Restrictions …" in capitals opens a chapter wherever it sits; "Chapter II" only on its own.
    if (CHAPTER.test(text) && (alone || /^(?:CHAPTER|PART)[\s-]/.test(text))) {
      removed.push({ line: (origin[i] ?? i) + 1, text: line, why: 'chapter heading' });
      return { kind: 'chapter' };
    }
    if (SCHEDULE.test(text) && alone && text.length < 80) return { kind: 'schedule' };
    if (CLOSING.test(text) && (alone || /^BY ORDER OF THE\b/.test(text))) return { kind: 'end' };
    if (!treaty) {
      const start = sectionStart(bare, i, markdown);
      if (start) return { kind: 'start', start };
    }
    // A Markdown heading of words is a heading; "# 375A" or "# (i)" is text OCR set as one.
    return markdown && /\p{L}{4,}/u.test(text) ? { kind: 'heading', heading: tidy(text) } : { kind: 'text' };
  });
}

/** Marks the CONTENTS lists: after a CONTENTS line, the entries until the numbering starts again or the text goes on. */
function markContents(lines: readonly string[], marks: Mark[]): void {
  let entries = 0;
  // The CONTENTS lines themselves, found before any entry is marked.
  const headings = marks.flatMap((mark, i) => (mark.kind === 'contents' ? [i] : []));
  const headingLines = new Set(headings);
  for (const i of headings) {
    let last = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const kind = marks[j]?.kind;
      // Another CONTENTS line starts its own list: each line is looked at once.
      if (headingLines.has(j)) break;
      if (kind === 'blank' || kind === 'chapter' || kind === 'contents') continue;
      const text = bareOf(lines[j] ?? '').trim();
      const entry = CONTENTS_ENTRY.exec(text);
      const number = entry?.[1];
      if (!entry || !number || /\b(?:shall|may be)\b/.test(text) || OPENING.test(text)) {
        // "PREAMBLE." and other short headings inside the list are passed over; an entry's
        // heading that runs onto the next line goes on there.
        const runsOn = marks[j - 1]?.kind === 'contents' && !/[.]$/.test((lines[j - 1] ?? '').trim());
        if ((text.length < 40 || runsOn) && !OPENING.test(text) && !SCHEDULE.test(text)) {
          marks[j] = { kind: 'contents' };
          continue;
        }
        break;
      }
      const value = Number.parseInt(number, 10);
      if (value < last || (value === last && !/[A-Z]$/.test(number))) break;
      last = value;
      entries++;
      marks[j] = { kind: 'contents' };
    }
  }
  // A list with no CONTENTS line: three or more numbered headings in a row with no text between, before the same numbers start again.
  if (entries === 0) markUnmarkedContents(marks);
}

function markUnmarkedContents(marks: Mark[]): void {
  const starts = marks.flatMap((m, i) => (m.kind === 'start' ? [{ i, start: m.start }] : []));
  const first = starts[0];
  if (!first || first.start.number !== '1') return;
  let run = 1;
  while (run < starts.length) {
    const [previous, next] = [starts[run - 1], starts[run]];
    if (!previous || !next || next.start.number === '1') break;
    const between = marks.slice(previous.i + previous.start.lines, next.i);
    if (between.some((m) => m.kind !== 'blank') || previous.start.rest.length > 60) break;
    // An entry of a list of contents is a heading: a line that says "shall" or names the Act is a section.
    if (/\b(?:shall|may)\b/.test(`${previous.start.heading ?? ''} ${previous.start.rest}`)) break;
    run++;
  }
  if (run < 3 || starts[run]?.start.number !== '1') return;
  for (const { i } of starts.slice(0, run)) marks[i] = { kind: 'contents' };
}

interface Part {
  from: number;
  to: number;
}

/**
 * Where the file holds more than one instrument: an opening (an "ACT No." line, a long
 * title, an enacting formula) after sections have begun, followed by a section 1 again.
 */
function cutInstruments(lines: readonly string[], marks: readonly Mark[]): Part[] {
  const parts: Part[] = [];
  let from = 0;
  /** Sections with text read since the last cut: a CONTENTS list has none. */
  let sections = 0;
  let started = false;
  let opening = -1;
  /** Whether the part being read opened as an instrument does: a list of contents before one does not. */
  let opened = false;
  marks.forEach((mark, i) => {
    if (mark.kind === 'start' || mark.kind === 'article') {
      const number = mark.kind === 'start' ? mark.start.number : mark.number;
      if (number === '1' && opening >= 0 && sections >= 2 && opened) {
        const cut = titleStart(lines, marks, opening, from);
        parts.push({ from, to: cut });
        from = cut;
        sections = 0;
        opened = false;
      }
      if (opening >= 0) opened = true;
      opening = -1;
      if (mark.kind === 'start' && SHORT_TITLE_CLAUSE.test(mark.start.rest)) opened = true;
      if (mark.kind === 'start' && mark.start.rest.length > 20) sections++;
      else started = true;
    } else if (mark.kind === 'text' || mark.kind === 'heading') {
      // An Act whose opening pages are lost still names itself in its first section.
      if (SHORT_TITLE_CLAUSE.test(lines[i] ?? '')) opened = true;
      if (opening < 0 && opens(lines[i])) opening = i;
      else if (started && opening < 0) {
        sections++;
        started = false;
      }
    }
  });
  parts.push({ from, to: lines.length });
  return parts;
}

/** The title block above an opening: the short lines just before it (title, number, date). */
function titleStart(lines: readonly string[], marks: readonly Mark[], opening: number, floor: number): number {
  let at = opening;
  for (let i = opening - 1; i > floor && opening - i <= 8; i--) {
    const text = (lines[i] ?? '').trim();
    if (marks[i]?.kind === 'start') break;
    if (text === '' || (text.length <= 120 && !/[.;:]$/.test(text.replace(/\]$/, '')))) at = text === '' ? at : i;
    else break;
  }
  return at;
}

function readInstrument(
  lines: readonly string[],
  marks: readonly Mark[],
  part: Part,
  origin: readonly number[],
  notes: Removed[],
): ReadInstrument {
  const layout = layoutOf(lines, marks, part, origin);
  const reader = new BlockReader(origin, notes);
  for (let i = part.from; i < part.to; i++) i = reader.read(i, lines, marks, layout);
  const { blocks, preamble, schedule } = reader.done();
  const opening = preamble
    .filter((l) => l.trim())
    .join('\n')
    .slice(0, 4000);
  const strong = blocks.filter((b) => b.form === 'dash' || b.form === 'bracket' || b.form === 'urdu').length;
  const lawLike =
    layout.lastOpening >= 0 ||
    layout.enacted > part.from ||
    layout.treaty ||
    strong >= 3 ||
    blocks.some((b) => SHORT_TITLE_CLAUSE.test(b.body));
  return {
    line: (origin[part.from] ?? part.from) + 1,
    preamble: paragraphs(preamble),
    opening,
    blocks,
    contents: layout.contents,
    schedule,
    lawLike,
  };
}

/** Where an instrument's sections are: what reading its lines in order needs to know first. */
interface Layout {
  /** The line of the enacting formula (numbered lines before it are not the Act's sections). */
  enacted: number;
  /** Where the signature closes the Act: what follows is schedules and forms. */
  closed: number;
  contents: ContentsEntry[];
  listed: Set<string>;
  /** The number each start of the rising chain of sections is read as, by line. */
  chain: Map<number, Reading>;
  lastNumbered: number;
  /** A treaty's headings between articles are chapters and article headings, never sections. */
  treaty: boolean;
  lastOpening: number;
}

function layoutOf(lines: readonly string[], marks: readonly Mark[], part: Part, origin: readonly number[]): Layout {
  // Numbered lines before the enacting formula (a report's lists around an Act it prints)
  // are not the Act's sections, where the Act's own section 1 follows the formula.
  const enacted = enactedFrom(lines, marks, part);
  const { starts, closed } = sectionStarts(marks, part, enacted);
  const contents = [...contentsIn(lines, marks, part, origin)];
  const listed = new Set(contents.map((c) => c.number));
  const readings = starts.flatMap(({ i, start }, k) =>
    readingsOf(i, start, hasText(marks, i + start.lines, starts[k + 1]?.i ?? part.to)),
  );
  const chain = new Map(
    risingChain(readings, listed).map((k) => {
      const reading = readings[k] as Reading;
      return [reading.line, reading] as const;
    }),
  );
  // Loops, not spreads: a text of a hundred thousand articles would overflow the call stack.
  const articles = articleLines(marks, part);
  let firstNumbered = part.to;
  let lastNumbered = -1;
  for (const line of [...chain.keys(), ...articles]) firstNumbered = Math.min(firstNumbered, line);
  for (const line of chain.keys()) lastNumbered = Math.max(lastNumbered, line);
  const lastOpening = lastOpeningBefore(lines, marks, part.from, firstNumbered);
  return { enacted, closed, contents, listed, chain, lastNumbered, treaty: articles.length > 0, lastOpening };
}

/** The section starts after the enacting formula, and the line of the signature that closes the Act. */
function sectionStarts(
  marks: readonly Mark[],
  part: Part,
  enacted: number,
): { starts: { i: number; start: SectionStart }[]; closed: number } {
  const starts: { i: number; start: SectionStart }[] = [];
  let closed = part.to;
  for (let i = enacted; i < part.to; i++) {
    const mark = marks[i];
    if (mark?.kind === 'start') starts.push({ i, start: mark.start });
    else if (mark?.kind === 'end' && starts.length > 0 && closed === part.to) closed = i;
  }
  // A "Secretary." inside the text is not the signature that closes the Act: a section
  // printed with its heading and dash after it says the Act goes on.
  if (
    closed < part.to &&
    starts.some(({ i, start }) => i > closed && (start.form === 'dash' || start.form === 'bracket'))
  )
    closed = part.to;
  const afterClose = starts.findIndex(({ i }) => i > closed);
  if (closed < part.to && afterClose >= 0) starts.length = afterClose;
  return { starts, closed };
}

/**
 * Reads an instrument's lines in order into blocks: each section from its start (or its
 * heading, where OCR lost the number) to the next; the text before the first is the
 * preamble; schedules, forms and part titles are counted or noted, not kept as text.
 */
class BlockReader {
  private readonly blocks: Block[] = [];
  private readonly preamble: string[] = [];
  private schedule = 0;
  private current: { block: Block; body: string[] } | undefined;
  private inSchedule = false;
  private wantsHeading = false;

  constructor(
    private readonly origin: readonly number[],
    private readonly notes: Removed[],
  ) {}

  /** Reads line `i`; returns the last line it took (a start may take several). */
  read(i: number, lines: readonly string[], marks: readonly Mark[], layout: Layout): number {
    const mark = marks[i] as Mark;
    const text = lines[i] ?? '';
    if (mark.kind === 'contents' || mark.kind === 'chapter') return i;
    if (i >= layout.closed) {
      if (mark.kind !== 'blank') this.schedule++;
      return i;
    }
    if (this.wantsHeading && mark.kind !== 'blank' && this.tookHeading(text)) return i;
    if (mark.kind === 'article') {
      this.begin(i, { number: mark.number, form: 'article', ...(mark.heading ? { heading: mark.heading } : {}) }, '');
      this.wantsHeading = !mark.heading;
      return i;
    }
    // A list numbered from 1 again after the last section: a schedule, form or statement, not the section's text.
    if (mark.kind === 'start' && i > layout.lastNumbered && layout.lastNumbered >= 0 && mark.start.number === '1') {
      this.inSchedule = true;
    }
    const reading = mark.kind === 'start' ? layout.chain.get(i) : undefined;
    if (mark.kind === 'start' && reading) {
      const { start } = mark;
      const block = {
        number: reading.number,
        form: start.form,
        ...(start.heading ? { heading: start.heading } : {}),
        ...(reading.glued ? { glued: true } : {}),
      };
      this.begin(i, block, start.rest);
      return i + start.lines - 1;
    }
    if (mark.kind === 'schedule' && this.current) {
      this.inSchedule = true;
      this.schedule++;
      return i;
    }
    // A heading with no number after the enacting formula: a section whose number OCR lost,
    // where the numbers around it leave room for one (else a note in the margin, kept as text).
    if (
      mark.kind === 'heading' &&
      !layout.treaty &&
      i > layout.lastOpening &&
      !FRONT_MATTER.test(mark.heading) &&
      roomAt(i, layout.chain, layout.listed, mark.heading, layout.contents)
    ) {
      this.begin(i, { heading: mark.heading, form: 'heading' }, '');
      return i;
    }
    this.readText(i, lines, mark, text);
    return i;
  }

  done(): { blocks: Block[]; preamble: string[]; schedule: number } {
    if (this.current) this.blocks.push(finish(this.current, this.notes));
    this.current = undefined;
    return { blocks: this.blocks, preamble: this.preamble, schedule: this.schedule };
  }

  /** The line after an article's number, when it reads as the article's heading. */
  private tookHeading(text: string): boolean {
    this.wantsHeading = false;
    const heading = bareOf(text).trim();
    if (!this.current || heading.length > 150 || PARAGRAPH_START.test(heading) || /[.;:,]$/.test(heading)) {
      return false;
    }
    this.current.block.heading = tidy(heading);
    return true;
  }

  /** A line of text: a schedule's, a part title, a section's body, or the preamble. */
  private readText(i: number, lines: readonly string[], mark: Mark, text: string): void {
    if (this.inSchedule) {
      if (mark.kind !== 'blank') this.schedule++;
      return;
    }
    // A title in capitals on a line of its own between sections ("MARRIAGE OF NATIVE
    // CHRISTIANS") heads a part of the Act: it is not the text of the section before it.
    if (this.current && (mark.kind === 'text' || mark.kind === 'heading') && partTitle(lines, i)) {
      this.notes.push({ line: (this.origin[i] ?? i) + 1, text, why: 'chapter heading' });
      return;
    }
    if (this.current) this.current.body.push(mark.kind === 'start' || mark.kind === 'heading' ? bareOf(text) : text);
    else this.preamble.push(text);
  }

  private begin(i: number, block: Omit<Block, 'body' | 'line'>, first: string): void {
    if (this.current) this.blocks.push(finish(this.current, this.notes));
    this.inSchedule = false;
    this.current = { block: { line: (this.origin[i] ?? i) + 1, ...block, body: '' }, body: first ? [first] : [] };
  }
}

interface Reading extends NumberedStart {
  /** Read with the footnote digit that OCR glued to its front dropped ("14." for s.4). */
  glued?: boolean;
}

/**
 * A start's number as printed, and, for a number of two digits or more, without a leading
 * digit a footnote marker may have glued on. "3. (1) The Government shall …" is a section
 * whatever its heading; a numbered line with no text under it is a list's item.
 */
function readingsOf(line: number, start: SectionStart, text: boolean): Reading[] {
  const opensSubsection = /^\(1\)\s*\S/.test(start.rest);
  const weight = opensSubsection
    ? 2.5
    : text || start.rest.length > 15
      ? strength(start.form)
      : strength(start.form) * 0.25;
  const readings: Reading[] = [{ line, number: start.number, weight }];
  const digits = /^\d+/.exec(start.number)?.[0] ?? '';
  for (let cut = 1; cut <= Math.min(2, digits.length - 1); cut++) {
    const number = start.number.slice(cut);
    if (/^[1-9]/.test(number)) readings.push({ line, number, weight: weight - 1.5, glued: true });
  }
  return readings;
}

/**
 * Whether a heading with no number at line `at` can be a section: the numbered sections
 * around it leave a number free, or the CONTENTS list gives its heading.
 */
function roomAt(
  at: number,
  chain: ReadonlyMap<number, Reading>,
  listed: ReadonlySet<string>,
  heading: string,
  contents: readonly ContentsEntry[],
): boolean {
  if (listedUnder(contents, heading, 0.75)) return true;
  if (chain.size === 0) return listed.size === 0;
  let before: Reading | undefined;
  let after: Reading | undefined;
  for (const [line, reading] of chain) {
    if (line < at) before = reading;
    else if (!after) after = reading;
  }
  const value = (r: Reading | undefined) => (r ? Math.floor(numberKey(r.number) / 1000) : undefined);
  const [lo, hi] = [value(before), value(after)];
  if (lo === undefined) return (hi ?? 2) > 1;
  if (hi === undefined) return true;
  return hi - lo >= 2;
}

function contentsIn(
  lines: readonly string[],
  marks: readonly Mark[],
  part: Part,
  origin: readonly number[],
): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (let i = part.from; i < part.to; i++) {
    if (marks[i]?.kind !== 'contents') continue;
    const text = bareOf(lines[i] ?? '').trim();
    const entry = CONTENTS_ENTRY.exec(text) ?? /^\s*(\d{1,4}[A-Z]{0,2})\s*\.\s*(.+)$/.exec(text);
    if (entry?.[1]) entries.push({ line: (origin[i] ?? i) + 1, number: entry[1], heading: tidy(entry[2] ?? '') });
  }
  return entries;
}

/** Where the instrument's sections can start: its first opening line that a section 1 follows closely, or the part's start. */
function enactedFrom(lines: readonly string[], marks: readonly Mark[], part: Part): number {
  let opening = -1;
  for (let i = part.from; i < part.to; i++) {
    const mark = marks[i];
    if ((mark?.kind === 'text' || mark?.kind === 'heading') && opens(lines[i])) {
      if (opening < 0) opening = i;
    } else if (mark?.kind === 'start' && opening >= 0 && i - opening <= 40 && mark.start.number === '1') return opening;
    else if (mark?.kind === 'start' && opening >= 0 && i - opening > 40) opening = -1;
  }
  return part.from;
}

/** A line of capitals alone (a blank line or a heading mark around it), of words, not a title with its year. */
function partTitle(lines: readonly string[], i: number): boolean {
  const text = bareOf(lines[i] ?? '').trim();
  const alone =
    MARKDOWN_START.test(lines[i] ?? '') || ((lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '');
  return (
    alone &&
    text.length <= 80 &&
    /^\p{Lu}[\p{Lu}\s,'’&-]+$/u.test(text) &&
    /\p{Lu}{3,}\s+\p{Lu}{2,}/u.test(text) &&
    !FRONT_MATTER.test(text)
  );
}

/** Whether any line of text lies between `from` and `to`. */
function hasText(marks: readonly Mark[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (marks[i]?.kind === 'text') return true;
  return false;
}

function articleLines(marks: readonly Mark[], part: Part): number[] {
  const found: number[] = [];
  for (let i = part.from; i < part.to; i++) if (marks[i]?.kind === 'article') found.push(i);
  return found;
}

/** The last line before `end` that opens the instrument (its number, long title or enacting formula), or -1. */
function lastOpeningBefore(lines: readonly string[], marks: readonly Mark[], from: number, end: number): number {
  let last = -1;
  for (let i = from; i < end; i++) {
    const kind = marks[i]?.kind;
    if ((kind === 'text' || kind === 'heading') && opens(lines[i])) last = i;
  }
  return last;
}

/**
 * "… shall be punished. 6. Non-punishment of victims.— Notwithstanding …": a section start
 * that OCR ran into the paragraph before it, put back on a line of its own (the number,
 * a heading of two words or more, its dash). `origin` keeps each line's place in the file.
 */
const GLUED =
  /([.;:”"’)]\s+)(\d{1,4}[A-Z]?\.\s*(?!Provided|Explanation|Illustration)\p{Lu}\p{Ll}*\s+[^.—–―\n]{2,120}?[.,:]?\s*(?:[—–―]|-{1,2}\s))/u;

function unglue(lines: readonly string[]): { lines: string[]; origin: number[] } {
  const out: string[] = [];
  const origin: number[] = [];
  lines.forEach((line, i) => {
    let rest = line;
    let match: RegExpExecArray | null;
    // A long line only: a start alone on its line needs no help.
    while (rest.length > 60 && (match = GLUED.exec(rest)) && match.index > 0) {
      const cut = match.index + (match[1]?.length ?? 0);
      out.push(rest.slice(0, cut).trimEnd());
      origin.push(i);
      rest = rest.slice(cut);
    }
    out.push(rest);
    origin.push(i);
  });
  return { lines: out, origin };
}

/** Whether a line opens an instrument (its number, long title or enacting formula), a Markdown heading or not. */
function opens(line: string | undefined): boolean {
  return OPENING.test(bareOf(line ?? '').trim());
}

/** A block's text: its paragraphs, less the editors' notes that follow its first (listed as removed). */
function finish({ block, body }: { block: Block; body: string[] }, removed: Removed[]): Block {
  const kept = paragraphs(body)
    .split('\n\n')
    .filter((paragraph, k) => {
      const note = k > 0 && TRAILING_NOTE.test(paragraph) && !/\bshall\b/.test(paragraph);
      if (note) removed.push({ line: block.line, text: paragraph, why: 'footnote' });
      return !note;
    });
  return { ...block, body: kept.join('\n\n') };
}

/** Lines joined into paragraphs: OCR breaks lines anywhere, a blank line ends a paragraph. */
export function paragraphs(lines: readonly string[]): string {
  // A sub-section "(1)" or a list item starts its own paragraph even without a blank line.
  return lines
    .map((line) => (PARAGRAPH_START.test(line) ? `\n${line}` : line))
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .join(' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

function tidy(heading: string): string {
  return heading
    .replace(/[.:–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
