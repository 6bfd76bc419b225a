import { normalizeCitationText } from './normalize.js';
import { compareText } from '../common/text.js';

/** A normalized name and the instruments it may mean (more than one: ambiguous). */
export interface AliasEntry {
  alias: string;
  instruments: string[];
}

/** What an instrument is named by; the corpus's instruments have these fields, so citations needs no corpus type. */
export interface NamedInstrument {
  id: string;
  short: string;
  title: string;
  aliases: readonly string[];
}

/**
 * Every name an instrument answers to: its id, the id without a year suffix, its short
 * name, title and aliases, each without a leading "The" (see withoutArticle). What `tip
 * show` and `tip cite` both read instrument names by.
 */
export function instrumentNames(instrument: NamedInstrument): string[] {
  return [
    instrument.id,
    instrument.id.replace(/-\d{4}$/, ''),
    instrument.short,
    instrument.title,
    ...instrument.aliases,
  ].map(withoutArticle);
}

/**
 * A name without its leading "The": an Act printed "THE LANTERN HARBOUR ACT, 2029" is cited
 * as "section 4 of the Lantern Harbour Act" and as "Lantern Harbour Act s.4", the article
 * belonging to the sentence. A single word after it ("The Act") keeps it: that is a
 * reference back, not a name.
 */
export function withoutArticle(name: string): string {
  return /^the\s+(\S+\s+\S.*)$/is.exec(name.trim())?.[1] ?? name;
}

/**
 * Every name of every instrument (instrumentNames), normalized. Longest first, so "palermo
 * convention" wins over "palermo". A name listed by two instruments is ambiguous by construction.
 */
export function buildAliasTable(instruments: readonly NamedInstrument[]): AliasEntry[] {
  const table = new Map<string, Set<string>>();
  for (const instrument of instruments) {
    for (const name of instrumentNames(instrument)) {
      for (const alias of new Set([normalizeCitationText(name), normalizeCitationText(name.replace(/-/g, ' '))])) {
        const ids = table.get(alias) ?? new Set<string>();
        table.set(alias, ids.add(instrument.id));
      }
    }
  }
  return [...table]
    .map(([alias, ids]) => ({ alias, instruments: [...ids] }))
    .sort((a, b) => b.alias.length - a.alias.length || compareText(a.alias, b.alias));
}

/** Finds `alias` in `text` as whole words; returns its index or -1. */
export function findWords(text: string, alias: string): number {
  let from = 0;
  for (;;) {
    const index = text.indexOf(alias, from);
    if (index < 0) return -1;
    const before = index === 0 || /[\s:(]/.test(text[index - 1] ?? '');
    const after = index + alias.length === text.length || /[\s:)(]/.test(text[index + alias.length] ?? '');
    if (before && after) return index;
    from = index + 1;
  }
}
