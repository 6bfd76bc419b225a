/**
 * Hostile input to tipkit's own cache and to the user's library, end to end: each row runs
 * the built CLI in a fresh user folder whose cache (.cache) and library (library) are in
 * it, damages them between commands, and asserts what hostile.test.ts asserts of every
 * row (no stack trace, no hang, the documented exit code, nothing changed but what the row
 * allows, beside the cache) and that a damaged cache is built again and never printed.
 * As in rows.ts, a row runs in this process unless its `process` field says why it needs one.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdFolder } from '../../../src/domain/corpus/in-use.js';
import { openStoreFile } from '../../../src/domain/search/store-file.js';
import { TERM_COLUMNS, type StoreSection } from '../../../src/domain/search/store-format.js';
import { searchVocabularyHash } from '../../../src/domain/search/search-vocabulary.js';
import { FIXTURES, ROOT, tempDir, tip, tipProcess, type CliResult } from '../../helpers.js';
import { BECAUSE } from './rows.js';
import { changedEntries, fingerprint, makeUserFolder } from './user-folder.js';

/**
 * A row: what is put in the fresh folder, what besides the cache its commands may change,
 * and its commands in turn, each with what is done to the folder (its cache, its library)
 * before it runs (which may return an undo, for the row's end) and its documented exit code.
 */
interface Row {
  name: string;
  setup?: (dir: string) => void;
  changes?: string[];
  /** Why the row runs as a real process rather than in this one (see rows.ts). */
  process?: string;
  steps: {
    before?: (dir: string) => void | (() => void) | Promise<() => void>;
    args: string[];
    exit: 0 | 1 | 2 | 3 | 4;
    /** Told this run's result and the row's earlier ones. */
    check?: (result: CliResult, dir: string, earlier: CliResult[]) => void;
  }[];
}
type Step = Row['steps'][number];

const STACK = /\n\s+at .+:\d+:\d+\)?$|node:internal|FATAL ERROR|internal error/m;
type Run = CliResult & { signal: NodeJS.Signals | null };
/** How long one process may run before it counts as hung: many times a cold build of the whole cache. */
const HANG_MS = 90_000;
const MAX_STEPS = 6;

const cache = (dir: string) => join(dir, '.cache', 'tipkit', 'corpus');
/** The one snapshot folder of the row's corpus. */
const snapshot = (dir: string) => {
  const [name] = readdirSync(cache(dir)).filter((entry) => /^corpus-[0-9a-f]{32}$/.test(entry));
  return join(cache(dir), name as string);
};
const storePath = (dir: string) =>
  join(cache(dir), `search-${snapshot(dir).slice(-32)}-${searchVocabularyHash()}.store`);
const fingerprintFile = (dir: string) => join(cache(dir), readdirSync(cache(dir)).find((f) => /^files-/.test(f)) ?? '');

/** Bit 0 of the byte at `at` flipped: "7" becomes "6". */
function flip(path: string, at: number): void {
  const bytes = readFileSync(path);
  bytes[at] = (bytes[at] as number) ^ 1;
  writeFileSync(path, bytes);
}

/** Where `text` is in the file, after `from`; fails the row when it is not there. */
function find(path: string, text: string, from = 0): number {
  const at = readFileSync(path).indexOf(text, from);
  if (at < 0) throw new Error(`${text} is not in ${path}`);
  return at;
}

function fifo(path: string): void {
  rmSync(path, { force: true });
  execFileSync('mkfifo', [path]);
}

const isFifo = (path: string) => lstatSync(path).isFIFO();
const pk = ['--data', 'corpora/pk'];
const sameAsFirst = (result: CliResult, _: string, [first]: CliResult[]) => expect(result.stdout).toBe(first?.stdout);
const quiet = ({ stderr }: CliResult) => expect(stderr).not.toMatch(/damaged|remove/i);

/**
 * The bundled corpus as a --data corpus of its own (a comment makes its hash another), so
 * that its snapshot and store are in the user's cache rather than the package's.
 */
function bundledCopy(dir: string): void {
  const copy = join(dir, 'corpora', 'pk');
  for (const folder of ['laws', 'cases']) cpSync(join(ROOT, folder), join(copy, folder), { recursive: true });
  appendFileSync(join(copy, 'laws', 'ptpa-2018.yaml'), '# a copy\n');
}

/** The cache a first search of the bundled copy builds (its snapshot and store), made once for all rows. */
let builtCache = '';
async function buildCache(): Promise<string> {
  const dir = tempDir();
  bundledCopy(dir);
  const env = { XDG_CACHE_HOME: join(dir, '.cache'), TIPKIT_LIBRARY: join(dir, 'library') };
  const { status, stderr } = await tip(['search', 'debt bondage', ...pk], { cwd: dir, env });
  if (status !== 0) throw new Error(`the cache of the bundled copy was not built: ${stderr}`);
  return join(dir, '.cache');
}

/**
 * The bundled copy, and the cache its first run would build, copied: a row's first command
 * finds its snapshot and store rather than building them again (a second each, in a process
 * of its own). The file of the corpus's fingerprints, which names the corpus's folder, is
 * left out: the row's first command writes it, for its own folder.
 */
function cachedCopy(dir: string): void {
  bundledCopy(dir);
  cpSync(builtCache, join(dir, '.cache'), { recursive: true, filter: (path) => !basename(path).startsWith('files-') });
}

/**
 * Where in the store a search for "PTPA s.3 trafficking" reads: a section it reads whole
 * (anywhere in it), the postings of "traffick", or the record of PTPA s.3.
 */
function storeSpot(dir: string, section: StoreSection | 'header'): number {
  const store = openStoreFile(storePath(dir));
  if (!store) throw new Error('no store');
  try {
    const { sections } = store.header;
    if (section === 'header') return store.bytes.size - 40;
    if (section === 'docs') return find(storePath(dir), '{"id":"ptpa-2018:s3"', sections.docs[0]) + 30;
    if (section === 'postings') {
      // A term's row in the term table: its bytes' offset and length, its postings' offset and length.
      const bytes = readFileSync(storePath(dir));
      const terms = bytes.subarray(sections.terms[0], sections.terms[0] + sections.terms[1]);
      const table = bytes.subarray(sections.termTable[0], sections.termTable[0] + sections.termTable[1]);
      for (let row = 0; row < table.length; row += TERM_COLUMNS * 4) {
        const term = terms.subarray(table.readUInt32LE(row), table.readUInt32LE(row) + table.readUInt32LE(row + 4));
        // In the last document's weight: a score changed by 65.536, which reorders the hits.
        if (term.toString() === 'traffick') {
          return sections.postings[0] + table.readUInt32LE(row + 8) + table.readUInt32LE(row + 12) - 2;
        }
      }
      throw new Error('traffick has no postings');
    }
    // The first place a search for a document by its id looks: the low byte of the document's number.
    if (section === 'byRank') return sections.byRank[0] + 4 * ((store.documentCount - 1) >> 1);
    const [offset, length] = sections[section];
    return offset + Math.floor(length / 2);
  } finally {
    store.close();
  }
}

const storeSections: Row[] = (
  ['terms', 'termTable', 'postings', 'docTable', 'meta', 'docs', 'ranks', 'byRank', 'header'] as const
).map((section) => {
  let clean: Buffer | undefined;
  return {
    name: `store ${section}, a flipped bit: search`,
    setup: cachedCopy,
    steps: [
      { args: ['search', 'PTPA s.3 trafficking', '--json', ...pk], exit: 0 },
      {
        before: (dir) => {
          clean = readFileSync(storePath(dir));
          flip(storePath(dir), storeSpot(dir, section));
        },
        args: ['search', 'PTPA s.3 trafficking', '--json', ...pk],
        exit: 0,
        check: (result, dir, earlier) => {
          sameAsFirst(result, dir, earlier);
          quiet(result);
          // Found, and built again.
          expect(readFileSync(storePath(dir)).equals(clean as Buffer)).toBe(true);
        },
      },
    ],
  };
});

/** The PTPA's s.3 penalty in the snapshot, "max_years":7, made 6 by one bit. */
const sevenYears = (dir: string) => {
  const path = join(snapshot(dir), 'ptpa-2018.json');
  flip(path, find(path, '"max_years":7') + 12);
};

const snapshots: Row[] = [
  ...[
    ['show', 'PTPA s.3'],
    // Run again after the damage is met: the second run's result is printed as JSON, once.
    ['show', 'PTPA s.3', '--json'],
    ['checklist', 'trafficking', '--victim', 'adult'],
    ['export', '--format', 'json'],
  ].map((args): Row => ({
    name: `snapshot, a flipped bit ("7 years" as 6): ${args.join(' ')}`,
    setup: cachedCopy,
    steps: [
      { args: [...args, ...pk], exit: 0, check: ({ stdout }) => expect(stdout).toMatch(/\b7\b/) },
      { before: sevenYears, args: [...args, ...pk], exit: 0, check: sameAsFirst },
    ],
  })),
  {
    name: 'snapshot, a truncated file: show and laws build it again',
    setup: cachedCopy,
    steps: [
      { args: ['show', 'PTPA s.3', ...pk], exit: 0 },
      {
        before: (dir) => truncateSync(join(snapshot(dir), 'ptpa-2018.json'), 100),
        args: ['show', 'PTPA s.3', ...pk],
        exit: 0,
        check: (result, dir, earlier) => {
          sameAsFirst(result, dir, earlier);
          quiet(result);
        },
      },
      { before: (dir) => truncateSync(join(snapshot(dir), 'index.json'), 100), args: ['laws', ...pk], exit: 0 },
    ],
  },
  {
    name: 'store docs, a flipped bit: export html copies none of it',
    setup: cachedCopy,
    changes: ['site', 'again'],
    steps: [
      { args: ['export', '--format', 'html', '--out', 'site', ...pk], exit: 0 },
      {
        // In a record no search of the CLI reads here: only the export's whole check finds it.
        before: (dir) => flip(storePath(dir), storeSpot(dir, 'docs')),
        args: ['export', '--format', 'html', '--out', 'again', ...pk],
        exit: 0,
        check: (_, dir) => {
          const search = (site: string) => join(dir, site, 'assets', 'search');
          for (const name of readdirSync(search('site'))) {
            expect(readFileSync(join(search('again'), name)).equals(readFileSync(join(search('site'), name)))).toBe(
              true,
            );
          }
        },
      },
    ],
  },
];

/** A FIFO tipkit did not make, where it keeps a cache file: nothing waits on it, and it is left where it is. */
const fifos: Row[] = [
  {
    name: 'FIFO at the store path: search, export html',
    setup: cachedCopy,
    process: BECAUSE.fifo,
    changes: ['site'],
    steps: [
      { args: ['laws', ...pk], exit: 0 },
      { before: (dir) => fifo(storePath(dir)), args: ['search', 'debt bondage', ...pk], exit: 0 },
      {
        args: ['export', '--format', 'html', '--out', 'site', ...pk],
        exit: 0,
        check: (_, dir) => expect(isFifo(storePath(dir))).toBe(true),
      },
    ],
  },
  ...(
    [
      ['the fingerprint file', fingerprintFile],
      ['the snapshot index', (dir: string) => join(snapshot(dir), 'index.json')],
      ['an instrument snapshot file', (dir: string) => join(snapshot(dir), 'ptpa-2018.json')],
    ] as const
  ).map(([what, path]): Row => ({
    name: `FIFO at ${what}: show, checklist, search, export`,
    setup: cachedCopy,
    process: BECAUSE.fifo,
    steps: [
      { args: ['show', 'PTPA s.3', ...pk], exit: 0 },
      { before: (dir) => fifo(path(dir)), args: ['show', 'PTPA s.3', ...pk], exit: 0, check: sameAsFirst },
      { args: ['checklist', 'trafficking', ...pk], exit: 0 },
      { args: ['search', 'debt bondage', ...pk], exit: 0 },
      {
        args: ['export', '--format', 'json', ...pk],
        exit: 0,
        check: (_, dir) => expect(isFifo(path(dir))).toBe(true),
      },
    ],
  })),
];

const libraryLaws = (dir: string) => join(dir, 'library', 'laws');
const dangling = (dir: string) => {
  mkdirSync(libraryLaws(dir), { recursive: true });
  symlinkSync('/nonexistent', join(libraryLaws(dir), 'gone.text.yaml'));
};
const invalid = (dir: string) => {
  mkdirSync(libraryLaws(dir), { recursive: true });
  writeFileSync(join(libraryLaws(dir), 'odd.text.yaml'), 'text_of: [\n');
};
const warns =
  (entry: string) =>
  ({ stdout, stderr }: CliResult) => {
    expect(stderr).toMatch(new RegExp(`warning: left out .*library/laws/${entry}\\.text\\.yaml`));
    expect(stdout).not.toBe('');
  };

const library: Row[] = [
  ...(
    [
      ['a dangling link', dangling, 'gone'],
      ['an invalid file', invalid, 'odd'],
    ] as const
  ).flatMap(([what, setup, entry]): Row[] => [
    ...[
      ['show', 'PTPA s.3'],
      ['search', 'debt bondage'],
      // An export leaves the library out unless asked.
      ['export', '--format', 'json', '--with-library'],
      ['checklist', 'trafficking'],
    ].map((args): Row => ({
      name: `library, ${what}: ${args[0]}`,
      setup,
      steps: [{ args, exit: 0, check: warns(entry) }],
    })),
    {
      name: `library, ${what}: import --list lists it as damaged`,
      setup,
      steps: [
        {
          args: ['import', '--list'],
          exit: 0,
          check: ({ stdout }) => {
            expect(stdout).toMatch(new RegExp(`${entry}: DAMAGED`));
            expect(stdout).not.toMatch(/No imported texts/);
          },
        },
      ],
    },
    {
      name: `library, ${what}: validate names it, not the package`,
      setup,
      steps: [
        {
          args: ['validate'],
          exit: 4,
          check: ({ stderr }) => {
            expect(stderr).toMatch(
              new RegExp(
                `^Error: 1 problem \\(tipkit's bundled corpus, with your library\\) in .*library/laws/${entry}\\.text\\.yaml$`,
                'm',
              ),
            );
            expect(stderr).not.toContain(ROOT);
          },
        },
      ],
    },
  ]),
];

/** Four corpora of their own, each a new corpus hash in the cache, as four edits or imports make. */
function others(dir: string): void {
  for (let n = 1; n <= 4; n++) {
    cpSync(join(FIXTURES, 'minimal'), join(dir, 'corpora', `other-${n}`), { recursive: true });
    const act = join(dir, 'corpora', `other-${n}`, 'laws', 'demo-act.yaml');
    writeFileSync(act, readFileSync(act, 'utf8').replace('Lighthouse keeping', `Lighthouse keeping ${n}`));
  }
}

/** The snapshot a session holds, and whether it was still there after the other runs. */
const session = { folder: '', kept: false };
const prune: Row[] = [
  {
    name: 'prune during a session: four other corpora leave its snapshot',
    // In this process the marker would name tipkit's own process, not another's that lives on.
    process: 'the snapshot is held by another live process (this one), as tip browse holds it',
    setup: (dir) => {
      cachedCopy(dir);
      others(dir);
    },
    steps: [
      { args: ['laws', ...pk], exit: 0 },
      // What tip browse does as it opens: the snapshot it reads is marked in use by its (live) process.
      ...[1, 2, 3, 4].map((n): Step => ({
        ...(n === 1 ? { before: (dir: string) => holdFolder((session.folder = snapshot(dir))) } : {}),
        args: ['laws', '--data', `corpora/other-${n}`],
        exit: 0,
      })),
      {
        before: () => void (session.kept = existsSync(join(session.folder, 'ptpa-2018.json'))),
        args: ['show', 'PTPA s.3', ...pk],
        exit: 0,
        check: (result) => {
          quiet(result);
          expect(session.kept).toBe(true);
        },
      },
    ],
  },
];

const rows = [...storeSections, ...snapshots, ...fifos, ...library, ...prune];
const tally = { tried: 0, stackTraces: 0, hangs: 0, wrongExitCodes: 0, filesDamaged: 0 };

/** Adds a row's runs to the tally the suite prints. */
function count(runs: { step: Step; result: Run }[], changed: string[]): void {
  tally.tried++;
  if (runs.some(({ result }) => STACK.test(result.stdout + result.stderr))) tally.stackTraces++;
  if (runs.some(({ result }) => result.signal)) tally.hangs++;
  if (runs.some(({ step, result }) => result.status !== step.exit)) tally.wrongExitCodes++;
  if (changed.length > 0) tally.filesDamaged++;
}

/** One command of `row` in `dir`: as a process when the row says why, else in this process. */
async function execute(row: Row, args: string[], dir: string, env: NodeJS.ProcessEnv): Promise<Run> {
  if (row.process === undefined) return { ...(await tip(args, { cwd: dir, env })), signal: null };
  return tipProcess(args, { cwd: dir, env, timeout: HANG_MS });
}

/** Runs the row's steps in a fresh user folder, then holds them to the rules every row keeps. */
async function run(row: Row): Promise<void> {
  const dir = makeUserFolder();
  row.setup?.(dir);
  const before = fingerprint(dir);
  const env = { XDG_CACHE_HOME: join(dir, '.cache'), TIPKIT_LIBRARY: join(dir, 'library') };
  const runs: { step: Step; result: Run }[] = [];
  const undo: (() => void)[] = [];
  try {
    // Every step runs, the damage before each done, before anything is asserted.
    for (const step of row.steps) {
      const done = await step.before?.(dir);
      if (done) undo.push(done);
      runs.push({ step, result: await execute(row, step.args, dir, env) });
    }
  } finally {
    for (const done of undo) done();
  }
  const allowed = ['.cache', ...(row.changes ?? [])];
  const changed = changedEntries(before, fingerprint(dir)).filter(
    (name) => !allowed.some((entry) => name === entry || name.startsWith(`${entry}/`)),
  );
  count(runs, changed);
  const earlier: CliResult[] = [];
  for (const { step, result } of runs) {
    const command = `tip ${step.args.join(' ')}`;
    expect(result.signal, `${command}: hung and was killed`).toBeNull();
    expect(result.stdout + result.stderr, command).not.toMatch(STACK);
    expect(result.status, `${command}: ${result.stderr}`).toBe(step.exit);
    if (step.args.includes('--json')) expect(() => JSON.parse(result.stdout)).not.toThrow();
    step.check?.(result, dir, earlier);
    earlier.push(result);
  }
  expect(changed).toEqual([]);
}

describe.skipIf(process.platform === 'win32')('hostile input to the cache and the library', () => {
  // Built in this process, before any row: rows run a few at once, and each copies it.
  beforeAll(async () => void (builtCache = await buildCache()));

  it('has every row named once, and none of more steps than its time allows', () => {
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    expect(Math.max(...rows.map((r) => r.steps.length))).toBeLessThanOrEqual(MAX_STEPS);
  });

  // By name in full ('$name' would cut it at 40 characters). In-process rows change the
  // working folder and the environment: one at a time; process rows a few at once.
  const named = (kept: Row[]) => kept.map((row) => [row.name, row] as const);
  const inProcess = named(rows.filter((row) => row.process === undefined));
  if (inProcess.length > 0) it.each(inProcess)('%s', (_, row) => run(row), MAX_STEPS * HANG_MS);
  const processes = named(rows.filter((row) => row.process !== undefined));
  if (processes.length > 0) it.concurrent.each(processes)('%s', (_, row) => run(row), MAX_STEPS * HANG_MS);

  afterAll(() => {
    const line = `hostile cache and library inputs: ${tally.tried} tried, ${tally.stackTraces} stack traces, ${tally.hangs} hangs, ${tally.wrongExitCodes} wrong exit codes, ${tally.filesDamaged} files damaged`;
    console.log(line);
  });
});
