import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BrowsePage } from '../../src/domain/browse/pages.js';
import type { SearchHit, SearchResult } from '../../src/domain/search/search.js';
import { QUESTIONS } from '../../src/ui/browse-choices.js';
import type { BrowseKey } from '../../src/ui/browse-scroll.js';
import {
  browseKeyAction,
  browseReducer,
  initialBrowseState,
  selectedHit,
  type BrowseAction,
  type BrowseChecklist,
  type BrowseState,
} from '../../src/ui/browse-state.js';

const LAWS = [
  { id: 'ptpa-2018', short: 'PTPA' },
  { id: 'blsaa-1992', short: 'BLSAA' },
];

const hit = (id: string): SearchHit => ({ id, type: 'provision', heading: id, score: 1, snippet: '', highlights: [] });

const resultOf = (count: number): SearchResult => ({
  query: 'q',
  total: count,
  hits: Array.from({ length: count }, (_, i) => hit(`law:s${i}`)),
  approximate: false,
  notices: [],
  expansions: [],
});

const pageOf = (id: string, links: string[] = []): BrowsePage =>
  ({ kind: 'law', id, view: {}, links: links.map((link) => ({ id: link, label: link })) }) as unknown as BrowsePage;

const CHECKLIST: BrowseChecklist = { text: () => 'a\nb\nc', save: () => 'saved' };

/** A screen of 24 rows, whatever is scrolled 100 lines long. */
const SCREEN = { rows: 24, lines: () => 100 };

/** A key as ink reports it: its text, and its flags where it has any. */
type Press = [input: string, key?: BrowseKey];

/** The state after each key in turn, as the app reduces them. */
function press(state: BrowseState, ...keys: Press[]): BrowseState {
  return keys.reduce((at, [input, key = {}]) => {
    const action = browseKeyAction(at, input, key, SCREEN);
    return action ? browseReducer(at, action) : at;
  }, state);
}

const reduce = (state: BrowseState, ...actions: BrowseAction[]) => actions.reduce(browseReducer, state);
const start = initialBrowseState(LAWS);
/** The results for "q", 40 hits. */
const listed = reduce(press(start, ['q']), { type: 'results', result: resultOf(40) });
/** A page with three links, opened from the results. */
const paged = reduce(listed, { type: 'opened', page: pageOf('law:s0', ['a', 'b', 'c']) });

const DOWN: Press = ['', { downArrow: true }];
const UP: Press = ['', { upArrow: true }];
const PGDN: Press = ['', { pageDown: true }];
const PGUP: Press = ['', { pageUp: true }];
const HOME: Press = ['', { home: true }];
const END: Press = ['', { end: true }];
const TAB: Press = ['', { tab: true }];
const SHIFT_TAB: Press = ['', { tab: true, shift: true }];
const ENTER: Press = ['\r', { return: true }];
const BACKSPACE: Press = ['', { delete: true }];
const ESC: Press = ['', { escape: true, meta: true }];
const ctrl = (letter: string): Press => [letter, { ctrl: true }];

describe('tip browse: the results', () => {
  it('starts with an empty search over every law and a hint', () => {
    expect(start).toMatchObject({ query: '', filter: 0, law: 0, cursor: 0, mode: 'list', history: [], effects: [] });
    expect(start.status).toBe('Type to search; ? for keys.');
  });

  it('types, erases and clears the query, back at the top, asking for a search a moment later', () => {
    const typed = press(listed, DOWN, ['ab'], ['\t']);
    expect(typed).toMatchObject({ query: 'qab ', cursor: 0, effects: [{ kind: 'searchSoon' }] });
    expect(press(typed, DOWN, BACKSPACE)).toMatchObject({ query: 'qab', cursor: 0, effects: [{ kind: 'searchSoon' }] });
    expect(press(typed, ['', { backspace: true }]).query).toBe('qab');
    expect(press(typed, ctrl('u'))).toMatchObject({ query: '', cursor: 0, effects: [{ kind: 'searchSoon' }] });
    // A key with Ctrl or Meta that is no binding types nothing.
    expect(press(typed, ctrl('x'))).toBe(typed);
    expect(press(typed, ['x', { meta: true }])).toBe(typed);
  });

  it('takes the results as they come: a new result clears the status, an empty query keeps it, a failure says why', () => {
    expect(listed.status).toBe('');
    expect(reduce(start, { type: 'results', result: undefined }).status).toBe(start.status);
    const failed = reduce(listed, { type: 'searchFailed', message: 'bad query' });
    expect(failed).toMatchObject({ result: undefined, status: 'bad query' });
  });
});

describe('tip browse: keys on the results', () => {
  it('moves with the arrows, PgUp PgDn (the list rows: the screen less five), Home and End, held to the results', () => {
    const cursor = (...keys: Press[]) => press(listed, ...keys).cursor;
    expect(cursor(DOWN, DOWN)).toBe(2);
    expect(cursor(DOWN, UP, UP)).toBe(0);
    expect(cursor(PGDN)).toBe(19);
    expect(cursor(PGDN, PGDN, PGDN)).toBe(39);
    expect(cursor(END, PGUP)).toBe(20);
    expect(cursor(END, DOWN)).toBe(39);
    expect(cursor(END, HOME)).toBe(0);
    expect(press(start, DOWN, END).cursor).toBe(0);
  });

  it('cycles the filters with Tab and Shift-Tab, and says so, searching at once', () => {
    const cases = press(listed, DOWN, TAB, TAB);
    expect(cases).toMatchObject({ filter: 2, cursor: 0, status: 'Showing cases.', effects: [{ kind: 'search' }] });
    expect(press(listed, SHIFT_TAB)).toMatchObject({ filter: 4, status: 'Showing imported.' });
  });

  it('narrows to one law at a time with Ctrl-L, then to every law again', () => {
    expect(press(listed, ctrl('l'))).toMatchObject({
      law: 1,
      status: 'Only PTPA (Ctrl-L for the next law).',
      effects: [{ kind: 'search' }],
    });
    expect(press(listed, ctrl('l'), ctrl('l')).status).toBe('Only BLSAA (Ctrl-L for the next law).');
    expect(press(listed, ctrl('l'), ctrl('l'), ctrl('l'))).toMatchObject({ law: 0, status: 'Every law.' });
  });

  it('opens the selected result with Enter, with its preview when it was built, and nothing with no results', () => {
    const preview = pageOf('law:s1');
    const built = reduce(listed, { type: 'preview', id: 'law:s1', page: preview });
    expect(press(built, DOWN, ENTER).effects).toEqual([{ kind: 'open', id: 'law:s1', known: preview }]);
    const failed = reduce(listed, { type: 'preview', id: 'law:s0', page: new Error('gone') });
    expect(press(failed, ENTER).effects).toEqual([{ kind: 'open', id: 'law:s0', known: undefined }]);
    expect(press(start, ENTER)).toBe(start);
  });

  it('copies the selected citation with Ctrl-Y, and says so', () => {
    expect(press(listed, DOWN, ctrl('y'))).toMatchObject({
      status: 'copied law:s1',
      effects: [{ kind: 'copy', id: 'law:s1' }],
    });
    expect(press(start, ctrl('y'))).toBe(start);
  });

  it('shows the keys on ? with an empty query (a ? in a query is text), and any key goes back', () => {
    expect(press(start, ['?']).mode).toBe('help');
    expect(press(listed, ['?'])).toMatchObject({ mode: 'list', query: 'q?' });
    expect(press(start, ['?'], ['x'])).toMatchObject({ mode: 'list', query: '' });
    expect(press(paged, ['?'], ['x']).mode).toBe('page');
  });

  it('quits on Esc in the results and on Ctrl-C anywhere', () => {
    expect(press(listed, ESC).effects).toEqual([{ kind: 'exit' }]);
    for (const state of [listed, paged, press(paged, ['c']), press(start, ['?'])]) {
      expect(press(state, ctrl('c')).effects).toEqual([{ kind: 'exit' }]);
    }
  });
});

describe('tip browse: a page', () => {
  it('opens full-screen at the top, on the first link, and says what the keys do', () => {
    expect(paged.mode).toBe('page');
    expect(paged.history.at(-1)).toMatchObject({ scroll: 0, link: 0 });
    expect(paged.status).toMatch(/^law:s0 · Tab: next link/);
  });

  it('moves through the links with Tab and Shift-Tab, round the end, and follows one with Enter', () => {
    const link = (...keys: Press[]) => press(paged, ...keys).history.at(-1)?.link;
    expect(link(TAB)).toBe(1);
    expect(link(TAB, TAB, TAB)).toBe(0);
    expect(link(SHIFT_TAB)).toBe(2);
    expect(press(paged, TAB, ENTER).effects).toEqual([{ kind: 'open', id: 'b', known: undefined }]);
    const bare = reduce(listed, { type: 'opened', page: pageOf('law:s0') });
    expect(press(bare, TAB).history.at(-1)?.link).toBe(0);
    expect(press(bare, ENTER)).toBe(bare);
  });

  it('scrolls with j k, arrows, space, PgUp PgDn and g, never past the last screen', () => {
    const scroll = (...keys: Press[]) => press(paged, ...keys).history.at(-1)?.scroll;
    // 24 rows: 3 for the links, 3 for their header, the status line and a spare; 18 for the text.
    expect(scroll(['j'], ['j'], DOWN)).toBe(3);
    expect(scroll(['j'], ['k'], ['k'], UP)).toBe(0);
    expect(scroll(PGDN)).toBe(18);
    expect(scroll([' '], PGUP)).toBe(0);
    expect(scroll(PGDN, PGDN, PGDN, PGDN, PGDN, PGDN)).toBe(100 - 18);
    expect(scroll(PGDN, ['g'])).toBe(0);
  });

  it('copies its citation with y, shows the keys on ?, and starts the facts form on c', () => {
    expect(press(paged, ['y'])).toMatchObject({ status: 'copied law:s0', effects: [{ kind: 'copy', id: 'law:s0' }] });
    expect(press(paged, ['?']).mode).toBe('help');
    expect(press(paged, ['c'])).toMatchObject({ mode: 'facts', form: { step: 0 } });
  });

  it('goes back with Backspace, Esc or q: to the page before, then to the results as they were', () => {
    const followed = reduce(press(paged, TAB), { type: 'opened', page: pageOf('b') });
    for (const back of [BACKSPACE, ESC, ['q'] as Press]) {
      const before = press(followed, back);
      expect(before.mode).toBe('page');
      expect(before.history.at(-1)).toMatchObject({ page: { id: 'law:s0' }, link: 1 });
      expect(press(before, back)).toMatchObject({ mode: 'list', history: [], query: 'q', cursor: 0 });
    }
  });

  it('says why a page did not open', () => {
    expect(reduce(listed, { type: 'status', text: 'no such page' })).toMatchObject({
      mode: 'list',
      status: 'no such page',
    });
  });
});

describe('tip browse: the offence checklist', () => {
  const facts = press(paged, ['c']);

  it('asks each question in turn, by key, Enter for "not known" where it is one; other keys do nothing', () => {
    expect(press(facts, ['C']).form).toMatchObject({ step: 1, facts: { victim: 'child' } });
    expect(press(facts, ['z'])).toBe(facts);
    expect(press(facts, ENTER)).toBe(facts);
    expect(press(facts, ['a'], ['y'], ['n']).form).toMatchObject({
      step: 3,
      facts: { victim: 'adult', victim_woman: true, cross_border: false },
    });
  });

  it('leaves the form for the page with Esc or Backspace', () => {
    expect(press(facts, ['a'], ESC).mode).toBe('page');
    expect(press(facts, BACKSPACE).mode).toBe('page');
  });

  it('asks for the checklist of the page after the last answer, and shows it, or says why there is none', () => {
    const answered = press(facts, ['u'], ['n'], ['n'], ENTER);
    expect(answered.form.step).toBe(QUESTIONS.length);
    expect(answered.effects).toEqual([{ kind: 'checklist', page: paged.history[0]?.page, facts: answered.form.facts }]);
    expect(reduce(answered, { type: 'checklistMade', made: 'defines no offence' })).toMatchObject({
      mode: 'page',
      status: 'defines no offence',
    });
    const shown = reduce(answered, { type: 'checklistMade', made: CHECKLIST });
    expect(shown).toMatchObject({ mode: 'checklist', open: { checklist: CHECKLIST, scroll: 0 } });
    expect(shown.status).toMatch(/^s: save as a case checklist/);
  });

  it('scrolls the checklist, saves it on s and says where, and goes back to the page', () => {
    const shown = reduce(press(facts, ['u'], ['n'], ['n'], ENTER), { type: 'checklistMade', made: CHECKLIST });
    expect(press(shown, ['j'], ['j'], ['k']).open?.scroll).toBe(1);
    // 23 rows of 100 lines: the last screen starts at line 77.
    expect(press(shown, PGDN, PGDN, PGDN, PGDN, PGDN).open?.scroll).toBe(77);
    expect(press(shown, ['s']).effects).toEqual([{ kind: 'save', checklist: CHECKLIST }]);
    expect(reduce(shown, { type: 'status', text: 'saved; continue' }).status).toBe('saved; continue');
    expect(press(shown, ['x'])).toBe(shown);
    const back = press(shown, ['q']);
    expect(back.mode).toBe('page');
    expect(back.history).toEqual(shown.history);
  });
});

/** Any key tip browse reads, with its flags as ink reports it. */
const anyKey = fc.constantFrom<Press>(
  DOWN,
  UP,
  PGDN,
  PGUP,
  HOME,
  END,
  TAB,
  SHIFT_TAB,
  ENTER,
  BACKSPACE,
  ESC,
  ctrl('l'),
  ctrl('u'),
  ctrl('y'),
  ['?'],
  ['j'],
  ['k'],
  ['q'],
  ['y'],
  ['c'],
  ['s'],
  ['a'],
  [' '],
  ['debt'],
);

describe('tip browse: properties', () => {
  it('keeps the cursor within the results, whatever the keys', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.array(anyKey, { maxLength: 40 }), (count, keys) => {
        let state = reduce(start, { type: 'results', result: resultOf(count) });
        for (const key of keys) {
          state = press(state, key);
          expect(state.cursor).toBeGreaterThanOrEqual(0);
          expect(state.cursor).toBeLessThanOrEqual(Math.max(0, count - 1));
        }
        if (count > 0) expect(state.result?.hits).toContain(selectedHit(state));
      }),
    );
  });

  it('selects one of the results even when new results come in under a moved cursor', () => {
    const step = fc.oneof(
      anyKey.map((key) => ({ key })),
      fc.integer({ min: 0, max: 30 }).map((count) => ({ count })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state = start;
        for (const next of steps) {
          state =
            'key' in next ? press(state, next.key) : reduce(state, { type: 'results', result: resultOf(next.count) });
          const hits = state.result?.hits ?? [];
          if (hits.length > 0) expect(hits).toContain(selectedHit(state));
          else expect(selectedHit(state)).toBeUndefined();
        }
      }),
    );
  });

  it('comes back from a page opened and left to the state it was opened from, save for the status line', () => {
    fc.assert(
      fc.property(
        fc.array(anyKey, { maxLength: 30 }),
        fc.constantFrom(BACKSPACE, ESC, ['q'] as Press),
        (keys, back) => {
          const before = press(listed, ...keys);
          if (before.mode !== 'list' && before.mode !== 'page') return;
          const opened = reduce(before, { type: 'opened', page: pageOf('x', ['y']) });
          const left = press(opened, back);
          expect({ ...left, status: '', effects: [] }).toEqual({ ...before, status: '', effects: [] });
        },
      ),
    );
  });

  it('never changes the state it is given, and asks only for the effects of the last action', () => {
    fc.assert(
      fc.property(fc.array(anyKey, { maxLength: 30 }), (keys) => {
        let state = paged;
        for (const key of keys) {
          const copy = structuredClone({ ...state, open: undefined, previews: [...state.previews] });
          const next = press(state, key);
          expect({ ...state, open: undefined, previews: [...state.previews] }).toEqual(copy);
          expect(next.effects.length).toBeLessThanOrEqual(1);
          state = next;
        }
      }),
    );
  });
});
