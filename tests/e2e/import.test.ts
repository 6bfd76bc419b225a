import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir, tip } from '../helpers.js';

const DIR = join(FIXTURES, 'import');
const GAZETTE = join(DIR, 'lantern-gazette.md');

function corpusCopy(): string {
  const root = join(tempDir(), 'corpus');
  cpSync(join(DIR, 'corpus'), root, { recursive: true });
  return root;
}

describe('tip import', () => {
  it('attaches the official text beside the instrument, which validate accepts and show prints with its caveat', async () => {
    const root = corpusCopy();
    const before = readFileSync(join(root, 'laws', 'lantern-act.yaml'), 'utf8');
    const run = await tip(['import', GAZETTE, '--data', root]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /6 sections read, 5 placed on lantern-act-2019 \(by number 0, by contents 0, by heading 5, by order 0; 0 high, 5 medium, 0 low\), 2 sub-sections, 1 not placed/,
    );
    expect(run.stderr).toMatch(/line 43: not placed "Pwr tc rnake rulcs xx"/);
    expect(run.stderr).toMatch(/no text found for s6/);
    expect(run.stderr).toMatch(/wrote .*lantern-act-2019\.text\.yaml/);
    expect(readFileSync(join(root, 'laws', 'lantern-act.yaml'), 'utf8')).toBe(before);
    expect((await tip(['validate', root])).status).toBe(0);
    const show = await tip(['show', 'LKA s.4', '--data', root]);
    expect(show.stdout).toMatch(
      /Official text \(imported; see the caveat below\)\n {2}Where a lantern is dark during a storm/,
    );
    expect(show.stdout.replace(/\s+/g, ' ')).toMatch(
      /Official text: imported from lantern-gazette\.md on \d{4}-\d{2}-\d{2} \(placed by heading, medium confidence\)/,
    );
    const json = JSON.parse((await tip(['show', 'LKA s.3(2)', '--data', root, '--json'])).stdout);
    expect(json).toMatchObject({
      text: '(2) In fog the keeper shall also sound the bell.',
      text_source: { placed: 'heading' },
    });
  });

  it('gives byte-identical files when the same file is imported again', async () => {
    const root = corpusCopy();
    const target = join(root, 'laws', 'lantern-act-2019.text.yaml');
    expect((await tip(['import', GAZETTE, '--data', root])).status).toBe(0);
    const first = readFileSync(target, 'utf8');
    const again = await tip(['import', GAZETTE, '--data', root]);
    expect(again.stderr).toMatch(/unchanged .*lantern-act-2019\.text\.yaml/);
    expect(again.stderr).toMatch(/compared with the text imported before: no section changed/);
    expect(readFileSync(target, 'utf8')).toBe(first);
  });

  it('writes nothing on --dry-run, reports under --json, and never replaces a file it did not write', async () => {
    const root = corpusCopy();
    const target = join(root, 'laws', 'lantern-act-2019.text.yaml');
    const dry = await tip(['import', GAZETTE, '--data', root, '--dry-run', '--json']);
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.stdout).imports[0]).toMatchObject({ instrument: 'lantern-act-2019', missing: ['s6'] });
    expect((await tip(['laws', '--data', root])).status).toBe(0);
    // A file of the user's where the text file would go is left out of the corpus with a
    // warning, and the import refuses to replace it (exit 2), leaving it as it is.
    writeFileSync(target, 'my own notes\n');
    const refused = await tip(['import', GAZETTE, '--data', root]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/warning: left out .*lantern-act-2019\.text\.yaml/);
    expect(refused.stderr).toMatch(/lantern-act-2019\.text\.yaml already exists; nothing was written/);
    expect(readFileSync(target, 'utf8')).toBe('my own notes\n');
  });

  it('asks for a file, and for --as when the text prints no title it can read', async () => {
    expect((await tip(['import'])).status).toBe(2);
    const root = corpusCopy();
    const unknown = join(tempDir(), 'other.txt');
    writeFileSync(unknown, 'An unrelated text.\n\n1. Heading.– Body.\n');
    const run = await tip(['import', unknown, '--data', root]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--as/);
    expect((await tip(['import', join(DIR, 'lantern-code.txt'), '--as', 'Lantern Act', '--data', root])).status).toBe(
      0,
    );
  });
});

describe('imported text in the other commands', async () => {
  const root = corpusCopy();
  await tip(['import', GAZETTE, '--data', root]);

  it('is searched, below the summaries, with a snippet from the text', async () => {
    const { body } = { body: JSON.parse((await tip(['search', 'bell', '--data', root, '--json'])).stdout) };
    expect(body.hits[0]).toMatchObject({ id: 'lantern-act-2019:s3' });
    expect(body.hits[0].snippet).toMatch(/sound the bell/);
  });

  it('is marked on tip laws, and printed alone by tip show --text (exit 3 where there is none)', async () => {
    const laws = JSON.parse((await tip(['laws', '--data', root, '--json'])).stdout);
    expect(laws[0].imported_text).toMatchObject({ parts: 7, files: ['lantern-gazette.md'], new_instrument: false });
    const text = await tip(['show', 'LKA s.4', '--text', '--data', root]);
    expect(text.stdout).toMatch(
      /^lantern-act-2019:s4 {2}Aggravating circumstances\n\nWhere a lantern is dark during a storm/,
    );
    expect(text.stdout).toMatch(/! Official text: imported from lantern-gazette\.md/);
    expect((await tip(['show', 'LKA s.6', '--text', '--data', root])).status).toBe(3);
  });
});
