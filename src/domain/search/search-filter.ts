/** Which documents a search keeps: its filters (--law, --kind, types) and its quoted phrases. */
import type { SearchDocument, SearchField } from './documents.js';
import { phraseWords } from './query.js';
import type { SearchOptions, SearchSource } from './search-source.js';
import type { Staged } from './staged.js';

export interface SearchFilter<Need> {
  /** Fetches what deciding on these documents reads: their meta, then the records of those it passes. */
  prepare(refs: readonly string[]): Staged<void, Need>;
  /** Whether a document passes; what it reads is prepared first. */
  keep(ref: string): boolean;
  /** Whether each document passes, prepared and decided. */
  kept(refs: readonly string[]): Staged<boolean[], Need>;
}

export function searchFilter<Need>(
  source: SearchSource<Need>,
  options: SearchOptions,
  phrases: readonly (readonly string[])[],
): SearchFilter<Need> {
  const everything =
    !options.instruments && !options.kinds && !options.types && phrases.length === 0 && source.complete;
  const metaPasses = (ref: string): boolean => {
    const doc = source.meta(ref);
    if (!doc) return false;
    if (options.instruments && !options.instruments.some((id) => doc.instruments.includes(id))) return false;
    if (options.kinds && !(doc.kind && options.kinds.includes(doc.kind))) return false;
    return !options.types || options.types.includes(doc.type);
  };
  const keep = (ref: string): boolean =>
    everything || (metaPasses(ref) && phrases.every((phrase) => containsPhrase(source.document(ref), phrase)));
  function* prepare(refs: readonly string[]): Staged<void, Need> {
    if (everything || refs.length === 0) return;
    yield* source.prepare({ meta: refs });
    if (phrases.length > 0) yield* source.prepare({ documents: refs.filter(metaPasses) });
  }
  return {
    prepare,
    keep,
    *kept(refs) {
      yield* prepare(refs);
      return refs.map(keep);
    },
  };
}

function containsPhrase(doc: SearchDocument, phrase: readonly string[]): boolean {
  const needle = ` ${phrase.join(' ')} `;
  const fields: SearchField[] = ['heading', 'keywords', 'summary', 'body', 'text'];
  return fields.some((field) => ` ${phraseWords(doc[field]).join(' ')} `.includes(needle));
}
