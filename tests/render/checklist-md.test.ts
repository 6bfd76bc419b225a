import { describe, expect, it } from 'vitest';
import { buildChecklist, labeller, type Checklist } from '../../src/domain/checklist/build.js';
import { DEFAULT_FACTS } from '../../src/domain/checklist/facts.js';
import { newSession, progressOf, resumeSession } from '../../src/domain/checklist/session.js';
import { renderChecklistMarkdown } from '../../src/render/checklist-md.js';
import { bundledCorpus } from '../helpers.js';

const corpus = bundledCorpus();
const checklist = buildChecklist(corpus, 'trafficking', DEFAULT_FACTS);
const label = labeller(corpus);
const HOSTILE = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** &copy; # not a heading';

/** The checklist with its first item's text, prompts and caveat, and the offence's name, replaced by `text`. */
function hostile(text: string): Checklist {
  const [first, ...rest] = checklist.items as [Checklist['items'][number], ...Checklist['items']];
  return {
    ...checklist,
    offence: { ...checklist.offence, name: text },
    items: [{ ...first, text, prompts: [text], caveats: [{ ...first.caveats[0], text } as never] }, ...rest],
  };
}

describe('checklist Markdown', () => {
  it('escapes text from the corpus as the export escapes it: no HTML, link or emphasis gets through', () => {
    const md = renderChecklistMarkdown(hostile(HOSTILE), label);
    expect(md).not.toMatch(/<img|(?<!\\)\]\(javascript|(?<!\\)\*\*bold|&copy;/);
    expect(md).toContain(
      '&lt;img src=x onerror=alert(1)&gt; \\[click\\](javascript:alert(1)) \\*\\*bold\\*\\* &amp;copy; \\# not a heading',
    );
  });

  it("escapes the user's note, and keeps it on its line", () => {
    const session = newSession(checklist);
    session.items[0] = { ...(session.items[0] as (typeof session.items)[number]), note: `met\n# ${HOSTILE}` };
    const { changes } = resumeSession(session, checklist);
    const md = renderChecklistMarkdown(checklist, label, {
      checklist,
      session,
      changes,
      progress: progressOf(checklist, session),
    });
    const note = md.split('\n').find((line) => line.includes('Note:')) ?? '';
    expect(note).toMatch(/- Note: met \\# &lt;img/);
    expect(md).not.toMatch(/^# &lt;img/m);
  });

  it('writes a bare & as itself, as it always has', () => {
    expect(renderChecklistMarkdown(hostile('Protection & Welfare'), label)).toContain(
      '# Checklist: Protection & Welfare',
    );
  });
});
