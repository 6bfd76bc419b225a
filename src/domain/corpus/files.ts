import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NotFoundError } from '../common/errors.js';

/** Bumped whenever the snapshot or index layout changes, so old caches are ignored. */
export const FORMAT_VERSION = 2;

export interface CorpusFile {
  /** Instrument files live in laws/, case files in cases/. */
  kind: 'instrument' | 'case';
  /** Path relative to the corpus root, with forward slashes. */
  name: string;
  path: string;
  text: string;
}

export interface CorpusSource {
  root: string;
  files: CorpusFile[];
  hash: string;
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Reads the YAML files of a corpus. A corpus root holds `laws/` and optionally
 * `cases/`; a folder of instrument files without `laws/` is accepted too.
 */
export function readCorpusSource(root: string): CorpusSource {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
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
  const files: CorpusFile[] = [];
  for (const [kind, dir] of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)
      .filter((name) => YAML_FILE.test(name))
      .sort()) {
      const path = join(dir, entry);
      files.push({ kind, name: relative(root, path).split('\\').join('/'), path, text: readFileSync(path, 'utf8') });
    }
  }
  if (!files.some((file) => file.kind === 'instrument')) {
    throw new NotFoundError(`no YAML files in ${lawsDir} or ${root}`, {
      suggestions: ['A corpus needs at least one laws/<instrument>.yaml file'],
    });
  }
  return { root, files, hash: hashFiles(files) };
}

function hashFiles(files: readonly CorpusFile[]): string {
  const hash = createHash('sha256').update(`tipkit-corpus-v${FORMAT_VERSION}\0`);
  for (const file of files) hash.update(`${file.name}\0${file.text}\0`);
  return hash.digest('hex').slice(0, 32);
}
