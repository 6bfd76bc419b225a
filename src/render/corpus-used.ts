import { BUNDLED_CORPUS, type CorpusUsed } from '../domain/corpus/which.js';
import { safeText } from './controls.js';

/** "the bundled corpus", or the --data folder as given. */
export function corpusWords(used: CorpusUsed): string {
  // Paths are the user's: even colour codes in a folder's name reach no terminal.
  return used.source === BUNDLED_CORPUS ? 'the bundled corpus' : safeText(used.source);
}

/** Whether the user's library went in, when it holds any texts: a run without it says how to add it. */
export function libraryNote(used: CorpusUsed): string | undefined {
  const { library } = used;
  if (!library) return undefined;
  const path = safeText(library.path);
  const texts = `${library.texts} imported text${library.texts === 1 ? '' : 's'}`;
  return library.included
    ? `With your library at ${path} (${texts}).`
    : `Your library at ${path} (${texts}) is not included (use --with-library).`;
}
