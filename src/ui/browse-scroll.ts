/** How `tip browse` scrolls a page or a checklist, and how a full-screen page shares its rows. */

/** The flags of a key that `tip browse` reads; ink's `Key` is one. */
export interface BrowseKey {
  readonly upArrow?: boolean;
  readonly downArrow?: boolean;
  readonly pageUp?: boolean;
  readonly pageDown?: boolean;
  readonly home?: boolean;
  readonly end?: boolean;
  readonly return?: boolean;
  readonly escape?: boolean;
  readonly ctrl?: boolean;
  readonly shift?: boolean;
  readonly tab?: boolean;
  readonly backspace?: boolean;
  readonly delete?: boolean;
  readonly meta?: boolean;
}

/**
 * Where a scrolled view of `lines` lines, `rows` of them on screen, goes for a key, or
 * undefined for a key that does not scroll. A screen is the rows shown, so paging never
 * skips a line, and the view stops at its last screen, so paging back starts at once.
 */
export function scrolled(
  scroll: number,
  input: string,
  key: BrowseKey,
  view: { rows: number; lines: number },
): number | undefined {
  const to = scrollStep(scroll, input, key, Math.max(1, view.rows));
  return to === undefined ? undefined : Math.max(0, Math.min(to, view.lines - view.rows));
}

function scrollStep(scroll: number, input: string, key: BrowseKey, page: number): number | undefined {
  if (key.downArrow || input === 'j') return scroll + 1;
  if (key.upArrow || input === 'k') return scroll - 1;
  if (key.pageDown || input === ' ') return scroll + page;
  if (key.pageUp) return scroll - page;
  if (key.home || input === 'g') return 0;
  return undefined;
}

/**
 * A full-screen page of `rows` rows with `links` links: the rows of the page's text and of
 * the links list below it (a quarter of the screen at most), with a row each for the links
 * header and the status line and one spare, so the screen never scrolls.
 */
export function pageLayout(rows: number, links: number): { bodyRows: number; linkRows: number } {
  const linkRows = Math.min(links, Math.max(1, Math.floor(rows / 4)));
  return { linkRows, bodyRows: Math.max(1, rows - linkRows - 3) };
}

/** The rows of the results list on a screen of `rows` rows: all but the search, filter and status lines and two spare. */
export function listRows(rows: number): number {
  return Math.max(3, rows - 5);
}
