import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCorpus, type ValidationReport } from '../../src/domain/corpus/validate.js';
import { escapeData, escapeProperty, renderGithubAnnotations } from '../../src/render/validate-github.js';
import { PLAIN } from '../../src/render/style.js';
import { renderValidation } from '../../src/render/validate-text.js';
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

describe('validate output of hostile paths and messages', () => {
  const report: ValidationReport = {
    valid: false,
    root: '/docs',
    source: 'argument',
    library: null,
    files: 1,
    instruments: 0,
    provisions: 0,
    cases: 0,
    issues: [{ file: '/docs/laws/x\u001b]0;pwn\u0007.yaml', line: 1, col: 2, message: 'bad \u009b2J value' }],
  };

  it('lets no terminal control through, in annotations or in text', () => {
    const style = { paint: PLAIN, width: 80 };
    for (const out of [renderGithubAnnotations(report, '/docs'), renderValidation(report, style)]) {
      expect(out).toContain('laws/x');
      for (const control of ['\u001b', '\u0007', '\u009b']) expect(out).not.toContain(control);
    }
  });
});
