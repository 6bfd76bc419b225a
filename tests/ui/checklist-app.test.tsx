import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { buildChecklist, labeller } from '../../src/domain/checklist/build.js';
import { newSession, type Session } from '../../src/domain/checklist/session.js';
import { ChecklistApp } from '../../src/ui/checklist-app.js';
import { bundledCorpus } from '../helpers.js';
import { until } from './frames.js';

const corpus = bundledCorpus();
const checklist = buildChecklist(corpus, 'trafficking', {
  victim: 'child',
  victim_woman: false,
  cross_border: true,
  aggravating: [],
  purpose: [],
  forged_documents: false,
});

function mount(session: Session = newSession(checklist)) {
  const save = vi.fn<(s: Session) => void>();
  const app = render(
    <ChecklistApp checklist={checklist} session={session} label={labeller(corpus)} save={save} height={6} />,
  );
  return { ...app, save };
}

describe('ChecklistApp', () => {
  it('shows the offence, the band, the agency and the first section', () => {
    const frame = mount().lastFrame() ?? '';
    expect(frame).toMatch(/Checklist: Trafficking in persons/);
    expect(frame).toMatch(/Penalty: 2 to 10 years.*PTPA s\.3\(2\)/);
    expect(frame).toMatch(/Agency: Federal Investigation Agency/);
    expect(frame).toMatch(/Immediate safety and referral/);
    expect(frame).toMatch(/> \[ \] Check for immediate danger/);
    expect(frame).toMatch(/0 of \d+ done/);
  });

  it('ticks the current item and saves at once', async () => {
    const { lastFrame, stdin, save } = mount();
    stdin.write(' ');
    await until(() => {
      expect(lastFrame()).toMatch(/> \[x\] Check for immediate danger/);
      expect(lastFrame()).toMatch(/1 of \d+ done · saved/);
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].items[0]).toMatchObject({ id: 'safety.danger-now', done: true });
  });

  it('moves down, writes a note, and saves it with the position', async () => {
    const { lastFrame, stdin, save } = mount();
    stdin.write('j');
    stdin.write('n');
    for (const key of 'call CPWB') stdin.write(key);
    await until(() => expect(lastFrame()).toMatch(/Note: call CPWB_/));
    stdin.write('\r');
    await until(() => expect(lastFrame()).toMatch(/note saved/));
    const saved = save.mock.calls.at(-1)?.[0];
    expect(saved?.position).toBe('safety.notify-cpwb');
    expect(saved?.items[1]).toMatchObject({ note: 'call CPWB', done: false });
  });

  it('takes a burst of Backspaces in one read as deletions, not as characters of the note', async () => {
    const { lastFrame, stdin, save } = mount();
    stdin.write('n');
    for (const key of 'call CPWBxxx') stdin.write(key);
    stdin.write('\u007f\u007f\u007f');
    await until(() => expect(lastFrame()).toMatch(/Note: call CPWB_/));
    stdin.write('\r');
    await until(() => expect(lastFrame()).toMatch(/note saved/));
    expect(save.mock.calls.at(-1)?.[0].items[0]).toMatchObject({ note: 'call CPWB' });
  });

  it('reopens on the item where the user stopped', () => {
    const session = { ...newSession(checklist), position: checklist.items[2]!.id };
    expect(mount(session).lastFrame()).toMatch(/> \[ \] Screen the person against the eleven ILO indicators/);
  });

  it('keeps working and says so when a save fails', async () => {
    const { lastFrame, stdin, save } = mount();
    save.mockImplementation(() => {
      throw new Error('disk full');
    });
    stdin.write(' ');
    await until(() => expect(lastFrame()).toMatch(/not saved: disk full/));
    expect(lastFrame()).toMatch(/> \[ \] Check for immediate danger/);
  });
});
