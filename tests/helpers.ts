import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readCorpusSource } from '../src/domain/corpus/files.js';
import type { Corpus } from '../src/domain/corpus/model.js';
import { parseCorpus } from '../src/domain/corpus/parse.js';
import { documentBatches } from '../src/domain/search/documents.js';
import { searchSource, type SearchOptions, type SearchResult } from '../src/domain/search/search.js';
import { buildSearchStore } from '../src/domain/search/store-build.js';
import { storeFromBytes } from '../src/domain/search/store-file.js';
import { storeSource } from '../src/domain/search/store-source.js';

export const ROOT = join(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** Results users expect (citations, queries) and the facts data tests check the corpus against. */
export const EXPECTED = join(FIXTURES, 'expected');

let bundled: Corpus | undefined;

/** The real corpus, parsed and validated from its YAML (never from a snapshot). */
export function bundledCorpus(): Corpus {
  if (!bundled) {
    const { corpus, issues } = parseCorpus(readCorpusSource(ROOT));
    if (!corpus)
      throw new Error(`bundled corpus invalid:\n${issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n')}`);
    bundled = corpus;
  }
  return bundled;
}

/** Reads one of the expected-results files in tests/fixtures/expected/. */
export function expected<T>(name: string): T {
  return parse(readFileSync(join(EXPECTED, name), 'utf8')) as T;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, with a private cache and no colour. */
export function tip(
  args: readonly string[],
  options: {
    env?: NodeJS.ProcessEnv;
    input?: string | Buffer;
    cwd?: string;
    /** A file descriptor to use as stdout instead of a pipe (e.g. /dev/full). */
    stdout?: number;
    /** Milliseconds before the run counts as hung and is killed. */
    timeout?: number;
  } = {},
): CliResult & { signal: NodeJS.Signals | null } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'run.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeout ?? 60_000,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    env: userEnv(options.env),
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** A user's environment for a CLI run: their PATH and HOME, a private cache and library, no colour. */
export function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    XDG_CACHE_HOME: tempDir(),
    XDG_DATA_HOME: tempDir(),
    NO_COLOR: '1',
    ...extra,
  };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tipkit-test-'));
}

/** `tip search` as the CLI runs it, on the store built in memory for `corpus`. */
export function storeSearch(corpus: Corpus): (query: string, options?: SearchOptions) => SearchResult {
  const chunks: Buffer[] = [];
  buildSearchStore(documentBatches(corpus), corpus.hash, (chunk) => chunks.push(Buffer.from(chunk)));
  const source = storeSource(storeFromBytes(Buffer.concat(chunks)));
  return (query, options = {}) => searchSource(source, query, options);
}
