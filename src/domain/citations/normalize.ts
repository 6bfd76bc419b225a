import { foldUrdu, hasArabicScript } from '../common/urdu.js';

/**
 * Folds the ways people type citations into one lower-case form: unicode dashes and
 * section signs, dots and commas as separators, "u/s" for "under section", and
 * spaces inside pinpoints ("3 (1) (a)" becomes "3(1)(a)").
 */
export function normalizeCitationText(input: string): string {
  // Urdu and Arabic-Indic digits ("PTPA ٣") are the same numbers.
  return foldUrdu(input)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/§+/g, ' s ')
    .replace(/\bu\/s\b/g, ' s ')
    .replace(/[.,;"'`\u2018\u2019\u201c\u201d]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?<=[0-9a-z)])\s+(?=\([0-9a-z]+\))/g, '')
    .replace(/\(\s+|\s+\)/g, (match) => match.trim())
    .trim();
}

/** Edit distance, for "did you mean" suggestions. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** What to tell someone whose citation is written in Urdu words tipkit's lookup does not read. */
export function urduCitationHint(input: string): string[] {
  return hasArabicScript(input)
    ? [
        'tip show reads Urdu citations in the words tip cite knows ("ٹریفکنگ ان پرسنز ایکٹ دفعہ 3"); for a whole text: echo "..." | tip cite',
      ]
    : [];
}
