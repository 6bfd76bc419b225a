/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import { citeText } from '../../src/domain/cite/cite.js';
import { exportTargets, linksFromReport } from '../../src/domain/cite/links.js';
import { renderCiteMarkdown } from '../../src/render/cite-md.js';
import { bundledCorpus } from '../helpers.js';

const corpus = bundledCorpus();
const targets = exportTargets(corpus);

function md(text: string, base?: string): string {
  const report = citeText(corpus, text, 'memo.md');
  return renderCiteMarkdown(text, report, linksFromReport(report, text, targets), base ? { base } : {});
}

describe('renderCiteMarkdown', () => {
  const out = md('The note cites u/s 3(2) PTPA and 371-A PPC.\nLater section 6 alone.\n', 'https://example.org/docs');

  it('links a citation with a page to its anchor, with the provision as the title', () => {
    expect(out.split('\n')[0]).toBe(
      'The note cites [u/s 3(2) PTPA](https://example.org/docs/laws/ptpa-2018.md#s3-2 "PTPA s.3(2): Victim a woman or a child") and 371-A PPC.',
    );
  });

  it('leaves citations without a page unlinked and lists every citation after a rule', () => {
    const [, list = ''] = out.split('\n---\n\n');
    expect(list.split('\n')).toEqual([
      '## Citations found by tipkit (3)',
      '',
      '1. `u/s 3(2) PTPA` (line 1): ptpa-2018:s3(2) Victim a woman or a child',
      '2. `371-A PPC` (line 1): ppc-1860:s371-A (outside the corpus)',
      '3. `section 6` (line 2): not resolved (no law is named next to it)',
    ]);
  });

  it('links relative to the export without a base', () => {
    expect(md('See u/s 3(2) PTPA.')).toContain('[u/s 3(2) PTPA](laws/ptpa-2018.md#s3-2 ');
  });

  it('says None when there is no citation', () => {
    expect(md('Nothing here.\n')).toBe('Nothing here.\n\n---\n\n## Citations found by tipkit (0)\n\nNone.');
  });

  it('lets no terminal control of the text through', () => {
    const hostile = md('A \u001b[2Jnote\u0007 on u/s 3(2) PTPA \u009b\u001b]0;t\u0007 ends.');
    expect(hostile).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(hostile).toContain('A note on [u/s 3(2) PTPA](');
  });
});
