import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/render/unified-diff.js';
import { tempDir } from '../helpers.js';

/** Applies a diff with git apply (on every machine that clones tipkit), as a reviewer would. */
function applied(before: string, diff: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'page.md'), before);
  writeFileSync(join(dir, 'change.diff'), `${diff}\n`);
  execFileSync('git', ['apply', '--whitespace=nowarn', 'change.diff'], { cwd: dir, stdio: 'pipe' });
  return readFileSync(join(dir, 'docs', 'page.md'), 'utf8');
}

const line = fc.stringMatching(/^[a-z .]{0,12}$/);

describe('the --dry-run diff', () => {
  it('is a unified diff that git apply turns the old text into the new with', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, fc.boolean(), line), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (rows, finalBreak) => {
          const end = finalBreak ? '\n' : '';
          const before = rows.map(([text]) => text).join('\n') + end;
          const after = rows.map(([text, edit, other]) => (edit ? `${text}${other}!` : text)).join('\n') + end;
          const diff = unifiedDiff('docs/page.md', before, after);
          if (before === after) expect(diff).toBe('');
          else expect(applied(before, diff)).toBe(after);
        },
      ),
      { numRuns: 40, examples: [[[['', true, '']], false]] },
    );
  });

  it('reads an empty text as no lines', () => {
    expect(applied('', unifiedDiff('docs/page.md', '', '!'))).toBe('!');
  });

  it('counts no line past the last one, and marks a last line without a break', () => {
    expect(unifiedDiff('a.md', 'one\n', 'two\n')).toBe('--- a/a.md\n+++ b/a.md\n@@ -1,1 +1,1 @@\n-one\n+two');
    expect(unifiedDiff('a.md', 'one', 'two')).toBe(
      '--- a/a.md\n+++ b/a.md\n@@ -1,1 +1,1 @@\n-one\n\\ No newline at end of file\n+two\n\\ No newline at end of file',
    );
  });
});
