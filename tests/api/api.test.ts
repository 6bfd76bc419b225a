import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checklist, cite, lookup, search, TipError } from '../../src/api/index.js';
import { FIXTURES, ROOT, tempDir, tipJson, userEnv } from '../helpers.js';

// The library gives what the commands give: the same functions, the same corpus.
describe('the JavaScript API', () => {
  it('looks up as tip show --json does', async () => {
    const [view] = await lookup('PTPA s.3(2)');
    expect(view).toEqual((await tipJson(['show', 'PTPA', 's.3(2)'])).body);
  });

  it('gives one view per citation when the text holds several', async () => {
    const views = await lookup('PTPA s.3 PTPA s.4(b)');
    expect(views.map((v) => v.id)).toEqual(['ptpa-2018:s3', 'ptpa-2018:s4(b)']);
  });

  it('throws a TipError, with the code a script can test, when nothing resolves', async () => {
    const error = await lookup('PTPA s.42').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TipError);
    expect((error as TipError).code).toBe('not-found');
  });

  it('searches as tip search --json does, filters included', async () => {
    const result = await search('debt bondage', { limit: 3, types: ['provision'] });
    const cli = (await tipJson(['search', 'debt bondage', '--limit', '3', '--type', 'provision'])).body;
    expect(result.hits.map((h) => h.id)).toEqual(cli.hits.map((h: { id: string }) => h.id));
    expect(result.hits.every((h) => h.type === 'provision')).toBe(true);
  });

  it('cites as tip cite --json does', async () => {
    const text = 'Arrested u/s 3(2) PTPA r/w 371-A PPC; the FIR also names s.42 of the PTPA.\n';
    const file = join(tempDir(), 'fir.txt');
    writeFileSync(file, text);
    const report = await cite(text, { source: file });
    expect(report).toEqual((await tipJson(['cite', file])).body);
    expect(report.citations.map((c) => c.status)).toEqual(['resolved', 'recognised', 'unresolved']);
  });

  it('builds the checklist tip checklist --json builds for the same facts', async () => {
    const list = await checklist('trafficking', { victim: 'child' });
    expect(list).toEqual((await tipJson(['checklist', 'trafficking', '--victim', 'child'])).body);
  });

  it('reads another corpus when given data', async () => {
    const [view] = await lookup('DA s.2', { data: join(FIXTURES, 'minimal') });
    expect(view?.id).toBe('demo-act-2020:s2');
  });
});

describe("the package's entry points", () => {
  it("resolve by name for a Node program (package.json's exports), with the library's functions", async () => {
    const program = `import * as tipkit from 'tipkit'; import remark from 'tipkit/remark';
      const [view] = await tipkit.lookup('PTPA s.3');
      console.log(JSON.stringify([Object.keys(tipkit).sort(), view.id, typeof remark]));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', program], {
      cwd: ROOT,
      env: userEnv(),
    });
    expect(JSON.parse(stdout)).toEqual([
      ['TipError', 'checklist', 'cite', 'lookup', 'openCorpus', 'search'],
      'ptpa-2018:s3',
      'function',
    ]);
  });
});
