import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tip } from '../helpers.js';

/** GitHub's workflow-command syntax for an error annotation with a position. */
const ANNOTATION = /^::error file=([^,:]+),line=(\d+),col=(\d+),title=tip validate::(.+)$/;

describe('tip validate --format github', () => {
  it.each([
    ['broken-type', 'laws/demo-act.yaml', /number_confidence/],
    ['broken-xref', 'laws/demo-act.yaml', /cross-reference|xref/i],
    ['broken-syntax', 'laws/demo-act.yaml', /YAML syntax/],
    ['broken-case', 'cases/demo-case.yaml', /./],
  ])('annotates each problem of %s with file, line and column (exit 4)', async (fixture, file, message) => {
    const result = await tip(['validate', join('tests', 'fixtures', fixture), '--format', 'github']);
    expect(result.status).toBe(4);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const match = ANNOTATION.exec(line);
      expect(match, line).not.toBeNull();
      expect(Number(match?.[2])).toBeGreaterThan(0);
      expect(Number(match?.[3])).toBeGreaterThan(0);
    }
    expect(lines.some((line) => line.includes(`file=tests/fixtures/${fixture}/${file},`))).toBe(true);
    expect(lines.some((line) => message.test(line))).toBe(true);
  });

  it('makes absolute paths relative to the working directory, the repository root in a workflow', async () => {
    const result = await tip(['validate', join(FIXTURES, 'broken-type'), '--format', 'github']);
    expect(result.stdout).toMatch(/^::error file=tests\/fixtures\/broken-type\/laws\/demo-act\.yaml,line=26,col=38,/);
  });

  it('prints a notice, and exits 0, for a valid corpus', async () => {
    const result = await tip(['validate', '--format', 'github']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^::notice title=tip validate::\S* \(tipkit's bundled corpus[^)]*\): \d+ files, no problems\n$/,
    );
  });
});

describe('tip validate --format json', () => {
  it('prints the report, valid or not', async () => {
    const bad = await tip(['validate', join('tests', 'fixtures', 'broken-type'), '--format', 'json']);
    expect(bad.status).toBe(4);
    const report = JSON.parse(bad.stdout) as { valid: boolean; issues: { file: string; line: number }[] };
    expect(report.valid).toBe(false);
    expect(report.issues[0]).toMatchObject({ file: 'tests/fixtures/broken-type/laws/demo-act.yaml', line: 26 });
    const good = JSON.parse((await tip(['validate', '--format', 'json'])).stdout) as { valid: boolean };
    expect(good.valid).toBe(true);
  });
});
