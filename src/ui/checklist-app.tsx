import { Box, Text, useApp, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { Checklist } from '../domain/checklist/build.js';
import type { ItemState, Session, SessionChanges } from '../domain/checklist/session.js';
import { bandLine, changeLines, factsLine } from '../render/checklist-summary.js';

export interface ChecklistAppProps {
  checklist: Checklist;
  session: Session;
  changes?: SessionChanges;
  label: (id: string) => string;
  /** Persists the session; called after every tick and note, so quitting never loses work. */
  save: (session: Session) => void;
  /** Rows available for the item list. */
  height?: number;
}

type Mode = { kind: 'browse' } | { kind: 'note'; draft: string };

/** Move with ↑/↓ (or j/k), tick with space or x, n to write a note, q to quit. */
export function ChecklistApp({ checklist, session: initial, changes, label, save, height = 12 }: ChecklistAppProps) {
  const { exit } = useApp();
  const { items } = checklist;
  // Keys can arrive faster than React re-renders (typing, pasting, key repeat), so the
  // handlers read the latest state from refs rather than from this render's closure.
  const latest = useRef({
    session: initial,
    cursor: Math.max(
      0,
      items.findIndex((i) => i.id === initial.position),
    ),
  });
  const [mode, setModeState] = useState<Mode>({ kind: 'browse' });
  const modeRef = useRef<Mode>(mode);
  const [status, setStatus] = useState(changes ? (changeLines(changes)[0] ?? '') : '');
  const [, rerender] = useState(0);
  const setMode = (next: Mode): void => {
    modeRef.current = next;
    setModeState(next);
  };
  const { session, cursor } = latest.current;
  const current = items[cursor];
  const states = new Map(session.items.map((s) => [s.id, s]));

  const moveTo = (index: number): void => {
    latest.current = { ...latest.current, cursor: Math.min(items.length - 1, Math.max(0, index)) };
    rerender((n) => n + 1);
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
      latest.current = { ...latest.current, session: next };
      setStatus(message);
    } catch (error) {
      setStatus(`not saved: ${(error as Error).message}`);
    }
    rerender((n) => n + 1);
  };

  useInput((input, key) => {
    const mode = modeRef.current;
    if (mode.kind === 'note') {
      if (key.escape) return setMode({ kind: 'browse' });
      if (key.return) {
        const note = mode.draft.trim();
        setMode({ kind: 'browse' });
        return update(
          ({ note: _old, ...rest }) => (note ? { ...rest, note } : rest),
          note ? 'note saved' : 'note removed',
        );
      }
      if (key.backspace || key.delete) return setMode({ kind: 'note', draft: mode.draft.slice(0, -1) });
      if (!key.ctrl && !key.meta && input) setMode({ kind: 'note', draft: (mode.draft + input).slice(0, 500) });
      return;
    }
    const at = latest.current.cursor;
    if (key.upArrow || input === 'k') moveTo(at - 1);
    else if (key.downArrow || input === 'j') moveTo(at + 1);
    else if (input === ' ' || input === 'x') update((s) => ({ ...s, done: !s.done }), 'saved');
    else if (input === 'n') {
      const id = items[at]?.id;
      setMode({ kind: 'note', draft: latest.current.session.items.find((s) => s.id === id)?.note ?? '' });
    } else if (input === 'q' || key.escape) exit();
  });

  const done = session.items.filter((s) => s.done).length;
  const start = Math.min(Math.max(0, cursor - Math.floor(height / 2)), Math.max(0, items.length - height));
  const visible = items.slice(start, start + height);
  const state = current && states.get(current.id);

  return (
    <Box flexDirection="column">
      <Text bold>{`Checklist: ${checklist.offence.name}`}</Text>
      <Text dimColor>{factsLine(checklist.facts)}</Text>
      <Text>{`Penalty: ${bandLine(checklist.penalty)} (${label(checklist.penalty.basis)})`}</Text>
      <Text>{`Agency: ${checklist.agency.name} · Court: ${checklist.court.name ?? 'not known'}`}</Text>
      <Text>{`${done} of ${items.length} done${status ? ` · ${status}` : ''}`}</Text>
      <Box flexDirection="column" marginTop={1}>
        {visible.map((item, i) => {
          const index = start + i;
          const section = checklist.sections.find((s) => s.id === item.section);
          const first = index === 0 || items[index - 1]?.section !== item.section;
          const mark = states.get(item.id)?.done ? '[x]' : '[ ]';
          return (
            <Box key={item.id} flexDirection="column">
              {first && section ? <Text bold>{section.title}</Text> : null}
              <Text inverse={index === cursor} wrap="truncate">
                {`${index === cursor ? '>' : ' '} ${item.element ? '  ' : ''}${mark} ${item.text}`}
              </Text>
            </Box>
          );
        })}
      </Box>
      {current ? (
        <Box flexDirection="column" marginTop={1} borderStyle="single" paddingX={1}>
          <Text>{current.text}</Text>
          {current.prompts.map((p) => (
            <Text key={p}>{`- ${p}`}</Text>
          ))}
          <Text dimColor>{current.cites.map(label).join(' · ')}</Text>
          {current.caveat ? <Text color="yellow">{`! ${current.caveat}`}</Text> : null}
          {mode.kind === 'note' ? (
            <Text color="cyan">{`Note: ${mode.draft}_`}</Text>
          ) : state?.note ? (
            <Text>{`Note: ${state.note}`}</Text>
          ) : null}
        </Box>
      ) : null}
      <Text dimColor>
        {mode.kind === 'note'
          ? 'type the note · enter save · esc cancel'
          : '↑/↓ or j/k move · space tick · n note · q quit (saved after every change)'}
      </Text>
    </Box>
  );
}
