/**
 * A case checklist saved to disk: the offence, the facts, the corpus version, and each
 * item's tick and note. Files are written atomically and never overwritten unless they
 * are checklists themselves, so a typo in --save cannot destroy someone's work.
 */
import { createHash } from 'node:crypto';
import { shellQuote } from '../common/text.js';
import { parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { DataError, UsageError } from '../common/errors.js';
import { readTextFile } from '../writes/read-file.js';
import { entryKind, writeTextFile } from '../writes/write-file.js';
import type { Corpus } from '../corpus/model.js';
import { buildChecklist, type Checklist } from './build.js';
import { AGGRAVATING } from '../corpus/conditions.js';
import { PURPOSES, VICTIM_AGES } from './facts.js';

const MARKER = 'tipkit-checklist';
/** Version 2 added the end line, which tells a whole file from a truncated one. */
const VERSION = 2;
const END_LINE = '# end of tipkit checklist';
/** A checklist is a few kilobytes; anything far larger is not one. */
const MAX_SESSION_BYTES = 4 * 1024 * 1024;

const ItemState = z.strictObject({
  id: z.string().min(1),
  done: z.boolean(),
  note: z.string().optional(),
  /** A digest of the item's wording when it was last saved, to tell when the corpus changed it. */
  rev: z.string().min(1),
});

const Session = z.strictObject({
  format: z.literal(MARKER),
  version: z.union([z.literal(1), z.literal(VERSION)]),
  offence: z.string().min(1),
  facts: z.strictObject({
    victim: z.enum(VICTIM_AGES),
    victim_woman: z.boolean(),
    cross_border: z.boolean(),
    aggravating: z.array(z.enum(AGGRAVATING)),
    purpose: z.array(z.enum(PURPOSES)),
    forged_documents: z.boolean(),
  }),
  corpus: z.string().min(1),
  /** The item the investigator was on when the file was last saved. */
  position: z.string().optional(),
  items: z.array(ItemState),
});

export type ItemState = z.infer<typeof ItemState>;
export type Session = z.infer<typeof Session>;

/** What changed between the corpus a session was saved with and the current one. */
export interface SessionChanges {
  from_corpus: string;
  to_corpus: string;
  /** Items whose wording changed; their ticks are kept. */
  changed: string[];
  /** Items no longer in the checklist; their ticks and notes are dropped from the file. */
  removed: { id: string; done: boolean; note?: string }[];
  /** Items new in this corpus, not yet ticked. */
  added: string[];
}

export function newSession(checklist: Checklist): Session {
  return {
    format: MARKER,
    version: VERSION,
    offence: checklist.offence.id,
    facts: checklist.facts,
    corpus: checklist.corpus,
    items: checklist.items.map((item) => ({ id: item.id, done: false, rev: revision(item) })),
  };
}

/** Carries a saved session over to the checklist built from the current corpus. */
export function resumeSession(saved: Session, checklist: Checklist): { session: Session; changes: SessionChanges } {
  const before = new Map(saved.items.map((s) => [s.id, s]));
  const current = new Set(checklist.items.map((i) => i.id));
  const changes: SessionChanges = {
    from_corpus: saved.corpus,
    to_corpus: checklist.corpus,
    changed: [],
    removed: saved.items
      .filter((s) => !current.has(s.id))
      .map((s) => ({ id: s.id, done: s.done, ...(s.note ? { note: s.note } : {}) })),
    added: [],
  };
  const items = checklist.items.map((item): ItemState => {
    const old = before.get(item.id);
    const rev = revision(item);
    if (!old) changes.added.push(item.id);
    else if (old.rev !== rev) changes.changed.push(item.id);
    return { id: item.id, done: old?.done ?? false, ...(old?.note ? { note: old.note } : {}), rev };
  });
  const position = saved.position && current.has(saved.position) ? { position: saved.position } : {};
  return { session: { ...saved, corpus: checklist.corpus, ...position, items }, changes };
}

/** Reads a saved checklist, refusing anything that is not one, with the reason. */
export function readSession(path: string): Session {
  return parseSession(readTextFile(path, { what: 'checklist file', maxBytes: MAX_SESSION_BYTES }), path);
}

export function parseSession(text: string, path: string): Session {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const [line, col] = syntax.linePos?.[0] ? [syntax.linePos[0].line, syntax.linePos[0].col] : [1, 1];
    throw new DataError(
      `${path}:${line}:${col}: not a readable checklist: YAML syntax: ${syntax.message.split('\n')[0]}`,
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // yaml refuses alias bombs ("billion laughs") with a ReferenceError.
    throw new DataError(`${path} is not a readable checklist: ${(error as Error).message}`);
  }
  const fields = (value && typeof value === 'object' ? value : {}) as { format?: unknown; version?: unknown };
  if (fields.format !== MARKER) {
    throw new DataError(`${path} is not a tipkit checklist (it has no "format: ${MARKER}" line)`, {
      suggestions: ['Start a new one with tip checklist <offence> --interactive --save <new file>'],
    });
  }
  if (typeof fields.version === 'number' && fields.version > VERSION) {
    throw new DataError(
      `${path} was written by a newer tipkit (checklist format ${fields.version}; this one reads up to ${VERSION})`,
      { suggestions: ['Update tipkit to open it; the file was left as it is'] },
    );
  }
  if (fields.version === VERSION && !text.trimEnd().endsWith(END_LINE)) {
    throw new DataError(`${path} is a damaged checklist: it ends early (the last line should be "${END_LINE}")`, {
      suggestions: ['Restore it from a backup; tipkit will not overwrite it'],
    });
  }
  const result = Session.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(`${path} is a damaged checklist: ${issue?.path.join('.') || 'file'}: ${issue?.message}`, {
      suggestions: ['Restore it from a backup; tipkit will not overwrite it'],
    });
  }
  return result.data;
}

/**
 * Saves atomically, always as a regular file (it is read back). `fresh` is for a new
 * session: it refuses anything already at the path, so that --save never replaces
 * earlier work (resume it instead). A later save replaces the file this session opened.
 */
export function saveSession(path: string, session: Session, options: { fresh: boolean }): void {
  if (options.fresh && entryKind(path) !== 'missing') {
    throw new UsageError(`${path} already exists (${existingKind(path)}); tipkit will not overwrite it`, {
      suggestions: [`tip checklist --resume ${shellQuote(path)}`, 'or choose another file name for --save'],
    });
  }
  writeTextFile(path, serializeSession({ ...session, version: VERSION }), {
    replace: !options.fresh,
    regularOnly: true,
  });
}

export function serializeSession(session: Session): string {
  return `# tipkit case checklist: resume with tip checklist --resume <this file>\n${stringify(session, { lineWidth: 0 })}${END_LINE}\n`;
}

/** Names what is in the way of a new checklist, reading it only if it is a small regular file. */
function existingKind(path: string): string {
  if (entryKind(path) !== 'file') return 'and it is not a regular file';
  try {
    readSession(path);
    return 'a saved checklist';
  } catch {
    return 'a file that is not a tipkit checklist';
  }
}

function revision(item: { text: string; prompts: readonly string[] }): string {
  return createHash('sha256')
    .update([item.text, ...item.prompts].join('\n'))
    .digest('hex')
    .slice(0, 12);
}

/** Ticked and total items, per section and overall. */
export interface Progress {
  done: number;
  total: number;
  sections: { id: string; title: string; done: number; total: number }[];
}

export function progressOf(checklist: Checklist, session: Session): Progress {
  const done = new Set(session.items.filter((s) => s.done).map((s) => s.id));
  const sections = checklist.sections.map(({ id, title }) => {
    const items = checklist.items.filter((i) => i.section === id);
    return { id, title, done: items.filter((i) => done.has(i.id)).length, total: items.length };
  });
  return {
    done: sections.reduce((n, s) => n + s.done, 0),
    total: checklist.items.length,
    sections,
  };
}

/** A saved checklist brought up to date with the corpus, ready to show or continue. */
export interface OpenedSession {
  checklist: Checklist;
  session: Session;
  changes: SessionChanges;
  progress: Progress;
}

export function openSession(corpus: Corpus, path: string): OpenedSession {
  const saved = readSession(path);
  const checklist = buildChecklist(corpus, saved.offence, saved.facts);
  const { session, changes } = resumeSession(saved, checklist);
  return { checklist, session, changes, progress: progressOf(checklist, session) };
}
