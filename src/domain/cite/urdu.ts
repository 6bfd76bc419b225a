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
import { foldUrdu, hasArabicScript } from '../common/urdu.js';
import type { Extraction, NumberRef, Span } from './extract.js';

/** A rewritten text, and where each of its positions came from in the original. */
export interface Shadow {
  text: string;
  /** Original offset of the character at each shadow offset (one more at the end). */
  start: Int32Array;
  /** Original offset a span ending at each shadow offset ends at. */
  end: Int32Array;
}

/** A letter of any script, or a mark on one: what a word boundary in Urdu is made of. */
const LETTER = String.raw`\p{L}\p{M}`;
const BEFORE = `(?<![${LETTER}])`;
const AFTER = `(?![${LETTER}])`;

/** The English reading of each Urdu form, longest forms first (the text is folded first: ہ for ه and ۂ, ی for ي). */
const READINGS: [RegExp, string][] = [
  // "for the time(s)": دفعہ after a count or an ordinal is not a section ("پہلی دفعہ").
  [word(String.raw`(?:پہلی|دوسری|تیسری|آخری|ایک|دو|کئی|اس|ہر|جس|کسی)\s*دفعہ`), ' once '],
  // "PTPA کی دفعہ 3" (section 3 of the PTPA): the law before its sections, as "PTPA s.3".
  [new RegExp(String.raw`${BEFORE}(?:کی|کے)${AFTER}(?=\s*(?:دفعات|دفعہ|سیکشن|آرٹیکل))`, 'gu'), ' '],
  [word(String.raw`زیر\s*دفعات|زیر\s*دفعہ`), ' u/s '],
  [word('بجرم'), ' u/s '],
  [word('دفعات|دفعہ|سیکشن'), ' sections '],
  [word('آرٹیکل'), ' article '],
  [word('قواعد|قاعدہ|رولز'), ' rules '],
  // The codes, by name and by abbreviation.
  [word(String.raw`(?:مجموعہ\s*)?تعزیرات\s*پاکستان|پاکستان\s*پینل\s*کوڈ|پی\s*پی\s*سی|ت\s*\.?\s*پ`), ' PPC '],
  [word(String.raw`ضابطہ\s*فوجداری|کوڈ\s*آف\s*کریمنل\s*پروسیجر|سی\s*آر\s*پی\s*سی|ض\s*ف|ضف`), ' CrPC '],
  // A lone ض stands for the CrPC only right after the number it qualifies ("دفعہ 154 ض").
  [new RegExp(String.raw`(?<=\d\s*)ض${AFTER}`, 'gu'), ' CrPC '],
  [word(String.raw`قانون\s*شہادت(?:\s*آرڈر)?`), ' Qanun-e-Shahadat Order '],
  [word(String.raw`آئین\s*پاکستان`), ' Constitution '],
  // Statutes named by transliteration, as the press writes them.
  [word(String.raw`(?:روک\s*تھام\s*)?ٹری?فی?کنگ\s*ان\s*پرسنز?\s*ایکٹ`), ' PTPA '],
  [word(String.raw`(?:پریوینشن\s*آف\s*)?سمگلنگ\s*(?:آف\s*)?مائیگری?نٹس?\s*ایکٹ`), ' PSMA '],
  [word(String.raw`ا?یمیگریشن\s*آرڈی?نی?نس`), ' Emigration Ordinance '],
  [word(String.raw`جووینائل\s*جسٹس\s*سسٹم\s*ایکٹ`), ' JJSA '],
  // FIR headings: the case number, its date and the police station are not provisions.
  [word(String.raw`مقدمہ\s*نمبر|ایف\s*آئی\s*آر\s*نمبر`), ' FIR No. '],
  [word('نمبر'), ' No. '],
  [word('مورخہ'), ' dated '],
  [word('تھانہ'), ' PS '],
  // Letters of section numbers: "295 اے", "295اے", "25(اے)", "365-بی".
  [new RegExp(String.raw`(?<=\d)\s*-?\s*\(?\s*(?:اے|الف)\s*\)?${AFTER}`, 'gu'), '-A'],
  [new RegExp(String.raw`(?<=\d)\s*-?\s*\(?\s*بی\s*\)?${AFTER}`, 'gu'), '-B'],
  // "8 و 10": "and" between numbers.
  [new RegExp(String.raw`(?<=\d(?:-[AB])?)\s*${BEFORE}و${AFTER}\s*(?=\d)`, 'gu'), ', '],
  // The year mark after a year ("1961ء", "1860 ؁ء").
  [new RegExp(String.raw`(?<=\d)\s*[\u0601\u0621]+`, 'gu'), ''],
];

function word(alternatives: string): RegExp {
  return new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`, 'gu');
}

/** The English reading of `text`; undefined when it has no Arabic-script letter (nothing to read). */
export function urduShadow(text: string): Shadow | undefined {
  if (!hasArabicScript(text)) return undefined;
  let shadow = folded(text);
  for (const [pattern, reading] of READINGS) shadow = rewrite(shadow, pattern, reading);
  // Numbers glued to Urdu words ("26مورخہ19.07.26بجرم406ت"): a space between digit and letter.
  return rewrite(shadow, /(?<=\d)(?=[\p{Script=Arabic}])|(?<=[\p{Script=Arabic}])(?=\d)/gu, ' ');
}

/** The text with foldUrdu applied a character at a time, so that every offset maps back. */
function folded(text: string): Shadow {
  const pieces: string[] = [];
  const start: number[] = [];
  const end: number[] = [0];
  let offset = 0;
  for (const char of text) {
    const out = foldUrdu(char);
    for (let i = 0; i < out.length; i++) {
      start.push(offset);
      end.push(offset + char.length);
    }
    pieces.push(out);
    offset += char.length;
  }
  start.push(offset);
  return { text: pieces.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** `shadow` with every match of `pattern` replaced, each replacement mapped to the whole of what it replaced. */
function rewrite(shadow: Shadow, pattern: RegExp, replacement: string): Shadow {
  const pieces: string[] = [];
  const start: number[] = [];
  const end: number[] = [0];
  let last = 0;
  const copy = (from: number, to: number): void => {
    pieces.push(shadow.text.slice(from, to));
    for (let i = from; i < to; i++) {
      start.push(shadow.start[i] as number);
      end.push(shadow.end[i + 1] as number);
    }
  };
  for (const match of shadow.text.matchAll(pattern)) {
    copy(last, match.index);
    const to = match.index + match[0].length;
    pieces.push(replacement);
    for (let i = 0; i < replacement.length; i++) {
      start.push(shadow.start[match.index] as number);
      end.push(shadow.end[to] as number);
    }
    last = to;
  }
  copy(last, shadow.text.length);
  start.push(shadow.start[shadow.text.length] as number);
  return { text: pieces.join(''), start: Int32Array.from(start), end: Int32Array.from(end) };
}

/** A span of the shadow, in the original text. */
function originalSpan(shadow: Shadow, [from, to]: Span): Span {
  return [shadow.start[from] as number, shadow.end[to] as number];
}

/**
 * What was read from the shadow, placed in the original text. Urdu writes a sub-section
 * as "340/2" as well as a list as "501/506": a single digit after a slash is marked as
 * readable both ways (NumberRef.subsection), and never guessed.
 */
export function inOriginal(shadow: Shadow, extraction: Extraction): Extraction {
  const statutes = extraction.statutes.map((mention) => {
    const numbers = mention.numbers.map((ref, i): NumberRef => {
      const previous = mention.numbers[i - 1];
      const slash = previous && shadow.text.slice(previous.span[1], ref.span[0]).trim() === '/';
      const subsection =
        slash && /^\d$/.test(ref.number) && previous.pinpoint.length === 0 && ref.pinpoint.length === 0
          ? { subsection: `${previous.number}(${ref.number})` }
          : {};
      return { ...ref, span: originalSpan(shadow, ref.span), ...subsection };
    });
    return { ...mention, span: originalSpan(shadow, mention.span), numbers };
  });
  return { statutes, reports: extraction.reports.map((r) => ({ ...r, span: originalSpan(shadow, r.span) })) };
}

/** Where reading stopped in the shadow, in the original text. */
export function originalOffset(shadow: Shadow, offset: number): number {
  return shadow.start[offset] as number;
}
