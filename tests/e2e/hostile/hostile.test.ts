/**
 * Hostile input, end to end: each row runs the built CLI in a fresh user folder and
 * asserts that it prints no stack trace, does not hang, exits with the documented code,
 * answers valid JSON under --json, and changes nothing on disk but what the row allows.
 */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, tipProcess, type CliResult } from '../../helpers.js';
import { changedEntries, fingerprint, makeUserFolder } from './user-folder.js';

interface Row {
  name: string;
  args: string[];
  /** The exit code the README documents for this input. */
  exit: 0 | 1 | 2 | 3 | 4;
  /** Entries the command may create or change, relative to the user folder. */
  changes?: string[];
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Send stdout to this device instead of a pipe. */
  stdoutTo?: string;
  setup?: (dir: string) => void;
  check?: (result: CliResult, dir: string) => void;
}

const STACK = /\n\s+at .+:\d+:\d+\)?$|node:internal|FATAL ERROR|internal error/m;
const ESC = '\u001b';
const word = (n: number) => 'qwertyuiop'.repeat(Math.ceil(n / 10)).slice(0, n);
const noEscapes = ({ stdout, stderr }: CliResult) => expect(stdout + stderr).not.toContain(ESC);
const says =
  (pattern: RegExp) =>
  ({ stderr }: CliResult) =>
    expect(stderr).toMatch(pattern);
const minimal = join(FIXTURES, 'minimal');

const citations: Row[] = [
  { name: 'show, a citation in Urdu words', args: ['show', 'دفعہ 3 پی ٹی پی اے'], exit: 3, check: says(/tip cite/) },
  { name: 'show, Urdu digits', args: ['show', 'PTPA ۳(۲)'], exit: 0 },
  { name: 'show, empty citation', args: ['show', ''], exit: 2 },
  { name: 'show, punctuation only', args: ['show', '%%%'], exit: 3 },
  { name: 'show, bidi override and bell', args: ['show', '\u202e\u0007'], exit: 3, check: noEscapes },
  {
    name: 'show, shell injection is quoted in suggestions',
    args: ['show', '$(touch pwned)'],
    exit: 3,
    check: ({ stderr }) => expect(stderr).toContain("tip search '$(touch pwned)'"),
  },
  {
    name: 'show, backticks and quotes are quoted too',
    args: ['show', "`id` it's"],
    exit: 3,
    check: ({ stderr }) => expect(stderr).toContain(`tip search '\`id\` it'\\''s'`),
  },
  { name: 'show, a section that does not exist', args: ['show', 'ptpa s 42'], exit: 3, check: says(/ptpa-2018:s4 /) },
  { name: 'show, ambiguous Palermo', args: ['show', 'palermo'], exit: 2 },
  { name: 'show, article without instrument', args: ['show', 'article 6'], exit: 2 },
  { name: 'show, unrecorded deep pinpoint', args: ['show', 'PTPA s.3(1)(a)(ii)(z)'], exit: 0 },
  { name: 'show, huge section number', args: ['show', 'PTPA s.99999999999999999999999'], exit: 3 },
  { name: 'show, 100,000 characters', args: ['show', word(100_000)], exit: 3 },
  {
    name: 'show, 2,000 words',
    args: ['show', ...Array<string>(2000).fill('PTPA')],
    exit: 3,
    check: ({ stderr }) => expect(stderr.length).toBeLessThan(1000),
  },
  { name: 'show, 2,000 different words', args: ['show', ...Array.from({ length: 2000 }, (_, i) => `w${i}`)], exit: 3 },
  { name: 'show, bare canonical prefix', args: ['show', 'ptpa-2018:'], exit: 0 },
  { name: 'show, a colon', args: ['show', ':'], exit: 3 },
  { name: 'show, unknown case id', args: ['show', 'case:nope'], exit: 3 },
  { name: 'show, unknown law report', args: ['show', 'PLD 2099 SC 1'], exit: 3, check: says(/tip cases show/) },
  { name: 'show, full-width letters', args: ['show', 'ＰＴＰＡ s.3'], exit: 0 },
  {
    name: 'show, unquoted pair',
    args: ['show', 'PTPA', 's.3', 'PTPA', 's.4'],
    exit: 0,
    check: ({ stdout }) => expect(stdout.match(/^─{40}$/gm)).toHaveLength(1),
  },
  { name: 'show, Art.11 SOM', args: ['show', 'Art.11 SOM'], exit: 0 },
  { name: 'show, unknown flag', args: ['show', '--bogus', 'x'], exit: 2 },
  { name: 'show, -h', args: ['show', '-h'], exit: 0 },
  { name: 'show, JSON error', args: ['show', '%%%', '--json'], exit: 3 },
  { name: 'show, missing corpus folder', args: ['show', 'PTPA s.3', '--data', 'no-such-folder'], exit: 3 },
  { name: 'show, corpus given as a file', args: ['show', 'PTPA s.3', '--data', 'notes.md'], exit: 2 },
  { name: 'show, TIPKIT_DATA missing', args: ['show', 'DA s.1'], env: { TIPKIT_DATA: '/no/such/corpus' }, exit: 3 },
  { name: 'show, broken YAML corpus', args: ['show', 'DA s.1', '--data', join(FIXTURES, 'broken-syntax')], exit: 4 },
  {
    name: 'show, alias bomb corpus',
    args: ['show', 'DA s.1', '--data', 'corpora/bomb'],
    exit: 4,
    check: says(/bomb\.yaml/),
  },
  {
    name: 'show, symlink loop corpus',
    args: ['show', 'DA s.1', '--data', 'corpora/loop'],
    exit: 4,
    check: says(/loop\.yaml/),
  },
  {
    name: 'show, FIFO in corpus',
    args: ['show', 'DA s.1', '--data', 'corpora/fifo'],
    exit: 4,
    check: says(/fifo\.yaml/),
  },
  { name: 'show, folder named .yaml in corpus', args: ['show', 'DA s.1', '--data', 'corpora/folder-yaml'], exit: 4 },
  { name: 'show, empty corpus file', args: ['show', 'DA s.1', '--data', 'corpora/empty'], exit: 4 },
  { name: 'show, two YAML documents', args: ['show', 'DA s.1', '--data', 'corpora/two-docs'], exit: 4 },
  { name: 'show, YAML list instead of mapping', args: ['show', 'DA s.1', '--data', 'corpora/not-a-map'], exit: 4 },
  { name: 'show, JSON for a bad corpus', args: ['show', 'DA s.1', '--data', 'corpora/bomb', '--json'], exit: 4 },
  { name: 'show, another corpus works', args: ['show', 'DA s.2', '--data', minimal], exit: 0 },
];

const search: Row[] = [
  { name: 'search, 1000 characters of Urdu', args: ['search', 'جبری مشقت بھٹہ '.repeat(80), '--json'], exit: 0 },
  { name: 'search, Urdu words only in Arabic presentation forms', args: ['search', 'ﺟﺒﺮی ﻣﺸﻘﺖ'], exit: 0 },
  { name: 'search, empty query', args: ['search', ''], exit: 2 },
  { name: 'search, tilde', args: ['search', '~'], exit: 2 },
  { name: 'search, caret', args: ['search', '^'], exit: 2 },
  { name: 'search, plus', args: ['search', '+'], exit: 2 },
  { name: 'search, colon', args: ['search', ':'], exit: 2 },
  { name: 'search, 200-letter word', args: ['search', word(200)], exit: 0 },
  { name: 'search, 1000-letter word', args: ['search', word(1000)], exit: 0 },
  { name: 'search, 5000-letter word', args: ['search', word(5000)], exit: 0, check: says(/first 1000 characters/) },
  { name: 'search, 400-letter word with ~9', args: ['search', `${word(400)}~9`], exit: 0 },
  { name: 'search, short word with ~9', args: ['search', 'bondage~9'], exit: 0 },
  { name: 'search, 500 wildcards', args: ['search', '*'.repeat(500)], exit: 0 },
  { name: 'search, wildcards between letters', args: ['search', 'a*b*c*d*e*f*g*h*i*j'], exit: 0 },
  {
    name: 'search, 3000 words',
    args: ['search', Array<string>(3000).fill('exploitation~2').join(' ')],
    exit: 0,
    check: says(/first 32/),
  },
  { name: 'search, unclosed quote', args: ['search', '"debt bondage'], exit: 0, check: says(/not closed/) },
  {
    name: 'search, unquoted -word',
    args: ['search', 'trafficking', '-smuggling'],
    exit: 2,
    check: says(/tip search 'trafficking -smuggling'/),
  },
  { name: 'search, quoted -word', args: ['search', 'trafficking -smuggling'], exit: 0 },
  { name: 'search, bad --type', args: ['search', 'x', '--type', 'nope'], exit: 2 },
  { name: 'search, bad --kind', args: ['search', 'x', '--kind', 'nope'], exit: 2 },
  { name: 'search, --limit 0', args: ['search', 'x', '--limit', '0'], exit: 2 },
  { name: 'search, --limit -1', args: ['search', 'x', '--limit', '-1'], exit: 2 },
  { name: 'search, --limit not a number', args: ['search', 'x', '--limit', 'ten'], exit: 2 },
  { name: 'search, huge --limit', args: ['search', 'debt', '--limit', '999999999'], exit: 0 },
  { name: 'search, unknown --law', args: ['search', 'debt', '--law', 'no such law'], exit: 3 },
  {
    name: 'search, escape sequences',
    args: ['search', `${ESC}[2J${ESC}]0;owned\u0007debt`],
    exit: 0,
    check: noEscapes,
  },
  { name: 'search, emoji', args: ['search', '🙂'], exit: 0 },
  { name: 'search, field without term', args: ['search', 'heading:'], exit: 0 },
  { name: 'search, JSON syntax error', args: ['search', '~', '--json'], exit: 2 },
  { name: 'search, JSON long word', args: ['search', word(1000), '--json'], exit: 0 },
  { name: 'search, broken corpus', args: ['search', 'lamp', '--data', join(FIXTURES, 'broken-type')], exit: 4 },
];

const cases: Row[] = [
  { name: 'cases, unknown court', args: ['cases', '--court', 'nope'], exit: 0 },
  { name: 'cases, year not a number', args: ['cases', '--year', 'abc'], exit: 2 },
  { name: 'cases, far future year', args: ['cases', '--year', '99999'], exit: 0 },
  { name: 'cases, unreadable provision', args: ['cases', '--provision', '%%%'], exit: 3 },
  { name: 'cases, unknown law', args: ['cases', '--law', 'no such law'], exit: 3 },
  { name: 'cases show, empty', args: ['cases', 'show', ''], exit: 2 },
  { name: 'cases show, missing argument', args: ['cases', 'show'], exit: 2, check: says(/tip cases show --help/) },
  { name: 'cases show, unknown', args: ['cases', 'show', 'nope'], exit: 3 },
  {
    name: 'cases show, injection',
    args: ['cases', 'show', '$(touch pwned)'],
    exit: 3,
    check: says(/'\$\(touch pwned\)'/),
  },
  { name: 'cases show, JSON', args: ['cases', 'show', 'nope', '--json'], exit: 3 },
  { name: 'cases show, 100,000 characters', args: ['cases', 'show', word(100_000)], exit: 3 },
];

const cite: Row[] = [
  { name: 'cite, missing file', args: ['cite', 'none.txt'], exit: 3 },
  { name: 'cite, a folder', args: ['cite', 'folder'], exit: 2 },
  { name: 'cite, /dev/null', args: ['cite', '/dev/null'], exit: 0 },
  { name: 'cite, /dev/zero is cut at the limit', args: ['cite', '/dev/zero'], exit: 2 },
  { name: 'cite, a PDF', args: ['cite', 'order.pdf'], exit: 2 },
  { name: 'cite, UTF-16', args: ['cite', 'utf16.txt'], exit: 0 },
  { name: 'cite, a dangling link', args: ['cite', 'dangling.md'], exit: 3 },
  { name: 'cite, a link loop', args: ['cite', 'loop.md'], exit: 1, check: says(/loop\.md.*ELOOP/) },
  { name: 'cite, a one-megabyte line', args: ['cite', 'long-line.txt'], exit: 0 },
  { name: 'cite, empty stdin', args: ['cite'], input: '', exit: 0 },
  { name: 'cite, binary stdin', args: ['cite', '-'], input: Buffer.alloc(4096, 0), exit: 2 },
  { name: 'cite, escapes in text output', args: ['cite', 'escapes.txt'], exit: 0, check: noEscapes },
  { name: 'cite, escapes in Markdown', args: ['cite', 'escapes.txt', '--format', 'md'], exit: 0, check: noEscapes },
  { name: 'cite, bad format', args: ['cite', 'fir.txt', '--format', 'pdf'], exit: 2 },
  { name: 'cite, JSON', args: ['cite', 'fir.txt', '--json'], exit: 0 },
  { name: 'cite, JSON for a missing file', args: ['cite', 'none.txt', '--json'], exit: 3 },
  { name: 'cite, 11 MB on stdin', args: ['cite'], input: 'u/s 3 PTPA and 371-A PPC. '.repeat(420_000), exit: 0 },
  {
    name: 'cite, 6 MB of Urdu citations glued to their words on stdin',
    args: ['cite', '--json'],
    input: 'مقدمہ نمبر 600/26مورخہ19.07.26بجرم406ت پ، زیر دفعہ ۱۶۱ ض ف و ۳۶۵-بی ۔ '.repeat(50_000),
    exit: 0,
  },
  {
    name: 'cite, Urdu with bidi controls, joiners, tatweel and presentation forms',
    args: ['cite', '-', '--format', 'md'],
    input: '\u202eزیر\u200d دفعـــہ ١٦١ ﺽ ﻑ\u202c \u200f'.repeat(2_000),
    exit: 0,
    check: noEscapes,
  },
];

const checklist: Row[] = [
  { name: 'checklist, unknown offence', args: ['checklist', 'kidnapping'], exit: 3 },
  { name: 'checklist, bad --victim', args: ['checklist', 'trafficking', '--victim', 'teen'], exit: 2 },
  { name: 'checklist, bad --aggravating', args: ['checklist', 'trafficking', '--aggravating', 'nope'], exit: 2 },
  { name: 'checklist, bad --purpose', args: ['checklist', 'trafficking', '--purpose', 'nope'], exit: 2 },
  { name: 'checklist, bad --format', args: ['checklist', 'trafficking', '--format', 'pdf'], exit: 2 },
  {
    name: 'checklist, --interactive without a terminal',
    args: ['checklist', 'trafficking', '--interactive', '--save', 'x.yaml'],
    exit: 2,
  },
  { name: 'checklist, --save /dev/stdout', args: ['checklist', 'trafficking', '--save', '/dev/stdout'], exit: 2 },
  { name: 'checklist, --save /dev/null', args: ['checklist', 'trafficking', '--save', '/dev/null'], exit: 2 },
  { name: 'checklist, --save over notes', args: ['checklist', 'trafficking', '--save', 'notes.md'], exit: 2 },
  { name: 'checklist, --save over a link', args: ['checklist', 'trafficking', '--save', 'link-notes.md'], exit: 2 },
  {
    name: 'checklist, --save over a dangling link',
    args: ['checklist', 'trafficking', '--save', 'dangling.md'],
    exit: 2,
  },
  { name: 'checklist, --save into a FIFO', args: ['checklist', 'trafficking', '--save', 'pipe'], exit: 2 },
  { name: 'checklist, --save to a folder', args: ['checklist', 'trafficking', '--save', 'folder'], exit: 2 },
  {
    name: 'checklist, --save over a saved checklist',
    args: ['checklist', 'trafficking', '--save', 'case.yaml'],
    exit: 2,
    check: says(/--resume case\.yaml/),
  },
  {
    name: 'checklist, --save a new file',
    args: ['checklist', 'trafficking', '--save', 'new.yaml'],
    exit: 0,
    changes: ['new.yaml'],
  },
  { name: 'checklist, --resume missing', args: ['checklist', '--resume', 'missing.yaml'], exit: 3 },
  { name: 'checklist, --resume a foreign file', args: ['checklist', '--resume', 'notes.md'], exit: 4 },
  { name: 'checklist, --resume truncated', args: ['checklist', '--resume', 'truncated.yaml'], exit: 4 },
  {
    name: 'checklist, --resume newer',
    args: ['checklist', '--resume', 'newer.yaml'],
    exit: 4,
    check: says(/newer tipkit/),
  },
  { name: 'checklist, --resume alias bomb', args: ['checklist', '--resume', 'bomb.yaml'], exit: 4 },
  { name: 'checklist, --resume a FIFO', args: ['checklist', '--resume', 'pipe'], exit: 2 },
  { name: 'checklist, --resume /dev/zero', args: ['checklist', '--resume', '/dev/zero'], exit: 2 },
  { name: 'checklist, --resume a folder', args: ['checklist', '--resume', 'folder'], exit: 2 },
  { name: 'checklist, --resume a link loop', args: ['checklist', '--resume', 'loop.md'], exit: 1 },
  { name: 'checklist, --resume with an offence', args: ['checklist', 'trafficking', '--resume', 'case.yaml'], exit: 2 },
  { name: 'checklist, --resume and --save', args: ['checklist', '--resume', 'case.yaml', '--save', 'x.yaml'], exit: 2 },
  { name: 'checklist, --resume report', args: ['checklist', '--resume', 'case.yaml', '--format', 'md'], exit: 0 },
  {
    name: 'checklist, --output over notes',
    args: ['checklist', 'trafficking', '--output', 'notes.md'],
    exit: 2,
    check: says(/--force/),
  },
  {
    name: 'checklist, --output --force replaces and says so',
    args: ['checklist', 'trafficking', '--output', 'notes.md', '--force'],
    exit: 0,
    changes: ['notes.md'],
    check: says(/replaced notes\.md/),
  },
  { name: 'checklist, --output over a link', args: ['checklist', 'trafficking', '--output', 'link-notes.md'], exit: 2 },
  {
    name: 'checklist, --output --force through a link keeps the link',
    args: ['checklist', 'trafficking', '--output', 'link-notes.md', '--force'],
    exit: 0,
    changes: ['notes.md'],
  },
  {
    name: 'checklist, --output /dev/full',
    args: ['checklist', 'trafficking', '--output', '/dev/full'],
    exit: 1,
    check: says(/\/dev\/full: no space left/),
  },
  {
    name: 'checklist, --output where the system refuses',
    args: ['checklist', 'trafficking', '--output', '/sys/tipkit-test.md'],
    exit: 1,
    check: says(
      /cannot write \/sys\/tipkit-test\.md: (permission denied \(EACCES\)|the file system is read-only \(EROFS\))/,
    ),
  },
  { name: 'checklist, --output /dev/null', args: ['checklist', 'trafficking', '--output', '/dev/null'], exit: 0 },
  { name: 'checklist, --output a FIFO', args: ['checklist', 'trafficking', '--output', 'pipe'], exit: 2 },
  { name: 'checklist, --output a folder', args: ['checklist', 'trafficking', '--output', 'folder'], exit: 2 },
  {
    name: 'checklist, --output a dangling link',
    args: ['checklist', 'trafficking', '--output', 'dangling.md'],
    exit: 2,
  },
  {
    name: 'checklist, --output under a file',
    args: ['checklist', 'trafficking', '--output', 'notes.md/x.md'],
    exit: 2,
  },
  { name: 'checklist, --force without --output', args: ['checklist', 'trafficking', '--force'], exit: 2 },
  {
    name: 'checklist, --output a new file',
    args: ['checklist', 'trafficking', '--output', 'out/list.md', '--format', 'md'],
    exit: 0,
    changes: ['out', 'out/list.md'],
  },
  { name: 'checklist, CSV', args: ['checklist', 'trafficking', '--format', 'csv'], exit: 0 },
  { name: 'checklist, JSON error', args: ['checklist', 'kidnapping', '--json'], exit: 3 },
];

const exports: Row[] = [
  { name: 'export, html without --out', args: ['export', '--format', 'html'], exit: 2 },
  { name: 'export, md into a file', args: ['export', '--format', 'md', '--out', 'notes.md'], exit: 2 },
  { name: 'export, md into a foreign folder', args: ['export', '--format', 'md', '--out', 'handbook'], exit: 2 },
  {
    name: 'export, --force never replaces the user files in the way',
    args: ['export', '--format', 'md', '--out', 'handbook', '--force'],
    exit: 2,
    check: says(/index\.md, laws\/ptpa-2018\.md/),
  },
  { name: 'export, md into /dev/full', args: ['export', '--format', 'md', '--out', '/dev/full'], exit: 2 },
  { name: 'export, md into a FIFO', args: ['export', '--format', 'md', '--out', 'pipe'], exit: 2 },
  { name: 'export, md into a link', args: ['export', '--format', 'md', '--out', 'link-notes.md'], exit: 2 },
  {
    name: 'export, a tampered marker cannot reach outside or keep foreign files',
    args: ['export', '--format', 'md', '--out', 'exported'],
    exit: 0,
    changes: ['exported'],
    check: (_, dir) => expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toMatch(/^# My notes/),
  },
  { name: 'export, a listed file now a link', args: ['export', '--format', 'md', '--out', 'relinked'], exit: 2 },
  { name: 'export, json over notes', args: ['export', '--format', 'json', '--out', 'notes.md'], exit: 2 },
  {
    name: 'export, json --force over notes',
    args: ['export', '--format', 'json', '--out', 'notes.md', '--force'],
    exit: 0,
    changes: ['notes.md'],
  },
  { name: 'export, json to /dev/full', args: ['export', '--format', 'json', '--out', '/dev/full'], exit: 1 },
  { name: 'export, json to a FIFO', args: ['export', '--format', 'json', '--out', 'pipe'], exit: 2 },
  { name: 'export, json to a folder', args: ['export', '--format', 'ndjson', '--out', 'folder'], exit: 2 },
  { name: 'export, bad format', args: ['export', '--format', 'pdf'], exit: 2 },
  { name: 'export, unknown --only', args: ['export', '--format', 'json', '--only', 'nope'], exit: 3 },
  { name: 'export, a provision as --only', args: ['export', '--format', 'json', '--only', 'PTPA s.3'], exit: 2 },
  {
    name: 'export, SOURCE_DATE_EPOCH not a number',
    args: ['export', '--format', 'json', '--stamp'],
    env: { SOURCE_DATE_EPOCH: 'yesterday' },
    exit: 2,
  },
  {
    name: 'export, SOURCE_DATE_EPOCH out of range',
    args: ['export', '--format', 'json', '--stamp'],
    env: { SOURCE_DATE_EPOCH: '999999999999' },
    exit: 2,
  },
  {
    name: 'export, SOURCE_DATE_EPOCH negative',
    args: ['export', '--format', 'json', '--stamp'],
    env: { SOURCE_DATE_EPOCH: '-5' },
    exit: 2,
  },
  {
    name: 'export, JSON summary of a refusal',
    args: ['export', '--format', 'md', '--out', 'handbook', '--json'],
    exit: 2,
  },
];

const imports: Row[] = [
  { name: 'import, no file', args: ['import'], exit: 2 },
  { name: 'import, --list with a file', args: ['import', 'notes.md', '--list'], exit: 2 },
  {
    name: 'import, --remove of what tipkit did not import',
    args: ['import', '--remove', 'lantern-act-2019', '--data', 'corpora/lantern'],
    exit: 3,
  },
  {
    name: 'import, --remove of a path',
    args: ['import', '--remove', '../notes', '--data', 'corpora/lantern'],
    exit: 3,
  },
  { name: 'import, into the library', args: ['import', 'lantern-gazette.md', '--json'], exit: 0 },
  { name: 'import, a missing file', args: ['import', 'none.md', '--data', 'corpora/lantern'], exit: 3 },
  { name: 'import, a FIFO', args: ['import', 'pipe', '--data', 'corpora/lantern'], exit: 2 },
  { name: 'import, a folder', args: ['import', 'folder', '--data', 'corpora/lantern'], exit: 2 },
  { name: 'import, /dev/zero', args: ['import', '/dev/zero', '--data', 'corpora/lantern'], exit: 2 },
  { name: 'import, a broken PDF', args: ['import', 'order.pdf', '--data', 'corpora/lantern'], exit: 4 },
  { name: 'import, binary data', args: ['import', 'binary.txt', '--data', 'corpora/lantern'], exit: 4 },
  {
    name: 'import, two files with --as',
    args: ['import', 'lantern-gazette.md', 'notes.md', '--as', 'LKA', '--data', 'corpora/lantern'],
    exit: 2,
  },
  { name: 'import, notes of no known law', args: ['import', 'notes.md', '--data', 'corpora/lantern'], exit: 2 },
  {
    name: 'import, --as a provision',
    args: ['import', 'lantern-gazette.md', '--as', 'LKA s.3', '--data', 'corpora/lantern'],
    exit: 2,
  },
  {
    name: 'import, --as a new id for a text tipkit knows',
    args: ['import', 'lantern-gazette.md', '--as', 'zzz', '--data', 'corpora/lantern'],
    exit: 2,
  },
  {
    name: 'import, dry run',
    args: ['import', 'lantern-gazette.md', '--data', 'corpora/lantern', '--dry-run', '--json'],
    exit: 0,
  },
  {
    name: 'import, into the corpus folder',
    args: ['import', 'lantern-gazette.md', '--data', 'corpora/lantern'],
    exit: 0,
    changes: ['corpora/lantern/laws/lantern-act-2019.text.yaml'],
  },
];

const rest: Row[] = [
  { name: 'validate, missing folder', args: ['validate', 'no-such-folder'], exit: 3 },
  { name: 'validate, a file', args: ['validate', 'notes.md'], exit: 2 },
  {
    name: 'validate, wrong type at its line',
    args: ['validate', 'corpora/wrong-type'],
    exit: 4,
    check: ({ stdout }) =>
      expect(stdout).toMatch(/demo-act\.yaml:21:\d+: provisions\[0\]\.number: must be a string, not a number/),
  },
  {
    name: 'validate, empty file',
    args: ['validate', 'corpora/empty'],
    exit: 4,
    check: ({ stdout }) => expect(stdout).toMatch(/empty\.yaml:1:1: the file is empty/),
  },
  {
    name: 'validate, second document',
    args: ['validate', 'corpora/two-docs'],
    exit: 4,
    check: ({ stdout }) => expect(stdout).toMatch(/two\.yaml:2:1: a second YAML document/),
  },
  { name: 'validate, alias bomb', args: ['validate', 'corpora/bomb'], exit: 4 },
  { name: 'validate, bad format', args: ['validate', '--format', 'xml'], exit: 2 },
  { name: 'validate, JSON of a broken corpus', args: ['validate', 'corpora/loop', '--json'], exit: 4 },
  { name: 'schema, unknown', args: ['schema', 'nope'], exit: 2 },
  { name: 'laws, JSON', args: ['laws', '--json'], exit: 0 },
  { name: 'unknown command', args: ['nosuch'], exit: 2 },
  { name: 'unknown command, JSON', args: ['nosuch', '--json'], exit: 2 },
  { name: 'unknown topic command', args: ['cases', 'nope'], exit: 2 },
  { name: 'help', args: ['help'], exit: 0 },
  { name: 'help search', args: ['help', 'search'], exit: 0 },
  { name: 'help cases show', args: ['help', 'cases', 'show'], exit: 0 },
  {
    name: 'help for an unknown command',
    args: ['help', 'nosuch'],
    exit: 2,
    check: says(/^Error: no command "nosuch"/m),
  },
  { name: '-h', args: ['-h'], exit: 0 },
  { name: '--version', args: ['--version'], exit: 0 },
  { name: 'no colour codes when NO_COLOR is set', args: ['show', 'PTPA s.3'], exit: 0, check: noEscapes },
];

/** A failed write to stdout, for every command that prints. */
const fullDisk: Row[] = [
  ['show', 'PTPA s.3'],
  ['search', 'debt bondage'],
  ['laws'],
  ['cases'],
  ['cases', 'show', 'tayyaba-sc-2020'],
  ['checklist', 'trafficking'],
  ['cite', 'fir.txt'],
  ['export', '--format', 'json'],
  ['validate'],
  ['schema'],
  ['show', 'PTPA s.3', '--json'],
].map((args) => ({
  name: `stdout on a full disk: ${args.join(' ')}`,
  args,
  exit: 1,
  stdoutTo: '/dev/full',
  check: says(/^Error: cannot write to standard output: no space left on the device \(ENOSPC\)$/m),
}));

const rows = [...citations, ...search, ...cases, ...cite, ...checklist, ...exports, ...imports, ...rest, ...fullDisk];
const tally = { tried: 0, stackTraces: 0, hangs: 0, wrongExitCodes: 0, filesDamaged: 0 };

describe('hostile input', () => {
  it('has at least 120 rows, every name unique', () => {
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  // Each row is its own process in its own folder, so a few run at once (vitest's maxConcurrency).
  it.concurrent.each(rows)('$name', async (row) => {
    const dir = makeUserFolder();
    row.setup?.(dir);
    const before = fingerprint(dir);
    const fd = row.stdoutTo ? openSync(row.stdoutTo, 'w') : undefined;
    const result = await tipProcess(row.args, {
      cwd: dir,
      timeout: 30_000,
      ...(row.input === undefined ? {} : { input: row.input }),
      ...(row.env ? { env: row.env } : {}),
      ...(fd === undefined ? {} : { stdout: fd }),
    });
    if (fd !== undefined) closeSync(fd);
    const changed = changedEntries(before, fingerprint(dir)).filter(
      (name) => !(row.changes ?? []).some((allowed) => name === allowed || name.startsWith(`${allowed}/`)),
    );
    tally.tried++;
    if (STACK.test(result.stdout + result.stderr)) tally.stackTraces++;
    if (result.signal) tally.hangs++;
    if (result.status !== row.exit) tally.wrongExitCodes++;
    if (changed.length > 0) tally.filesDamaged++;

    expect(result.signal, 'hung and was killed').toBeNull();
    expect(result.stdout + result.stderr).not.toMatch(STACK);
    expect(result.status, result.stderr).toBe(row.exit);
    expect(changed).toEqual([]);
    if (row.args.includes('--json') && !row.stdoutTo) expect(() => JSON.parse(result.stdout)).not.toThrow();
    row.check?.(result, dir);
  });

  afterAll(() => {
    // The closing numbers the issue asks for, printed with every run.
    const line = `hostile inputs: ${tally.tried} tried, ${tally.stackTraces} stack traces, ${tally.hangs} hangs, ${tally.wrongExitCodes} wrong exit codes, ${tally.filesDamaged} files damaged`;
    console.log(line);
  });
});
