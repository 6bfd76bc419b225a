/**
 * Urdu citations, read by the English grammar. FIRs, case diaries and orders are mostly
 * Urdu, with the same citations in another script: "زیر دفعہ 161 ض ف" is "u/s 161 CrPC",
 * "بجرم406ت پ" is "u/s 406 PPC". Rather than a second grammar, the text is rewritten into
 * an English reading of it (a shadow), with a map from every shadow position back to the
 * original, and the English extractor runs on that. Spans come back in the original text,
 * which is never changed: what is shown is what was written, right to left.
 *
 * The words, abbreviations and spellings are those tipkit's reference rates high or
 * medium; every rule keeps to whole words, since the abbreviations also occur inside
 * ordinary words ("ت پ" in "بات پر").
 */
import { FOLDED_CHARACTERS, foldUrdu, hasArabicScript, westernDigits } from '../common/urdu.js';
import type { Extraction, NumberRef, Span } from './extract.js';
import { lastAtOrBefore } from '../common/sorted.js';

/**
 * A rewritten text, and how to find each of its positions in the original: per pass,
 * the stretches that pass replaced (whatever it left alone kept its length, so only the
 * replacements need recording: a page of Urdu holds a few hundred, not a copy per
 * character).
 */
export interface Shadow {
  text: string;
  /** Each pass's replacements, first pass first: [new start, new end, old start, old end] per replacement. */
  passes: Int32Array[];
}

/** A letter of any script, or a mark on one: what a word boundary in Urdu is made of. */
const LETTER = String.raw`\p{L}\p{M}`;
const BEFORE = `(?<![${LETTER}])`;
const AFTER = `(?![${LETTER}])`;
/** Spaces within a form: a form never runs across a line break, so a line reads the same wherever it stands. */
const S = String.raw`[^\S\n]*`;
/**
 * A section number's letter as Urdu writes it after the digits ("295 اے", "25(اے)"). No two
 * runs of spaces meet around an optional mark: "5" and a long run of spaces would cost the
 * cube of its length in backtracking.
 */
const LETTER_SUFFIX = String.raw`${S}(?:-${S})?(?:\(${S})?(?:اے|الف|بی)(?:${S}\))?`;

/**
 * One Urdu form and its English reading. A form `at: 'word'` starts a word (the boundary is
 * tested once for all of them, see compile); a form `at: 'number'` starts where a number
 * ends or begins, and nowhere else.
 */
interface Reading {
  form: string;
  reading: string;
  at: 'word' | 'number';
}

const word = (form: string, reading: string): Reading => ({ form: `(?:${form})${AFTER}`, reading, at: 'word' });
const number = (form: string, reading: string): Reading => ({ form, reading, at: 'number' });

/**
 * The English reading of each Urdu form, longest forms first (the text is folded first: ہ
 * for ه and ۂ, ی for ي); at one place, the first listed wins, words before numbers. Made
 * on first use: compiling these patterns takes about 10 ms, which an English text never needs.
 */
const readings = (): Reading[] => [
  // "for the time(s)": دفعہ after a count or an ordinal is not a section ("پہلی دفعہ").
  word(String.raw`(?:پہلی|دوسری|تیسری|آخری|ایک|دو|کئی|اس|ہر|جس|کسی)${S}دفعہ`, ' once '),
  // "PTPA کی دفعہ 3" (section 3 of the PTPA): the law before its sections, as "PTPA s.3".
  word(String.raw`(?:کی|کے)(?=${S}(?:دفعات|دفعہ|سیکشن|آرٹیکل))`, ' '),
  word(String.raw`زیر${S}دفعات|زیر${S}دفعہ`, ' u/s '),
  word('بجرم', ' u/s '),
  word('دفعات|دفعہ|سیکشن', ' sections '),
  word('آرٹیکل', ' article '),
  word('قواعد|قاعدہ|رولز', ' rules '),
  // The codes, by name and by abbreviation.
  word(String.raw`(?:مجموعہ${S})?تعزیرات${S}پاکستان|پاکستان${S}پینل${S}کوڈ|پی${S}پی${S}سی|ت${S}(?:\.${S})?پ`, ' PPC '),
  word(String.raw`ضابطہ${S}فوجداری|کوڈ${S}آف${S}کریمنل${S}پروسیجر|سی${S}آر${S}پی${S}سی|ض${S}ف|ضف`, ' CrPC '),
  // A lone ض stands for the CrPC only right after the number it qualifies ("دفعہ 154 ض");
  // the letter is matched before the look back, which would otherwise run at every place.
  word(String.raw`ض(?<=\d${S}ض)`, ' CrPC '),
  word(String.raw`قانون${S}شہادت(?:${S}آرڈر)?`, ' Qanun-e-Shahadat Order '),
  word(String.raw`آئین${S}پاکستان`, ' Constitution '),
  // Statutes named by transliteration, as the press writes them.
  word(String.raw`(?:روک${S}تھام${S})?ٹری?فی?کنگ${S}ان${S}پرسنز?${S}ایکٹ`, ' PTPA '),
  word(String.raw`(?:پریوینشن${S}آف${S})?سمگلنگ${S}(?:آف${S})?مائیگری?نٹس?${S}ایکٹ`, ' PSMA '),
  word(String.raw`ا?یمیگریشن${S}آرڈی?نی?نس`, ' Emigration Ordinance '),
  word(String.raw`جووینائل${S}جسٹس${S}سسٹم${S}ایکٹ`, ' JJSA '),
  // FIR headings: the case number, its date and the police station are not provisions.
  word(String.raw`مقدمہ${S}نمبر|ایف${S}آئی${S}آر${S}نمبر`, ' FIR No. '),
  word('نمبر', ' No. '),
  word('مورخہ', ' dated '),
  word('تھانہ', ' PS '),
  // Letters of section numbers: "295 اے", "295اے", "25(اے)", "365-بی".
  number(String.raw`(?<=\d)${S}(?:-${S})?(?:\(${S})?(?:اے|الف)(?:${S}\))?${AFTER}`, '-A'),
  number(String.raw`(?<=\d)${S}(?:-${S})?(?:\(${S})?بی(?:${S}\))?${AFTER}`, '-B'),
  // "8 و 10", "295 اے و 296": "and" between numbers (the letter first, the look back after it).
  word(String.raw`و(?<=\d(?:${LETTER_SUFFIX})?${S}و)(?=${S}\d)`, ','),
  // The year mark after a year ("1961ء", "1860 ؁ء").
  number(String.raw`(?<=\d)${S}[\u0601\u0621]+`, ''),
  // Last, numbers glued to Urdu words ("26مورخہ19.07.26بجرم406ت"): a space between digit and letter.
  number(String.raw`(?<=\d)(?=\p{Script=Arabic})|(?<=\p{Script=Arabic})(?=\d)`, ' '),
];

/** How much work reading a text's Urdu forms took: what a test of its bound counts. */
export interface ShadowWork {
  /** Places at which the full pattern of every form was tried. */
  tries: number;
}

/** The English reading of `text`; undefined when it has no Arabic-script letter (nothing to read). */
export function urduShadow(text: string, work?: ShadowWork): Shadow | undefined {
  if (!hasArabicScript(text)) return undefined;
  // Folding first (letter forms, digits, diacritics, joiners), where it changes anything;
  // then every reading in one pass.
  const shadow = rewrite({ text, passes: [] }, text.matchAll(FOLDED_CHARACTERS), (match) => foldUrdu(match[0]));
  const compiled = (compiledReadings ??= compile());
  return rewrite(shadow, readingMatches(shadow.text, work), (match) => {
    // The reading whose group matched: groups are numbered in the readings' order.
    let group = 1;
    while (match[group] === undefined && group < match.length) group++;
    return compiled.readings[group - 1]?.reading ?? '';
  });
}

/**
 * Every reading's match in a folded text, as one global pattern of them all would find
 * them, at a cost near that of English text. That pattern, tried at every place, tests
 * two dozen forms and their word boundaries there (eight times the cost of reading the
 * text as English); here it is tried only where a match can start: where a cheap scan for
 * the word forms (without the boundary test) finds one, and where a number begins or ends.
 * A text with no digit and none of the words costs one scan.
 */
export function* readingMatches(text: string, work?: ShadowWork): Generator<RegExpExecArray> {
  const { all, words } = (compiledReadings ??= compile());
  const digits = /\d+/g;
  let wordAt = -1;
  let run: Span = [-1, -1];
  let from = 0;
  for (;;) {
    if (wordAt < from) {
      words.lastIndex = from;
      wordAt = words.exec(text)?.index ?? Infinity;
    }
    if (run[1] < from) {
      digits.lastIndex = from;
      const found = digits.exec(text);
      run = found ? [found.index, found.index + found[0].length] : [Infinity, Infinity];
    }
    // A number's start, then its end, are each a place to try.
    const numberAt = run[0] >= from ? run[0] : run[1];
    const at = Math.min(wordAt, numberAt);
    if (at === Infinity) return;
    all.lastIndex = at;
    const match = all.exec(text);
    if (work) work.tries++;
    // No match, or an empty one, moves on by one character, as a global pattern's scan does.
    const next = at + (match?.[0].length || ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1));
    if (match) yield match;
    from = next;
  }
}

/** Every reading as one global pattern: what readingMatches finds, at the cost of trying it at every place. */
export function readingPattern(): RegExp {
  return new RegExp((compiledReadings ??= compile()).all.source, 'gu');
}

/**
 * Each reading as one capturing group, tried at one place (sticky): the word forms behind
 * one boundary test, the number forms after them. `words` finds where a word form may start.
 */
function compile(): { readings: Reading[]; all: RegExp; words: RegExp } {
  const list = readings();
  const group = (at: Reading['at']) => list.filter((r) => r.at === at).map((r) => `(${r.form})`);
  return {
    readings: [...list.filter((r) => r.at === 'word'), ...list.filter((r) => r.at === 'number')],
    all: new RegExp(`${BEFORE}(?:${group('word').join('|')})|${group('number').join('|')}`, 'uy'),
    words: new RegExp(
      list
        .filter((r) => r.at === 'word')
        .map((r) => r.form)
        .join('|'),
      'gu',
    ),
  };
}
let compiledReadings: ReturnType<typeof compile> | undefined;

/** `shadow` with every match replaced; a replacement of another length is recorded. */
function rewrite(
  shadow: Shadow,
  matches: Iterable<RegExpExecArray>,
  replace: (match: RegExpExecArray) => string,
): Shadow {
  const pieces: string[] = [];
  const moved: number[] = [];
  let last = 0;
  let shift = 0;
  for (const match of matches) {
    const to = match.index + match[0].length;
    const replacement = replace(match);
    if (replacement === match[0]) continue;
    pieces.push(shadow.text.slice(last, match.index), replacement);
    if (replacement.length !== match[0].length) {
      moved.push(match.index + shift, match.index + shift + replacement.length, match.index, to);
    }
    shift += replacement.length - match[0].length;
    last = to;
  }
  if (pieces.length === 0) return shadow;
  pieces.push(shadow.text.slice(last));
  return { text: pieces.join(''), passes: [...shadow.passes, Int32Array.from(moved)] };
}

/** Where a position of a pass's output was before the pass: the start of a span, or its end. */
function before(moved: Int32Array, position: number, end: boolean): number {
  // The last replacement starting at or before the position (before it, for an end).
  let lo = 0;
  let hi = moved.length / 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = moved[mid * 4] as number;
    if (end ? start < position : start <= position) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return position;
  const at = (lo - 1) * 4;
  const [newEnd, oldStart, oldEnd] = [moved[at + 1] as number, moved[at + 2] as number, moved[at + 3] as number];
  if (end ? position <= newEnd : position < newEnd) return end ? oldEnd : oldStart;
  return oldEnd + (position - newEnd);
}

/** A span of the shadow, in the original text. */
export function originalSpan(shadow: Shadow, [from, to]: Span): Span {
  let span: Span = [from, to];
  for (let pass = shadow.passes.length - 1; pass >= 0; pass--) {
    const moved = shadow.passes[pass] as Int32Array;
    span = [before(moved, span[0], false), before(moved, span[1], true)];
  }
  return span;
}

/**
 * What was read from the shadow, placed in the original text. Urdu writes a sub-section
 * as "340/2" as well as a list as "501/506": a single digit after a slash is marked as
 * readable both ways (NumberRef.subsection), and never guessed; on a line with no Urdu,
 * as in English, it is a list.
 */
export function inOriginal(shadow: Shadow, original: string, extraction: Extraction): Extraction {
  let urduLine: ((offset: number) => boolean) | undefined;
  const statutes = extraction.statutes.map((mention) => {
    const numbers = mention.numbers.map((ref, i): NumberRef => {
      const previous = mention.numbers[i - 1];
      const slash = previous && /^[^\S\n]*\/[^\S\n]*$/.test(shadow.text.slice(previous.span[1], ref.span[0]));
      const span = originalSpan(shadow, ref.span);
      const subsection =
        slash &&
        /^\d$/.test(ref.number) &&
        previous.pinpoint.length === 0 &&
        ref.pinpoint.length === 0 &&
        (urduLine ??= urduLines(original))(span[0])
          ? { subsection: `${previous.number}(${ref.number})` }
          : {};
      // A hyphen before an Urdu letter ("365-بی") is a form tipkit's reference has not seen in FIRs.
      const note = HYPHENED_LETTER.test(westernDigits(original.slice(...span)))
        ? {
            note: `read "${original.slice(...span)}" as ${ref.number}: a hyphen before an Urdu letter is a form of low confidence`,
          }
        : {};
      return { ...ref, span, ...subsection, ...note };
    });
    return { ...mention, span: originalSpan(shadow, mention.span), numbers };
  });
  return { statutes, reports: extraction.reports.map((r) => ({ ...r, span: originalSpan(shadow, r.span) })) };
}

const HYPHENED_LETTER = /\d\s*-\s*(?:اے|الف|بی)/u;

/**
 * Whether the line holding an offset of `text` has Urdu (an Arabic-script letter): each
 * line is read once, however many numbers are asked about (a search out from each to its
 * line's ends could read the whole of a one-line text for each).
 */
function urduLines(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  const urdu: boolean[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    starts.push(start);
    urdu.push(hasArabicScript(line));
    start += line.length + 1;
  }
  return (offset) => urdu[lastAtOrBefore(starts, offset)] ?? false;
}
