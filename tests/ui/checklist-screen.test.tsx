import { describe, expect, it, vi } from 'vitest';
import { buildChecklist, labeller } from '../../src/domain/checklist/build.js';
import { newSession, type Session } from '../../src/domain/checklist/session.js';
import { ChecklistApp } from '../../src/ui/checklist-app.js';
import { bundledCorpus } from '../helpers.js';
import { renderCounted } from './frames.js';

const corpus = bundledCorpus();
const checklist = buildChecklist(corpus, 'trafficking', {
  victim: 'child',
  victim_woman: true,
  cross_border: true,
  aggravating: ['organized-group', 'documents'],
  purpose: ['sex'],
  forged_documents: true,
});

/** Mounts the app on a fake terminal (100 columns, 24 rows until resized). */
function mount(save = vi.fn<(s: Session) => void>()) {
  const app = renderCounted(
    <ChecklistApp checklist={checklist} session={newSession(checklist)} label={labeller(corpus)} save={save} />,
  );
  const resize = (c: number, r: number) =>
    app.drawn(() => {
      Object.defineProperty(app.stdout, 'columns', { value: c, configurable: true });
      Object.defineProperty(app.stdout, 'rows', { value: r, configurable: true });
      app.stdout.emit('resize');
    });
  const press = (keys: string) => app.drawn(() => app.stdin.write(keys));
  return { ...app, resize, press, save };
}

const lines = (frame: string | undefined) => (frame ?? '').split('\n');

function expectHeader(frame: string | undefined, columns: number, rows: number): void {
  const screen = lines(frame);
  expect(screen.length, `frame of ${screen.length} lines on ${rows} rows`).toBeLessThan(rows);
  for (const line of screen) expect(line.length, line).toBeLessThanOrEqual(columns);
  expect(screen[0]).toMatch(/^Checklist: Trafficking/);
  expect(screen.join('\n')).toMatch(/^victim: child, female/m);
  expect(screen.join('\n')).toMatch(/^Penalty: 3 to 14 years/m);
  expect(screen.join('\n')).toMatch(/^0 of \d+ done/m);
}

describe('the checklist screen at any size', () => {
  it.each([
    [60, 24],
    [80, 24],
    [40, 12],
    [120, 50],
  ])('keeps the header and the cursor in view on %i × %i', async (columns, rows) => {
    const app = mount();
    await app.resize(columns, rows);
    expectHeader(app.lastFrame(), columns, rows);
    await app.press('G');
    expectHeader(app.lastFrame(), columns, rows);
    expect(app.lastFrame()).toMatch(/^> \[ \] /m);
  });

  it('follows a resize from large to small and back', async () => {
    const app = mount();
    await app.resize(120, 50);
    const tall = lines(app.lastFrame()).length;
    await app.resize(60, 24);
    expectHeader(app.lastFrame(), 60, 24);
    await app.resize(120, 50);
    expect(lines(app.lastFrame()).length).toBe(tall);
  });

  it('lists the keys on ?, and Esc while browsing does not quit', async () => {
    const app = mount();
    await app.resize(80, 24);
    await app.press('?');
    expect(app.lastFrame()).toMatch(/PgUp PgDn: move one screen/);
    expect(app.lastFrame()).toMatch(/q or Ctrl-C: quit/);
    await app.press('\u001b');
    expect(app.lastFrame()).toMatch(/q quits/);
    await app.press(' ');
    expect(app.save).toHaveBeenCalledTimes(1);
  });

  it('asks before Ctrl-C drops a half-typed note, and Enter then saves it', async () => {
    const app = mount();
    await app.press('n');
    await app.press('met the');
    await app.press('\u0003');
    expect(app.lastFrame()).toMatch(/Ctrl-C again discards the note/);
    await app.press('\r');
    expect(app.save.mock.calls.at(-1)?.[0].items[0]).toMatchObject({ note: 'met the' });
  });

  it('shows a failed save in the status line and keeps the screen true to the file', async () => {
    const save = vi.fn<(s: Session) => void>(() => {
      throw new Error('cannot write case.yaml: no space left on the device (ENOSPC)');
    });
    const app = mount(save);
    await app.press(' ');
    expect(app.lastFrame()).toMatch(/not saved: cannot write case\.yaml: no space left/);
    expect(app.lastFrame()).toMatch(/^> \[ \] /m);
  });

  it('shows every caveat of the penalty band in the header, not only the first', async () => {
    expect(checklist.penalty.caveats.length).toBeGreaterThan(0);
    const app = mount();
    await app.resize(200, 40);
    for (const caveat of checklist.penalty.caveats) expect(app.lastFrame()).toContain(`⚠ ${caveat.text.slice(0, 40)}`);
  });

  it('shows the caveat of every item that has one, item by item', async () => {
    const death = buildChecklist(corpus, 'smuggling', {
      victim: 'unknown',
      victim_woman: false,
      cross_border: true,
      aggravating: ['death'],
      purpose: [],
      forged_documents: true,
    });
    const app = renderCounted(
      <ChecklistApp checklist={death} session={newSession(death)} label={labeller(corpus)} save={vi.fn()} />,
    );
    await app.drawn(() => {
      Object.defineProperty(app.stdout, 'columns', { value: 200, configurable: true });
      Object.defineProperty(app.stdout, 'rows', { value: 60, configurable: true });
      app.stdout.emit('resize');
    });
    const caveated = death.items.filter((i) => i.caveats.length > 0);
    expect(caveated.length).toBeGreaterThan(5);
    for (const [index, item] of death.items.entries()) {
      for (const caveat of item.caveats) expect(app.lastFrame(), item.id).toContain(`⚠ ${caveat.text.slice(0, 60)}`);
      if (index < death.items.length - 1) {
        await app.drawn(() => app.stdin.write('j'));
      }
    }
  });
});
