import { createHash } from 'node:crypto';
import { shellQuote } from '../common/text.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DataError, NotFoundError, TipError, UsageError } from '../common/errors.js';
import { readTextFile } from '../writes/read-file.js';

/**
 * Bumped whenever the snapshot or index layout changes, or what is derived into it (9: the
 * names table, names without a leading "The"), so old caches are ignored.
 */
export const FORMAT_VERSION = 9;

export interface CorpusFile {
  /** Instrument files live in laws/, case files in cases/; `laws/<id>.text.yaml` holds an imported official text. */
  kind: 'instrument' | 'case' | 'text';
  /** Path relative to the corpus root, with forward slashes. */
  name: string;
  path: string;
  /** SHA-256 of the text as read for the corpus hash. */
  hash: string;
  /**
   * The text, only for a file made in memory. Files on disk are read twice, once to hash
   * and once to parse, so a statute book's YAML is never all held at once.
   */
  text?: string;
  /** Why an imported text could not be read (a dangling link, a FIFO, too large): it is then left out, not fatal. */
  unreadable?: string;
}

export interface CorpusSource {
  root: string;
  files: CorpusFile[];
  hash: string;
}

const YAML_FILE = /\.ya?ml$/i;
/** `laws/<id>.text.yaml`: the official text `tip import` attached to an instrument. */
export const OFFICIAL_TEXT_FILE = /\.text\.ya?ml$/i;

/** A corpus file before it is read: its kind, its name for messages, its path. */
export type ListedFile = Omit<CorpusFile, 'text' | 'hash'>;

/**
 * Reads the YAML files of a corpus. A corpus root holds `laws/` and optionally
 * `cases/`; a folder of instrument files without `laws/` is accepted too.
 */
export function readCorpusSource(
  root: string,
  library?: string,
  listed: readonly ListedFile[] = listCorpusFiles(root, library),
): CorpusSource {
  const files = listed.map((file): CorpusFile => {
    try {
      return { ...file, hash: fileHash(readCorpusFile(file.path)) };
    } catch (error) {
      // An imported text that cannot be read is left out with a warning; tipkit's own files must read.
      if (file.kind !== 'text' || !(error instanceof TipError)) throw error;
      return { ...file, hash: fileHash(`unreadable\0${error.message}`), unreadable: error.message };
    }
  });
  return { root, files, hash: corpusHash(files.map((file) => [file.name, file.hash])) };
}

/** The files of a corpus (and of the user's library), in the order they are read, without reading them. */
export function listCorpusFiles(root: string, library?: string): ListedFile[] {
  if (existsSync(root) && !statSync(root).isDirectory()) {
    const folder = dirname(dirname(resolve(root)));
    throw new UsageError(`${root} is a file; give the corpus folder (the one that holds laws/)`, {
      suggestions: [`tip validate ${shellQuote(basename(dirname(resolve(root))) === 'laws' ? folder : dirname(root))}`],
    });
  }
  if (!existsSync(root)) {
    throw new NotFoundError(`corpus folder not found: ${root}`, {
      suggestions: ['Pass --data <dir> (or set TIPKIT_DATA) to a folder that holds laws/*.yaml'],
    });
  }
  const lawsDir = join(root, 'laws');
  const casesDir = join(root, 'cases');
  const dirs: [CorpusFile['kind'], string][] = existsSync(lawsDir)
    ? [
        ['instrument', lawsDir],
        ['case', casesDir],
      ]
    : [['instrument', root]];
  const files: ListedFile[] = [];
  for (const [kind, dir] of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)
      .filter((name) => YAML_FILE.test(name))
      .sort()) {
      const path = join(dir, entry);
      const fileKind = kind === 'instrument' && OFFICIAL_TEXT_FILE.test(entry) ? 'text' : kind;
      files.push({ kind: fileKind, name: relative(root, path).split('\\').join('/'), path });
    }
  }
  files.push(...libraryFiles(library));
  if (!files.some((file) => file.kind === 'instrument')) {
    throw new NotFoundError(`no YAML files in ${lawsDir} or ${root}`, {
      suggestions: ['A corpus needs at least one laws/<instrument>.yaml file'],
    });
  }
  return files;
}

/**
 * The official texts the user imported into their own library (`<library>/laws/*.text.yaml`),
 * overlaid on the bundled corpus. Named by their full path, so messages point at them.
 */
export function libraryFiles(library: string | undefined): ListedFile[] {
  const dir = library ? join(library, 'laws') : undefined;
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => OFFICIAL_TEXT_FILE.test(name))
    .sort()
    .map((entry) => {
      const path = join(dir, entry);
      return { kind: 'text' as const, name: path.split('\\').join('/'), path };
    });
}

/** One file's content hash: what a fingerprint keeps, so an unchanged file is not read again. */
export function fileHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The corpus hash, from each file's name and content hash in order: it keys every cache. */
export function corpusHash(files: readonly [name: string, hash: string][]): string {
  const hash = createHash('sha256').update(`tipkit-corpus-v${FORMAT_VERSION}\0`);
  for (const [name, fileSha] of files) hash.update(`${name}\0${fileSha}\0`);
  return hash.digest('hex').slice(0, 32);
}

/** A corpus file is at most this large; the bundled ones are well under 100 KB. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * One corpus file. What makes it unreadable as data (a link loop, a FIFO, a folder named
 * *.yaml, a huge file) is invalid data (exit 4) naming the file; a refusal by the system
 * (permissions) stays an environment error.
 */
export function readCorpusFile(path: string): string {
  try {
    return readTextFile(path, { what: 'YAML file', maxBytes: MAX_FILE_BYTES });
  } catch (error) {
    const errno = error instanceof TipError ? (error.details as { errno?: string } | undefined)?.errno : undefined;
    if (error instanceof UsageError || error instanceof DataError || errno === 'ELOOP') {
      throw new DataError(`${path}:1:1: cannot be read as a corpus file: ${(error as Error).message}`);
    }
    throw error;
  }
}
