import { spawn } from 'node:child_process';
import { run } from '@oclif/core';
import { captureOutput } from '@oclif/test';
import { accessSync, constants, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import * as yaml from 'yaml';
import { readCorpusSource } from '../src/domain/corpus/files.js';
import type { Corpus } from '../src/domain/corpus/model.js';
import { parseCorpus } from '../src/domain/corpus/parse.js';
import { documentBatches } from '../src/domain/search/documents.js';
import { searchSource, type SearchOptions, type SearchResult } from '../src/domain/search/search.js';
import { buildSearchStore, type StoreIdentity } from '../src/domain/search/store-build.js';
import { citationCatalog } from '../src/domain/search/catalog.js';
import { SEARCH_VOCABULARY_FILE, type SearchVocabulary } from '../src/domain/search/search-vocabulary.js';
import { searchVocabularyFrom } from '../src/domain/search/search-vocabulary-read.js';
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
  return yaml.parse(readFileSync(join(EXPECTED, name), 'utf8')) as T;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI in this process, through oclif's own test entry, with a private
 * cache and no colour: stdout and stderr captured, the exit code from oclif's exit error.
 * Tests of what only a process shows (stdin, a full disk, colour on a terminal, signals,
 * hangs) use tipProcess.
 */
export async function tip(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CliResult> {
  const saved = { env: process.env, cwd: process.cwd() };
  process.env = userEnv(options.env);
  if (options.cwd) process.chdir(options.cwd);
  try {
    const { error, stdout, stderr } = await captureOutput(() => run([...args], { root: ROOT }), { stripAnsi: false });
    if (!error) return { status: 0, stdout, stderr };
    const exit = (error as { oclif?: { exit?: number } }).oclif?.exit;
    // Anything but oclif's exit error escaped the command: a real run would print it and exit 1.
    return exit === undefined
      ? { status: 1, stdout, stderr: `${stderr}${error.stack ?? error.message}\n` }
      : { status: exit, stdout, stderr };
  } finally {
    process.env = saved.env;
    process.chdir(saved.cwd);
  }
}

/** `tip … --json` in this process, with its output parsed (as loosely typed as JSON.parse gives it). */
export async function tipJson(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CliResult & { body: ReturnType<typeof JSON.parse> }> {
  const result = await tip([...args, '--json'], options);
  return { ...result, body: JSON.parse(result.stdout) };
}

/** Runs the built CLI as a separate process, as a user would, with a private cache and no colour. */
export function tipProcess(
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
): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'run.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
      env: userEnv(options.env),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 60_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
      resolve({ status, signal, stdout: text(stdout), stderr: text(stderr) });
    });
    // A command that exits before reading all its input closes the pipe: not the test's concern.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
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

let vocabulary: SearchVocabulary | undefined;

/** tipkit's search vocabulary (vocabulary/search-terms.yaml), read once. */
export function searchVocabulary(): SearchVocabulary {
  vocabulary ??= searchVocabularyFrom(readFileSync(SEARCH_VOCABULARY_FILE), SEARCH_VOCABULARY_FILE, yaml);
  return vocabulary;
}

/** What a store for `corpus` is built with, as tip builds it. */
export function storeIdentity(corpus: Corpus): StoreIdentity {
  return { hash: corpus.hash, vocabulary: searchVocabulary(), catalog: citationCatalog(corpus) };
}

/** `tip search` as the CLI runs it, on the store built in memory for `corpus`. */
export function storeSearch(corpus: Corpus): (query: string, options?: SearchOptions) => SearchResult {
  const chunks: Buffer[] = [];
  buildSearchStore(documentBatches(corpus), storeIdentity(corpus), (chunk) => chunks.push(Buffer.from(chunk)));
  const source = storeSource(storeFromBytes(Buffer.concat(chunks)));
  return (query, options = {}) => searchSource(source, query, options);
}

/** A program on PATH, as `command -v` finds it; undefined if not installed. */
export function onPath(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}
