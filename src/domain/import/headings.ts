/** Comparing headings as OCR and printers leave them: case, punctuation and spacing folded, letters counted. */
import { levenshtein } from '../citations/normalize.js';

/** Past this length a heading is not one: the comparison stops there, so its cost is bounded. */
const MAX_HEADING = 300;

/** How alike two headings are, 0 to 1, after folding case, punctuation and spacing. */
export function headingSimilarity(a: string, b: string): number {
  const [x, y] = [fold(a), fold(b)];
  if (!x || !y) return 0;
  // Lengths too far apart cannot reach any threshold the importer uses: no need to count.
  if (Math.min(x.length, y.length) / Math.max(x.length, y.length) < 0.5) return 0;
  // Both are cut at MAX_HEADING, so the distance is counted in full and its cost is bounded.
  return 1 - levenshtein(x, y, MAX_HEADING) / Math.max(x.length, y.length);
}

function fold(text: string): string {
  return text
    .slice(0, MAX_HEADING)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Past this many entries, only a heading equal once folded counts: comparing every heading with every entry would grow with their product. */
const MAX_FUZZY_ENTRIES = 200;

/** The CONTENTS entry whose heading is `heading`'s at `threshold` or above (the first), if any. */
export function listedUnder<T extends { heading: string }>(
  entries: readonly T[],
  heading: string,
  threshold: number,
): T | undefined {
  if (entries.length > MAX_FUZZY_ENTRIES) {
    const key = fold(heading);
    return entries.find((e) => fold(e.heading) === key);
  }
  return entries.find((e) => headingSimilarity(e.heading, heading) >= threshold);
}
