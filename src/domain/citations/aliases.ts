import type { Instrument } from '../corpus/schema.js';
import { normalizeCitationText } from './normalize.js';
import { compareText } from '../common/text.js';

/** A normalized name and the instruments it may mean (more than one: ambiguous). */
export interface AliasEntry {
  alias: string;
  instruments: string[];
}

/**
 * Every name an instrument answers to: its id, the id without a year suffix, its
 * short name, title and aliases. Longest first, so "palermo convention" wins over
 * "palermo". A name listed by two instruments is ambiguous by construction.
 */
export function buildAliasTable(
  instruments: readonly Pick<Instrument, 'id' | 'short' | 'title' | 'aliases'>[],
): AliasEntry[] {
  const table = new Map<string, Set<string>>();
  for (const instrument of instruments) {
    const names = [
      instrument.id,
      instrument.id.replace(/-\d{4}$/, ''),
      instrument.short,
      instrument.title,
      ...instrument.aliases,
    ];
    for (const name of names) {
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
