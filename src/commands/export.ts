import { Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { safeJson } from '../render/controls.js';
import { FORMATS } from '../domain/export/options.js';
import { planExport, recordsReport, type ExportPlan } from '../domain/export/plan.js';
import { FLAVORS } from '../domain/export/flavor.js';
import { staleError, type ExportReport } from '../domain/export/report.js';
import type { Corpus } from '../domain/corpus/model.js';
import type { SiteOptions } from '../render/site/files.js';

export default class Export extends BaseCommand {
  static override description = `Builds documentation from the corpus, for handbooks, intranets and search engines.

md: one page per instrument (an anchor per provision, summaries, penalty tables, provenance, cross-references as relative links), one per case, one per offence's default checklist, and an index.
html: the same pages as a self-contained static site (no network) with full-text search that runs tipkit's own search and index in the browser.
json, ndjson: every instrument, provision, sub-provision and case as a record with its canonical id, as tip show --json and tip cases show --json give them.

md --flavor mkdocs, docusaurus or hugo: the same pages with front matter (title, description, order, tags, and tipkit's id, corpus hash and as-of date), that generator's navigation files, and links and escaping it reads.

Output is byte-identical for the same corpus (no timestamp unless --stamp), so CI can diff it, or run --check, which writes nothing and exits 1 when the folder is not what an export would write. Each file is written to a temporary name and renamed into place; a file that already holds its content is left alone. A non-empty --out folder that tip export did not make is refused unless --force; files that an earlier export wrote and this one does not are removed.

The bundled corpus (or --data) is exported alone: your library of imported texts goes in only with --with-library, so an export on your machine matches CI's.`;
  static override examples = [
    '<%= config.bin %> export --format html --out site',
    '<%= config.bin %> export --format md --out handbook --only PTPA --only cases',
    '<%= config.bin %> export --format md --flavor docusaurus --out docs/tipkit',
    '<%= config.bin %> export --format md --flavor mkdocs --out docs --check',
    '<%= config.bin %> export --format ndjson --out - | curl -s -H "Content-Type: application/x-ndjson" --data-binary @- "$SEARCH_URL/_bulk"',
    '<%= config.bin %> export --format json --out corpus.json --stamp',
  ];
  static override flags = {
    check: Flags.boolean({
      description:
        'Write nothing: compare the --out folder with what an export would write, list the files missing, differing or to be removed, and exit 1 unless it is up to date (md, html).',
    }),
    flavor: Flags.option({
      default: 'plain' as const,
      description:
        'Shape the Markdown for a static-site generator (md only): front matter on every page, and navigation (mkdocs: mkdocs-nav.yml, for INHERIT in mkdocs.yml; docusaurus: _category_.json per folder; hugo: _index.md per folder and as the index). plain: none of these.',
      options: FLAVORS,
    })(),
    force: Flags.boolean({
      description:
        'Write into a non-empty folder that tip export did not make (its files are kept: one in the way is refused), or replace the json/ndjson --out file.',
    }),
    text: Flags.boolean({
      allowNo: true,
      default: true,
      description:
        'Include the official texts you imported (tip import); --no-text leaves them out, for publishing where they may not be redistributed.',
    }),
    format: Flags.option({ char: 'f', default: 'md' as const, description: 'What to build.', options: FORMATS })(),
    only: Flags.string({
      description:
        'Only this instrument (id or any name it goes by) or "cases"; repeatable. The index is always built. The options listed are offered by shell completion; any name works.',
      multiple: true,
    }),
    out: Flags.string({
      char: 'o',
      description: 'Folder (md, html) or file (json, ndjson; "-" for stdout, the default for them).',
    }),
    'with-library': Flags.boolean({
      description:
        'Include the official texts in your own library (tip import; TIPKIT_LIBRARY or the data folder). Left out by default, so an export is the same on every machine.',
      exclusive: ['data'],
    }),
    stamp: Flags.boolean({
      description:
        'Record the build time (SOURCE_DATE_EPOCH if set, else now), which makes output differ between runs.',
    }),
  };
  static override summary = 'Export the corpus as Markdown, a static HTML site, JSON or NDJSON.';

  async run(): Promise<ExportReport | undefined> {
    const { flags } = await this.parse(Export);
    const plan = await planExport({
      ...flags,
      corpora: this.corpora,
      ...(process.env.SOURCE_DATE_EPOCH === undefined ? {} : { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH }),
    });
    return plan.format === 'md' || plan.format === 'html'
      ? this.exportFolder({ ...plan, format: plan.format })
      : this.exportRecords({ ...plan, format: plan.format });
  }

  /** md and html: the pages, written into the --out folder (or compared with it, for --check). */
  private async exportFolder(plan: Extract<ExportPlan, { format: 'md' | 'html' }>): Promise<ExportReport> {
    const { siteEntry, siteFiles } = await import('../render/site/files.js');
    const { sitePages } = await import('../domain/export/pages.js');
    const { writeExportDir } = await import('../domain/export/write.js');
    const { corpus, format, flavor } = plan;
    // The site searches the CLI's own store: found in the cache, or built here (with progress).
    const search = format === 'html' ? await this.siteSearch(corpus) : undefined;
    let report: ExportReport;
    try {
      const pages = sitePages(corpus, plan.selection, plan.stamp);
      const files = siteFiles(pages, format, { ...(search ? { search } : {}), flavor });
      const summary = writeExportDir(plan.out, files, {
        format,
        ...(flavor === 'plain' ? {} : { flavor }),
        corpus: corpus.hash,
        force: plan.force,
        check: plan.check,
      });
      report = { ...summary, corpus: plan.source };
    } finally {
      search?.store.close();
    }
    const { exportWhere, renderFolderExport } = await import('../render/export-summary.js');
    const where = exportWhere(plan.out, process.cwd());
    const entry = siteEntry(format, flavor);
    for (const line of renderFolderExport(report, where, { check: plan.check, entry })) this.log(line);
    if (plan.check && !report.up_to_date) throw staleError(report, where);
    return report;
  }

  /** json and ndjson: the records, to stdout or to the --out file under the one rule for writes. */
  private async exportRecords(
    plan: Extract<ExportPlan, { format: 'json' | 'ndjson' }>,
  ): Promise<ExportReport | undefined> {
    const { writeRecords } = await import('../domain/export/records.js');
    // The records hold text from the user's files: written so that no terminal acts on it.
    const safe = (write: (chunk: string) => void): void =>
      writeRecords(plan.corpus, plan.selection, plan, (chunk) => write(safeJson(chunk)));
    const { out } = plan;
    if (!out || out === '-') {
      safe((chunk) => process.stdout.write(chunk));
      return undefined;
    }
    const { replaced } = await this.writeOutput(out, safe, plan.force);
    const report = recordsReport({ ...plan, out }, replaced);
    // stdout may be the records' own pipe elsewhere: what is said of the corpus goes to stderr.
    const { renderRecordsSummary } = await import('../render/export-summary.js');
    for (const line of renderRecordsSummary(report)) this.logToStderr(`tip: ${line}`);
    return report;
  }

  private async siteSearch(corpus: Corpus): Promise<NonNullable<SiteOptions['search']>> {
    const progress = this.progress();
    const [{ searchStoreFor }, { readUrduVocabulary }] = await Promise.all([
      import('../domain/search/store-cache.js'),
      import('../domain/search/urdu-vocabulary.js'),
    ]);
    try {
      // Checked whole: the site gets the store's bytes as they are.
      const store = await searchStoreFor(corpus, this.snapshotDirs, {
        verify: true,
        ...(progress ? { progress } : {}),
      });
      return { store, urdu: await readUrduVocabulary() };
    } finally {
      this.endProgress();
    }
  }
}
