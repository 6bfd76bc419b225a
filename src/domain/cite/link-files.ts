import { readFileBytes } from '../writes/read-file.js';
import { writeTextFile } from '../writes/write-file.js';
import { decodeInput, MAX_INPUT_BYTES } from '../common/decode.js';
import { TipError } from '../common/errors.js';
import type { Corpus } from '../corpus/model.js';
import { linkMarkdown, type LinkOptions } from './link-markdown.js';
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
 * place; a link written through, never replaced). A dry run writes nothing. A file that
 * cannot be read or written is reported and the others are still linked.
 */
export function linkFiles(
  corpus: Corpus,
  paths: readonly string[],
  options: LinkOptions & { dryRun?: boolean },
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
      const linked = linkMarkdown(corpus, text, options, targets);
      if (linked.text === text) {
        files.push({ path, links: 0 });
        continue;
      }
      if (!options.dryRun) writeTextFile(path, bom + linked.text, { replace: true });
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
