import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/domain/common/errors.js';
import type { CorpusAccess } from '../../../src/domain/corpus/access.js';
import { planChecklist } from '../../../src/domain/checklist/plan.js';
import { checkDocuments, citeDocument, linkDocuments } from '../../../src/domain/cite/modes.js';
import { planExport } from '../../../src/domain/export/plan.js';
import { importFailure, importTexts, listLibrary } from '../../../src/domain/import/modes.js';
import { bundledCorpus } from '../../helpers.js';

/** A corpus access that fails the test if a plan reads the corpus before refusing its flags. */
const unread: CorpusAccess = {
  load: () => Promise.reject(new Error('the corpus was read')),
  libraryDir: () => undefined,
};

const cite = { corpora: unread, cwd: process.cwd() };

describe('command plans refuse flag combinations before reading the corpus', () => {
  it('cite: --check formats without --check, several files, md with --check, non-text with --link', async () => {
    const read = () => Promise.reject(new Error('read'));
    await expect(citeDocument({ ...cite, paths: ['a'], format: 'json', read })).rejects.toThrow(
      new UsageError('--format json is for --check'),
    );
    await expect(citeDocument({ ...cite, paths: ['a', 'b'], format: 'text', read })).rejects.toThrow(/give one file/);
    await expect(checkDocuments({ ...cite, paths: [], format: 'text', strict: false })).rejects.toThrow(
      /give files, folders or globs to check/,
    );
    await expect(checkDocuments({ ...cite, paths: ['docs'], format: 'md', strict: false })).rejects.toThrow(
      /--check prints text, json, github or summary/,
    );
    await expect(linkDocuments({ ...cite, paths: ['docs'], format: 'md', 'dry-run': true })).rejects.toThrow(
      /--link prints text/,
    );
  });

  it('export: a flavor is for md, and a folder needs --out', async () => {
    const request = { corpora: unread, check: false, force: false, text: true, stamp: false };
    await expect(planExport({ ...request, format: 'json', flavor: 'hugo' })).rejects.toBeInstanceOf(UsageError);
    await expect(planExport({ ...request, format: 'md', flavor: 'plain' })).rejects.toThrow(/give it with --out/);
  });

  it('import: --list takes no files, an import needs one', async () => {
    await expect(listLibrary({ files: ['a.pdf'], library: 'lib' })).rejects.toThrow(/take no files/);
    const request = {
      files: [],
      library: 'lib',
      corpora: unread,
      corpusRoot: '.',
      'dry-run': true,
      today: '2026-01-01',
    };
    await expect(importTexts(request, { rebuildIndex: () => Promise.resolve(0) })).rejects.toThrow(/give the file/);
  });

  it('checklist: --interactive needs a terminal (after the corpus is read, as before)', async () => {
    const corpus = bundledCorpus();
    const corpora: CorpusAccess = { load: () => Promise.resolve(corpus), libraryDir: () => undefined };
    const request = { corpora, victim: 'unknown' as const, interactive: true, printing: false };
    await expect(planChecklist({ ...request, tty: false })).rejects.toThrow(/needs a terminal/);
    await expect(planChecklist({ ...request, tty: true })).rejects.toThrow(/a file to keep the ticks in/);
    const listed = await planChecklist({ ...request, interactive: false, tty: false });
    expect(listed.kind).toBe('list');
  });
});

describe('importFailure', () => {
  const failure = { file: 'a.pdf', error: { code: 'not-found', message: 'a.pdf not found', suggestions: [] } };
  it("is one file's own error, or a count of several", () => {
    expect(importFailure({ library: 'lib', imports: [] })).toBeUndefined();
    expect(importFailure({ library: 'lib', imports: [failure] })?.message).toBe('a.pdf not found');
    expect(importFailure({ library: 'lib', imports: [failure, failure] })?.message).toBe(
      '2 of 2 files could not be imported',
    );
  });
});
