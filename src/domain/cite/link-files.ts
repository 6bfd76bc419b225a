import { accessSync, constants, lstatSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { readFileBytes } from '../writes/read-file.js';
import { writeTextFile } from '../writes/write-file.js';
import { decodeInput, MAX_INPUT_BYTES } from '../common/decode.js';
import { TipError, UsageError } from '../common/errors.js';
import type { Corpus } from '../corpus/model.js';
import { linkMarkdown, type LinkOptions } from './link-markdown.js';
import { markdownKind } from './check-files.js';
import { exportTargets } from './links.js';

export interface LinkedFile {
  path: string;
  /** Links added; 0 for a file left as it was. */
  links: number;
  /** The text before and after, for a file that changed (a dry run shows the difference). */
  before?: string;
  after?: string;
  /** Why the file was not read or written. */
  error?: string;
}

export interface LinkReport {
  files: LinkedFile[];
  /** Files changed (or, in a dry run, that would change). */
  changed: string[];
  links: number;
  dryRun: boolean;
  ok: boolean;
}

/**
 * `tip cite --link`: links the citations in each Markdown file to the exported pages, and
 * writes each changed file under the one rule for writes (a temporary file renamed into
 * place). A symbolic link or a read-only file is reported, never rewritten: the link may
 * lead outside the docs, and renaming would pass over the mode. A dry run writes nothing. A file that
 * cannot be read or written is reported and the others are still linked.
 */
export function linkFiles(
  corpus: Corpus,
  paths: readonly string[],
  options: LinkOptions & {
    dryRun?: boolean;
    /** The folder `tip export --format md` writes the pages to: each file links to it by a path relative to itself. */
    to?: string;
  },
): LinkReport {
  const targets = exportTargets(corpus);
  const files: LinkedFile[] = [];
  for (const path of paths) {
    try {
      const bytes = readFileBytes(path, { what: 'Markdown file', maxBytes: MAX_INPUT_BYTES });
      const { text, notices } = decodeInput(bytes, path);
      // tipkit writes UTF-8: a file in another encoding is reported, never rewritten in a new one.
      if (notices.length > 0 || bytes[0] === 0xff || bytes[0] === 0xfe) {
        files.push({ path, links: 0, error: `${path} is not UTF-8; it was left as it is` });
        continue;
      }
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
      // Markdown resolves a relative link from the file that holds it, so each file gets its own base.
      const base =
        options.to === undefined ? options.base : relative(dirname(path), options.to).split(sep).join('/') || '.';
      const mdx = markdownKind(path) === 'mdx';
      const linked = linkMarkdown(corpus, text, { ...options, mdx, ...(base === undefined ? {} : { base }) }, targets);
      if (linked.text === text) {
        files.push({ path, links: 0 });
        continue;
      }
      if (!options.dryRun) writeLinked(path, bom + linked.text);
      files.push({ path, links: linked.links, before: text, after: linked.text });
    } catch (error) {
      if (!(error instanceof TipError)) throw error;
      files.push({ path, links: 0, error: error.message });
    }
  }
  const changed = files.filter((file) => file.after !== undefined).map((file) => file.path);
  return {
    files,
    changed,
    links: files.reduce((sum, file) => sum + file.links, 0),
    dryRun: options.dryRun ?? false,
    ok: files.every((file) => !file.error),
  };
}

function writeLinked(path: string, text: string): void {
  if (lstatSync(path).isSymbolicLink()) {
    throw new UsageError(
      `${path} is a symbolic link; it was left as it is (link the file it points to by its own name)`,
    );
  }
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new UsageError(`${path} is read-only; it was left as it is`);
  }
  writeTextFile(path, text, { replace: true, followLinks: false });
}
