/**
 * Reading an official text as people have it: an OCR'd Gazette copy in Markdown or plain
 * text, a code-style text ("3. Heading.– (1) …"), a PDF's text layer, a treaty. Page
 * furniture is cleaned away and reported; a CONTENTS list is read as such; the numbered
 * lines that make a rising chain start sections; a second title block with its own
 * enacting formula starts a second instrument. Each instrument comes out as blocks, each
 * a candidate section with the number and heading the text still prints.
 */
import { removeFurniture, type Removed } from './furniture.js';
import { risingChain } from './sequence.js';
import { sectionStart, strength, type SectionStart, type StartForm } from './section-start.js';

export type { Removed } from './furniture.js';

/** A candidate section: the number and heading the text prints (either may be lost) and its body. */
export interface Block {
  /** 1-based line where the block starts. */
  line: number;
  number?: string;
  /** Set where the number was not printed on the section but taken from the CONTENTS list. */
  numberFrom?: 'contents';
  heading?: string;
  /** How the start was printed: its shape, or a heading line with no number. */
  form: StartForm | 'heading' | 'article';
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
}

export interface ReadText {
  instruments: ReadInstrument[];
  removed: Removed[];
}

const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
/** "Article 3", "Article 3. Use of terms", "ARTICLE 3 – Use of terms": a treaty article, its heading on the line or the next. */
const ARTICLE_WORD = '(?:Article|ARTICLE|Art\\.|Artículo|ARTÍCULO)\\s+(\\d{1,3}|premier|primero)';
const ARTICLE = new RegExp(`^${ARTICLE_WORD}(?:\\s*[.:–—-]\\s*(\\p{Lu}.{1,150}?))?\\s*\\.?$`, 'u');
/** "Article 12 Security of documents": run in, a short heading with no full stop. */
const ARTICLE_SPACED = new RegExp(`^${ARTICLE_WORD}\\s+(\\p{Lu}[^.;:]{1,120}?)\\s*$`, 'u');
/** "I General Provisions", "Chapter II. Protection of victims", "PART III": a chapter, kept out of the sections. */
const CHAPTER =
  /^(?:(?:Chapter|CHAPTER|Part|PART)\s+(?:[IVXLC]+|\d{1,2})\b.{0,80}|(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.?\s+\p{Lu}[^.;:]{2,70})$/u;
const CONTENTS = /^(?:CONTENTS|ARRANGEMENT OF SECTIONS|TABLE OF CONTENTS|SECTIONS)\s*:?$/i;
/** "1. Short title", "1 Short title" (the list may drop the stop), "- 3. Heading". */
const CONTENTS_ENTRY = /^\s*(?:[-*\uF0B7•]\s+)?\[?(\d{1,4}[A-Z]{0,2})\s*\.?\s+(.{2,200}?)\s*\.?\s*$/u;
/** What follows the sections and is not one: a schedule, a form, an annexure, the statement of objects. */
const SCHEDULE =
  /^(?:(?:THE\s+)?(?:(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH)\s+)?SCHEDULES?\b.{0,60}|STATEMENT OF OBJECTS AND REASONS.{0,20}|Statement of Objects and Reasons.{0,20}|ANNEX(?:URE)?\b.{0,40}|FORM\s+[A-Z0-9-]{1,8}\b.{0,40})$/;
/** What opens an instrument: its number, long title or enacting formula. */
const OPENING =
  /^\s*(?:\(?\s*(?:ACT|Act|ORDINANCE|Ordinance)\s+No\.?\s*[IVXLCDM\d]+\s+(?:OF|of)\s+\d{4}|An?\s+(?:Act|Ordinance|ACT|ORDINANCE)\s+(?:further\s+)?to\b)|\b(?:is hereby enacted|are hereby enacted|pleased to make and promulgate|In exercise of the powers conferred by)\b/;
/** Title lines and their kin before the first section: "# THE X ACT, 2019", "# (XLV of 1960)", "# [1st November, 1960]". */
const FRONT_MATTER =
  /(?:\b(?:ACT|ORDINANCE|RULES|REGULATIONS|CODE|Act|Ordinance|Rules|Regulations)\b.*\b\d{4}\b|^\(?[IVXLC]+\s+of\s+\d{4}\)?$|^\[?\d{1,2}\s*(?:st|nd|rd|th|ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ)?\s+\p{L}+,?\s+\d{4}\]?$|^(?:PREAMBLE|CONTENTS)\.?$)/u;
/** "(1)", "(a)", "1.", "a)" or a bullet: a paragraph of its own, even without a blank line before it. */
const PARAGRAPH_START =
  /^\s*(?:\((?:\d{1,3}|[\u0660-\u0669\u06F0-\u06F9]{1,3}|[a-z]{1,4}|الف|ب|ج|د)\)|(?:\d{1,3}|[a-z])[.)]\s|[-*•]\s)/u;
/** Past this many, a text is not one statute book: the rest is left unread rather than slow. */
const MAX_LINES = 400_000;

type Mark =
  | { kind: 'text' | 'blank' | 'contents' | 'chapter' | 'schedule' }
  | { kind: 'start'; start: SectionStart }
  | { kind: 'article'; number: string; heading?: string }
  | { kind: 'heading'; heading: string };

/** Cleans a text and cuts it into instruments and blocks. */
export function readOfficialText(
  raw: string,
  furniture: readonly Removed[] = [],
  pageEdges: ReadonlySet<number> = new Set(),
): ReadText {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .slice(0, MAX_LINES);
  const { kept, removed } = removeFurniture(lines, pageEdges);
  removed.push(...furniture);
  const marks = markLines(kept, removed);
  markContents(kept, marks);
  const instruments = cutInstruments(kept, marks).map((part) => readInstrument(kept, marks, part));
  return { instruments, removed: removed.sort((a, b) => a.line - b.line) };
}

function markLines(lines: readonly string[], removed: Removed[]): Mark[] {
  const bare = lines.map((line) => (MARKDOWN_HEADING.exec(line)?.[1] ?? line).trim());
  const treaty = bare.filter((line) => ARTICLE.test(line)).length >= 2;
  return lines.map((line, i): Mark => {
    const text = bare[i] as string;
    if (text === '') return { kind: 'blank' };
    const markdown = MARKDOWN_HEADING.test(line);
    if (CONTENTS.test(text)) return { kind: 'contents' };
    const article = ARTICLE.exec(text) ?? (treaty && text.length < 130 ? ARTICLE_SPACED.exec(text) : null);
    if (article) {
      const number = /^\d/.test(article[1] ?? '') ? (article[1] as string) : '1';
      return { kind: 'article', number, ...(article[2] ? { heading: tidy(article[2]) } : {}) };
    }
    const alone = (lines[i - 1] ?? '').trim() === '' || markdown;
    if (CHAPTER.test(text) && alone) {
      removed.push({ line: i + 1, text: line, why: 'chapter heading' });
      return { kind: 'chapter' };
    }
    if (SCHEDULE.test(text) && alone && text.length < 80) return { kind: 'schedule' };
    if (!treaty) {
      const start = sectionStart(bare, i, markdown);
      if (start) return { kind: 'start', start };
    }
    return markdown ? { kind: 'heading', heading: tidy(text) } : { kind: 'text' };
  });
}

/** Marks the CONTENTS lists: after a CONTENTS line, the entries until the numbering starts again or the text goes on. */
function markContents(lines: readonly string[], marks: Mark[]): void {
  let entries = 0;
  marks.forEach((mark, i) => {
    if (mark.kind !== 'contents') return;
    let last = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const kind = marks[j]?.kind;
      if (kind === 'blank' || kind === 'chapter' || kind === 'contents') continue;
      const text = (MARKDOWN_HEADING.exec(lines[j] ?? '')?.[1] ?? lines[j] ?? '').trim();
      const entry = CONTENTS_ENTRY.exec(text);
      const number = entry?.[1];
      if (!entry || !number || /\b(?:shall|may be)\b/.test(text) || OPENING.test(text)) {
        // "PREAMBLE." and other short headings inside the list are passed over.
        if (text.length < 40 && !OPENING.test(text) && /^[\p{Lu}[(]/u.test(text)) continue;
        break;
      }
      const value = Number.parseInt(number, 10);
      if (value < last || (value === last && !/[A-Z]$/.test(number))) break;
      last = value;
      entries++;
      marks[j] = { kind: 'contents' };
    }
  });
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
  let sections = 0;
  let opening = -1;
  marks.forEach((mark, i) => {
    if (mark.kind === 'start' || mark.kind === 'article') {
      const number = mark.kind === 'start' ? mark.start.number : mark.number;
      if (number === '1' && opening >= 0 && sections >= 2) {
        const cut = titleStart(lines, marks, opening, from);
        parts.push({ from, to: cut });
        from = cut;
        sections = 0;
      }
      opening = -1;
      sections++;
    } else if (mark.kind === 'text' || mark.kind === 'heading') {
      if (opening < 0 && OPENING.test(lines[i] ?? '')) opening = i;
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

function readInstrument(lines: readonly string[], marks: readonly Mark[], part: Part): ReadInstrument {
  const contents: ContentsEntry[] = [];
  const starts: { i: number; start: SectionStart }[] = [];
  for (let i = part.from; i < part.to; i++) {
    const mark = marks[i];
    if (mark?.kind === 'start') starts.push({ i, start: mark.start });
  }
  for (const entry of contentsIn(lines, marks, part)) contents.push(entry);
  const listed = new Set(contents.map((c) => c.number));
  const chain = new Set(
    risingChain(
      starts.map(({ start }) => ({ number: start.number, weight: strength(start.form) })),
      listed,
    ).map((k) => starts[k]?.i as number),
  );
  const firstNumbered = Math.min(...[...chain, ...articleLines(marks, part)], part.to);
  const lastOpening = lastOpeningBefore(lines, marks, part.from, firstNumbered);

  const blocks: Block[] = [];
  const preamble: string[] = [];
  let schedule = 0;
  let current: { block: Block; body: string[] } | undefined;
  let inSchedule = false;
  const begin = (i: number, block: Omit<Block, 'body' | 'line'>, first: string): void => {
    if (current) blocks.push(finish(current));
    inSchedule = false;
    current = { block: { line: i + 1, ...block, body: '' }, body: first ? [first] : [] };
  };
  let wantsHeading = false;
  for (let i = part.from; i < part.to; i++) {
    const mark = marks[i] as Mark;
    const text = lines[i] ?? '';
    if (mark.kind === 'contents' || mark.kind === 'chapter') continue;
    if (wantsHeading && mark.kind !== 'blank') {
      wantsHeading = false;
      const heading = (MARKDOWN_HEADING.exec(text)?.[1] ?? text).trim();
      if (current && heading.length <= 150 && !PARAGRAPH_START.test(heading) && !/[.;:,]$/.test(heading)) {
        current.block.heading = tidy(heading);
        continue;
      }
    }
    if (mark.kind === 'article') {
      begin(i, { number: mark.number, form: 'article', ...(mark.heading ? { heading: mark.heading } : {}) }, '');
      wantsHeading = !mark.heading;
      continue;
    }
    if (mark.kind === 'start' && chain.has(i)) {
      const { start } = mark;
      begin(i, { number: start.number, form: start.form, ...(start.heading ? { heading: start.heading } : {}) }, start.rest);
      i += start.lines - 1;
      continue;
    }
    if (mark.kind === 'schedule' && current) {
      inSchedule = true;
      schedule++;
      continue;
    }
    // A heading with no number after the enacting formula: a section whose number OCR lost.
    if (mark.kind === 'heading' && i > lastOpening && !FRONT_MATTER.test(mark.heading)) {
      begin(i, { heading: mark.heading, form: 'heading' }, '');
      continue;
    }
    if (inSchedule) {
      if (mark.kind !== 'blank') schedule++;
      continue;
    }
    if (current) current.body.push(mark.kind === 'start' ? (MARKDOWN_HEADING.exec(text)?.[1] ?? text) : text);
    else preamble.push(text);
  }
  if (current) blocks.push(finish(current));
  const opening = preamble
    .filter((l) => l.trim())
    .join('\n')
    .slice(0, 4000);
  return { line: part.from + 1, preamble: paragraphs(preamble), opening, blocks, contents, schedule };
}

function contentsIn(lines: readonly string[], marks: readonly Mark[], part: Part): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (let i = part.from; i < part.to; i++) {
    if (marks[i]?.kind !== 'contents') continue;
    const text = (MARKDOWN_HEADING.exec(lines[i] ?? '')?.[1] ?? lines[i] ?? '').trim();
    const entry = CONTENTS_ENTRY.exec(text) ?? /^\s*(\d{1,4}[A-Z]{0,2})\s*\.\s*(.+)$/.exec(text);
    if (entry?.[1]) entries.push({ line: i + 1, number: entry[1], heading: tidy(entry[2] ?? '') });
  }
  return entries;
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
    if ((kind === 'text' || kind === 'heading') && OPENING.test(lines[i] ?? '')) last = i;
  }
  return last;
}

function finish({ block, body }: { block: Block; body: string[] }): Block {
  return { ...block, body: paragraphs(body) };
}

/** Lines joined into paragraphs: OCR breaks lines anywhere, a blank line ends a paragraph. */
export function paragraphs(lines: readonly string[]): string {
  // A sub-section "(1)" or a list item starts its own paragraph even without a blank line.
  return lines
    .map((line) => (PARAGRAPH_START.test(line) ? `\n${line}` : line))
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function tidy(heading: string): string {
  return heading
    .replace(/[.:–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
