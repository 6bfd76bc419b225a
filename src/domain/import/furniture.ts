/**
 * Page furniture, told from the law by where a line sits and whether it repeats, never by
 * a word it holds: a Gazette running head, a price line or a page number stands on its
 * own (a paragraph of its own, a Markdown heading, a page's edge), a running head comes
 * back page after page. "by notification in the official Gazette" inside a section is law.
 * Every line taken off is kept, with why, for the report.
 */
import { levenshtein } from '../citations/normalize.js';

/** A line the reader removed, and why: the report lists them so nothing vanishes unseen. */
export interface Removed {
  line: number;
  text: string;
  why:
    | 'page furniture'
    | 'page number'
    | 'signature'
    | 'running head'
    | 'footnote'
    | 'footnote marker'
    | 'chapter heading'
    | 'other language';
}

export const PAGE_NUMBER = /^\s*(?:Page\s+)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:of\s+\d{1,4})?\s*$/i;
/** A page number alone on its line; only a short line is tried, so a long run of spaces costs nothing. */
export function isPageNumber(line: string): boolean {
  const text = line.trim();
  return text.length <= 40 && PAGE_NUMBER.test(text.replace(/\s+/g, ' '));
}
const STANDALONE_FURNITURE: readonly RegExp[] = [
  /^\s*Price\b.{0,20}\d/i,
  /^\s*\[\s*\d+\s*\(\s*\d{4}\s*\)\s*\/\s*Ex\.?\s*Gaz\.?\s*\]\s*$/i,
  /^\s*REGISTERED\s+No\b/i,
  /\bEx\.?\s*Gaz\b.{0,40}$|^.{0,40}\bPrice\s+Rs\b/i,
  /^\s*(?:PRINTED|PUBLISHED)\s+BY\b.{0,120}\b(?:PRESS|STATIONERY|CONTROLLER|MANAGER)\b/i,
  /^\s*PART\s+[IVX]+\b.{0,40}$/,
];
/** "TAHIR HUSSAIN," then "Secretary": the signature block that closes a Gazette act. */
const SIGNATURE =
  /^\s*(?:[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)+,?\s*)?(?:Secretary(?:\s+General)?|Secretary to the Government of Pakistan)[.:]?\s*$/;
const NAME_LINE = /^\s*[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)+,\s*$/;
/**
 * An editor's note under a code text: "1Subs. by …", "2. Inserted vide Ordinance …", "The
 * words … omitted by …", "This section was amended by …": it names the amending law (a
 * year), and law never opens so.
 */
const EDITORIAL_NOTE = new RegExp(
  [
    // With its footnote number: "1Subs. by …", "2. Inserted vide …", "4Omitted by …".
    '^\\s*\\d{1,3}\\s*\\.?\\s*(?:Subs\\.|Substituted\\s+(?:by|vide)|Ins\\.|Inserted\\s+(?:by|vide)|Added\\s+by|Omitted\\s+by|Rep\\.|Repealed\\s+by|Renumbered|Amended\\s+by|Certain\\s+words)',
    // Without it, only what no section says of itself: "The words … omitted by …", "This section was amended by …".
    '^\\s*(?:\\d{1,3}\\s*)?(?:The\\s+words?\\s|(?:The|This)\\s+(?:section|Act|Ordinance|proviso)\\b[^.]{0,80}?\\b(?:was|has\\s+been|have\\s+been)\\s+(?:amended|omitted|substituted|inserted|applied|extended|declared|repealed|renumbered)|For\\s+(?:the\\s+)?Statement\\s+of\\s+Objects)',
  ]
    .map((start) => `(?:${start})`)
    .join('|')
    .replace(/^/, '(?:')
    .concat(')[^]{0,600}?\\b(?:1[6-9]\\d\\d|20\\d\\d|ibid)\\b'),
  'i',
);
/**
 * An editor's note as it follows a section's text in a code: "Sub. by Pb Act XI, 2015",
 * "Added by W.P. Ord. X of 1966", "It has also been extended to …". Only after the
 * section's own first paragraph: an omitted section's whole text is such a note.
 */
export const TRAILING_NOTE =
  /^\s*(?:\d{1,3}\s*\.?\s*)?(?:Subs?\.|Substituted\s+(?:by|vide|for)|Ins[.,]|Inserted\s+(?:by|vide)|Added\s+by|For\s+(?:the\s+)?Statement\s+of\s+Objects|Omitted\s+by|Rep\.|Repealed\s+by|Renumbered|Amended\s+by|Certain\s+words|The\s+words?\s|It\s+has\s+(?:also\s+)?been\s+(?:extended|applied|declared)|(?:The|This)\s+(?:section|Act|Ordinance|proviso)\b[^.]{0,80}?\b(?:was|has\s+been|have\s+been)\s+(?:amended|omitted|substituted|inserted|applied|extended|declared|repealed|renumbered))[^]{0,600}?(?:\b(?:1[6-9]\d\d|20\d\d|ibid)\b|\b[IVXLC]+\s+of\s+\d{4})/i;

/** How often a line must come back to be a running head. */
const REPEATS = 3;

/**
 * `lines` with the furniture blanked (so line numbers hold), and what was taken off.
 * `pageEdges` holds the line indices (0-based) that open or close a page, where known.
 */
export function removeFurniture(
  lines: readonly string[],
  pageEdges: ReadonlySet<number> = new Set(),
): { kept: string[]; removed: Removed[] } {
  const standalone = (i: number): boolean =>
    /^#{1,6}\s/.test(lines[i] ?? '') ||
    pageEdges.has(i) ||
    ((lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '');
  const repeated = repeatedLines(lines, standalone);
  const removed: Removed[] = [];
  const kept = lines.map((text, i) => {
    if (text.trim() === '') return '';
    const why = furnitureOf(text, i, lines, standalone, repeated);
    if (!why) return text;
    removed.push({ line: i + 1, text, why });
    return '';
  });
  return { kept, removed };
}

function furnitureOf(
  text: string,
  i: number,
  lines: readonly string[],
  standalone: (i: number) => boolean,
  repeated: ReadonlySet<string>,
): Removed['why'] | undefined {
  const bare = text.replace(/^#{1,6}\s+/, '').trim();
  // A number alone on a line is never law: a page number (or its OCR remains).
  if (isPageNumber(bare)) return 'page number';
  if (SIGNATURE.test(text) || (NAME_LINE.test(text) && SIGNATURE.test(lines[i + 1] ?? ''))) return 'signature';
  if (!standalone(i)) return undefined;
  if (repeated.has(shape(bare))) return 'running head';
  if (isGazetteHead(bare) || STANDALONE_FURNITURE.some((p) => p.test(bare))) return 'page furniture';
  if (EDITORIAL_NOTE.test(bare) && !/\bshall\b/.test(bare)) return 'footnote';
  return undefined;
}

/** "THE GAZETTE OF PAKISTAN, EXTRA., JUNE 2, 2018", "Wbe Oazette of Pakistan": a Gazette's running head, misspelt by OCR or not. */
function isGazetteHead(line: string): boolean {
  if (line.length > 110) return false;
  const gazette = line
    .toUpperCase()
    .split(/[^A-Z]+/)
    .some((word) => word.length >= 6 && word.length <= 8 && levenshtein(word, 'GAZETTE', 1) <= 1);
  // The head names the issue (a date, EXTRA, a part or a page); a sentence that names the Gazette does not stand alone.
  const issue = /\b(?:1[89]\d\d|20\d\d)\b|\bEXTRA|\bPART\s+[IVX]+\b/i.test(line) || line === line.toUpperCase();
  return gazette && issue && !/\b(?:shall|may)\b/.test(line);
}

/** Short standalone lines that come back `REPEATS` times or more: running heads and feet of a text whose pages are unknown. */
function repeatedLines(lines: readonly string[], standalone: (i: number) => boolean): Set<string> {
  const count = new Map<string, number>();
  lines.forEach((line, i) => {
    const key = shape(line.replace(/^#{1,6}\s+/, ''));
    if (key.length < 6 || key.length > 100 || !/\p{L}{3}/u.test(key) || !standalone(i)) return;
    // Lines of law that recur ("Provided that", "[Omitted.]") are not heads.
    // Heads end in a date, a page or a name, not in a stop: a sentence that recurs is law.
    const sentence = /[.;]$/.test(key) && line !== line.toUpperCase();
    if (
      sentence ||
      /^(?:\(|provided|explanation|\[|#|omitted|repealed|article|art\.|section|rule|chapter|part|schedule)/.test(key) ||
      /[—:,;-]$/.test(key)
    )
      return;
    count.set(key, (count.get(key) ?? 0) + 1);
  });
  return new Set([...count].filter(([, n]) => n >= REPEATS).map(([key]) => key));
}

function shape(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}
