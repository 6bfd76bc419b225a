import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDir, tip, tipJson } from '../helpers.js';
import { hasScript, openTerminal, TERMINAL_TEST_MS } from './terminal.js';

const CHILD_CROSS_BORDER = ['checklist', 'trafficking', '--victim', 'child', '--cross-border'];

describe('tip checklist', () => {
  it('lists the offences when none is given', async () => {
    const { status, body } = await tipJson(['checklist']);
    expect(status).toBe(0);
    expect(body.offences.map((o: { id: string }) => o.id)).toEqual(['smuggling', 'trafficking']);
  });

  it('--json carries the documented contract', async () => {
    const { status, body } = await tipJson([...CHILD_CROSS_BORDER, '--aggravating', 'organized-group']);
    expect(status).toBe(0);
    expect(body.offence.id).toBe('trafficking');
    expect(body.facts).toEqual({
      victim: 'child',
      victim_woman: false,
      cross_border: true,
      aggravating: ['organized-group'],
      purpose: [],
      forged_documents: false,
    });
    expect(body.penalty).toMatchObject({
      min_years: 3,
      max_years: 14,
      fine_max: 2_000_000,
      combination: 'and',
      basis: 'ptpa-2018:s4',
    });
    expect(body.agency.name).toBe('Federal Investigation Agency (FIA)');
    expect(body.court).toMatchObject({ name: 'Magistrate of the First Class', basis: 'ptpa-2018:s10' });
    for (const item of body.items)
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'section', 'text', 'cites', 'caveats']));
  });

  it('--format md is a GitHub task list, byte-identical from run to run', async () => {
    const first = await tip([...CHILD_CROSS_BORDER, '--format', 'md']);
    const second = await tip([...CHILD_CROSS_BORDER, '--format', 'md']);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toMatch(/^# Checklist: Trafficking in persons/);
    expect(first.stdout).toMatch(/^## 3\. Elements to prove$/m);
    expect(first.stdout).toMatch(/^- \[ \] Means: force; fraud; coercion\..*Not required to be proved here/m);
    expect(first.stdout).toMatch(/^ {2}- \[ \] Trace the recruitment\./m);
  });

  it('--output writes the file atomically and says so on stderr', async () => {
    const out = join(tempDir(), 'case.md');
    const result = await tip([...CHILD_CROSS_BORDER, '--format', 'md', '--output', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await tip([...CHILD_CROSS_BORDER, '--format', 'md'])).stdout);
  });

  it('--format csv and yaml carry every item', async () => {
    const items = (await tipJson(CHILD_CROSS_BORDER)).body.items.length;
    const csv = (await tip([...CHILD_CROSS_BORDER, '--format', 'csv'])).stdout.trimEnd().split('\r\n');
    expect(csv[0]).toBe('id,section,element,text,prompts,cites,confidence,caveats,done,note');
    expect(csv.length).toBe(items + 1);
    expect(parse((await tip([...CHILD_CROSS_BORDER, '--format', 'yaml'])).stdout).items.length).toBe(items);
  });

  it('--interactive without a terminal exits 2 and names the alternative', async () => {
    const result = await tip([...CHILD_CROSS_BORDER, '--interactive', '--save', join(tempDir(), 'x.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--interactive needs a terminal/);
    expect(result.stderr).toMatch(/--format md/);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('an unknown offence exits 3; a foreign or damaged file is refused and left as it was', async () => {
    expect((await tip(['checklist', 'kidnapping'])).status).toBe(3);
    const dir = tempDir();
    const notes = join(dir, 'notes.yaml');
    writeFileSync(notes, 'my: notes\n');
    const save = await tip([...CHILD_CROSS_BORDER, '--save', notes]);
    expect(save.status).toBe(2);
    expect(save.stderr).toMatch(/will not overwrite/);
    const resume = await tip(['checklist', '--resume', notes, '--format', 'md']);
    expect(resume.status).toBe(4);
    expect(resume.stderr).toMatch(/not a tipkit checklist/);
    expect(readFileSync(notes, 'utf8')).toBe('my: notes\n');
  });
});

describe.skipIf(!hasScript)('tip checklist --interactive, end to end in a terminal', () => {
  let items: { text: string }[] = [];
  beforeAll(async () => {
    items = (await tipJson(CHILD_CROSS_BORDER)).body.items;
  });
  /** The cursor's row on item `index`, as the screen shows it (the start of its text is enough). */
  const cursorOn = (index: number) => `> [ ] ${items[index]?.text.slice(0, 20)}`;

  it('ticks, notes, saves, resumes, and reports progress', { timeout: TERMINAL_TEST_MS }, async () => {
    const file = join(tempDir(), 'case-014.yaml');
    const run = openTerminal([...CHILD_CROSS_BORDER, '--interactive', '--save', file], { columns: 100, rows: 40 });
    await run.waitFor('Immediate safety');
    await run.press(' ', '· saved');
    await run.press('j', cursorOn(1));
    await run.press('n', 'type the note');
    for (const [i, key] of [...'CPWB'].entries()) await run.press(key, `Note: ${'CPWB'.slice(0, i + 1)}_`);
    await run.press('\r', 'note saved');
    expect(await run.quit('q')).toBe(0);
    const saved = parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({
      format: 'tipkit-checklist',
      offence: 'trafficking',
      facts: { victim: 'child', cross_border: true },
    });
    expect(saved.items[0]).toMatchObject({ id: 'safety.danger-now', done: true });
    expect(saved.items[1]).toMatchObject({ id: 'safety.notify-cpwb', done: false, note: 'CPWB' });

    // Resuming opens where it stopped (the second item) and keeps what was there.
    const resume = openTerminal(['checklist', '--resume', file], { columns: 100, rows: 40 });
    await resume.waitFor(cursorOn(1));
    await resume.press(' ', '· saved');
    expect(await resume.quit('q')).toBe(0);
    const resumed = parse(readFileSync(file, 'utf8'));
    expect(resumed.items[1]).toMatchObject({ done: true, note: 'CPWB' });
    expect(existsSync(`${file}.tmp`)).toBe(false);

    const report = await tip(['checklist', '--resume', file, '--format', 'md']);
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/^\| Progress \| 2 of \d+ items done \|$/m);
    expect(report.stdout).toMatch(/^## 1\. Immediate safety and referral \(2\/\d+\)$/m);
    expect(report.stdout).toMatch(/^- \[x\] Notify the Child Protection/m);
    expect(report.stdout).toMatch(/^ {2}- Note: CPWB$/m);
  });

  it(
    'on a 60 × 24 screen: counts a burst of keys, does not quit on Esc, quits on a new line naming the file',
    { timeout: TERMINAL_TEST_MS },
    async () => {
      const file = join(tempDir(), 'case.yaml');
      const run = openTerminal([...CHILD_CROSS_BORDER, '--interactive', '--save', file], { columns: 60, rows: 24 });
      await run.waitFor('Immediate safety');
      await run.press('jjj', cursorOn(3));
      await run.press('\u001b', 'q quits');
      await run.press(' ', '· saved');
      expect(await run.quit('q')).toBe(0);
      const saved = parse(readFileSync(file, 'utf8'));
      expect(saved.position).toBe(saved.items[3].id);
      expect(saved.items[3].done).toBe(true);
      // NO_COLOR holds in the interactive view too: only cursor and screen controls, no colours.
      const ESC = String.fromCharCode(27);
      expect(run.raw()).not.toMatch(new RegExp(`${ESC}\\[[0-9;]*m`));
      // The last screen ends its line; only cursor controls stand between it and the message.
      const plain = run
        .raw()
        .split(ESC)
        .map((part) => part.replace(/^\[\?\d+[hl]/, ''))
        .join('');
      expect(plain).toMatch(/\r\ntip: checklist saved in .*case\.yaml \(1 of \d+ done\)/);
      expect(run.raw()).toMatch(/Penalty: /);
    },
  );

  it('says on screen when a save fails, and exits non-zero', { timeout: TERMINAL_TEST_MS }, async () => {
    const file = join(tempDir(), 'case.yaml');
    const run = openTerminal([...CHILD_CROSS_BORDER, '--interactive', '--save', file], { columns: 100, rows: 40 });
    await run.waitFor('Immediate safety');
    // The file turns into a folder under the running checklist: the next save cannot succeed.
    rmSync(file);
    mkdirSync(file);
    await run.press(' ', /not saved: .*case\.yaml is a folder/);
    expect(await run.quit('q')).toBe(2);
  });
});
