import { caveatLine } from '../render/caveats.js';
import { Box, Text, useApp, useInput, type Key } from 'ink';
import { useRef, useState } from 'react';
import type { Checklist } from '../domain/checklist/build.js';
import type { ItemState, Session, SessionChanges } from '../domain/checklist/session.js';
import { bandLine, changeLines, factsLine, headerCaveats } from '../render/checklist-summary.js';
import { CHECKLIST_KEYS, checklistActions } from './checklist-actions.js';
import { layout } from './checklist-layout.js';
import { keyPresses, typedText } from './key-presses.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface ChecklistAppProps {
  checklist: Checklist;
  session: Session;
  changes?: SessionChanges;
  label: (id: string) => string;
  /** Persists the session; called after every tick and note, so quitting never loses work. */
  save: (session: Session) => void;
  /** Rows for the item list; by default whatever the terminal leaves after the header and the detail box. */
  height?: number;
}

type Mode = { kind: 'browse' } | { kind: 'note'; draft: string; confirmDiscard: boolean };

/**
 * The interactive checklist. The header (offence, facts, band, progress) always fits on
 * screen, whatever its size, and the layout follows a resize. `?` lists the keys.
 */
export function ChecklistApp({ checklist, session: initial, changes, label, save, height }: ChecklistAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const { items } = checklist;
  // Keys can arrive faster than React re-renders (typing, pasting, key repeat), so the
  // handlers read the latest state from refs rather than from this render's closure.
  const latest = useRef(initialScreen(checklist, initial));
  const [status, setStatus] = useState({ text: changes ? (changeLines(changes)[0] ?? '') : '', failed: false });
  const [, rerender] = useState(0);
  const refresh = (): void => rerender((n) => n + 1);
  const set = (next: Partial<typeof latest.current>): void => {
    latest.current = { ...latest.current, ...next };
    refresh();
  };

  const update = (change: (state: ItemState) => ItemState, message: string): void => {
    const { session: before, cursor: at } = latest.current;
    const item = items[at];
    if (!item) return;
    const next: Session = {
      ...before,
      position: item.id,
      items: before.items.map((s) => (s.id === item.id ? change(s) : s)),
    };
    try {
      save(next);
      setStatus({ text: message, failed: false });
      set({ session: next });
    } catch (error) {
      // The screen shows what the file holds: a change that was not saved is not shown as made.
      setStatus({ text: `not saved: ${(error as Error).message}`, failed: true });
    }
  };

  const saveNote = (draft: string): void => {
    const note = draft.trim();
    set({ mode: { kind: 'browse' } });
    update(({ note: _old, ...rest }) => (note ? { ...rest, note } : rest), note ? 'note saved' : 'note removed');
  };

  const onKey = (input: string, key: Key): void => {
    const { mode } = latest.current;
    if (mode.kind === 'note') {
      const step = noteKey(mode, input, key);
      if (step?.kind === 'exit') return exit();
      if (step?.kind === 'save') return saveNote(step.draft);
      if (step) set({ mode: step.mode });
      return;
    }
    // Esc quits many programs; here it does not, so that a reflex cannot close the checklist: say what does.
    if (key.escape) return setStatus({ text: 'q quits (every change is already saved)', failed: false });
    const page = Math.max(1, (height ?? size.rows) - 12);
    for (const action of checklistActions(input, key, latest.current.cursor, items.length, page)) {
      if (action.kind === 'move') set({ cursor: action.to, help: false });
      else if (action.kind === 'toggle') update((s) => ({ ...s, done: !s.done }), 'saved');
      else if (action.kind === 'help') set({ help: !latest.current.help });
      else if (action.kind === 'quit') return exit();
      else {
        const id = items[latest.current.cursor]?.id;
        const draft = latest.current.session.items.find((s) => s.id === id)?.note ?? '';
        return set({ mode: { kind: 'note', draft, confirmDiscard: false } });
      }
    }
  };
  // A burst that arrives in one read (three Backspaces while writing a note) is each of its keys in turn.
  useInput((input, key) => {
    for (const press of keyPresses(input, key)) onKey(press.input, press.key);
  });

  const { session, cursor, mode, help } = latest.current;
  return (
    <ChecklistScreen
      {...{ checklist, session, cursor, mode, help, status, label }}
      size={{ ...size, ...(height ? { listRows: height } : {}) }}
    />
  );
}

type NoteMode = Extract<Mode, { kind: 'note' }>;

/** Where the checklist opens: on the item the session was left at, browsing. */
function initialScreen(checklist: Checklist, session: Session) {
  return {
    session,
    cursor: Math.max(
      0,
      checklist.items.findIndex((i) => i.id === session.position),
    ),
    mode: { kind: 'browse' } as Mode,
    help: false,
  };
}

/** What a key does while a note is written: the mode after it, a save, a quit, or nothing. */
function noteKey(
  mode: NoteMode,
  input: string,
  key: Key,
): { kind: 'mode'; mode: Mode } | { kind: 'save'; draft: string } | { kind: 'exit' } | undefined {
  if (key.ctrl && input === 'c') {
    // A half-typed note is not lost to a reflex Ctrl-C: the first one asks.
    if (mode.draft.trim() && !mode.confirmDiscard) return { kind: 'mode', mode: { ...mode, confirmDiscard: true } };
    return { kind: 'exit' };
  }
  if (key.escape) return { kind: 'mode', mode: { kind: 'browse' } };
  if (key.return) return { kind: 'save', draft: mode.draft };
  if (key.backspace || key.delete) return { kind: 'mode', mode: { ...mode, draft: mode.draft.slice(0, -1) } };
  if (!key.ctrl && !key.meta && input) {
    return {
      kind: 'mode',
      mode: { kind: 'note', draft: (mode.draft + typedText(input)).slice(0, 500), confirmDiscard: false },
    };
  }
  return undefined;
}

interface ChecklistScreenProps {
  readonly checklist: Checklist;
  readonly session: Session;
  readonly cursor: number;
  readonly mode: Mode;
  readonly help: boolean;
  readonly status: { readonly text: string; readonly failed: boolean };
  readonly label: (id: string) => string;
  readonly size: { rows: number; columns: number; listRows?: number };
}

/** The lines of the detail box: the keys on `?`, else the item under the cursor, its note or the note being written. */
function detailLinesOf({ checklist, session, cursor, mode, help, label }: ChecklistScreenProps): string[] {
  const current = checklist.items[cursor];
  const state = current && session.items.find((s) => s.id === current.id);
  if (help) return ['Keys:', ...CHECKLIST_KEYS.map(([keys, does]) => `${keys}: ${does}`)];
  if (!current) return [];
  return [
    current.text,
    ...current.prompts.map((p) => `- ${p}`),
    current.cites.map(label).join(' · '),
    ...current.caveats.map(caveatLine),
    ...(mode.kind === 'note' ? [`Note: ${mode.draft}_`] : state?.note ? [`Note: ${state.note}`] : []),
  ];
}

function footerOf(mode: Mode): string {
  if (mode.kind === 'browse') return '↑↓ jk move · space tick · n note · ? keys · q quit (saved after every change)';
  return mode.confirmDiscard
    ? 'Ctrl-C again discards the note and quits · enter saves it · esc goes back'
    : 'type the note · enter save · esc cancel';
}

/** The checklist screen: the header, the item list around the cursor, the detail box and the keys. */
function ChecklistScreen(props: ChecklistScreenProps) {
  const { checklist, session, cursor, help, status, label, size } = props;
  const { items } = checklist;
  const states = new Map(session.items.map((s) => [s.id, s]));
  const done = session.items.filter((s) => s.done).length;
  const screen = layout(checklist, cursor, detailLinesOf(props), size, help, headerCaveats(checklist).map(caveatLine));
  return (
    <Box flexDirection="column" width={size.columns}>
      <Text bold wrap="truncate">{`Checklist: ${checklist.offence.name}`}</Text>
      <Text dimColor wrap="truncate">
        {factsLine(checklist.facts)}
      </Text>
      <Text wrap="truncate">{`Penalty: ${bandLine(checklist.penalty)} (${label(checklist.penalty.basis)})`}</Text>
      {screen.caveats.map((line) => (
        <Text key={line} color="yellow" wrap="truncate">
          {line}
        </Text>
      ))}
      <Text wrap="truncate">{`Agency: ${checklist.agency.name} · Court: ${checklist.court.name ?? 'not known'}`}</Text>
      <Text wrap="truncate">
        {`${done} of ${items.length} done`}
        {status.text ? (
          <Text color={status.failed ? 'red' : undefined} bold={status.failed}>{` · ${status.text}`}</Text>
        ) : null}
      </Text>
      <Box flexDirection="column" marginTop={screen.compact ? 0 : 1}>
        {screen.list.map((row) => {
          if (row.kind === 'section') {
            return (
              <Text key={`section ${row.title}`} bold wrap="truncate">
                {row.title}
              </Text>
            );
          }
          const item = items[row.index];
          if (!item) return null;
          const mark = states.get(item.id)?.done ? '[x]' : '[ ]';
          return (
            <Text key={item.id} inverse={row.index === cursor} wrap="truncate">
              {`${row.index === cursor ? '>' : ' '} ${item.element ? '  ' : ''}${mark} ${item.text}`}
            </Text>
          );
        })}
      </Box>
      <Box flexDirection="column" {...(screen.compact ? {} : { borderStyle: 'single' as const, paddingX: 1 })}>
        {screen.detail.map((line, i) => (
          <Text key={i} wrap="truncate" color={line.startsWith('! ') ? 'yellow' : undefined}>
            {line}
          </Text>
        ))}
      </Box>
      <Text dimColor wrap="truncate">
        {footerOf(props.mode)}
      </Text>
    </Box>
  );
}
