import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { pageFor } from '../../src/domain/browse/pages.js';
import { readUrduVocabulary } from '../../src/domain/search/urdu-vocabulary.js';
import { renderCase } from '../../src/render/cases-text.js';
import { renderShow } from '../../src/render/show-text.js';
import { PLAIN } from '../../src/render/style.js';
import { BrowseApp } from '../../src/ui/browse-app.js';
import type { BrowsePage } from '../../src/domain/browse/pages.js';
import { bundledCorpus, storeSearch, tempDir } from '../helpers.js';
import { browseChecklist } from '../../src/ui/browse-checklist.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { until } from './frames.js';

const corpus = bundledCorpus();
const search = storeSearch(corpus);
const vocabulary = await readUrduVocabulary();
const DOWN = '\u001b[B';
const PGDN = '\u001b[6~';
const PGUP = '\u001b[5~';
const TAB = '\t';
const ENTER = '\r';
const BACKSPACE = '\u007f';
const ESC = '\u001b';
const CTRL_U = '\u0015';

const renderPage = (page: BrowsePage, width: number) =>
  page.kind === 'case'
    ? renderCase(page.view, { paint: PLAIN, width })
    : renderShow(page.view, { paint: PLAIN, width });

function mount(dir = tempDir()) {
  const onCopy = vi.fn<(id: string) => void>();
  const app = render(
    <BrowseApp
      search={(query, options) => search(query, { ...options, vocabulary })}
      page={(id) => pageFor(corpus, id)}
      render={renderPage}
      imported={[]}
      laws={corpus.instruments.filter((i) => i.kind !== 'guidance').map((i) => ({ id: i.id, short: i.short }))}
      onCopy={onCopy}
      debounce={0}
      checklist={browseChecklist(corpus, PLAIN, dir)}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  /** Types `keys` one key a read, as a person does (an escape sequence is one key). */
  const type = (keys: string) => {
    for (const key of keys.length > 1 && !keys.startsWith('\u001b') ? [...keys] : [keys]) app.stdin.write(key);
  };
  /** Searches for `query` and opens the first hit full-screen. */
  const openFirst = async (query: string) => {
    type(query);
    await until(() => expect(frame()).toMatch(/\d+ found/));
    type(ENTER);
    await until(() => expect(frame()).toMatch(/Links \(\d+\):/));
  };
  const found = () => Number(/(\d+) found/.exec(frame())?.[1]);
  const queryLine = () => frame().split('\n')[0] ?? '';
  return { ...app, type, openFirst, onCopy, frame, found, queryLine };
}

describe('tip browse', () => {
  it('searches as you type, and shows the selected result beside the list', async () => {
    const app = mount();
    expect(app.frame()).toContain('Type to search');
    app.type('debt bondage');
    await until(() => {
      expect(app.frame()).toMatch(/Search: debt bondage/);
      expect(app.frame()).toMatch(/\d+ found/);
      expect(app.frame()).toContain('Trafficking in persons');
    });
    // The page beside the list is tip show's, caveats and all.
    await until(() => expect(app.frame()).toContain('[ptpa-2018:s3]'));
    app.type(DOWN);
    await until(() => expect(app.frame()).not.toContain('[ptpa-2018:s3]'));
  });

  it('opens a page, follows a link with Tab and Enter, and goes back with Backspace', async () => {
    const app = mount();
    await app.openFirst('debt bondage');
    app.type(TAB);
    app.type(ENTER);
    await until(() => expect(app.frame()).toContain('ptpa-2018:s3(2)'));
    app.type(BACKSPACE);
    await until(() => expect(app.frame()).toContain('PTPA s.3  Trafficking in persons'));
    app.type(BACKSPACE);
    await until(() => expect(app.frame()).toMatch(/Search: debt bondage/));
  });

  it('cycles the filters with Tab: cases only', async () => {
    const app = mount();
    app.type('brick kiln');
    app.type(TAB);
    app.type(TAB);
    await until(() => {
      expect(app.frame()).toContain('[cases]');
      expect(app.frame()).toContain('Brick-kiln habeas corpus');
      expect(app.frame()).not.toContain('Bonded Labour System (Abolition) Act, 1992 ');
    });
  });

  it('takes a burst of keys that arrives in one read key by key: Backspaces delete, Tabs change the filter', async () => {
    const app = mount();
    app.type('debt bondage');
    await until(() => expect(app.found()).toBeGreaterThan(0));
    const found = app.found();
    app.type('xyz');
    await until(() => expect(app.queryLine()).toContain('debt bondagexyz'));
    app.stdin.write(BACKSPACE.repeat(3));
    // The query is what it looks like: no invisible characters left in it, so the same hits.
    await until(() => {
      expect(app.queryLine().trimEnd()).toBe('Search: debt bondage');
      expect(app.found()).toBe(found);
    });
    app.stdin.write(TAB + TAB);
    await until(() => expect(app.frame()).toContain('[cases]'));
    expect(app.queryLine().trimEnd()).toBe('Search: debt bondage');
  });

  it('clears the query with Ctrl-U, as readline does, alone or inside a burst', async () => {
    const app = mount();
    app.type('debt bondage');
    await until(() => expect(app.frame()).toMatch(/\d+ found/));
    app.type(CTRL_U);
    await until(() => {
      expect(app.queryLine().trimEnd()).toBe('Search:');
      expect(app.frame()).not.toMatch(/\d+ found/);
    });
    app.stdin.write(`abc${CTRL_U}bail`);
    await until(() => expect(app.queryLine().trimEnd()).toBe('Search: bail'));
  });

  it('narrows to one law at a time with Ctrl-L, and moves with PgDn, End and Home', async () => {
    const app = mount();
    app.type('victim');
    await until(() => expect(app.found()).toBeGreaterThan(0));
    const all = app.found();
    app.type('\u000c'); // Ctrl-L: the first law
    const first = corpus.instruments.find((i) => i.kind !== 'guidance');
    await until(() => {
      expect(app.frame()).toContain(`only ${first?.short}`);
      expect(app.found()).toBeLessThan(all);
    });
    app.type(PGDN);
    app.type('\u001b[F'); // End
    app.type('\u001b[H'); // Home
    await until(() => expect(app.frame()).toMatch(/\d+ found/));
  });

  it('scrolls a page with j and k, and copies it with y', async () => {
    const app = mount();
    await app.openFirst('debt bondage');
    const top = app.frame();
    app.type('j');
    app.type('j');
    await until(() => expect(app.frame()).not.toBe(top));
    app.type('k');
    app.type('k');
    await until(() => expect(app.frame()).toBe(top));
    app.type('y');
    expect(app.onCopy).toHaveBeenCalledWith('ptpa-2018:s3');
  });

  it('pages through a whole page with PgDn a screen at a time: every line once, blank lines kept, none skipped', async () => {
    const app = mount();
    await app.openFirst('PTPA s.3');
    const page = await pageFor(corpus, 'ptpa-2018:s3');
    // ink-testing-library's terminal is 100 columns wide: the page is rendered for 98, and a
    // longer line is cut, so lines are compared by their first 90 characters.
    const key = (line: string) => line.trimEnd().slice(0, 90);
    const lines = renderPage(page, 98).split('\n').map(key);
    expect(lines).toContain('Procedure');
    const body = () => {
      const screen = app.frame().split('\n');
      return screen
        .slice(
          0,
          screen.findIndex((line) => /^Links \(\d+\):/.test(line)),
        )
        .map(key);
    };
    const rows = body().length;
    expect(body()).toEqual(lines.slice(0, rows));
    const last = lines.length - rows;
    for (let scroll = rows; scroll < last + rows; scroll += rows) {
      app.type(PGDN);
      const from = Math.min(scroll, last);
      await until(() => expect(body()).toEqual(lines.slice(from, from + rows)));
    }
    // At the end, PgUp moves at once: the view did not scroll on past the last screen.
    app.type(PGUP);
    await until(() => expect(body()).toEqual(lines.slice(last - rows, last)));
  });

  it('answers Urdu and says what it searched', async () => {
    const app = mount();
    app.type('جبری مشقت');
    await until(() => {
      expect(app.frame()).toContain('Searched');
      expect(app.frame()).toMatch(/\d+ found/);
    });
  });

  it('starts the offence checklist from a provision with a few facts, and saves it for tip checklist --resume', async () => {
    const dir = tempDir();
    const app = mount(dir);
    await app.openFirst('debt bondage');
    app.type('c');
    await until(() => expect(app.frame()).toContain('The victim is'));
    for (const answer of ['c', 'y', 'y', 'l']) app.type(answer);
    await until(() => {
      expect(app.frame()).toContain('Checklist: ');
      expect(app.frame()).toMatch(/child/);
    });
    app.type('s');
    const saved = join(dir, 'trafficking-checklist.yaml');
    await until(() => expect(app.frame()).toContain('tip checklist --resume'));
    expect(existsSync(saved)).toBe(true);
    expect(readFileSync(saved, 'utf8')).toContain('victim: child');
    // A second save never replaces the first.
    app.type('s');
    expect(existsSync(join(dir, 'trafficking-checklist-2.yaml'))).toBe(true);
    app.type(BACKSPACE);
    await until(() => expect(app.frame()).toContain('Links ('));
  });

  it('copies the canonical citation, lists every key on ? in two columns, and quits on Esc', async () => {
    const app = mount();
    app.type('?');
    await until(() => expect(app.frame()).toContain('tip browse: keys'));
    // The widest keys are still apart from what they do, and every description starts in one column.
    const columns = app
      .frame()
      .split('\n')
      .map((line) => /^\S.*?\S {2,}(?=\S)/.exec(line)?.[0].length)
      .filter((column) => column !== undefined);
    expect(app.frame()).toMatch(/Home End {2,}move in the results/);
    expect(app.frame()).toMatch(/Ctrl-C {2,}quit/);
    expect(app.frame()).toMatch(/Ctrl-U {2,}clear the search/);
    expect(columns.length).toBeGreaterThan(10);
    expect(new Set(columns).size).toBe(1);
    app.type('x');
    await until(() => expect(app.frame()).toContain('Type to search'));
    app.type('debt bondage');
    await until(() => expect(app.frame()).toMatch(/\d+ found/));
    app.type('\u0019'); // Ctrl-Y
    expect(app.onCopy).toHaveBeenCalledWith('ptpa-2018:s3');
    await until(() => expect(app.frame()).toContain('copied ptpa-2018:s3'));
    app.type(ESC);
    app.unmount();
  });
});
