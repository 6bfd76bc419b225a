import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { pageFor } from '../../src/domain/browse/pages.js';
import { readUrduVocabulary } from '../../src/domain/search/urdu-vocabulary.js';
import { renderCase } from '../../src/render/cases-text.js';
import { renderShow } from '../../src/render/show-text.js';
import { PLAIN } from '../../src/render/style.js';
import { BrowseApp } from '../../src/ui/browse-app.js';
import { bundledCorpus, storeSearch, tempDir } from '../helpers.js';
import { browseChecklist } from '../../src/ui/browse-checklist.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const corpus = bundledCorpus();
const search = storeSearch(corpus);
const vocabulary = await readUrduVocabulary();
const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
const DOWN = '\u001b[B';
const TAB = '\t';
const ENTER = '\r';
const BACKSPACE = '\u007f';
const ESC = '\u001b';

function mount(dir = tempDir()) {
  const onCopy = vi.fn<(id: string) => void>();
  const app = render(
    <BrowseApp
      search={(query, options) => search(query, { ...options, vocabulary })}
      page={(id) => pageFor(corpus, id)}
      render={(page, width) =>
        page.kind === 'case'
          ? renderCase(page.view, { paint: PLAIN, width })
          : renderShow(page.view, { paint: PLAIN, width })
      }
      imported={[]}
      laws={corpus.instruments.filter((i) => i.kind !== 'guidance').map((i) => ({ id: i.id, short: i.short }))}
      onCopy={onCopy}
      debounce={0}
      checklist={browseChecklist(corpus, PLAIN, dir)}
    />,
  );
  const type = async (keys: string) => {
    for (const key of keys.length > 1 && !keys.startsWith('\u001b') ? [...keys] : [keys]) {
      app.stdin.write(key);
      await tick(5);
    }
    await tick();
  };
  return { ...app, type, onCopy, frame: () => app.lastFrame() ?? '' };
}

describe('tip browse', () => {
  it('searches as you type, and shows the selected result beside the list', async () => {
    const app = mount();
    expect(app.frame()).toContain('Type to search');
    await app.type('debt bondage');
    expect(app.frame()).toMatch(/Search: debt bondage/);
    expect(app.frame()).toMatch(/\d+ found/);
    expect(app.frame()).toContain('Trafficking in persons');
    // The page beside the list is tip show's, caveats and all.
    await tick(100);
    expect(app.frame()).toContain('[ptpa-2018:s3]');
    await app.type(DOWN);
    await tick(100);
    expect(app.frame()).not.toContain('[ptpa-2018:s3]');
  });

  it('opens a page, follows a link with Tab and Enter, and goes back with Backspace', async () => {
    const app = mount();
    await app.type('debt bondage');
    await app.type(ENTER);
    await tick(100);
    expect(app.frame()).toMatch(/Links \(\d+\):/);
    await app.type(TAB);
    await app.type(ENTER);
    await tick(100);
    expect(app.frame()).toContain('ptpa-2018:s3(2)');
    await app.type(BACKSPACE);
    expect(app.frame()).toContain('PTPA s.3  Trafficking in persons');
    await app.type(BACKSPACE);
    expect(app.frame()).toMatch(/Search: debt bondage/);
  });

  it('cycles the filters with Tab: cases only', async () => {
    const app = mount();
    await app.type('brick kiln');
    await app.type(TAB);
    await app.type(TAB);
    expect(app.frame()).toContain('[cases]');
    expect(app.frame()).toContain('Brick-kiln habeas corpus');
    expect(app.frame()).not.toContain('Bonded Labour System (Abolition) Act, 1992 ');
  });

  it('narrows to one law at a time with Ctrl-L, and moves with PgDn, End and Home', async () => {
    const app = mount();
    await app.type('victim');
    const all = Number(/(\d+) found/.exec(app.frame())?.[1]);
    await app.type('\u000c'); // Ctrl-L: the first law
    const first = corpus.instruments.find((i) => i.kind !== 'guidance');
    expect(app.frame()).toContain(`only ${first?.short}`);
    expect(Number(/(\d+) found/.exec(app.frame())?.[1])).toBeLessThan(all);
    await app.type('\u001b[6~'); // PgDn
    await app.type('\u001b[F'); // End
    await app.type('\u001b[H'); // Home
    expect(app.frame()).toMatch(/\d+ found/);
  });

  it('scrolls a page with j and k, and copies it with y', async () => {
    const app = mount();
    await app.type('debt bondage');
    await app.type(ENTER);
    await tick(100);
    const top = app.frame();
    await app.type('j');
    await app.type('j');
    expect(app.frame()).not.toBe(top);
    await app.type('k');
    await app.type('k');
    expect(app.frame()).toBe(top);
    await app.type('y');
    expect(app.onCopy).toHaveBeenCalledWith('ptpa-2018:s3');
  });

  it('answers Urdu and says what it searched', async () => {
    const app = mount();
    await app.type('جبری مشقت');
    expect(app.frame()).toContain('Searched');
    expect(app.frame()).toMatch(/\d+ found/);
  });

  it('starts the offence checklist from a provision with a few facts, and saves it for tip checklist --resume', async () => {
    const dir = tempDir();
    const app = mount(dir);
    await app.type('debt bondage');
    await app.type(ENTER);
    await tick(100);
    await app.type('c');
    expect(app.frame()).toContain('The victim is');
    for (const answer of ['c', 'y', 'y', 'l']) await app.type(answer);
    expect(app.frame()).toContain('Checklist: ');
    expect(app.frame()).toMatch(/child/);
    await app.type('s');
    const saved = join(dir, 'trafficking-checklist.yaml');
    expect(app.frame()).toContain('tip checklist --resume');
    expect(existsSync(saved)).toBe(true);
    expect(readFileSync(saved, 'utf8')).toContain('victim: child');
    // A second save never replaces the first.
    await app.type('s');
    expect(existsSync(join(dir, 'trafficking-checklist-2.yaml'))).toBe(true);
    await app.type(BACKSPACE);
    expect(app.frame()).toContain('Links (');
  });

  it('copies the canonical citation, lists every key on ?, and quits on Esc', async () => {
    const app = mount();
    await app.type('?');
    expect(app.frame()).toContain('tip browse: keys');
    await app.type('x');
    await app.type('debt bondage');
    await app.type('\u0019'); // Ctrl-Y
    expect(app.onCopy).toHaveBeenCalledWith('ptpa-2018:s3');
    expect(app.frame()).toContain('copied ptpa-2018:s3');
    await app.type(ESC);
    await tick(50);
    app.unmount();
  });
});
