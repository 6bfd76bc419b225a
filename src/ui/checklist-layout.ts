/**
 * Where everything goes on a screen of a given size, as plain data: the interactive
 * checklist renders these rows and nothing else, so it never grows taller than the
 * terminal (ink redraws the whole screen, and scrolls the header away, when it does).
 */
import type { Checklist } from '../domain/checklist/build.js';
import { wrap } from '../render/style.js';

/** A row of the item list: a section title, or an item by its index. */
export type ListRow = { kind: 'section'; title: string } | { kind: 'item'; index: number };

export interface Layout {
  /** Rows of the item list, a window around the cursor. */
  list: ListRow[];
  /** Lines of the detail box, already wrapped and cut to fit. */
  detail: string[];
  /** A short terminal: no margin above the list and no border round the detail. */
  compact: boolean;
  /** The header's caveat lines: one a caveat, or all in one line on a short terminal. */
  caveats: string[];
}

/** Lines of the screen that are not the list, the detail box or the header's caveats: header (5), margin, box border (2), footer, and one spare. */
const FIXED_ROWS = 10;
/** Below this many rows the margin and the border give their lines to the list. */
const COMPACT_BELOW = 16;

/** Lays out a screen of `rows` × `columns` with the cursor on item `cursor`. */
export function layout(
  checklist: Checklist,
  cursor: number,
  detailLines: readonly string[],
  size: { rows: number; columns: number; listRows?: number },
  /** The detail box may take all but one row of the list (the key list needs the room). */
  detailFirst = false,
  /** The caveats of the header's penalty, agency and court, each shown whatever the size. */
  headerCaveats: readonly string[] = [],
): Layout {
  const compact = size.rows < COMPACT_BELOW;
  const caveats = compact && headerCaveats.length > 1 ? [headerCaveats.join(' ')] : [...headerCaveats];
  const free = Math.max(2, size.rows - FIXED_ROWS - caveats.length + (compact ? 3 : 0));
  const width = Math.max(20, size.columns - 4);
  const wrapped = detailLines.flatMap((line) => wrap(line, width).split('\n'));
  // The detail box takes at most half of what is left, and at least two lines.
  const room = detailFirst ? free - 1 : Math.floor(free / 2);
  const detailRows = Math.max(2, Math.min(wrapped.length, room));
  const detail = wrapped.length > detailRows ? [...wrapped.slice(0, detailRows - 1), '…'] : wrapped;
  const listRows = size.listRows ?? Math.max(1, free - detail.length);
  return { list: windowAround(allRows(checklist), cursor, listRows), detail, compact, caveats };
}

function allRows(checklist: Checklist): ListRow[] {
  const rows: ListRow[] = [];
  checklist.items.forEach((item, index) => {
    if (index === 0 || checklist.items[index - 1]?.section !== item.section) {
      const title = checklist.sections.find((s) => s.id === item.section)?.title;
      if (title) rows.push({ kind: 'section', title });
    }
    rows.push({ kind: 'item', index });
  });
  return rows;
}

/** `height` rows with the cursor's row in view, a little above the middle where the list allows. */
function windowAround(rows: readonly ListRow[], cursor: number, height: number): ListRow[] {
  const at = Math.max(
    0,
    rows.findIndex((row) => row.kind === 'item' && row.index === cursor),
  );
  const start = Math.min(Math.max(0, at - Math.floor(height / 3)), Math.max(0, rows.length - height));
  return rows.slice(start, start + height);
}
