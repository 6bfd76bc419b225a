import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../common/paths.js';
import { libraryFiles } from './files.js';

/** Where the corpus a command works on came from, so every report can name it. */
export type CorpusOrigin = 'argument' | 'data' | 'working folder' | 'bundled';

export interface CorpusChoice {
  root: string;
  source: CorpusOrigin;
}

/**
 * The corpus `tip validate` checks: the folder given, else --data (or TIPKIT_DATA), else
 * the working folder when it holds laws/*.yaml, else the bundled corpus. Run inside a
 * corpus repository, it must check that repository: checking the bundled corpus instead
 * would pass a broken build. Only laws/ marks a corpus here; a docs folder's own YAML
 * (mkdocs.yml) must not.
 */
export function corpusToValidate(given: string | undefined, data: string | undefined, cwd: string): CorpusChoice {
  if (given !== undefined) return { root: given, source: 'argument' };
  if (data !== undefined) return { root: data, source: 'data' };
  if (holdsLaws(cwd) && !samePlace(cwd, PACKAGE_ROOT)) return { root: cwd, source: 'working folder' };
  return { root: PACKAGE_ROOT, source: 'bundled' };
}

/** "the bundled corpus", "the working folder", …: how a report names where its corpus came from. */
export function corpusLabel(source: CorpusOrigin): string {
  switch (source) {
    case 'argument':
      return 'the folder given';
    case 'data':
      return 'the --data or TIPKIT_DATA folder';
    case 'working folder':
      return 'the working folder, which holds laws/';
    case 'bundled':
      return "tipkit's bundled corpus";
  }
}

function holdsLaws(dir: string): boolean {
  const laws = join(dir, 'laws');
  try {
    return existsSync(laws) && readdirSync(laws).some((name) => /\.ya?ml$/i.test(name));
  } catch {
    // An unreadable laws/ is still a corpus: validating it names the problem.
    return true;
  }
}

function samePlace(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

export const BUNDLED_CORPUS = 'bundled corpus';

/** The corpus a report came from, so a laptop's run and CI's can be told apart (export, cite --check). */
export interface CorpusUsed {
  /** "bundled corpus", or the --data folder as given. */
  source: string;
  hash: string;
  /** The user's library of imported texts, when it holds any: whether this run included it. */
  library?: { path: string; included: boolean; texts: number };
}

/** Names the corpus: the bundled one or the --data folder, and the library beside it. */
export function corpusUsed(
  hash: string,
  data: string | undefined,
  library: { path: string | undefined; included: boolean },
): CorpusUsed {
  const texts = library.path ? libraryFiles(library.path).length : 0;
  return {
    source: data ?? BUNDLED_CORPUS,
    hash,
    ...(library.path && texts > 0 ? { library: { path: library.path, included: library.included, texts } } : {}),
  };
}
