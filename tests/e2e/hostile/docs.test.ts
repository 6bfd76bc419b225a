/**
 * Hostile input for the documentation commands (issue 24): tip cite --check and --link on
 * the user's folder of links, loops, FIFOs and odd files, broken settings files, and
 * exports checked or flavoured into folders tipkit did not make. Run by rows.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BECAUSE, noEscapes, runHostileRows, says, type Row } from './rows.js';
import { aliasBomb } from './user-folder.js';

const write = (name: string, text: string | Buffer) => (dir: string) => writeFileSync(join(dir, name), text);

const check: Row[] = [
  {
    name: 'cite --check on the whole folder: links, loops and a FIFO neither followed forever nor waited on',
    args: ['cite', '--check', '.', '--json'],
    exit: 1,
    process: BECAUSE.fifo,
    check: ({ stdout }) => {
      const report = JSON.parse(stdout) as { files: { path: string; error?: string }[] };
      const paths = report.files.map((f) => f.path);
      expect(paths).toEqual(expect.arrayContaining(['notes.md', 'link-notes.md']));
      expect(report.files.filter((f) => f.error).map((f) => f.path)).toContain('binary.txt');
    },
  },
  {
    name: 'cite --check, a FIFO named: not read, not waited on',
    args: ['cite', '--check', 'pipe'],
    exit: 1,
    process: BECAUSE.fifo,
  },
  // A path named that leads nowhere is a usage error, as a missing file is.
  { name: 'cite --check, a link loop named', args: ['cite', '--check', 'loop.md'], exit: 2 },
  { name: 'cite --check, a glob that matches nothing', args: ['cite', '--check', 'nothing-*.md'], exit: 2 },
  { name: 'cite --check, a missing file', args: ['cite', '--check', 'gone.md'], exit: 2 },
  { name: 'cite --check, no files', args: ['cite', '--check'], exit: 2 },
  { name: 'cite --check, an unknown format', args: ['cite', '--check', 'notes.md', '--format', 'xml'], exit: 2 },
  { name: 'cite --check --format md', args: ['cite', '--check', 'notes.md', '--format', 'md'], exit: 2 },
  {
    name: 'cite --check, terminal escapes in a file name and its text',
    setup: write('\u001b[31mred\u0007.md', 'See PTPA s.42 \u001b]0;owned\u0007 and \u009b2J.\n'),
    args: ['cite', '--check', '.', '--format', 'github'],
    exit: 1,
    process: BECAUSE.fifo,
    check: noEscapes,
  },
  {
    name: 'cite --check, a broken tipkit.yaml: named with its line and column',
    setup: write('tipkit.yaml', 'cite:\n  strict: [\n'),
    args: ['cite', '--check', 'notes.md'],
    exit: 2,
    check: says(/tipkit\.yaml:\d+:\d+/),
  },
  {
    name: 'cite --check, an alias bomb in tipkit.yaml',
    setup: write('tipkit.yaml', aliasBomb('cite: {}')),
    args: ['cite', '--check', 'notes.md'],
    exit: 2,
  },
  {
    name: 'cite --check, settings of the wrong type in package.json',
    setup: write('package.json', JSON.stringify({ tipkit: { cite: { strict: 'yes', ignore: 7 } } })),
    args: ['cite', '--check', 'notes.md'],
    exit: 2,
  },
  {
    name: 'cite --check, a package.json that is not JSON',
    setup: write('package.json', '{"tipkit": '),
    args: ['cite', '--check', 'notes.md'],
    exit: 2,
  },
  {
    name: 'cite --check, a config naming a corpus that does not exist',
    setup: write('tipkit.yaml', 'corpus: ./no-such-corpus\n'),
    args: ['cite', '--check', 'notes.md'],
    exit: 3,
  },
  {
    name: 'cite --check, a 4 MB Markdown line of brackets and backticks',
    setup: write('huge.md', `${'[`*'.repeat(1_400_000)} PTPA s.3\n`),
    args: ['cite', '--check', 'huge.md'],
    exit: 0,
    heavy: true,
    process: BECAUSE.heavy,
  },
  {
    name: 'cite --check, a glob of twelve ** over a folder 30 deep',
    setup: (dir) => {
      const deep = join(dir, ...Array.from({ length: 30 }, (_, i) => `d${i}`));
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, 'x.txt'), 'PTPA s.3\n');
    },
    args: ['cite', '--check', `${'**/'.repeat(12)}*.txt`, '--json'],
    // binary.txt of the user folder cannot be read: that is the 1.
    exit: 1,
    check: ({ stdout }) => expect(stdout).toContain('d29/x.txt'),
  },
  {
    name: 'cite --check, an ignore glob of repeated ** and a reversed class in tipkit.yaml',
    setup: write('tipkit.yaml', `cite:\n  ignore: ['${'**/'.repeat(20)}z', '[z-a]']\n`),
    args: ['cite', '--check', 'notes.md'],
    exit: 0,
  },
  { name: 'cite --check, a reversed class as the glob', args: ['cite', '--check', '[z-a].md'], exit: 2 },
  {
    name: 'cite --check, binary bytes in a .md',
    setup: write('blob.md', Buffer.from([0, 159, 146, 150, 0xff, 0xfe, 0, 0])),
    args: ['cite', '--check', 'blob.md'],
    exit: 1,
  },
];

const link: Row[] = [
  {
    name: 'cite --link --dry-run changes nothing',
    setup: write('draft.md', 'Charged under PTPA s.3.\n'),
    args: ['cite', '--link', 'draft.md', '--dry-run'],
    exit: 0,
    check: ({ stdout }) => expect(stdout).toContain('+Charged under [PTPA s.3](laws/ptpa-2018.md#s3'),
  },
  {
    name: 'cite --link writes only the file named, and says so',
    setup: write('draft.md', 'Charged under PTPA s.3.\n'),
    args: ['cite', '--link', 'draft.md'],
    exit: 0,
    changes: ['draft.md'],
  },
  { name: 'cite --link, a FIFO named', args: ['cite', '--link', 'pipe'], exit: 2, process: BECAUSE.fifo },
  { name: 'cite --link, a dangling link', args: ['cite', '--link', 'dangling.md'], exit: 2 },
  {
    name: 'cite --link, a file that is not UTF-8 is never rewritten',
    setup: write('latin.md', Buffer.from('Caf\u00e9 under PTPA s.3\n', 'latin1')),
    args: ['cite', '--link', 'latin.md'],
    exit: 1,
  },
];

const exports: Row[] = [
  {
    name: 'export --check of an earlier export: stale, nothing written',
    args: ['export', '--format', 'md', '--out', 'exported', '--check'],
    exit: 1,
    check: ({ stdout }) => expect(stdout).toMatch(/^differs +index\.md$/m),
  },
  {
    name: 'export --check into a folder of the user that tip export did not make: refused',
    args: ['export', '--format', 'md', '--out', 'corpora', '--check'],
    exit: 2,
  },
  {
    name: 'export --check into a folder that does not exist: all missing, nothing written',
    args: ['export', '--format', 'md', '--out', 'not-yet', '--check'],
    exit: 1,
    check: ({ stdout }) => expect(stdout).toMatch(/^missing +index\.md$/m),
  },
  {
    name: 'export --flavor docusaurus into an export whose page is a link to the user file',
    args: ['export', '--format', 'md', '--flavor', 'docusaurus', '--out', 'relinked'],
    exit: 2,
  },
  {
    name: 'export into a folder whose name holds colour codes: they reach no terminal',
    args: ['export', '--format', 'md', '--out', 'o\u001b[31mred\u001b[0m'],
    exit: 0,
    changes: ['o\u001b[31mred\u001b[0m'],
    check: noEscapes,
  },
  {
    name: 'export --flavor with html',
    args: ['export', '--format', 'html', '--flavor', 'hugo', '--out', 'x'],
    exit: 2,
  },
  { name: 'export --flavor unknown', args: ['export', '--flavor', 'jekyll', '--out', 'x'], exit: 2 },
  {
    name: 'export --check of json to a file',
    args: ['export', '--format', 'json', '--out', 'x.json', '--check'],
    exit: 2,
  },
  {
    name: 'export --flavor hugo, then --check: up to date, then an edited page is stale',
    args: ['export', '--format', 'md', '--flavor', 'hugo', '--out', 'site'],
    exit: 0,
    changes: ['site'],
    then: [
      { args: ['export', '--format', 'md', '--flavor', 'hugo', '--out', 'site', '--check'], exit: 0 },
      { args: ['export', '--format', 'md', '--flavor', 'mkdocs', '--out', 'site', '--check', '--json'], exit: 1 },
    ],
  },
  {
    name: 'validate in a folder with no laws/ checks the bundled corpus and says so',
    args: ['validate'],
    exit: 0,
    check: ({ stdout }) => expect(stdout).toContain("(tipkit's bundled corpus"),
  },
  {
    name: 'validate, an alias bomb in a corpus folder given',
    args: ['validate', 'corpora/bomb'],
    exit: 4,
  },
];

runHostileRows('hostile documentation input', [...check, ...link, ...exports], 30);
