import { useApp, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { BrowsePage } from '../domain/browse/pages.js';
import type { Facts } from '../domain/checklist/facts.js';
import type { SearchOptions, SearchResult } from '../domain/search/search.js';
import {
  ChecklistScreen,
  FactsScreen,
  HelpScreen,
  PageScreen,
  resultsColumns,
  ResultsScreen,
  type ScreenSize,
} from './browse-screens.js';
import {
  browseKeyAction,
  browseReducer,
  initialBrowseState,
  narrowedLaw,
  searchOptions,
  selectedHit,
  type BrowseAction,
  type BrowseChecklist,
  type BrowseEffect,
  type BrowseLaw,
  type BrowseState,
} from './browse-state.js';
import { keyPresses } from './key-presses.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface BrowseAppProps {
  /** The search `tip search` runs, kept open. */
  search: (query: string, options: SearchOptions) => SearchResult;
  /** The page for an id, as `tip show` and `tip cases show` build it. */
  page: (id: string) => Promise<BrowsePage>;
  /** A page as text, `width` columns wide, as the show commands print it. */
  render: (page: BrowsePage, width: number) => string;
  /** Instruments whose official text the user imported: the "imported" filter. */
  imported: readonly string[];
  /** The instruments Ctrl-L narrows the results to, one at a time (as tip search --law does). */
  laws: readonly BrowseLaw[];
  /** Called with each canonical citation copied (`y`), to print on exit. */
  onCopy: (id: string) => void;
  /** Milliseconds between the last keystroke and the search it starts. */
  debounce?: number;
  /**
   * The offence checklist a page leads to, under the facts asked for: its text at a width,
   * and a save that writes a case checklist file and says where. A string when there is none.
   */
  checklist: (page: BrowsePage, facts: Facts) => BrowseChecklist | string;
}

/**
 * `tip browse`: a search box, the results on the left and the selected page on the right;
 * Enter opens a page full-screen, whose links are followed with Tab and Enter and left
 * with Backspace. The keys go through browseReducer (browse-state.ts); this component runs
 * the effects the reducer asks for and shows the screen of the state.
 */
export function BrowseApp(props: BrowseAppProps) {
  const { page, render, laws, debounce = 80 } = props;
  const { exit } = useApp();
  const size = useTerminalSize();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const { state, dispatch } = useBrowseReducer(laws, (effect, dispatch, latest) => {
    if (effect.kind === 'exit') exit();
    else if (effect.kind === 'searchSoon') {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => runSearch(latest(), props, dispatch), debounce);
    } else runEffect(effect, latest(), props, dispatch);
  });

  // A burst that arrives in one read (three Backspaces, two Tabs) is each of its keys in turn.
  useInput((input, key) => {
    for (const press of keyPresses(input, key)) {
      const action = browseKeyAction(state.current, press.input, press.key, {
        rows: size.rows,
        lines: () => (scrolledText(state.current, render, size.columns) ?? '').split('\n').length,
      });
      if (action) dispatch(action);
    }
  });

  // The selected hit's page is built once and kept: moving back and forth costs nothing.
  const selected = selectedHit(state.current);
  useEffect(() => {
    if (!selected || state.current.previews.has(selected.id)) return;
    const { id } = selected;
    page(id).then(
      (built) => dispatch({ type: 'preview', id, page: built }),
      (error: unknown) => dispatch({ type: 'preview', id, page: error as Error }),
    );
  }, [selected?.id]);

  return <BrowseScreen state={state.current} size={size} render={render} />;
}

type Dispatch = (action: BrowseAction) => void;

/**
 * The reducer, held in a ref rather than in useReducer: a key acts on the state the key
 * before it left, even in a burst read before the next render, and an effect (a copy, a
 * save) is done before the key handler returns, as a test or a person expects.
 */
function useBrowseReducer(
  laws: readonly BrowseLaw[],
  run: (effect: BrowseEffect, dispatch: Dispatch, latest: () => BrowseState) => void,
) {
  const state = useRef<BrowseState | undefined>(undefined);
  state.current ??= initialBrowseState(laws);
  const [, rerender] = useState(0);
  const latest = () => state.current as BrowseState;
  const dispatch: Dispatch = (action) => {
    const next = browseReducer(latest(), action);
    state.current = next.effects.length > 0 ? { ...next, effects: [] } : next;
    rerender((n) => n + 1);
    for (const effect of next.effects) run(effect, dispatch, latest);
  };
  return { state: state as { readonly current: BrowseState }, dispatch };
}

/** The effects that end in an action at once (a search, a checklist, a save) or later (a page). */
function runEffect(effect: BrowseEffect, state: BrowseState, props: BrowseAppProps, dispatch: Dispatch): void {
  switch (effect.kind) {
    case 'copy':
      return props.onCopy(effect.id);
    case 'search':
      return runSearch(state, props, dispatch);
    case 'open':
      // The page beside the list is already built; a link's page is built now.
      (effect.known ? Promise.resolve(effect.known) : props.page(effect.id)).then(
        (built) => dispatch({ type: 'opened', page: built }),
        (error: unknown) => dispatch({ type: 'status', text: (error as Error).message }),
      );
      return;
    case 'checklist':
      return dispatch({ type: 'checklistMade', made: props.checklist(effect.page, effect.facts) });
    case 'save':
      return dispatch({ type: 'status', text: saved(effect.checklist) });
  }
}

function runSearch(state: BrowseState, props: BrowseAppProps, dispatch: Dispatch): void {
  if (!state.query.trim()) return dispatch({ type: 'results', result: undefined });
  let result: SearchResult;
  try {
    result = props.search(state.query, searchOptions(state, props.imported));
  } catch (error) {
    return dispatch({ type: 'searchFailed', message: (error as Error).message });
  }
  dispatch({ type: 'results', result });
}

function saved(checklist: BrowseChecklist): string {
  try {
    return checklist.save();
  } catch (error) {
    return `not saved: ${(error as Error).message}`;
  }
}

/** The text a scrolling key moves through: the page or the checklist shown, at the width they are drawn. */
function scrolledText(state: BrowseState, render: BrowseAppProps['render'], columns: number): string | undefined {
  if (state.mode === 'checklist') return state.open?.checklist.text(columns - 2);
  const top = state.history.at(-1);
  return top ? render(top.page, columns - 2) : undefined;
}

/** The screen of the state: one component per mode. */
function BrowseScreen({
  state,
  size,
  render,
}: {
  readonly state: BrowseState;
  readonly size: ScreenSize;
  readonly render: BrowseAppProps['render'];
}) {
  const width = size.columns;
  const { mode, open, status } = state;
  const top = state.history.at(-1);
  if (mode === 'facts') return <FactsScreen width={width} step={state.form.step} />;
  if (mode === 'checklist' && open) {
    return <ChecklistScreen size={size} text={open.checklist.text(width - 2)} scroll={open.scroll} status={status} />;
  }
  if (mode === 'help') return <HelpScreen width={width} />;
  if (mode === 'page' && top)
    return <PageScreen size={size} visit={top} text={render(top.page, width - 2)} status={status} />;
  const selected = selectedHit(state);
  const shown = selected ? state.previews.get(selected.id) : undefined;
  const right = resultsColumns(width).right;
  const detail = shown instanceof Error ? shown.message : shown ? render(shown, right - 1) : selected ? 'Loading…' : '';
  return (
    <ResultsScreen
      size={size}
      query={state.query}
      filter={state.filter}
      narrowed={narrowedLaw(state)?.short}
      result={state.result}
      cursor={state.cursor}
      detail={detail}
      status={status}
    />
  );
}
