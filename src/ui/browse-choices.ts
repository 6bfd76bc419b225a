/** What the keys of `tip browse` choose among: the filters, the facts `c` asks, and the key list `?` shows. */
import type { Facts } from '../domain/checklist/facts.js';
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
  // With nothing imported the list is empty, and so are the results: none is in it.
  { name: 'imported', options: (imported) => ({ instruments: imported }) },
];

/** Every key, as `?` lists them. */
export const BROWSE_HELP: readonly [keys: string, what: string][] = [
  ['type', 'search (as tip search: syntax, typos, Urdu)'],
  ['Ctrl-U', 'clear the search'],
  ['↑ ↓ PgUp PgDn Home End', 'move in the results'],
  ['Tab / Shift-Tab', 'next / previous filter: all, laws, cases, guidance, imported'],
  ['Ctrl-L', 'only one law, the next each time (as tip search --law)'],
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

/** The short form `c` asks before it starts a checklist: one key per answer. */
export const QUESTIONS: { ask: string; keys: Record<string, (facts: Facts) => Facts> }[] = [
  {
    ask: 'The victim is: a) an adult  c) a child  u) not known',
    keys: {
      a: (f) => ({ ...f, victim: 'adult' }),
      c: (f) => ({ ...f, victim: 'child' }),
      u: (f) => ({ ...f, victim: 'unknown' }),
    },
  },
  {
    ask: 'A woman or a girl? y) yes  n) no',
    keys: { y: (f) => ({ ...f, victim_woman: true }), n: (f) => ({ ...f, victim_woman: false }) },
  },
  {
    ask: 'Taken across a border? y) yes  n) no',
    keys: { y: (f) => ({ ...f, cross_border: true }), n: (f) => ({ ...f, cross_border: false }) },
  },
  {
    ask: 'For: l) labour  s) sex  b) begging  d) domestic work  p) debt bondage (peshgi)  o) organ removal  Enter) not known',
    keys: {
      l: (f) => ({ ...f, purpose: ['labour'] }),
      s: (f) => ({ ...f, purpose: ['sex'] }),
      b: (f) => ({ ...f, purpose: ['begging'] }),
      d: (f) => ({ ...f, purpose: ['domestic-work'] }),
      p: (f) => ({ ...f, purpose: ['debt-bondage'] }),
      o: (f) => ({ ...f, purpose: ['organ-removal'] }),
      '\r': (f) => f,
    },
  },
];
