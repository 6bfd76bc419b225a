/**
 * Where a section starts, read the way statutes print it: "3. Heading.— (1) …" with any
 * of the dashes and rules printers and OCR use (.— .– .- ,- -- .__ :-), "2. Definitions.
 * In this Act …", a heading alone on its line, a heading that runs over two or three
 * lines before its dash, "[9. Heading. …" (an inserted section), "3. [Omitted.]", and
 * the Urdu "۳۔ عنوان۔ متن". Each start says how strongly its shape marks a section, so
 * that the reader can tell a section from a numbered line inside one.
 */
import { hasArabicScript, westernDigits } from '../common/urdu.js';

export type StartForm = 'dash' | 'stop' | 'alone' | 'bracket' | 'bare' | 'urdu';

export interface SectionStart {
  number: string;
  heading?: string;
  /** The text after the heading, on its last line. */
  rest: string;
  /** Lines the start takes (a heading can run over up to three). */
  lines: number;
  form: StartForm;
}

const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015';
/** A number that opens a line: "3.", "3A.", "[9.", "164B.", "1.Short" (OCR drops the space). */
const NUMBERED = /^\s*(?:\d{1,2}\s*(?=\[))?\[?\s*(\d{1,4}(?:\s?-\s?[A-Z]{1,2}\b|[A-Z]{0,2}))\s*\.(?!\d)\s*(.*)$/;
/** What ends a printed heading: a stop, comma or colon before a dash or rule, a spaced dash, a long dash, a rule. */
const HEADING_END = new RegExp(
  `[.,:;]\\s*(?:[${DASHES}]{1,3}|_+)|\\s[${DASHES}]{1,3}(?=\\s|$|\\()|[\u2013\u2014\u2015]{1,2}|-{2,}|_{2,}`,
  'u',
);
/** A stop that ends a heading: followed by the text's first word, a pinpoint or a bracket. */
const HEADING_STOP = /\.\s+(?=[A-Z“"‘'([])/g;
/** Words that end in a stop without ending a heading. */
const ABBREVIATION =
  /(?:^|\s)(?:etc|No|Nos|S|Ss|Sec|Secs|Art|Arts|Govt|Rs|Mr|Mrs|Ms|Dr|St|Prof|Hon|viz|i\.e|e\.g|vs|v|Co|Ltd|[A-Z])$/;
/** A clause of law, not a heading: headings are short phrases that impose nothing. */
const SENTENCE = /\b(?:shall|may be|is hereby|are hereby|means)\b/;
const MAX_HEADING = 250;

/**
 * The section that starts on `lines[at]`, looking at up to two more lines for a heading
 * that runs on; undefined where the line does not start one. `alone` says the line is a
 * heading of its own (a Markdown heading), so a heading needs no dash.
 */
export function sectionStart(lines: readonly string[], at: number, alone = false): SectionStart | undefined {
  const line = lines[at] ?? '';
  if (hasArabicScript(line)) return urduStart(line);
  const numbered = NUMBERED.exec(line) ?? bracketedNumber(line) ?? ocrOne(line);
  if (!numbered) return undefined;
  // "7-A" and "7 A" are printed forms of 7A.
  const number = (numbered[1] as string).replace(/[\s-]/g, '');
  const text = (numbered[2] ?? '').trim();
  // Quoted text is what an amending Act inserts into another Act, not a section of its own.
  if (/^[“"‘']/.test(text) || /^\s*[“"‘']/.test(line)) return undefined;
  const bracket = /^\[([^\]]{2,200})\]\.?\s*(.*)$/.exec(text);
  if (bracket && !/^\(?\d/.test(bracket[1] ?? '')) {
    return { number, heading: tidy(bracket[1] ?? ''), rest: bracket[2] ?? '', lines: 1, form: 'bracket' };
  }
  if (text === '' || /^[([]\s*(?:\d{1,3}|[a-z])\s*[)\]]/.test(text)) {
    return { number, rest: text, lines: 1, form: 'bare' };
  }
  const ended = headingEnd(text);
  if (ended) return { number, ...ended, lines: 1 };
  if (alone || (isHeading(text) && endsParagraph(lines, at))) {
    return { number, heading: tidy(text), rest: '', lines: 1, form: 'alone' };
  }
  // A heading that runs on: its dash is on the next line or the one after.
  let joined = text;
  for (let extra = 1; extra <= 2; extra++) {
    const next = lines[at + extra]?.trim() ?? '';
    if (!next || NUMBERED.test(next) || /^[([]\s*(?:\d{1,3}|[a-z])\s*[)\]]/.test(next)) break;
    joined = `${joined} ${next}`;
    if (joined.length > MAX_HEADING + 40) break;
    const runOn = headingEnd(joined);
    if (runOn && (runOn.heading?.length ?? 0) > text.length) return { number, ...runOn, lines: 1 + extra };
  }
  // A number before a capitalised line may still be a section whose heading is lost: the
  // weakest start, which the sequence of numbers around it decides on.
  return /^[\p{Lu}“"[]/u.test(text) ? { number, rest: text, lines: 1, form: 'bare' } : undefined;
}

/** "(4) Bait-ul-Mal Board.– …": a section number some prints put in brackets, taken only with a heading and its dash. */
function bracketedNumber(line: string): RegExpExecArray | null {
  const match = /^\s*\((\d{1,4}[A-Z]?)\)\s+(.*)$/.exec(line);
  return match && headingEnd(match[2] ?? '')?.form === 'dash' ? match : null;
}

/** "l. Short title …": OCR's reading of a 1, taken only with a heading and its dash. */
function ocrOne(line: string): RegExpExecArray | null {
  const match = /^\s*[lI](\s*)\.\s*(\p{Lu}.*)$/u.exec(line);
  if (!match || headingEnd(match[2] ?? '')?.form !== 'dash') return null;
  match[1] = '1';
  return match;
}

/** The heading at the start of `text` and what follows it, where a dash or a stop ends it. */
function headingEnd(text: string): Pick<SectionStart, 'heading' | 'rest' | 'form'> | undefined {
  const dash = HEADING_END.exec(text);
  let stop: RegExpExecArray | null;
  HEADING_STOP.lastIndex = 0;
  while ((stop = HEADING_STOP.exec(text)) && (!dash || stop.index < dash.index)) {
    const heading = text.slice(0, stop.index);
    if (ABBREVIATION.test(heading)) continue;
    // "Amendment of section 3. Act XXIV of 2012.- In …": a short run before the dash is still heading.
    const between = dash ? text.slice(stop.index + 1, dash.index) : '';
    if (dash && between.length <= 40 && !SENTENCE.test(between) && isHeading(text.slice(0, dash.index))) break;
    return isHeading(heading)
      ? { heading: tidy(heading), rest: text.slice(stop.index + stop[0].length), form: 'stop' }
      : undefined;
  }
  if (!dash) return undefined;
  const heading = text.slice(0, dash.index);
  if (!isHeading(heading)) return undefined;
  return { heading: tidy(heading), rest: text.slice(dash.index + dash[0].length).trim(), form: 'dash' };
}

/** How a section's own text opens, never its heading: "In this Act, …", "Whoever …", "Notwithstanding …". */
const BODY_OPENING =
  /^(?:In\s+th(?:is|ese)\s+(?:Act|Ordinance|rules|Rules|regulations|Order|Code)\b|Notwithstanding\b|Whoever\b|Subject\s+to\b|Nothing\s+in\b|No\s+person\b)/;

function isHeading(text: string): boolean {
  const t = text.trim();
  if (BODY_OPENING.test(t)) return false;
  // A heading opens with a capital; "1. if he is guilty …" is a clause of a list.
  return t.length >= 2 && t.length <= MAX_HEADING && /^[\p{Lu}“"‘'[(]/u.test(t) && !SENTENCE.test(t);
}

/** The line is a paragraph of its own: a blank line, or nothing, after it. */
function endsParagraph(lines: readonly string[], at: number): boolean {
  const next = lines[at + 1];
  return next === undefined || next.trim() === '' || NUMBERED.test(next) || /^\s*[([]\s*(?:1|a)\s*[)\]]/.test(next);
}

function tidy(heading: string): string {
  return heading
    .replace(/[\s.:;,\u2010-\u2015_-]+$/, '')
    .replace(/^\[|\]$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "۳۔ عنوان۔ متن": number, heading and text, each ended by the Urdu full stop, in any digit set. */
const URDU_SECTION = /^\s*(\d{1,4})\s*\.\s*([^.]{2,120}?)\s*\.\s*[–—-]?\s*(.*)$/du;

function urduStart(line: string): SectionStart | undefined {
  // Digits and the Urdu full stop folded one for one, so the groups index the line as written.
  const folded = westernDigits(line).replace(/\u06D4/gu, '.');
  const match = URDU_SECTION.exec(folded);
  if (!match?.indices) return undefined;
  const [, , heading, rest] = match.indices;
  return {
    number: match[1] as string,
    heading: heading ? line.slice(...heading) : '',
    rest: rest ? line.slice(...rest) : '',
    lines: 1,
    form: 'urdu',
  };
}

/** How strongly a start's shape marks a section: a dash or bracket most, a bare number least. */
export function strength(form: StartForm): number {
  return { dash: 3, bracket: 3, urdu: 3, stop: 2, alone: 2, bare: 1 }[form];
}
