/**
 * Urdu queries over an English corpus. An Urdu word for a concept the corpus covers
 * ("جبری مشقت") is searched as the English words for it ("forced labour"), from the
 * vocabulary in vocabulary/urdu-terms.yaml; the search says what it searched for. Urdu
 * words the vocabulary does not hold stay as typed (folded), so an Urdu text a user
 * imported is found in its own words.
 */
import { foldUrdu, hasArabicScript } from '../common/urdu.js';
import { escapeRegExp } from '../common/text.js';

/** One concept: its Urdu spellings, the English words searched for it, how sure the reference is of the Urdu. */
export interface UrduTerm {
  urdu: string[];
  english: string;
  confidence: 'high' | 'medium';
  /** Shown with the results where a spelling needs a warning. */
  note?: string;
}

/** vocabulary/urdu-terms.yaml, as urdu-vocabulary.ts validates it. */
export interface UrduVocabulary {
  format: 1;
  terms: UrduTerm[];
  /** Words that look like a term's but mean something else: searched as typed, with the note. */
  traps: { urdu: string; note: string }[];
}

/** How an Urdu query was read: the query searched, and what to tell the user. */
export interface UrduReading {
  query: string;
  notices: string[];
}

/** `query` with every Urdu term of the vocabulary replaced by its English words (longest spellings first). */
export function readUrduQuery(query: string, vocabulary: UrduVocabulary): UrduReading {
  if (!hasArabicScript(query)) return { query, notices: [] };
  const spellings = vocabulary.terms
    .flatMap((term) => term.urdu.map((urdu) => ({ key: foldUrdu(urdu), term })))
    .sort((a, b) => b.key.length - a.key.length);
  let text = foldUrdu(query);
  const used: { written: string; term: UrduTerm }[] = [];
  for (const { key, term } of spellings) {
    text = text.replace(wholeWords(key), (written) => {
      used.push({ written, term });
      return ` ${term.english} `;
    });
  }
  const traps = vocabulary.traps.filter((trap) => wholeWords(foldUrdu(trap.urdu)).test(text)).map((t) => t.note);
  const notices = used.map(({ written, term }) =>
    [
      `Searched "${written}" as "${term.english}"${term.confidence === 'medium' ? " (the Urdu term's use is of medium confidence)" : ''}.`,
      ...(term.note ? [term.note] : []),
    ].join(' '),
  );
  return { query: text.replace(/\s+/g, ' ').trim(), notices: [...new Set([...notices, ...traps])] };
}

/** A folded spelling as whole words, however many spaces separate them. */
function wholeWords(key: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(key).replace(/ /g, '\\s+')}(?![\\p{L}\\p{M}])`, 'gu');
}
