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

  it('checks cases: whole case numbers, and laws that resolve in the corpus or the statute table', () => {
    const caseFile = join(FIXTURES, 'broken-case', 'cases', 'demo-case.yaml');
    const half = (text: string, col: number) =>
      `${caseFile}:10:${col}: "${text}" is not a whole case number (a case type, "No." and a number, and the year); in a flow list, quote a number that contains a comma`;
    expect(issuesOf('broken-case')).toEqual([
      half('Petitions No. 1', 16),
      half('2 of 2020', 33),
      `${caseFile}:13:10: "demo-act-2020:s9" is not a provision of demo-act-2020 in the corpus`,
      `${caseFile}:14:10: unknown law "penal-code": neither in the corpus nor in tipkit's statute table`,
    ]);
  });
});

describe('case numbers', () => {
  it('accepts whole case numbers and refuses the halves YAML makes of an unquoted comma', async () => {
    const { isWholeCaseNumber } = await import('../../src/domain/corpus/check-cases.js');
    for (const whole of [
      'Crl. Misc. No. 6664-B of 2018',
      'Cr. Bail Applications No. 880/2016 & 371/2017',
      'Criminal Appeals Nos. 120, 121 and 122 of 2019',
      'Crl. Bail Appln. No. S-503 of 2022',
      'Constitution Petitions No. 10, 11 and 12 of 2019',
    ]) {
      expect(isWholeCaseNumber(whole), whole).toBe(true);
    }
    for (const half of ['Constitution Petitions No. 10', '11 and 12 of 2019', 'of 2019', 'Writ Petition']) {
      expect(isWholeCaseNumber(half), half).toBe(false);
    }
  });
});

describe('checklist items on parts that flag weaker facts', () => {
  it('must say how sure they are, or the item would print as high without a caveat', async () => {
    const { cpSync, readFileSync, writeFileSync } = await import('node:fs');
    const { ROOT, tempDir } = await import('../helpers.js');
    const root = tempDir();
    for (const folder of ['laws', 'cases']) cpSync(join(ROOT, folder), join(root, folder), { recursive: true });
    const file = join(root, 'laws', 'pk-procedure.yaml');
    const text = readFileSync(file, 'utf8');
    const unrated = text.replace(/(- id: travel-controls\n)\s+confidence: medium\n/, '$1');
    expect(unrated).not.toBe(text);
    writeFileSync(file, unrated);
    expect(validateCorpus(root).issues.map((i) => i.message)).toEqual([
      'the part this item sits in says some of its facts are medium, low or inferred: give the item its own confidence, or name the weaker facts it mentions under `weaker`',
    ]);
  });
});
