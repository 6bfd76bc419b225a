/**
 * Text from a user's files never reaches the terminal or an exported page as a control
 * sequence: an imported Gazette and a user's corpus carry a window-title change, a
 * hidden OSC 8 link, clear-screen, NUL, an HTML-escaped ESC and a bidi override, and
 * every command that prints them prints them inert (issue 23 §5).
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, tempDir, tipProcess, type CliResult } from '../../helpers.js';

const ESC = '\u001b';
const HOSTILE = `\u001b]0;pwned\u0007\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007\u001b[2J\u202e41\u202c`;
/** What must not survive into any output: ESC, BEL, NUL, the C1 CSI, and bidi overrides or isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u001b\u0007\u0000\u009b\u202a-\u202e\u2066-\u2069]/u;
const env = { NO_COLOR: '1' };

let root = '';
let work = '';

beforeAll(async () => {
  work = tempDir();
  root = join(work, 'corpus');
  cpSync(join(FIXTURES, 'import', 'corpus'), root, { recursive: true });
  // A user's own corpus file with escapes in a heading and a summary (YAML double-quoted escapes).
  const act = join(root, 'laws', 'lantern-act.yaml');
  writeFileSync(
    act,
    readFileSync(act, 'utf8')
      .replace('heading: Definitions', 'heading: "Definitions \\e]0;pwned\\a\\u202e41"')
      .replace(
        'summary: Defines keeper and lantern.',
        'summary: "Defines keeper\\e[2J and \\0 \\u202elantern 41 years."',
      ),
  );
  // An imported Gazette with raw escapes, and a web page whose entities decode to ESC.
  const gazette = readFileSync(join(FIXTURES, 'import', 'lantern-gazette.md'), 'utf8').replace(
    '(1) Every keeper shall keep the lantern lit from dusk to dawn.',
    `(1) Every keeper${HOSTILE} shall keep the lantern lit from dusk to dawn.`,
  );
  writeFileSync(join(work, `lantern${HOSTILE.slice(0, 8)}.md`), gazette);
  const imported = await tipProcess(['import', join(work, `lantern${HOSTILE.slice(0, 8)}.md`), '--data', root], {
    env,
  });
  expect(imported.status, imported.stderr).toBe(0);
  expectInert(imported, 'import');
}, 120_000);

function expectInert(result: CliResult, what: string): void {
  expect(result.stdout + result.stderr, what).not.toMatch(UNSAFE);
  expect(result.stdout + result.stderr, what).not.toContain(ESC);
}

describe('text from a user file, printed', () => {
  it.each([
    ['show', ['show', 'LKA s.3']],
    ['show --text', ['show', 'LKA s.3', '--text']],
    ['show, a corpus heading', ['show', 'LKA s.2']],
    ['show --json', ['show', 'LKA s.3', '--json']],
    ['search', ['search', 'keeper lantern']],
    ['search --json', ['search', 'keeper lantern', '--json']],
    ['laws', ['laws']],
    ['export json to stdout', ['export', '--format', 'json']],
  ])('%s prints it inert', async (name, args) => {
    const result = await tipProcess([...args, '--data', root], { env });
    expect(result.status, result.stderr).toBe(0);
    expectInert(result, name);
    if (name === 'show --json') {
      // The JSON still holds the same text: what a terminal would act on is escaped, not dropped.
      const view = JSON.parse(result.stdout) as { text: string };
      expect(view.text).toContain('\u202e41');
    }
  });

  it.each(['html', 'md'])('into an exported %s site, with no control or bidi character in any page', async (format) => {
    const out = join(work, `site-${format}`);
    const result = await tipProcess(['export', '--format', format, '--out', out, '--data', root], { env });
    expect(result.status, result.stderr).toBe(0);
    expectInert(result, `export ${format}`);
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(`.${format}`));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(readFileSync(join(out, page), 'utf8'), page).not.toMatch(UNSAFE);
  });
});
