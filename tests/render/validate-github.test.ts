import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCorpus, type ValidationReport } from '../../src/domain/corpus/validate.js';
import { escapeData, escapeProperty, renderGithubAnnotations } from '../../src/render/validate-github.js';
import { FIXTURES } from '../helpers.js';

describe('validate --format github', () => {
  it('annotates each problem on its file, line and column, relative to the working folder', () => {
    const report = validateCorpus(join(FIXTURES, 'broken-xref'));
    expect(renderGithubAnnotations(report, FIXTURES)).toBe(
      '::error file=broken-xref/laws/demo-act.yaml,line=25,col=13,title=tip validate::dangling cross-reference "demo-act-2020:s9": no such provision in the corpus',
    );
  });

  it('keeps an absolute path outside the working folder relative to it, and one problem per line', () => {
    const report: ValidationReport = {
      ...validateCorpus(join(FIXTURES, 'broken-duplicate')),
      issues: [
        { file: '/elsewhere/a,b:c.yaml', line: 1, col: 2, message: 'first' },
        { file: 'laws/x.yaml', line: 3, col: 4, message: '100% wrong\nnext' },
      ],
    };
    const lines = renderGithubAnnotations(report, '/elsewhere/sub').split('\n');
    expect(lines).toEqual([
      '::error file=../a%2Cb%3Ac.yaml,line=1,col=2,title=tip validate::first',
      '::error file=laws/x.yaml,line=3,col=4,title=tip validate::100%25 wrong%0Anext',
    ]);
  });

  it('prints one notice for a valid corpus, naming it relative to the working folder', () => {
    const report = validateCorpus(join(FIXTURES, 'minimal'));
    expect(renderGithubAnnotations(report, FIXTURES)).toBe(
      '::notice title=tip validate::minimal (the folder given): 2 files, no problems',
    );
    expect(renderGithubAnnotations(report, join(FIXTURES, 'minimal'))).toBe(
      '::notice title=tip validate::. (the folder given): 2 files, no problems',
    );
  });
});

describe('escapeData and escapeProperty', () => {
  it('escape the percent sign first, so an escape is never escaped twice', () => {
    expect(escapeData('%0A\r\n')).toBe('%250A%0D%0A');
  });

  it('also escape the property separators, and only in properties', () => {
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    expect(escapeData('a:b,c')).toBe('a:b,c');
  });
});
