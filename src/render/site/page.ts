import type { Target } from '../../domain/export/layout.js';

/**
 * The exported documentation as data: pages of blocks whose links name canonical ids,
 * not files. The Markdown and HTML renderers turn the same pages into their formats,
 * so both exports carry the same content and resolve links the same way.
 */

/** A run of text. Links to the corpus name an id; the renderer decides the href. */
export type Inline =
  | string
  | { kind: 'ref'; id: string; text: string }
  | { kind: 'url'; url: string; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; text: string };

export interface ListItem {
  text: Inline[];
  /** Makes the item a link target (sub-provisions). */
  anchor?: string;
  children?: ListItem[];
}

/** Styling hints an HTML renderer may use; Markdown ignores them. */
export type TableRole = 'penalties' | 'facts' | 'cases' | 'summary';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: Inline[]; anchor?: string }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'caveats'; items: Inline[][] }
  | { kind: 'list'; items: ListItem[] }
  /** `store`: the key under which a browser keeps the ticks (HTML only). */
  | { kind: 'tasks'; items: ListItem[]; store?: string }
  | { kind: 'table'; role: TableRole; head: string[]; rows: Inline[][][] }
  /** Where the HTML index puts its search box; other formats skip it. */
  | { kind: 'search' };

export interface Page {
  /** Path without extension, '/'-separated: "index", "laws/ptpa-2018", "cases/tayyaba-sc-2020". */
  path: string;
  title: string;
  blocks: Block[];
}

/** What a page renderer makes of its data; the site adds the path the page was planned at. */
export type PageBody = Omit<Page, 'path'>;

/**
 * What a static-site generator's front matter and navigation say of a page, taken from
 * the data without building the page: titles, a short description, tags and tipkit's ids.
 */
export interface PageMeta {
  /** The page's title, as its first heading gives it. */
  title: string;
  /** A shorter name for a sidebar or nav. */
  label: string;
  /** One line from the data (names, kind, court, year, as-of date): never a legal fact tipkit does not record. */
  description: string;
  tags: string[];
  /** The canonical id the page is for (none for the index). */
  id?: string;
  /** The date of the text the page describes (instruments; cases and checklists have none). */
  asOf?: string;
}

/** A page of the site, built only when it is rendered: a statute book's pages are never all held at once. */
export interface SitePage {
  path: string;
  meta: PageMeta;
  build(): Page;
}

/** Where a canonical id lives in the export. */
export type { Target };

export interface Site {
  pages: SitePage[];
  /** Every id a link may point at: instruments, provisions, sub-provisions, cases, checklists. */
  targets: ReadonlyMap<string, Target>;
  /** The corpus hash, so a reader can tell which corpus a build came from. */
  corpus: string;
  stamp?: string;
}

export const ref = (id: string, text: string): Inline => ({ kind: 'ref', id, text });
export const strong = (text: string): Inline => ({ kind: 'strong', text });
export const code = (text: string): Inline => ({ kind: 'code', text });
export const paragraph = (...text: Inline[]): Block => ({ kind: 'paragraph', text });
export const heading = (level: 1 | 2 | 3, text: string, anchor?: string): Block => ({
  kind: 'heading',
  level,
  text: [text],
  ...(anchor ? { anchor } : {}),
});

/** A source: linked when it has a web address, plain text otherwise. */
export function source(title: string, url: string | undefined): Inline {
  return url ? { kind: 'url', url, text: title } : title;
}

/** Items joined with a separator, for inline lists of links. */
export function joined(items: readonly Inline[], separator = ', '): Inline[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}
