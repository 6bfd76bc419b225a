/* eslint-disable no-control-regex -- matching control characters is the point */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../src/domain/corpus/which.js';
import type { ExportReport } from '../../src/domain/export/report.js';
import {
  exportWhere,
  renderCheck,
  renderExportSummary,
  renderFolderExport,
  renderRecordsSummary,
} from '../../src/render/export-summary.js';

/** An export of six files (two of each kind), from the bundled corpus and without a library. */
function report(extra: Partial<ExportReport> = {}): ExportReport {
  return {
    dir: '/out/site',
    format: 'site',
    files: 6,
    written: ['a.md', 'b.md'],
    replaced: ['c.md', 'd.md'],
    unchanged: ['e.md', 'f.md'],
    removed: [],
    corpus: { source: BUNDLED_CORPUS, hash: 'h' },
    ...extra,
  };
}

describe('renderExportSummary', () => {
  it('says what was written, from which corpus, with each count', () => {
    expect(renderExportSummary(report(), 'site')).toEqual([
      'Wrote 6 files (site) to site from the bundled corpus: 2 new, 2 replaced, 2 unchanged.',
    ]);
  });

  it('names the flavour, the files an earlier export left, a single file and the page to start at', () => {
    const lines = renderExportSummary(
      report({ flavor: 'mkdocs', files: 1, written: ['index.md'], replaced: [], unchanged: [], removed: ['old.md'] }),
      'docs',
      'docs/index.md',
    );
    expect(lines).toEqual([
      'Wrote 1 file (site, mkdocs) to docs from the bundled corpus: 1 new, 0 replaced, 0 unchanged, 1 removed (left by an earlier export).',
      'Start at docs/index.md.',
    ]);
  });

  it('adds the library note after the summary, included or not', () => {
    const included = report({
      corpus: { source: 'data', hash: 'h', library: { path: '/lib', included: true, texts: 2 } },
    });
    expect(renderExportSummary(included, 'x')).toEqual([
      'Wrote 6 files (site) to x from data: 2 new, 2 replaced, 2 unchanged.',
      'With your library at /lib (2 imported texts).',
    ]);
    const left = report({
      corpus: { source: BUNDLED_CORPUS, hash: 'h', library: { path: '/lib', included: false, texts: 1 } },
    });
    expect(renderExportSummary(left, 'x')[1]).toBe(
      'Your library at /lib (1 imported text) is not included (use --with-library).',
    );
  });
});

describe('renderRecordsSummary', () => {
  it('names the format and the corpus, and the library note when there is one', () => {
    expect(renderRecordsSummary(report({ format: 'ndjson' }))).toEqual(['Exported ndjson from the bundled corpus.']);
    const withLibrary = report({
      format: 'json',
      corpus: { source: 'd', hash: 'h', library: { path: 'L', included: true, texts: 3 } },
    });
    expect(renderRecordsSummary(withLibrary)).toEqual([
      'Exported json from d.',
      'With your library at L (3 imported texts).',
    ]);
  });
});

describe('renderCheck', () => {
  it('says an up-to-date folder is up to date', () => {
    expect(renderCheck(report({ up_to_date: true }), 'site')).toEqual([
      'site is up to date: 6 files (site) from the bundled corpus.',
    ]);
  });

  it('lists each file an export would write, replace or remove, in that order', () => {
    expect(renderCheck(report({ up_to_date: false, removed: ['z.md'] }), 'site')).toEqual([
      'missing      a.md',
      'missing      b.md',
      'differs      c.md',
      'differs      d.md',
      'would remove z.md',
    ]);
  });

  it('is what renderFolderExport prints with check, and the summary without', () => {
    const stale = report({ up_to_date: false });
    expect(renderFolderExport(stale, 'w', { check: true, entry: 'index.md' })).toEqual(renderCheck(stale, 'w'));
    expect(renderFolderExport(stale, 'w', { check: false, entry: 'index.md' }).at(-1)).toBe('Start at w/index.md.');
  });
});

describe('exportWhere', () => {
  it('is relative inside the working folder, as given outside it, and "." for the folder itself', () => {
    expect(exportWhere('/home/u/proj/site', '/home/u/proj')).toBe('site');
    expect(exportWhere('/srv/out', '/home/u/proj')).toBe('/srv/out');
    expect(exportWhere('/home/u/proj', '/home/u/proj')).toBe('.');
  });

  it('lets no control character of the folder name through', () => {
    const where = exportWhere('/home/u/proj/out\u001b[2J\u0007\u009bx', '/home/u/proj');
    expect(where).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(where).toMatch(/^out/);
  });
});
