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

/**
 * Edit distance, for "did you mean" suggestions, counted only as far as `max`: a distance
 * above it is returned as max + 1. Callers compare what a person typed, which can be any
 * length, so the cost must not grow with it: see editDistance.
 */
export function levenshtein(a: string, b: string, max: number): number {
  return editDistance(a, b, max).distance;
}

/**
 * The bounded edit distance with the number of cells of the table it filled, so that tests
 * can prove the bound by counting. Strings whose lengths differ by more than `max` fill
 * none; otherwise only the band of cells within `max` of the diagonal is filled (a cell
 * outside it is at least its distance from the diagonal), and the count stops at the first
 * row with no cell within `max`. So at most 2·max + 1 cells a row, one row a character of
 * the longer string, however long the strings are.
 */
export function editDistance(a: string, b: string, max: number): { distance: number; cells: number } {
  const limit = Math.max(0, Math.floor(max));
  // Every value above `limit` is kept as `over`: no path through it can come back within the limit.
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return { distance: over, cells: 0 };
  // Rows over the longer string, so the two rows kept are the shorter string's length.
  const [row, column] = a.length >= b.length ? [a, b] : [b, a];
  // Cells outside the band are never written, so they keep reading as `over`.
  let previous = Array.from({ length: column.length + 1 }, (_, j) => Math.min(j, over));
  let current = new Array<number>(column.length + 1).fill(over);
  let cells = 0;
  for (let i = 1; i <= row.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(column.length, i + limit);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let best = current[from - 1] as number;
    for (let j = from; j <= to; j++) {
      const cost = row[i - 1] === column[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
        over,
      );
      current[j] = value;
      if (value < best) best = value;
    }
    cells += to - from + 1;
    if (best > limit) return { distance: over, cells };
    [previous, current] = [current, previous];
  }
  return { distance: previous[column.length] as number, cells };
}

/**
 * `values` with those nearest to what was typed first (those containing it, then those
 * within `max` edits, closest first), then the rest in their order: a list of what exists
 * that puts the likely meaning first.
 */
export function nearestFirst(typed: string, values: readonly string[], max: number): string[] {
  return values
    .map((value, index) => ({
      value,
      index,
      distance: typed && value.includes(typed) ? 0 : levenshtein(typed, value, max),
    }))
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map(({ value }) => value);
}

/** What to tell someone whose citation is written in Urdu words tipkit's lookup does not read. */
export function urduCitationHint(input: string): string[] {
  return hasArabicScript(input)
    ? [
        'tip show reads Urdu citations in the words tip cite knows ("ٹریفکنگ ان پرسنز ایکٹ دفعہ 3"); for a whole text: echo "..." | tip cite',
      ]
    : [];
}
