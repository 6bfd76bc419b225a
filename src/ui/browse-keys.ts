import type { SearchOptions } from '../domain/search/search.js';

/** The filters Tab cycles through, each as the options `tip search` takes. */
export interface Filter {
  name: string;
  options: (imported: readonly string[]) => Pick<SearchOptions, 'types' | 'instruments'>;
}

export const FILTERS: readonly Filter[] = [
  { name: 'all', options: () => ({}) },
  { name: 'laws', options: () => ({ types: ['provision', 'instrument'] }) },
  { name: 'cases', options: () => ({ types: ['case'] }) },
  { name: 'guidance', options: () => ({ types: ['guidance'] }) },
  // No imported text yet: a filter that matches nothing says so by finding nothing.
  { name: 'imported', options: (imported) => ({ instruments: imported.length > 0 ? imported : ['(none imported)'] }) },
];

/** Every key, as `?` lists them. */
export const BROWSE_HELP: readonly [keys: string, what: string][] = [
  ['type', 'search (as tip search: syntax, typos, Urdu)'],
  ['↑ ↓ PgUp PgDn Home End', 'move in the results'],
  ['Tab / Shift-Tab', 'next / previous filter: all, laws, cases, guidance, imported'],
  ['Enter', 'open the result full-screen'],
  ['Ctrl-Y', 'copy the result’s canonical citation'],
  ['On a page:', ''],
  ['↑ ↓ j k PgUp PgDn g', 'scroll'],
  ['Tab / Shift-Tab', 'next / previous link (cross-references, cases)'],
  ['Enter', 'follow the link'],
  ['Backspace, Esc, q', 'back the way you came'],
  ['y', 'copy the canonical citation'],
  ['c', 'start the offence checklist (a few questions, then s saves it)'],
  ['?', 'these keys'],
  ['Esc (in the results), Ctrl-C', 'quit'],
];
