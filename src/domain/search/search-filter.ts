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
  const hasPhrases = (ref: string): boolean => phrases.every((phrase) => containsPhrase(source.document(ref), phrase));
  // Each document's meta is read once: deciding which records to fetch already decided it.
  function* decided(refs: readonly string[]): Staged<boolean[], Need> {
    if (everything) return refs.map(() => true);
    if (refs.length > 0) yield* source.prepare({ meta: refs });
    const passes = refs.map(metaPasses);
    if (phrases.length > 0 && refs.length > 0) {
      yield* source.prepare({ documents: refs.filter((_, i) => passes[i]) });
    }
    return refs.map((ref, i) => (passes[i] ?? false) && hasPhrases(ref));
  }
  return {
    *prepare(refs) {
      yield* decided(refs);
    },
    keep: (ref) => everything || (metaPasses(ref) && hasPhrases(ref)),
    kept: decided,
  };
}

function containsPhrase(doc: SearchDocument, phrase: readonly string[]): boolean {
  const needle = ` ${phrase.join(' ')} `;
  const fields: SearchField[] = ['heading', 'keywords', 'summary', 'body', 'text'];
  return fields.some((field) => ` ${phraseWords(doc[field]).join(' ')} `.includes(needle));
}
