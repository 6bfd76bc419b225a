import { BUNDLED_CORPUS, type CorpusOrigin, type CorpusUsed } from '../domain/corpus/which.js';
import { safeText } from './controls.js';

/** "the bundled corpus", or the --data folder as given. */
export function corpusWords(used: CorpusUsed): string {
  // Paths are the user's: even colour codes in a folder's name reach no terminal.
  return used.source === BUNDLED_CORPUS ? 'the bundled corpus' : safeText(used.source);
}

/**
 * Whether the user's library went in, when it holds any texts, as a clause ("with your
 * library at …", "your library at … is not included (use --with-library)"), to continue
 * a sentence with.
 */
export function libraryClause(used: CorpusUsed): string | undefined {
  const { library } = used;
  if (!library) return undefined;
  const path = safeText(library.path);
  const texts = `${library.texts} imported text${library.texts === 1 ? '' : 's'}`;
  return library.included
    ? `with your library at ${path} (${texts})`
    : `your library at ${path} (${texts}) is not included (use --with-library)`;
}

/** The same as a sentence of its own: a run without the library says how to add it. */
export function libraryNote(used: CorpusUsed): string | undefined {
  const clause = libraryClause(used);
  return clause && `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}

/** "tipkit's bundled corpus", "the folder given", …: how a report names where its corpus came from. */
export function corpusLabel(source: CorpusOrigin): string {
  switch (source) {
    case 'argument':
      return 'the folder given';
    case 'data':
      return 'the --data or TIPKIT_DATA folder';
    case 'working folder':
      return 'found from the working folder: it holds laws/';
    case 'bundled':
      return "tipkit's bundled corpus";
  }
}
