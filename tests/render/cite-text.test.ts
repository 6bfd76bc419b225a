/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import { citeText, type FirHeading } from '../../src/domain/cite/cite.js';
import { firLabel, renderCiteReport } from '../../src/render/cite-text.js';
import { PLAIN, type Style } from '../../src/render/style.js';
import { bundledCorpus } from '../helpers.js';

const style: Style = { paint: PLAIN, width: 80 };
const text = [
  'The note \u001b[31mcites u/s 3(2) PTPA and 371-A/371-B PPC.',
  'A later draft has u/s 21 PTPA and section 6 on its own.',
  '',
].join('\n');
const report = citeText(bundledCorpus(), text, 'memo.txt');
const lines = renderCiteReport(report, style).split('\n');

describe('renderCiteReport', () => {
  it('tallies the citations by status in its first line', () => {
    expect(lines[0]).toBe('4 citations in memo.txt: 1 resolved, 1 recognised outside the corpus, 2 not resolved');
  });

  it('lists each citation at its line and column, in text order', () => {
    const heads = lines.filter((line) => /^\d+:\d+ +\S/.test(line));
    expect(heads.map((line) => line.replace(/ {2,}/, ' '))).toEqual([
      '1:21 u/s 3(2) PTPA',
      '1:39 371-A/371-B PPC',
      '2:19 u/s 21 PTPA',
      '2:35 section 6',
    ]);
    expect(heads.every((line) => /^\S+ +/.exec(line)?.[0].length === 11)).toBe(true);
  });

  it('names each provision of a citation that names several, and marks what does not resolve', () => {
    expect(lines).toContain("           371-A: ppc-1860:s371-A · PPC s.371-A · outside tipkit's corpus");
    expect(lines).toContain("           371-B: ppc-1860:s371-B · PPC s.371-B · outside tipkit's corpus");
    expect(lines).toContain('           ! not resolved: no law is named next to it');
    expect(lines.some((line) => line.startsWith('           ptpa-2018:s3(2) · PTPA s.3(2) · '))).toBe(true);
  });

  it('keeps the wrapped lines under the tally within the width', () => {
    for (const line of lines.slice(1)) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('lets no terminal control of the text through', () => {
    const hostile = citeText(bundledCorpus(), 'See u/s 3(2)\u0007 PTPA\u001b]0;x\u0007 now.', 'in.txt');
    expect(renderCiteReport(hostile, style)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('says when there is nothing to report', () => {
    expect(renderCiteReport(citeText(bundledCorpus(), 'Nothing cited here.', 'empty.txt'), style)).toBe(
      'No citations found in empty.txt.',
    );
  });
});

describe('firLabel', () => {
  const at = { text: 'FIR', span: [0, 3], line: 1, col: 1 } as Pick<FirHeading, 'text' | 'span' | 'line' | 'col'>;

  it('gives the number, and the date and police station only when known', () => {
    expect(firLabel({ ...at, number: '12/26', date: '01.02.26', police_station: 'Harbour' })).toBe(
      'FIR No. 12/26, dated 01.02.26, PS Harbour',
    );
    expect(firLabel({ ...at, number: '7/25' })).toBe('FIR No. 7/25');
  });
});
