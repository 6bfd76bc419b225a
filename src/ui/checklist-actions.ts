/**
 * What a key does while moving through the checklist, as a pure function of the key and the
 * list, so that every binding is tested without a terminal. Keys that arrive together
 * ("jjj" from key repeat, a paste, a slow SSH link) come as one string and are each
 * applied in turn.
 */

/** What one key does: move the cursor to an item, tick it, write its note, show the keys, or quit. */
export type ChecklistAction =
  { kind: 'move'; to: number } | { kind: 'toggle' } | { kind: 'note' } | { kind: 'help' } | { kind: 'quit' };

/** The flags of a key that the checklist reads; ink's `Key` is one. */
export interface KeyFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  return?: boolean;
}

/** The key bindings, as the `?` screen lists them. */
export const CHECKLIST_KEYS: readonly [keys: string, does: string][] = [
  ['↑ ↓ or j k', 'move one item'],
  ['PgUp PgDn', 'move one screen'],
  ['Home End or g G', 'first or last item'],
  ['space or x', 'tick or untick the item'],
  ['n', 'write a note on the item (Enter saves, Esc cancels)'],
  ['?', 'show or hide these keys'],
  ['q or Ctrl-C', 'quit (every change is already saved)'],
];

/** The actions of one input event, in order, from the cursor at `at` in a list of `count` items. */
export function checklistActions(
  input: string,
  key: KeyFlags,
  at: number,
  count: number,
  page: number,
): ChecklistAction[] {
  const clamp = (n: number) => Math.min(count - 1, Math.max(0, n));
  if (key.ctrl && input === 'c') return [{ kind: 'quit' }];
  if (key.upArrow) return [{ kind: 'move', to: clamp(at - 1) }];
  if (key.downArrow) return [{ kind: 'move', to: clamp(at + 1) }];
  if (key.pageUp) return [{ kind: 'move', to: clamp(at - page) }];
  if (key.pageDown) return [{ kind: 'move', to: clamp(at + page) }];
  if (key.home) return [{ kind: 'move', to: 0 }];
  if (key.end) return [{ kind: 'move', to: clamp(count - 1) }];
  // Esc and other keys with modifiers do nothing while browsing: quitting takes q.
  if (key.escape || key.ctrl || key.meta || key.return) return [];
  const actions: ChecklistAction[] = [];
  let cursor = at;
  for (const char of input) {
    const action = charAction(char, cursor, clamp);
    if (!action) continue;
    actions.push(action);
    if (action.kind === 'move') cursor = action.to;
    // A note or quit takes the rest of the keys; they are not browsing keys any more.
    if (action.kind === 'note' || action.kind === 'quit') break;
  }
  return actions;
}

function charAction(char: string, at: number, clamp: (n: number) => number): ChecklistAction | undefined {
  switch (char) {
    case 'j':
      return { kind: 'move', to: clamp(at + 1) };
    case 'k':
      return { kind: 'move', to: clamp(at - 1) };
    case 'g':
      return { kind: 'move', to: 0 };
    case 'G':
      return { kind: 'move', to: clamp(Number.MAX_SAFE_INTEGER) };
    case ' ':
    case 'x':
      return { kind: 'toggle' };
    case 'n':
      return { kind: 'note' };
    case '?':
      return { kind: 'help' };
    case 'q':
      return { kind: 'quit' };
    default:
      return undefined;
  }
}
