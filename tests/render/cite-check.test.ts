/* eslint-disable no-control-regex -- matching control characters is the point */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCitations, type CheckReport } from '../../src/domain/cite/check.js';
import { BUNDLED_CORPUS } from '../../src/domain/corpus/which.js';
import { checkTally, renderCiteCheck } from '../../src/render/cite-check.js';
import { bundledCorpus, tempDir } from '../helpers.js';

/** Anything a terminal acts on. */
const ACTS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

const dir = tempDir();
// A name with GitHub's property separators and a colour code in it.
const file = join(dir, 'memo,a:b\u001b[31m.txt');
writeFileSync(
  file,
  [
    'The clerk noted u/s 3(2) PTPA on the first page.',
    'She then wrote section 371-A PPC in the margin.',
    'A later draft relied on u/s 21 PTPA, which does not exist.',
    '',
  ].join('\n'),
);
const missing = join(dir, 'gone.txt');
const report: CheckReport = checkCitations(bundledCorpus(), {
  files: [file, missing],
  corpus: { source: BUNDLED_CORPUS, hash: 'h1' },
});
const shown = 'memo,a:b.txt';

describe('cite --check text', () => {
  it('prints the unreadable file first, then each problem as file:line:col, then the tally', () => {
    const lines = renderCiteCheck(report, 'text', { cwd: dir, all: false }).split('\n');
    expect(lines).toEqual([
      `${missing}: error: no such text file: ${missing}`,
      `${join(dir, shown)}:2:16: warning: PPC s.371-A: outside tipkit's corpus [ppc-1860:s371-A]`,
      `${join(dir, shown)}:3:25: error: u/s 21 PTPA: no such provision; PTPA has ss. 1–16`,
      '3 citations in 2 files: 2 errors, 1 warning (checked against the bundled corpus)',
    ]);
  });

  it('with --all lists the citation that passed too, in text order', () => {
    const lines = renderCiteCheck(report, 'text', { cwd: dir, all: true }).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe(`${join(dir, shown)}:1:17: ok: ${report.citations[0]?.message} [ptpa-2018:s3(2)]`);
    expect(lines.slice(1, 4).map((line) => line.split(': ')[1])).toEqual(['ok', 'warning', 'error']);
  });

  it('lets no control character of a file name through', () => {
    for (const format of ['text', 'github', 'summary'] as const)
      expect(renderCiteCheck(report, format, { cwd: dir, all: true })).not.toMatch(ACTS);
  });
});

describe('cite --check github', () => {
  const lines = renderCiteCheck(report, 'github', { cwd: dir, all: true }).split('\n');

  it('annotates each problem with a relative, escaped path and ends with a notice', () => {
    expect(lines[0]).toBe(`::error file=gone.txt,title=tip cite::no such text file: ${missing}`);
    expect(lines[1]).toBe(
      `::warning file=memo%2Ca%3Ab.txt,line=2,col=16,title=citation recognised::PPC s.371-A: outside tipkit's corpus [ppc-1860:s371-A]`,
    );
    expect(lines[2]).toMatch(/^::error file=memo%2Ca%3Ab\.txt,line=3,col=25,title=citation unresolved::u\/s 21 PTPA/);
    expect(lines.at(-1)).toBe(
      '::notice title=tip cite::3 citations in 2 files: 2 errors, 1 warning (checked against the bundled corpus)',
    );
    // A passing citation is never annotated, even with --all.
    expect(lines).toHaveLength(4);
  });

  it('escapes newlines and percent signs in a message so one annotation stays one line', () => {
    const odd: CheckReport = {
      ...report,
      files: [],
      citations: [{ ...report.citations[2]!, message: '50% sure\r\nsecond line' }],
    };
    const out = renderCiteCheck(odd, 'github', { cwd: dir, all: false }).split('\n');
    expect(out[0]).toMatch(/::50%25 sure%0D%0Asecond line$/);
  });
});

describe('cite --check summary', () => {
  it('gives the verdict, the counts row and one table row per problem', () => {
    const lines = renderCiteCheck(report, 'summary', { cwd: dir, all: false }).split('\n');
    expect(lines[0]).toBe('## Citations: failed');
    expect(lines).toContain('| 2 | 3 | 2 | 1 | 0 |');
    expect(lines.filter((line) => line.startsWith(`| ${dir}`))).toHaveLength(3);
  });

  it('escapes Markdown and pipes in a cell and keeps it on one line', () => {
    const odd: CheckReport = {
      ...report,
      files: [],
      citations: [{ ...report.citations[2]!, text: 'a|b *c*\n<i>', message: 'x' }],
    };
    const out = renderCiteCheck(odd, 'summary', { cwd: dir, all: false });
    expect(out).toContain('| a\\|b \\*c\\* \\<i\\> | error | x |');
  });

  it('says passed when nothing failed and names the settings file', () => {
    const clean: CheckReport = { ...report, ok: true, config: 'tipkit.yaml', files: [], citations: [] };
    const out = renderCiteCheck(clean, 'summary', { cwd: dir, all: false }).split('\n');
    expect(out[0]).toBe('## Citations: passed');
    expect(out[2]).toBe('Checked against the bundled corpus, settings from `tipkit.yaml`.');
    expect(out).not.toContain('| Where | Citation | Severity | Message |');
  });
});

describe('checkTally', () => {
  it('names ignored citations, the library and the settings only when there are any', () => {
    const withAll: CheckReport = {
      ...report,
      config: 'tipkit.yaml',
      corpus: { source: 'my-data', hash: 'h', library: { path: '/lib', included: true, texts: 1 } },
      counts: { ...report.counts, citations: 1, files: 1, errors: 0, warnings: 0, ignored: 2 },
    };
    expect(checkTally(withAll)).toBe(
      '1 citation in 1 file: 0 errors, 0 warnings, 2 ignored (checked against my-data; with your library at /lib (1 imported text); settings from tipkit.yaml)',
    );
  });
});

describe('cite --check json', () => {
  it('is the report itself, without a trailing newline', () => {
    const out = renderCiteCheck(report, 'json', { cwd: dir, all: false });
    expect(out.endsWith('\n')).toBe(false);
    expect((JSON.parse(out) as CheckReport).counts).toEqual(report.counts);
  });
});

describe('cite --check github, an unreadable file with controls in its name', () => {
  it('lets no terminal control through the file-error annotation', () => {
    const report: CheckReport = {
      corpus: { source: BUNDLED_CORPUS, hash: 'h' },
      strict: false,
      files: [{ path: 'x\u001b]0;pwn\u0007.txt', citations: 0, error: 'bad \u009b2J' }],
      citations: [],
      counts: { files: 1, citations: 0, errors: 1, warnings: 0, ignored: 0, unreadable: 1 },
      ok: false,
    };
    const out = renderCiteCheck(report, 'github', { cwd: '/', all: false });
    expect(out).toMatch(/^::error file=x.*\.txt,title=tip cite::bad/m);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
