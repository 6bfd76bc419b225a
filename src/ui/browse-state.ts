/**
 * `tip browse` as plain data: the state of the screen, the actions that change it, and a
 * pure reducer, so that every key is tested without a terminal. What the reducer cannot do
 * itself (search, build a page, copy, save, quit) it asks for in `effects`, which the app
 * runs as soon as the action is reduced and then forgets.
 */
import type { BrowsePage } from '../domain/browse/pages.js';
import { DEFAULT_FACTS, type Facts } from '../domain/checklist/facts.js';
import type { SearchHit, SearchOptions, SearchResult } from '../domain/search/search.js';
import { FILTERS, QUESTIONS, type Filter } from './browse-choices.js';
import { listRows, pageLayout, scrolled, type BrowseKey } from './browse-scroll.js';
import { typedText } from './key-presses.js';

/** The checklist a page leads to: its text at a width, and a save that says where it wrote. */
export interface BrowseChecklist {
  text: (width: number) => string;
  save: () => string;
}

/** An instrument Ctrl-L narrows the results to. */
export interface BrowseLaw {
  id: string;
  short: string;
}

/** The screen shown: the results, a page, the key list, the facts form or a checklist. */
export type BrowseMode = 'list' | 'page' | 'help' | 'facts' | 'checklist';

/** A page opened full-screen, where it is scrolled to and the link under the cursor. */
export interface PageVisit {
  readonly page: BrowsePage;
  readonly scroll: number;
  readonly link: number;
}

/** Everything `tip browse` shows and remembers, as plain data. */
export interface BrowseState {
  /** The instruments Ctrl-L cycles through; fixed for the session. */
  readonly laws: readonly BrowseLaw[];
  readonly query: string;
  /** An index into FILTERS. */
  readonly filter: number;
  /** 0: every instrument; n: only laws[n - 1]. */
  readonly law: number;
  readonly cursor: number;
  readonly mode: BrowseMode;
  /** The pages opened, the one shown last; empty on the results. */
  readonly history: readonly PageVisit[];
  readonly form: { readonly step: number; readonly facts: Facts };
  readonly open: { readonly checklist: BrowseChecklist; readonly scroll: number } | undefined;
  readonly result: SearchResult | undefined;
  /** The pages built for the preview beside the list, kept so that moving back and forth costs nothing. */
  readonly previews: ReadonlyMap<string, BrowsePage | Error>;
  readonly status: string;
  /** What the last action asks the app to do; empty once the app has done it. */
  readonly effects: readonly BrowseEffect[];
}

/** Work the reducer asks for and the app does: each result comes back as an action. */
export type BrowseEffect =
  | { kind: 'exit' }
  | { kind: 'copy'; id: string }
  /** Search now (a new filter or law), or a moment after the last keystroke (typing). */
  | { kind: 'search' }
  | { kind: 'searchSoon' }
  /** Open a page full-screen: `known` when the preview already built it. */
  | { kind: 'open'; id: string; known: BrowsePage | undefined }
  | { kind: 'checklist'; page: BrowsePage; facts: Facts }
  | { kind: 'save'; checklist: BrowseChecklist };

/** What changes the state: a key, read by browseKeyAction, or what an effect found. */
export type BrowseAction =
  // Keys, as browseKeyAction reads them.
  | { type: 'quit' }
  | { type: 'help' }
  | { type: 'closeHelp' }
  | { type: 'answer'; choice: string }
  | { type: 'leaveFacts' }
  | { type: 'startFacts' }
  | { type: 'back' }
  | { type: 'scroll'; to: number }
  | { type: 'save' }
  | { type: 'link'; to: number }
  | { type: 'open'; id: string }
  | { type: 'copy'; id: string }
  | { type: 'filter'; to: number }
  | { type: 'law' }
  | { type: 'move'; to: number }
  | { type: 'clear' }
  | { type: 'erase' }
  | { type: 'type'; text: string }
  // What the effects found.
  | { type: 'results'; result: SearchResult | undefined }
  | { type: 'searchFailed'; message: string }
  | { type: 'preview'; id: string; page: BrowsePage | Error }
  | { type: 'opened'; page: BrowsePage }
  | { type: 'checklistMade'; made: BrowseChecklist | string }
  | { type: 'status'; text: string };

/** What a key needs to know of the screen: its rows, and the lines of the text scrolled (read only when a key scrolls). */
export interface BrowseScreen {
  rows: number;
  lines: () => number;
}

/** The line a page shows under its links. */
const PAGE_STATUS = ' · Tab: next link · Enter: follow · Backspace: back · y: copy · c: checklist';
const CHECKLIST_STATUS = 's: save as a case checklist · ↑ ↓ PgUp PgDn: scroll · Backspace: back';

/** The state `tip browse` starts in: an empty search over every law, with a hint. */
export function initialBrowseState(laws: readonly BrowseLaw[]): BrowseState {
  return {
    laws,
    query: '',
    filter: 0,
    law: 0,
    cursor: 0,
    mode: 'list',
    history: [],
    form: { step: 0, facts: DEFAULT_FACTS },
    open: undefined,
    result: undefined,
    previews: new Map(),
    status: 'Type to search; ? for keys.',
    effects: [],
  };
}

/** The result under the cursor; the cursor is held to the results, which may have shrunk under it. */
export function selectedHit(state: BrowseState): SearchHit | undefined {
  const hits = state.result?.hits ?? [];
  return hits[Math.min(state.cursor, Math.max(0, hits.length - 1))];
}

/** The law the results are narrowed to, if any. */
export function narrowedLaw(state: BrowseState): BrowseLaw | undefined {
  return state.laws[state.law - 1];
}

/** The options of the search for the state's query, as `tip search` takes them. */
export function searchOptions(state: BrowseState, imported: readonly string[]): SearchOptions {
  const only = narrowedLaw(state);
  return {
    limit: 200,
    ...(FILTERS[state.filter] as Filter).options(imported),
    ...(only ? { instruments: [only.id] } : {}),
  };
}

/** Backspace, Esc or q: back the way you came, on a page or a checklist. */
export function isBack(input: string, key: BrowseKey): boolean {
  return Boolean(key.backspace || key.delete || key.escape || input === 'q');
}

/** The action of one key on the screen the state shows, or undefined for a key that does nothing there. */
export function browseKeyAction(
  state: BrowseState,
  input: string,
  key: BrowseKey,
  screen: BrowseScreen,
): BrowseAction | undefined {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  switch (state.mode) {
    case 'help':
      return { type: 'closeHelp' };
    case 'facts':
      return factsKey(state, input, key);
    case 'checklist':
      if (state.open) return checklistKey(state.open.scroll, input, key, screen);
      break;
    case 'page': {
      const top = state.history.at(-1);
      return top ? pageKey(top, input, key, screen) : undefined;
    }
  }
  return listKey(state, input, key, screen);
}

function factsKey(state: BrowseState, input: string, key: BrowseKey): BrowseAction | undefined {
  if (key.escape || key.backspace || key.delete) return { type: 'leaveFacts' };
  const choice = key.return ? '\r' : input.toLowerCase();
  return QUESTIONS[state.form.step]?.keys[choice] ? { type: 'answer', choice } : undefined;
}

function checklistKey(scroll: number, input: string, key: BrowseKey, screen: BrowseScreen): BrowseAction | undefined {
  if (isBack(input, key)) return { type: 'back' };
  const to = scrolled(scroll, input, key, { rows: screen.rows - 1, lines: screen.lines() });
  if (to !== undefined) return { type: 'scroll', to };
  return input === 's' ? { type: 'save' } : undefined;
}

function pageKey(top: PageVisit, input: string, key: BrowseKey, screen: BrowseScreen): BrowseAction | undefined {
  const { links } = top.page;
  if (isBack(input, key)) return { type: 'back' };
  if (key.tab) {
    return {
      type: 'link',
      to: links.length === 0 ? 0 : (top.link + (key.shift ? links.length - 1 : 1)) % links.length,
    };
  }
  const link = links[top.link];
  if (key.return && link) return { type: 'open', id: link.id };
  const to = scrolled(top.scroll, input, key, {
    rows: pageLayout(screen.rows, links.length).bodyRows,
    lines: screen.lines(),
  });
  if (to !== undefined) return { type: 'scroll', to };
  if (input === 'y') return { type: 'copy', id: top.page.id };
  if (input === 'c') return { type: 'startFacts' };
  return input === '?' ? { type: 'help' } : undefined;
}

/** The results: typing edits the search; the keys that are not text move or act. */
function listKey(state: BrowseState, input: string, key: BrowseKey, screen: BrowseScreen): BrowseAction | undefined {
  const selected = selectedHit(state);
  const last = Math.max(0, (state.result?.hits.length ?? 0) - 1);
  const rows = listRows(screen.rows);
  const { cursor } = state;
  if (key.escape) return { type: 'quit' };
  if (key.return) return selected ? { type: 'open', id: selected.id } : undefined;
  if (key.tab) return { type: 'filter', to: (state.filter + (key.shift ? FILTERS.length - 1 : 1)) % FILTERS.length };
  if (key.downArrow) return { type: 'move', to: Math.min(cursor + 1, last) };
  if (key.upArrow) return { type: 'move', to: Math.max(0, cursor - 1) };
  if (key.pageDown) return { type: 'move', to: Math.min(cursor + rows, last) };
  if (key.pageUp) return { type: 'move', to: Math.max(0, cursor - rows) };
  if (key.home) return { type: 'move', to: 0 };
  if (key.end) return { type: 'move', to: last };
  if (key.ctrl && input === 'l') return { type: 'law' };
  if (key.ctrl && input === 'y') return selected ? { type: 'copy', id: selected.id } : undefined;
  // As in readline: the whole query goes.
  if (key.ctrl && input === 'u') return { type: 'clear' };
  if (input === '?' && state.query === '') return { type: 'help' };
  if (key.backspace || key.delete) return { type: 'erase' };
  if (input && !key.ctrl && !key.meta) return { type: 'type', text: typedText(input) };
  return undefined;
}

/** The state after one action: a pure function, whose `effects` say what the app is to do next. */
export function browseReducer(state: BrowseState, action: BrowseAction): BrowseState {
  const next = state.effects.length > 0 ? { ...state, effects: [] } : state;
  switch (action.type) {
    case 'quit':
      return ask(next, { kind: 'exit' });
    case 'help':
      return { ...next, mode: 'help' };
    case 'closeHelp':
      return { ...next, mode: next.history.length > 0 ? 'page' : 'list' };
    case 'answer':
      return answered(next, action.choice);
    case 'leaveFacts':
      return { ...next, mode: 'page' };
    case 'startFacts':
      return { ...next, form: { step: 0, facts: DEFAULT_FACTS }, mode: 'facts' };
    case 'back':
      return back(next);
    case 'scroll':
      return scrolledTo(next, action.to);
    case 'save':
      return next.open ? ask(next, { kind: 'save', checklist: next.open.checklist }) : next;
    case 'link':
      return withTop(next, (top) => ({ ...top, link: action.to }));
    case 'open':
      return ask(next, { kind: 'open', id: action.id, known: builtPage(next.previews.get(action.id)) });
    case 'copy':
      return ask({ ...next, status: `copied ${action.id}` }, { kind: 'copy', id: action.id });
    default:
      return searchReducer(next, action);
  }
}

/** The actions of the results list and of what the effects found. */
function searchReducer(state: BrowseState, action: BrowseAction): BrowseState {
  switch (action.type) {
    case 'filter':
      return ask(
        { ...state, filter: action.to, cursor: 0, status: `Showing ${(FILTERS[action.to] as Filter).name}.` },
        { kind: 'search' },
      );
    case 'law': {
      const law = (state.law + 1) % (state.laws.length + 1);
      const only = state.laws[law - 1];
      const status = only ? `Only ${only.short} (Ctrl-L for the next law).` : 'Every law.';
      return ask({ ...state, law, cursor: 0, status }, { kind: 'search' });
    }
    case 'move':
      return { ...state, cursor: action.to };
    case 'clear':
      return ask({ ...state, query: '', cursor: 0 }, { kind: 'searchSoon' });
    case 'erase':
      return ask({ ...state, query: [...state.query].slice(0, -1).join(''), cursor: 0 }, { kind: 'searchSoon' });
    case 'type':
      return ask({ ...state, query: state.query + action.text, cursor: 0 }, { kind: 'searchSoon' });
    case 'results':
      // The new results' notices take the status line, until a key says something else.
      return action.result ? { ...state, result: action.result, status: '' } : { ...state, result: undefined };
    case 'searchFailed':
      return { ...state, result: undefined, status: action.message };
    case 'preview':
      return { ...state, previews: new Map(state.previews).set(action.id, action.page) };
    case 'opened':
      return {
        ...state,
        history: [...state.history, { page: action.page, scroll: 0, link: 0 }],
        mode: 'page',
        status: `${action.page.id}${PAGE_STATUS}`,
      };
    case 'checklistMade':
      return typeof action.made === 'string'
        ? { ...state, status: action.made, mode: 'page' }
        : { ...state, open: { checklist: action.made, scroll: 0 }, mode: 'checklist', status: CHECKLIST_STATUS };
    case 'status':
      return { ...state, status: action.text };
    default:
      return state;
  }
}

function ask(state: BrowseState, effect: BrowseEffect): BrowseState {
  return { ...state, effects: [...state.effects, effect] };
}

function builtPage(known: BrowsePage | Error | undefined): BrowsePage | undefined {
  return known && !(known instanceof Error) ? known : undefined;
}

function withTop(state: BrowseState, change: (top: PageVisit) => PageVisit): BrowseState {
  const top = state.history.at(-1);
  return top ? { ...state, history: [...state.history.slice(0, -1), change(top)] } : state;
}

/** The facts form takes an answer; after the last one it asks for the checklist of the page shown. */
function answered(state: BrowseState, choice: string): BrowseState {
  const answer = QUESTIONS[state.form.step]?.keys[choice];
  if (!answer) return state;
  const form = { step: state.form.step + 1, facts: answer(state.form.facts) };
  const next = { ...state, form };
  if (form.step < QUESTIONS.length) return next;
  const top = state.history.at(-1);
  return top
    ? ask(next, { kind: 'checklist', page: top.page, facts: form.facts })
    : { ...next, status: 'no page', mode: 'page' };
}

/** Backspace on a checklist returns to its page; on a page, to the page before or the results. */
function back(state: BrowseState): BrowseState {
  if (state.mode === 'checklist') return { ...state, mode: 'page' };
  const history = state.history.slice(0, -1);
  return { ...state, history, mode: history.length === 0 ? 'list' : state.mode };
}

function scrolledTo(state: BrowseState, to: number): BrowseState {
  if (state.mode === 'checklist' && state.open) return { ...state, open: { ...state.open, scroll: to } };
  return withTop(state, (top) => ({ ...top, scroll: to }));
}
