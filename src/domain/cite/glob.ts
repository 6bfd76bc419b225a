import picomatch from 'picomatch';

/**
 * Globs as documentation repositories write them (`docs/**\/*.md`, `*.{md,mdx}`), matched
 * by picomatch, the matcher of tinyglobby and fast-glob: linear in the path however many
 * `**` a pattern repeats, and never an error for a malformed class. Paths are '/'-separated.
 */

/** True when `text` holds a character that makes it a glob rather than a path. */
export function isGlob(text: string): boolean {
  return picomatch.scan(text).isGlob;
}

/** A test for whole paths matching `glob`; dot-files and dot-folders only when the glob names them. */
export function globMatcher(glob: string): (path: string) => boolean {
  return picomatch(glob);
}

/** The leading segments of a glob with no pattern characters: the folder to walk. */
export function globBase(glob: string): string {
  return picomatch.scan(glob).base || (glob.startsWith('/') ? '/' : '.');
}
