/**
 * A user's working folder for the hostile-input suite: their own notes, a saved
 * checklist, damaged and foreign files, links, a FIFO, a folder of their own, an export
 * with a tampered marker, and broken corpora. Every run starts from a fresh copy, and a
 * fingerprint of the whole tree taken before and after shows whether anything changed.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { buildChecklist } from '../../../src/domain/checklist/build.js';
import type { Facts } from '../../../src/domain/checklist/facts.js';
import { newSession, serializeSession } from '../../../src/domain/checklist/session.js';
import { bundledCorpus, FIXTURES, tempDir } from '../../helpers.js';

const FACTS: Facts = {
  victim: 'child',
  victim_woman: false,
  cross_border: false,
  aggravating: [],
  purpose: [],
  forged_documents: false,
};

const LONG_LINE = `${'word '.repeat(200_000)}u/s 3 PTPA\n`;
const session = serializeSession(newSession(buildChecklist(bundledCorpus(), 'trafficking', FACTS)));

/** The same alias bomb in any YAML: nine levels of nine aliases each. */
export function aliasBomb(first: string): string {
  const lines = [first, 'a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    const [name, previous] = ['abcdefghi'[i], 'abcdefghi'[i - 1]];
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

function corpusWith(dir: string, name: string, text: string): void {
  mkdirSync(join(dir, 'laws'), { recursive: true });
  cpSync(join(FIXTURES, 'minimal', 'laws', 'demo-act.yaml'), join(dir, 'laws', 'demo-act.yaml'));
  writeFileSync(join(dir, 'laws', name), text);
}

export function makeUserFolder(): string {
  const dir = tempDir();
  const file = (name: string, text: string | Buffer) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  file('notes.md', '# My notes\nInterview the brick-kiln witnesses on Monday.\n');
  file('index.md', '# My own index\n');
  file('case.yaml', session);
  file('truncated.yaml', session.slice(0, Math.floor(session.length * 0.6)));
  file('newer.yaml', session.replace('version: 2', 'version: 9'));
  file('bomb.yaml', aliasBomb('format: tipkit-checklist'));
  file('fir.txt', readFileSync(join(FIXTURES, 'cite', 'fir.txt')));
  file('binary.txt', Buffer.from([0x4c, 0x4b, 0x41, 0, 1, 2, 0, 0xff]));
  file('order.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x9c)]));
  file(
    'utf16.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('FIR u/s 3 PTPA r/w 371-A PPC\n', 'utf16le')]),
  );
  file('escapes.txt', 'Booked u/s 3 PTPA\u001b[2J\u001b]0;owned\u0007 and 371-A PPC.\u001b[31m\n');
  file('formula.txt', '=HYPERLINK("http://x") u/s 3 PTPA\n');
  file('long-line.txt', LONG_LINE);
  file('folder/own.txt', 'mine\n');
  file('handbook/index.md', '# Our handbook\n');
  file('handbook/laws/ptpa-2018.md', '# Our PTPA notes\n');
  file(
    'exported/.tip-export.json',
    JSON.stringify({
      generator: 'tip export',
      format: 'md',
      corpus: 'x',
      files: ['../notes.md', '/etc/hostname', 'index.md'],
    }),
  );
  file('exported/index.md', '# an earlier export\n');
  file(
    'relinked/.tip-export.json',
    JSON.stringify({ generator: 'tip export', format: 'md', corpus: 'x', files: ['index.md'] }),
  );
  symlinkSync('../notes.md', join(dir, 'relinked', 'index.md'));
  symlinkSync('notes.md', join(dir, 'link-notes.md'));
  symlinkSync('nowhere.md', join(dir, 'dangling.md'));
  symlinkSync('loop.md', join(dir, 'loop.md'));
  corpusWith(join(dir, 'corpora', 'bomb'), 'bomb.yaml', aliasBomb('id: bomb'));
  corpusWith(join(dir, 'corpora', 'empty'), 'empty.yaml', '');
  corpusWith(join(dir, 'corpora', 'two-docs'), 'two.yaml', 'id: one\n---\nid: two\n');
  corpusWith(join(dir, 'corpora', 'not-a-map'), 'list.yaml', '- a\n- b\n');
  corpusWith(
    join(dir, 'corpora', 'wrong-type'),
    'demo-act.yaml',
    readFileSync(join(FIXTURES, 'minimal', 'laws', 'demo-act.yaml'), 'utf8').replace("number: '1'", 'number: 1'),
  );
  corpusWith(join(dir, 'corpora', 'loop'), 'keep.yaml', '');
  rmSync(join(dir, 'corpora', 'loop', 'laws', 'keep.yaml'));
  symlinkSync('loop.yaml', join(dir, 'corpora', 'loop', 'laws', 'loop.yaml'));
  mkdirSync(join(dir, 'corpora', 'fifo', 'laws'), { recursive: true });
  cpSync(join(FIXTURES, 'minimal', 'laws', 'demo-act.yaml'), join(dir, 'corpora', 'fifo', 'laws', 'demo-act.yaml'));
  cpSync(join(FIXTURES, 'import', 'corpus'), join(dir, 'corpora', 'lantern'), { recursive: true });
  cpSync(join(FIXTURES, 'import', 'lantern-gazette.md'), join(dir, 'lantern-gazette.md'));
  // Both FIFOs with one program started: a folder is made for every row.
  execFileSync('mkfifo', [join(dir, 'pipe'), join(dir, 'corpora', 'fifo', 'laws', 'fifo.yaml')]);
  mkdirSync(join(dir, 'corpora', 'folder-yaml', 'laws', 'folder.yaml'), { recursive: true });
  cpSync(
    join(FIXTURES, 'minimal', 'laws', 'demo-act.yaml'),
    join(dir, 'corpora', 'folder-yaml', 'laws', 'demo-act.yaml'),
  );
  return dir;
}

/** Path → what is there: a file's digest and mode, a link's target, or the kind of entry. */
export function fingerprint(dir: string): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (path: string): void => {
    const stats = lstatSync(path);
    const name = relative(dir, path) || '.';
    if (stats.isSymbolicLink()) seen.set(name, `link → ${readlinkSync(path)}`);
    else if (stats.isDirectory()) {
      seen.set(name, 'folder');
      for (const entry of readdirSync(path)) walk(join(path, entry));
    } else if (stats.isFile()) {
      const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
      seen.set(name, `file ${digest} ${(stats.mode & 0o777).toString(8)}`);
    } else seen.set(name, stats.isFIFO() ? 'fifo' : 'special');
  };
  walk(dir);
  return seen;
}

/** Entries added, removed or changed between two fingerprints. */
export function changedEntries(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
