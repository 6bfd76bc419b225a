import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
 * the nearest folder from the working folder up (to the repository's root) whose laws/
 * holds YAML or nothing at all, else the bundled corpus. Run anywhere in a corpus
 * repository, it must check that repository: checking the bundled corpus instead would
 * pass a broken build. Only laws/ marks a corpus here; a docs folder's own YAML
 * (mkdocs.yml) or an exported site's laws/*.md must not.
 */
export function corpusToValidate(given: string | undefined, data: string | undefined, cwd: string): CorpusChoice {
  if (given !== undefined) return { root: given, source: 'argument' };
  if (data !== undefined) return { root: data, source: 'data' };
  const found = corpusAround(cwd);
  if (found && !samePlace(found, PACKAGE_ROOT)) return { root: found, source: 'working folder' };
  return { root: PACKAGE_ROOT, source: 'bundled' };
}

/** The working folder or the nearest folder above it that holds a corpus, stopping at a repository's root. */
function corpusAround(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (holdsLaws(dir)) return dir === resolve(cwd) ? cwd : dir;
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

function holdsLaws(dir: string): boolean {
  const laws = join(dir, 'laws');
  try {
    if (!statSync(laws).isDirectory()) return false;
    const names = readdirSync(laws);
    // An empty laws/ is a corpus with nothing in it: validating it says so, where passing would not.
    return names.length === 0 || names.some((name) => /\.ya?ml$/i.test(name));
  } catch (error) {
    // A missing laws/ is no corpus; an unreadable one still is: validating it names the problem.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR';
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
