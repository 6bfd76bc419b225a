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
/** A section number's letter as Urdu writes it after the digits ("295 اے", "25(اے)"). */
const LETTER_SUFFIX = String.raw`\s*-?\s*\(?\s*(?:اے|الف|بی)\s*\)?`;

/**
 * The English reading of each Urdu form, longest forms first (the text is folded first: ہ
 * for ه and ۂ, ی for ي). Made on first use: compiling these patterns takes about 10 ms,
 * which an English text never needs.
 */
const readings = (): [RegExp, string][] => [
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
  [new RegExp(String.raw`(?<=\d(?:${LETTER_SUFFIX})?)\s*${BEFORE}و${AFTER}\s*(?=\d)`, 'gu'), ', '],
  // The year mark after a year ("1961ء", "1860 ؁ء").
  [new RegExp(String.raw`(?<=\d)\s*[\u0601\u0621]+`, 'gu'), ''],
  // Last, numbers glued to Urdu words ("26مورخہ19.07.26بجرم406ت"): a space between digit and letter.
  [/(?<=\d)(?=\p{Script=Arabic})|(?<=\p{Script=Arabic})(?=\d)/gu, ' '],
];

function word(alternatives: string): RegExp {
  return new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`, 'gu');
}

/** The English reading of `text`; undefined when it has no Arabic-script letter (nothing to read). */
export function urduShadow(text: string): Shadow | undefined {
  if (!hasArabicScript(text)) return undefined;
  // Folding first (letter forms, digits, diacritics, joiners), where it changes anything;
  // then every reading in one pass, the first listed winning where two start together.
  const shadow = rewrite({ text, passes: [] }, FOLDED_CHARACTERS, (match) => foldUrdu(match[0]));
  const compiled = (compiledReadings ??= compile());
  return rewrite(shadow, compiled.all, (match) => {
    // The reading whose group matched: groups are numbered in READINGS' order.
    let group = 1;
    while (match[group] === undefined && group < match.length) group++;
    return compiled.readings[group - 1]?.[1] ?? '';
  });
}

/** Each reading as one capturing group: the patterns themselves capture nothing. */
function compile(): { readings: [RegExp, string][]; all: RegExp } {
  const list = readings();
  return { readings: list, all: new RegExp(list.map(([pattern]) => `(${pattern.source})`).join('|'), 'gu') };
}
let compiledReadings: ReturnType<typeof compile> | undefined;

/** `shadow` with every match of `pattern` replaced; a replacement of another length is recorded. */
function rewrite(shadow: Shadow, pattern: RegExp, replace: (match: RegExpExecArray) => string): Shadow {
  const pieces: string[] = [];
  const moved: number[] = [];
  let last = 0;
  let shift = 0;
  for (const match of shadow.text.matchAll(pattern)) {
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
 * readable both ways (NumberRef.subsection), and never guessed.
 */
export function inOriginal(shadow: Shadow, original: string, extraction: Extraction): Extraction {
  const statutes = extraction.statutes.map((mention) => {
    const numbers = mention.numbers.map((ref, i): NumberRef => {
      const previous = mention.numbers[i - 1];
      const slash = previous && shadow.text.slice(previous.span[1], ref.span[0]).trim() === '/';
      const subsection =
        slash && /^\d$/.test(ref.number) && previous.pinpoint.length === 0 && ref.pinpoint.length === 0
          ? { subsection: `${previous.number}(${ref.number})` }
          : {};
      const span = originalSpan(shadow, ref.span);
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
