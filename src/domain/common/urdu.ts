/**
 * Folding Urdu text for matching, never for display: the same word is typed with Arabic
 * or Urdu letter forms, with or without diacritics, tatweel or zero-width joiners, and
 * its numbers in any of three digit sets. These are the folds tipkit's reference rates
 * high or medium: presentation forms to base letters (NFKC), Arabic yeh, alef maksura,
 * kaf, heh and teh marbuta to their Urdu forms, heh with hamza to heh, diacritics and
 * tatweel dropped, Arabic-Indic and Urdu digits to 0-9, Urdu punctuation to its Latin
 * counterpart. ے stays apart from ی (they are different letters).
 */

const FOLDS = new Map<string, string>([
  ['\u064A', '\u06CC'], // ي → ی
  ['\u0649', '\u06CC'], // ى → ی
  ['\u0643', '\u06A9'], // ك → ک
  ['\u0647', '\u06C1'], // ه → ہ
  ['\u0629', '\u06C3'], // ة → ۃ
  ['\u06C0', '\u06C1'], // ۀ → ہ
  ['\u06C2', '\u06C1'], // ۂ → ہ
  ['\u060C', ','], // ،
  ['\u061B', ';'], // ؛
  ['\u061F', '?'], // ؟
  ['\u06D4', '.'], // ۔
]);

/** Diacritics (U+064B–065F, superscript alef), tatweel, zero-width and bidi marks: dropped. */
const DROPPED = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E]/gu;
/** Presentation forms, which text taken from PDFs often holds. */
const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

const FOLD_KEYS = new RegExp(`[${[...FOLDS.keys()].join('')}]`, 'gu');

/** Every character foldUrdu changes: what a caller folding a long text needs to look at. */
export const FOLDED_CHARACTERS = new RegExp(
  `${PRESENTATION.source}|${DROPPED.source}|${DIGITS.source}|${FOLD_KEYS.source}`,
  'gu',
);
/** The same, to test for one without a global regex's state. */
const NEEDS_FOLDING = new RegExp(FOLDED_CHARACTERS.source, 'u');

/** Any letter of the Arabic script (Urdu's), in any of its blocks. */
export function hasArabicScript(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u.test(text);
}

/** Urdu and Arabic-Indic digits as 0-9, one for one (offsets into the text stay valid). */
export function westernDigits(text: string): string {
  return text.replace(DIGITS, (digit) => String((digit.codePointAt(0) as number) & 0xf));
}

/** The match key of `text`: idempotent; text with nothing to fold (any Latin text) passes unchanged. */
export function foldUrdu(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  // Presentation forms first: NFKC turns them into letters the later folds apply to.
  return westernDigits(text.replace(PRESENTATION, (char) => char.normalize('NFKC')).replace(DROPPED, '')).replace(
    FOLD_KEYS,
    (char) => FOLDS.get(char) ?? char,
  );
}
