/**
 * The corpus snapshot, cut per instrument: an index (every instrument's identity and
 * names, the cases, the file table) and one file per instrument with its provisions and
 * the rest. A command reads the index, and an instrument only when it touches its
 * provisions: `tip show` of one section reads one instrument of a thousand.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataError } from '../common/errors.js';
import { CACHE_WRITE, envelope, envelopeBody, readEnvelope } from './store.js';
import type { Corpus } from './model.js';
import type { Instrument } from './schema.js';

/** The parts of an instrument kept in its own file, read on first use. */
const HEAVY = ['provisions', 'sources', 'facts', 'offences', 'figures', 'status', 'dates', 'source'] as const;
type Heavy = (typeof HEAVY)[number];

interface SnapshotIndex extends Omit<Corpus, 'instruments' | 'hash'> {
  instruments: Omit<Instrument, Heavy>[];
}

/**
 * A snapshot file found damaged, or gone, when an instrument was first read, after the
 * snapshot's index was: the command runs again on a snapshot built anew (base-command.ts),
 * so the user sees this only when that fails too.
 */
export class SnapshotDamaged extends DataError {
  constructor(readonly path: string) {
    super(
      `tipkit's cached copy of the corpus is damaged (${path}) and could not be built again: remove ${dirname(path)} and run again`,
    );
  }
}

export function snapshotFolder(dir: string, hash: string): string {
  return join(dir, `corpus-${hash}`);
}

/** Writes the snapshot, instruments first and the index last, so a reader never sees half of one. */
export async function writeCorpusSnapshot(dir: string, corpus: Corpus): Promise<boolean> {
  const { writeTextFile } = await import('../writes/write-file.js');
  const folder = snapshotFolder(dir, corpus.hash);
  const write = (name: string, data: unknown) =>
    writeTextFile(join(folder, name), envelope(corpus.hash, data), CACHE_WRITE);
  try {
    const heads = corpus.instruments.map((instrument) => {
      const head: Record<string, unknown> = { ...instrument };
      const heavy: Record<string, unknown> = {};
      for (const key of HEAVY) {
        if (key in head) heavy[key] = head[key];
        delete head[key];
      }
      write(`${instrument.id}.json`, heavy);
      return head;
    });
    const { instruments: _all, hash: _hash, ...rest } = corpus;
    // The names table too: a thousand instruments' names take longer to normalise than to read.
    const { buildAliasTable } = await import('../citations/aliases.js');
    write('index.json', { ...rest, instruments: heads, aliasTable: buildAliasTable(corpus.instruments) });
    return true;
  } catch {
    return false;
  }
}

/**
 * The corpus of a snapshot, each instrument loading the rest of itself when first used;
 * undefined when there is none. With `verify`, every instrument's file is checked now
 * (read, not parsed), and a damaged one makes the whole snapshot count as absent: for a
 * command that will read every instrument anyway, or keep the corpus open for long.
 */
export function readCorpusSnapshot(dir: string, hash: string, options: { verify?: boolean } = {}): Corpus | undefined {
  const folder = snapshotFolder(dir, hash);
  const index = readEnvelope<SnapshotIndex>(join(folder, 'index.json'), hash);
  if (!index) return undefined;
  let present: Set<string>;
  try {
    present = new Set(readdirSync(folder));
  } catch {
    return undefined;
  }
  // Every instrument's file must be there; their contents are read (and checked) only when used.
  if (!index.instruments.every((i) => present.has(`${i.id}.json`))) return undefined;
  if (options.verify && !index.instruments.every((i) => envelopeBody(join(folder, `${i.id}.json`), hash))) {
    return undefined;
  }
  const instruments = index.instruments.map((head) => lazyInstrument(head, join(folder, `${head.id}.json`), hash));
  return { ...index, hash, instruments };
}

/** How to put each lazy instrument back to its unread state. */
const unread = new WeakMap<Instrument, () => void>();

declare const loaded: unique symbol;
/**
 * An instrument whose provisions and the rest are in memory: reading them reads no file
 * and cannot throw. A plain `Instrument` from a snapshot reads its file on first use.
 */
export type LoadedInstrument = Instrument & { readonly [loaded]: true };

/**
 * Reads an instrument's provisions and the rest now, where a damaged snapshot file throws
 * (SnapshotDamaged), rather than at whichever later line first touches them.
 */
export function loadInstrument(instrument: Instrument): LoadedInstrument {
  // A snapshot instrument's getters read every heavy field at the first read of any one.
  void instrument.provisions;
  return instrument as LoadedInstrument;
}

/**
 * Lets an instrument's provisions and the rest go again (read back when next used): a
 * builder that walks a statute book holds one instrument at a time. No effect on an
 * instrument that did not come from a snapshot.
 */
export function releaseInstrument(instrument: Instrument): void {
  unread.get(instrument)?.();
}

/** `use` with the instrument loaded, and the instrument let go after. */
export function withInstrument<T>(instrument: Instrument, use: (loaded: LoadedInstrument) => T): T {
  try {
    return use(loadInstrument(instrument));
  } finally {
    releaseInstrument(instrument);
  }
}

function lazyInstrument(head: Omit<Instrument, Heavy>, path: string, hash: string): Instrument {
  const instrument = head as Instrument;
  const fields = instrument as Record<string, unknown>;
  const settle = (): void => {
    const heavy = readEnvelope<Record<string, unknown>>(path, hash);
    if (!heavy) throw new SnapshotDamaged(path);
    for (const key of HEAVY) {
      if (key in heavy)
        Object.defineProperty(instrument, key, {
          value: heavy[key],
          writable: true,
          enumerable: true,
          configurable: true,
        });
      else delete fields[key];
    }
  };
  const install = (): void => {
    for (const key of HEAVY) {
      Object.defineProperty(instrument, key, {
        configurable: true,
        enumerable: true,
        get() {
          settle();
          return fields[key];
        },
        set(value: unknown) {
          settle();
          fields[key] = value;
        },
      });
    }
  };
  install();
  unread.set(instrument, install);
  return instrument;
}
