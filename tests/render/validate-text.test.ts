import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCorpus, type ValidationReport } from '../../src/domain/corpus/validate.js';
import { PLAIN, type Style } from '../../src/render/style.js';
import { invalidCorpusMessage, renderValidation, validatedCorpus } from '../../src/render/validate-text.js';
import { FIXTURES } from '../helpers.js';

const style: Style = { paint: PLAIN, width: 80 };

describe('validate text', () => {
  it('prints one file:line:col: message line per problem, in the report order', () => {
    const report: ValidationReport = {
      ...validateCorpus(join(FIXTURES, 'broken-syntax')),
      issues: [
        { file: 'laws/b.yaml', line: 9, col: 1, message: 'second file' },
        { file: 'laws/a.yaml', line: 2, col: 7, message: 'first file' },
      ],
    };
    expect(renderValidation(report, style).split('\n')).toEqual([
      'laws/b.yaml:9:1: second file',
      'laws/a.yaml:2:7: first file',
    ]);
  });

  it('reports a real broken fixture at the line of the fault', () => {
    const root = join(FIXTURES, 'broken-duplicate');
    expect(renderValidation(validateCorpus(root), style)).toBe(
      `${join(root, 'laws', 'demo-act.yaml')}:27:9: duplicate provision id "s1" in demo-act-2020`,
    );
  });

  it('sums up a valid corpus with singular and plural counts', () => {
    const root = join(FIXTURES, 'minimal');
    expect(renderValidation(validateCorpus(root), style)).toBe(
      `✓ ${root} (the folder given): 2 files, 1 instrument, 2 provisions, 1 case, no problems`,
    );
  });

  it('paints only the summary of a valid corpus green', () => {
    const green: Style = { width: 80, paint: { ...PLAIN, green: (text) => `<g>${text}</g>` } };
    expect(renderValidation(validateCorpus(join(FIXTURES, 'minimal')), green)).toMatch(/^<g>✓ .*no problems<\/g>$/);
    expect(renderValidation(validateCorpus(join(FIXTURES, 'broken-xref')), green)).not.toContain('<g>');
  });
});

describe('validatedCorpus', () => {
  it('names the corpus, where it came from and the library checked with it', () => {
    expect(validatedCorpus({ root: 'repo', source: 'working folder', library: null })).toBe(
      'repo (found from the working folder: it holds laws/)',
    );
    expect(validatedCorpus({ root: 'd', source: 'data', library: '/home/u/lib' })).toBe(
      'd (the --data or TIPKIT_DATA folder, with your library at /home/u/lib)',
    );
  });
});

describe('invalidCorpusMessage', () => {
  const report = (files: string[], library: string | null = null): ValidationReport => ({
    ...validateCorpus(join(FIXTURES, 'broken-xref')),
    root: 'corpus',
    source: 'bundled',
    library,
    issues: files.map((file) => ({ file, line: 1, col: 1, message: 'wrong' })),
  });

  it('counts the problems and names the corpus, once however many of its files have them', () => {
    expect(invalidCorpusMessage(report(['corpus/laws/a.yaml', 'corpus/laws/b.yaml']), undefined)).toBe(
      "2 problems (tipkit's bundled corpus) in corpus",
    );
  });

  it('names a library file itself, and says how many other places there are past three', () => {
    const files = ['/lib/laws/a.text.yaml', '/lib/laws/b.text.yaml', '/lib/laws/c.text.yaml', 'corpus/laws/x.yaml'];
    expect(invalidCorpusMessage(report(files, '/lib'), '/lib')).toBe(
      "4 problems (tipkit's bundled corpus, with your library) in /lib/laws/a.text.yaml, /lib/laws/b.text.yaml and 2 other places",
    );
    expect(invalidCorpusMessage(report(files.slice(0, 1), '/lib'), '/lib')).toBe(
      "1 problem (tipkit's bundled corpus, with your library) in /lib/laws/a.text.yaml",
    );
  });
});
