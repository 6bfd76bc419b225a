/**
 * Text from a user's files never reaches the terminal or an exported page as a control
 * sequence (issue 23 §5): an imported Gazette and a user's own corpus carry a window-title
 * change, a hidden OSC 8 link, clear-screen, NUL and a bidi override ("41" shown as "14"),
 * and every command that prints them prints them inert. Each row imports the Gazette into
 * the corpus in its own folder, then runs one command on it.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { FIXTURES, type CliResult } from '../../helpers.js';
import { runHostileRows, type Row, type Step } from './rows.js';

const HOSTILE = `\u001b]0;pwned\u0007\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007\u001b[2J\u202e41\u202c`;
/** What must not survive into any output: ESC, BEL, NUL, the C1 CSI, and bidi overrides or isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u001b\u0007\u0000\u009b\u202a-\u202e\u2066-\u2069]/u;
const env = { NO_COLOR: '1' };
const inert = ({ stdout, stderr }: CliResult): void => expect(stdout + stderr).not.toMatch(UNSAFE);
const GAZETTE = 'hostile\u001b]0;gazette.md';

function setup(dir: string): void {
  const root = join(dir, 'hostile-corpus');
  cpSync(join(FIXTURES, 'import', 'corpus'), root, { recursive: true });
  // A heading and a summary of the user's own corpus with escapes (YAML double-quoted escapes).
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
  const gazette = readFileSync(join(FIXTURES, 'import', 'lantern-gazette.md'), 'utf8').replace(
    '(1) Every keeper shall keep the lantern lit from dusk to dawn.',
    `(1) Every keeper${HOSTILE} shall keep the lantern lit from dusk to dawn.`,
  );
  writeFileSync(join(dir, GAZETTE), gazette);
}

/** Import the hostile Gazette (its file name hostile too), then run `step` on the corpus. */
function row(name: string, step: Step, changes: string[] = []): Row {
  return {
    name,
    setup,
    args: ['import', GAZETTE, '--data', 'hostile-corpus'],
    exit: 0,
    env,
    check: inert,
    changes: ['hostile-corpus', ...changes],
    then: [{ env, ...step, args: [...step.args, '--data', 'hostile-corpus'], check: combine(inert, step.check) }],
  };
}

function combine(...checks: (Step['check'] | undefined)[]): Step['check'] {
  return (result, dir) => {
    for (const check of checks) check?.(result, dir);
  };
}

/** Every page of an export holds no control or bidi character. */
const pagesInert =
  (folder: string, extension: string) =>
  (_: CliResult, dir: string): void => {
    const pages = readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith(extension),
    );
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(readFileSync(join(dir, folder, page), 'utf8'), page).not.toMatch(UNSAFE);
  };

const rows: Row[] = [
  row('escapes: show an imported section', { args: ['show', 'LKA s.3'], exit: 0 }),
  row('escapes: show --text', { args: ['show', 'LKA s.3', '--text'], exit: 0 }),
  row('escapes: show a heading of the user corpus', { args: ['show', 'LKA s.2'], exit: 0 }),
  row('escapes: show --json keeps the text, escaped', {
    args: ['show', 'LKA s.3', '--json'],
    exit: 0,
    check: ({ stdout }) => expect((JSON.parse(stdout) as { text: string }).text).toContain('\u202e41'),
  }),
  row('escapes: search snippets', { args: ['search', 'keeper lantern'], exit: 0 }),
  row('escapes: search --json', { args: ['search', 'keeper lantern', '--json'], exit: 0 }),
  row('escapes: laws', { args: ['laws'], exit: 0 }),
  row('escapes: validate', { args: ['validate'], exit: 0 }),
  row('escapes: export json to stdout', { args: ['export', '--format', 'json'], exit: 0 }),
  row(
    'escapes: export html',
    { args: ['export', '--format', 'html', '--out', 'site'], exit: 0, check: pagesInert('site', '.html') },
    ['site'],
  ),
  row(
    'escapes: export md',
    { args: ['export', '--format', 'md', '--out', 'book'], exit: 0, check: pagesInert('book', '.md') },
    ['book'],
  ),
];

runHostileRows('hostile input, escapes from user files', rows, 11);
