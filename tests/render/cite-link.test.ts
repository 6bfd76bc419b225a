/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import type { LinkReport } from '../../src/domain/cite/link-files.js';
import { linkReportJson, renderLinkReport } from '../../src/render/cite-link.js';

const before = 'Intro.\nSee u/s 3(2) PTPA.\nEnd.\n';
const after = 'Intro.\nSee [u/s 3(2) PTPA](laws/ptpa-2018.md#s3-2).\nEnd.\n';

function report(extra: Partial<LinkReport> = {}): LinkReport {
  return {
    files: [
      { path: 'docs/a.md', links: 1, before, after },
      { path: 'docs/b.md', links: 0 },
      { path: 'docs/c\u001b[31m.md', links: 0, error: 'it is a symbolic link\u0007' },
    ],
    changed: ['docs/a.md'],
    links: 1,
    dryRun: false,
    ok: false,
    ...extra,
  };
}

describe('renderLinkReport', () => {
  it('names each changed file and each error, in order, then the tally', () => {
    expect(renderLinkReport(report()).split('\n')).toEqual([
      'docs/a.md: 1 link added',
      'docs/c.md: error: it is a symbolic link',
      '1 file of 3 changed, 1 link added',
    ]);
  });

  it('shows the diff of what would change in a dry run, and says nothing was written', () => {
    const lines = renderLinkReport(report({ dryRun: true })).split('\n');
    expect(lines).toContain('-See u/s 3(2) PTPA.');
    expect(lines).toContain('+See [u/s 3(2) PTPA](laws/ptpa-2018.md#s3-2).');
    expect(lines.indexOf('-See u/s 3(2) PTPA.')).toBeLessThan(
      lines.indexOf('+See [u/s 3(2) PTPA](laws/ptpa-2018.md#s3-2).'),
    );
    expect(lines.at(-1)).toBe('1 file of 3 would change, 1 link to add; nothing was written');
    expect(lines).not.toContain('docs/a.md: 1 link added');
  });

  it('lets no terminal control of a path or an error through', () => {
    expect(renderLinkReport(report())).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('counts in plural', () => {
    const many = report({ changed: ['x', 'y'], links: 5, files: [] });
    expect(renderLinkReport(many)).toBe('2 files of 0 changed, 5 links added');
  });
});

describe('linkReportJson', () => {
  it('drops the texts of the files and keeps the rest', () => {
    const json = linkReportJson(report());
    expect(json.files[0]).toEqual({ path: 'docs/a.md', links: 1 });
    expect(json.files[2]?.error).toBe('it is a symbolic link\u0007');
    expect(json.changed).toEqual(['docs/a.md']);
  });
});
