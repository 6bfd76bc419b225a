import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allParts } from '../../src/domain/corpus/model.js';
import { bundledCorpus, FIXTURES, ROOT, tempDir, tip } from '../helpers.js';
import { brokenLinks, listFiles, readTree } from '../site-files.js';

const corpus = bundledCorpus();
const caseFiles = corpus.cases.map((c) => c.id.slice('case:'.length));

async function exportTo(format: string, ...extra: string[]): Promise<string> {
  const out = join(tempDir(), format);
  const result = await tip(['export', '--format', format, '--out', out, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return out;
}

describe.each(['md', 'html'])('tip export --format %s', (format) => {
  let out: string;
  beforeAll(async () => {
    out = await exportTo(format);
  });

  it('writes an index, a page per instrument, per case and per offence checklist', () => {
    const files = listFiles(out);
    expect(files).toContain(`index.${format}`);
    for (const instrument of corpus.instruments) {
      const folder = instrument.kind === 'guidance' ? 'guidance' : 'laws';
      expect(files).toContain(`${folder}/${instrument.id}.${format}`);
    }
    for (const name of caseFiles) expect(files).toContain(`cases/${name}.${format}`);
    expect(files).toContain(`checklists/trafficking.${format}`);
    expect(files).toContain(`checklists/smuggling.${format}`);
    expect(files).toContain('.tip-export.json');
  });

  it('is byte-identical when run again', async () => {
    const again = await exportTo(format);
    expect(readTree(again)).toEqual(readTree(out));
  });

  it('has no broken links: every file and anchor a link names exists', () => {
    const { broken, local } = brokenLinks(out);
    expect(broken).toEqual([]);
    // Contents, cross-references, applied-in, laws applied, checklist citations: hundreds of them.
    expect(local).toBeGreaterThan(400);
  });

  it('anchors each provision under its canonical id and shows the PTPA s.3 penalty table', () => {
    const page = readFileSync(join(out, `laws/ptpa-2018.${format}`), 'utf8');
    for (const anchor of ['s3', 's3-2', 's4', 's8']) expect(page).toContain(`id="${anchor}"`);
    expect(page).toContain('imprisonment of 2 to 10 years');
    expect(page).toContain('fine up to PKR 1,000,000');
    expect(page).toMatch(/Amendment: amendment bill passed/);
  });

  it('links a case to the provisions it applies, and a checklist item to its sources', () => {
    const ext = format;
    const casePage = readFileSync(join(out, `cases/mukhtiar-khatoon-2022-shc.${ext}`), 'utf8');
    expect(casePage).toContain(`../laws/ptpa-2018.${ext}#s3-2`);
    const checklist = readFileSync(join(out, `checklists/trafficking.${ext}`), 'utf8');
    expect(checklist).toContain(`../laws/ptpa-2018.${ext}#s7`);
    expect(checklist).toContain(`../guidance/`);
  });
});

describe('tip export --format html', () => {
  it('is self-contained: no address outside the site is loaded', async () => {
    const out = await exportTo('html');
    for (const [file, text] of readTree(out)) {
      if (!file.endsWith('.html')) continue;
      expect([...text.matchAll(/\ssrc="([^"]*)"/g)].every((m) => !/^[a-z]+:/i.test(m[1] as string))).toBe(true);
      expect(text).not.toMatch(/<link[^>]+href="https?:/);
      expect(text).toContain("default-src 'none'");
    }
    // The search data: a manifest, the store in chunks, the pages by shard, all classic scripts.
    const manifest = readFileSync(join(out, 'assets/search/manifest.js'), 'utf8');
    expect(manifest.startsWith('TIPKIT_SEARCH_CHUNK("manifest", {')).toBe(true);
    const names = readdirSync(join(out, 'assets/search'));
    expect(names.filter((n) => /^store-\d+\.js$/.test(n)).length).toBeGreaterThan(0);
    expect(names.every((n) => /^(manifest|store-\d+|pages-\d+)\.js$/.test(n))).toBe(true);
  });

  it('escapes hostile corpus text: no markup from the data reaches the page', async () => {
    const out = join(tempDir(), 'xss');
    expect((await tip(['export', '--data', join(FIXTURES, 'xss'), '--format', 'html', '--out', out])).status).toBe(0);
    const page = readFileSync(join(out, 'laws/xss-act-2020.html'), 'utf8');
    expect(page).toContain('&lt;script&gt;window.__tipXss');
    expect(page).not.toMatch(/<script>window/);
    // The hostile text is there, as text: no element or attribute came from the data.
    expect(page).toContain('&lt;img src=x onerror=');
    expect(page).not.toMatch(/<(img|svg|iframe|a href="javascript)/i);
    const casePage = readFileSync(join(out, 'cases/xss-2020-sc.html'), 'utf8');
    expect(casePage).not.toMatch(/<(iframe|b onmouseover|a href="javascript)/i);
  });
});

describe('tip export --format json and ndjson', () => {
  const partCount = [...allParts(corpus.instruments)].length;

  it('gives every instrument, provision, sub-provision and case as a record with its canonical id', async () => {
    const result = await tip(['export', '--format', 'json']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as {
      format: string;
      corpus: string;
      records: { id: string; type: string }[];
    };
    expect(doc.format).toBe('tipkit-export');
    expect(doc.corpus).toBe(corpus.hash);
    expect(doc.records).toHaveLength(corpus.instruments.length + partCount + corpus.cases.length);
    const ids = doc.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('ptpa-2018:s3(2)');
    expect(ids).toContain('case:tayyaba-sc-2020');
    const s3 = doc.records.find((r) => r.id === 'ptpa-2018:s3') as unknown as { penalties: unknown[]; type: string };
    expect(s3.type).toBe('provision');
    expect(s3.penalties).toHaveLength(2);
  });

  it('ndjson has one parseable record per line, the same records as json', async () => {
    const json = JSON.parse((await tip(['export', '--format', 'json'])).stdout) as { records: unknown[] };
    const ndjson = await tip(['export', '--format', 'ndjson', '--out', '-']);
    expect(ndjson.status).toBe(0);
    const lines = ndjson.stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(json.records);
  });

  it('writes a file atomically with --out, identical across runs', async () => {
    const dir = tempDir();
    for (const name of ['a.ndjson', 'b.ndjson'])
      expect((await tip(['export', '--format', 'ndjson', '--out', join(dir, name)])).status).toBe(0);
    expect(readFileSync(join(dir, 'a.ndjson'), 'utf8')).toBe(readFileSync(join(dir, 'b.ndjson'), 'utf8'));
    expect(listFiles(dir)).toEqual(['a.ndjson', 'b.ndjson']);
  });
});

describe('tip export options', () => {
  it('--only filters by instrument name and "cases"; the index is always built', async () => {
    const out = await exportTo('md', '--only', 'PTPA', '--only', 'cases');
    const files = listFiles(out);
    expect(files).toContain('laws/ptpa-2018.md');
    expect(files).toContain('checklists/trafficking.md');
    expect(files).not.toContain('laws/palermo-protocol.md');
    expect(files).not.toContain('checklists/smuggling.md');
    expect(files.filter((f) => f.startsWith('cases/'))).toHaveLength(corpus.cases.length);
    // Links to what was left out become plain text, so nothing dangles.
    expect(brokenLinks(out).broken).toEqual([]);
    const records = (await tip(['export', '--format', 'ndjson', '--only', 'cases'])).stdout.trimEnd().split('\n');
    expect(records).toHaveLength(corpus.cases.length);
  });

  it('--only refuses a provision (exit 2) and an unknown instrument (exit 3)', async () => {
    expect((await tip(['export', '--format', 'json', '--only', 'PTPA s.3'])).status).toBe(2);
    const unknown = await tip(['export', '--format', 'json', '--only', 'no-such-law']);
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });

  it('--stamp records the build time, from SOURCE_DATE_EPOCH when set', async () => {
    const out = join(tempDir(), 'stamped');
    const result = await tip(['export', '--format', 'md', '--out', out, '--stamp'], {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain('built 2023-11-14T22:13:20Z');
    const json = JSON.parse(
      (await tip(['export', '--format', 'json', '--stamp'], { env: { SOURCE_DATE_EPOCH: '1700000000' } })).stdout,
    ) as { generated: string };
    expect(json.generated).toBe('2023-11-14T22:13:20Z');
    expect((await tip(['export', '--format', 'json'])).stdout).not.toContain('"generated"');
  });

  it('refuses a non-empty folder it did not make, unless --force, and never deletes foreign files', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const refused = await tip(['export', '--format', 'md', '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/is not empty/);
    expect(listFiles(out)).toEqual(['notes.txt']);

    expect((await tip(['export', '--format', 'md', '--out', out, '--force'])).status).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'index.md'))).toBe(true);
  });

  it('re-exports into its own folder, removing only the files the last export wrote and this one does not', async () => {
    const out = await exportTo('md');
    writeFileSync(join(out, 'laws', 'my-notes.md'), 'mine');
    const result = await tip(['export', '--format', 'md', '--out', out, '--only', 'cases', '--json']);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as { format: string; files: number; removed: string[] };
    expect(summary).toMatchObject({ format: 'md', files: corpus.cases.length + 1 });
    expect(summary.removed).toContain('laws/ptpa-2018.md');
    expect(summary.removed).not.toContain('laws/my-notes.md');
    const files = listFiles(out);
    expect(files).not.toContain('laws/ptpa-2018.md');
    expect(files).toContain('laws/my-notes.md');
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('a folder format needs --out, and --out cannot be a file', async () => {
    expect((await tip(['export', '--format', 'html'])).status).toBe(2);
    const file = join(tempDir(), 'file.txt');
    writeFileSync(file, 'x');
    expect((await tip(['export', '--format', 'md', '--out', file])).status).toBe(2);
    mkdirSync(join(tempDir(), 'unused'), { recursive: true });
  });
});

describe('tip export --check', () => {
  const check = (out: string, ...extra: string[]) =>
    tip(['export', '--format', 'md', '--out', out, '--check', ...extra]);

  it('exits 0 and says "up to date" after a fresh export, writing nothing', async () => {
    const out = await exportTo('md');
    const before = readTree(out);
    const result = await check(out);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/is up to date: \d+ files \(md\) from the bundled corpus/);
    expect(readTree(out)).toEqual(before);
  });

  it('exits 1 after one page is edited, naming it, and writes nothing', async () => {
    const out = await exportTo('md');
    writeFileSync(join(out, 'laws/ptpa-2018.md'), 'edited by hand\n');
    const result = await check(out);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^differs +laws\/ptpa-2018\.md$/m);
    expect(result.stderr).toMatch(/is not up to date: 1 file would change; nothing was written/);
    expect(readFileSync(join(out, 'laws/ptpa-2018.md'), 'utf8')).toBe('edited by hand\n');
  });

  it('exits 1 after one page is deleted, and lists it as missing under --json', async () => {
    const out = await exportTo('md');
    rmSync(join(out, 'cases/tayyaba-sc-2020.md'));
    const result = await check(out, '--json');
    expect(result.status).toBe(1);
    const { error } = JSON.parse(result.stdout) as { error: { code: string; details: Record<string, unknown> } };
    expect(error.code).toBe('stale');
    expect(error.details).toMatchObject({
      up_to_date: false,
      written: ['cases/tayyaba-sc-2020.md'],
      replaced: [],
      removed: [],
    });
    expect(existsSync(join(out, 'cases/tayyaba-sc-2020.md'))).toBe(false);
  });

  it('lists the files an export would remove, and a folder never exported as all missing', async () => {
    const out = await exportTo('md', '--only', 'PTPA');
    const narrower = await check(out, '--only', 'cases', '--json');
    expect(narrower.status).toBe(1);
    const { details } = (JSON.parse(narrower.stdout) as { error: { details: { removed: string[] } } }).error;
    expect(details.removed).toContain('laws/ptpa-2018.md');
    expect(existsSync(join(out, 'laws/ptpa-2018.md'))).toBe(true);
    const fresh = join(tempDir(), 'never');
    expect((await check(fresh)).status).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });

  it('compares an html site too, and refuses a file format', async () => {
    const out = await exportTo('html');
    expect((await tip(['export', '--format', 'html', '--out', out, '--check'])).status).toBe(0);
    expect((await tip(['export', '--format', 'json', '--out', join(out, 'x.json'), '--check'])).status).toBe(2);
  });
});

describe('tip export, run again', () => {
  it('leaves an unchanged file untouched (same inode, same time) and lists what it wrote, replaced and kept', async () => {
    const out = await exportTo('md');
    const stamp = (file: string) => {
      const { ino, mtimeMs } = statSync(join(out, file));
      return { ino, mtimeMs };
    };
    const kept = ['index.md', 'cases/tayyaba-sc-2020.md', '.tip-export.json'].map((f) => [f, stamp(f)] as const);
    writeFileSync(join(out, 'laws/ptpa-2018.md'), 'edited by hand\n');
    rmSync(join(out, 'laws/untoc.md'));
    const result = await tip(['export', '--format', 'md', '--out', out, '--json']);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, string[]>;
    expect(summary.replaced).toEqual(['laws/ptpa-2018.md']);
    expect(summary.written).toEqual(['laws/untoc.md']);
    expect(summary.unchanged).toContain('index.md');
    expect(summary.unchanged).not.toContain('laws/ptpa-2018.md');
    for (const [file, before] of kept) expect(stamp(file), file).toEqual(before);
    const text = await tip(['export', '--format', 'md', '--out', out]);
    expect(text.stdout).toMatch(/: 0 new, 0 replaced, \d+ unchanged\./);
  });
});

describe('tip export and your library', () => {
  const library = join(tempDir(), 'library');
  const env = { TIPKIT_LIBRARY: library };
  beforeAll(async () => {
    const run = await tip(['import', join(ROOT, 'examples', 'bonded-labour-act.txt')], { env });
    expect(run.status, run.stderr).toBe(0);
  });

  it('leaves the library out by default, and says so', async () => {
    const out = join(tempDir(), 'md');
    const result = await tip(['export', '--format', 'md', '--out', out], { env });
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'laws/blsaa-1992.md'))).toBe(false);
    expect(result.stdout).toContain(`from the bundled corpus`);
    expect(result.stdout).toContain(
      `Your library at ${library} (1 imported text) is not included (use --with-library).`,
    );
    const json = JSON.parse((await tip(['export', '--format', 'md', '--out', out, '--json'], { env })).stdout) as {
      corpus: { source: string; hash: string; library: { included: boolean } };
    };
    expect(json.corpus).toMatchObject({ source: 'bundled corpus', hash: corpus.hash, library: { included: false } });
    // A json file's report goes to stderr, beside what was written.
    const file = await tip(['export', '--format', 'json', '--out', join(tempDir(), 'c.json')], { env });
    expect(file.stderr).toContain('tip: Exported json from the bundled corpus.');
    expect(file.stderr).toContain('is not included (use --with-library)');
  });

  it('includes it with --with-library, and names it', async () => {
    const out = join(tempDir(), 'md');
    const result = await tip(['export', '--format', 'md', '--out', out, '--with-library'], { env });
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'laws/blsaa-1992.md'))).toBe(true);
    expect(result.stdout).toContain(`With your library at ${library} (1 imported text).`);
  });

  it('names a --data corpus by its folder, and refuses --with-library beside it', async () => {
    const data = join(FIXTURES, 'minimal');
    const result = await tip(['export', '--format', 'md', '--out', join(tempDir(), 'md'), '--data', data], { env });
    expect(result.stdout).toContain(`from ${data}`);
    expect(result.stdout).not.toContain('library');
    const both = await tip(['export', '--format', 'json', '--data', data, '--with-library'], { env });
    expect(both.status).toBe(2);
  });
});
