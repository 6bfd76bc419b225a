import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/domain/corpus/issues.js';
import { validateCorpus } from '../../src/domain/corpus/validate.js';
import { FIXTURES } from '../helpers.js';

const issuesOf = (fixture: string) => validateCorpus(join(FIXTURES, fixture)).issues.map(formatIssue);
const file = (fixture: string) => join(FIXTURES, fixture, 'laws', 'demo-act.yaml');

describe('validateCorpus on broken fixtures', () => {
  it('accepts the minimal corpus', () => {
    const report = validateCorpus(join(FIXTURES, 'minimal'));
    expect(report).toMatchObject({ valid: true, files: 2, instruments: 1, provisions: 2, cases: 1, issues: [] });
  });

  it('reports a YAML syntax error with its position', () => {
    expect(issuesOf('broken-syntax')).toEqual([
      `${file('broken-syntax')}:6:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('reports a value of the wrong type at the value itself', () => {
    expect(issuesOf('broken-type')).toEqual([
      `${file('broken-type')}:26:38: provisions[0].provenance.number_confidence: Invalid option: expected one of "high"|"medium"|"low"`,
    ]);
  });

  it('reports a duplicate provision id at the second occurrence', () => {
    expect(issuesOf('broken-duplicate')).toEqual([
      `${file('broken-duplicate')}:27:9: duplicate provision id "s1" in demo-act-2020`,
    ]);
  });

  it('reports a dangling cross-reference at the reference', () => {
    expect(issuesOf('broken-xref')).toEqual([
      `${file('broken-xref')}:25:13: dangling cross-reference "demo-act-2020:s9": no such provision in the corpus`,
    ]);
  });

  it('checks cases: canonical citations, and laws that resolve in the corpus or the statute table', () => {
    const caseFile = join(FIXTURES, 'broken-case', 'cases', 'demo-case.yaml');
    expect(issuesOf('broken-case')).toEqual([
      `${caseFile}:8:13: write "P L D 2020 Supreme Court 1" as "PLD 2020 SC 1"`,
      `${caseFile}:13:10: "demo-act-2020:s9" is not a provision of demo-act-2020 in the corpus`,
      `${caseFile}:14:10: unknown law "penal-code": neither in the corpus nor in tipkit's statute table`,
    ]);
  });
});
