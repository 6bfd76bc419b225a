import { Flags } from '@oclif/core';
import { relative } from 'node:path';
import { BaseCommand } from '../base-command.js';
import { safeJson, safeText } from '../render/controls.js';
import { UsageError } from '../domain/common/errors.js';
import { checkExportOptions, FORMATS, isFolderFormat, type ExportFormat } from '../domain/export/options.js';
import { selectExport, type Selection } from '../domain/export/select.js';
import type { Instrument } from '../domain/corpus/schema.js';
import { FLAVORS, type Flavor } from '../domain/export/flavor.js';
import { corpusUsed, type CorpusUsed } from '../domain/corpus/which.js';
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
    flavor: Flags.string({
      default: 'plain',
      description:
        'Shape the Markdown for a static-site generator (md only): front matter on every page, and navigation (mkdocs: mkdocs-nav.yml, for INHERIT in mkdocs.yml; docusaurus: _category_.json per folder; hugo: _index.md per folder and as the index). plain: none of these.',
      options: [...FLAVORS],
    }),
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
    format: Flags.string({ char: 'f', default: 'md', description: 'What to build.', options: [...FORMATS] }),
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
    const format = flags.format as ExportFormat;
    const flavor = flags.flavor as Flavor;
    checkExportOptions({ format, flavor, check: flags.check, out: flags.out });
    // Checked whole and held: an export reads every instrument, and copies them into what it writes.
    const withLibrary = flags['with-library'] === true;
    const loaded = await this.corpus(flags.data, { hold: true, library: withLibrary });
    const source = corpusUsed(loaded.hash, flags.data, { path: this.libraryDir(flags.data), included: withLibrary });
    const corpus = flags.text
      ? loaded
      : (await import('../domain/export/without-text.js')).withoutOfficialTexts(loaded);
    const selection = selectExport(corpus, flags.only);
    const stamp = flags.stamp ? buildTime() : undefined;
    if (!isFolderFormat(format)) {
      return this.exportRecords(corpus, selection, { format, out: flags.out, force: flags.force, stamp, source });
    }

    const { siteEntry, siteFiles } = await import('../render/site/files.js');
    const { writeExportDir } = await import('../domain/export/write.js');
    const out = flags.out as string;
    // The site searches the CLI's own store: found in the cache, or built here (with progress).
    const search = format === 'html' ? await this.siteSearch(corpus) : undefined;
    let report: ExportReport;
    try {
      const files = siteFiles(corpus, selection, format, {
        ...(stamp ? { stamp } : {}),
        ...(search ? { search } : {}),
        flavor,
        release: await releaser(),
      });
      const summary = writeExportDir(out, files, {
        format,
        ...(flavor === 'plain' ? {} : { flavor }),
        corpus: corpus.hash,
        force: flags.force,
        check: flags.check,
      });
      report = { ...summary, corpus: source };
    } finally {
      search?.store.close();
    }
    // Relative when inside the working directory, as given otherwise.
    const inside = relative(process.cwd(), out);
    // The folder is the user's to name: even colour codes in it reach no terminal.
    const where = safeText(inside.startsWith('..') ? out : inside || '.');
    const { renderCheck, renderExportSummary } = await import('../render/export-summary.js');
    if (flags.check) {
      for (const line of renderCheck(report, where)) this.log(line);
      if (!report.up_to_date) throw staleError(report, where);
      return report;
    }
    for (const line of renderExportSummary(report, where, `${where}/${siteEntry(format, flavor)}`)) this.log(line);
    return report;
  }

  /** json and ndjson: the records, to stdout or to the --out file under the one rule for writes. */
  private async exportRecords(
    corpus: Corpus,
    selection: Selection,
    options: { format: 'json' | 'ndjson'; out?: string; force: boolean; stamp?: string; source: CorpusUsed },
  ): Promise<ExportReport | undefined> {
    const records = await import('../domain/export/records.js');
    const release = await releaser();
    const { format, out, stamp } = options;
    const content = (write: (chunk: string) => void): void => {
      const each = records.exportRecords(corpus, selection, release);
      if (format === 'json') records.writeJsonExport(each, records.jsonEnvelope(corpus, stamp), write);
      else records.writeNdjsonExport(each, write);
    };
    // The records hold text from the user's files: written so that no terminal acts on it.
    const safe = (write: (chunk: string) => void): void => content((chunk) => write(safeJson(chunk)));
    if (!out || out === '-') {
      safe((chunk) => process.stdout.write(chunk));
      return undefined;
    }
    const { replaced } = await this.writeOutput(out, safe, options.force);
    const report: ExportReport = {
      dir: out,
      format,
      files: 1,
      written: replaced ? [] : [out],
      replaced: replaced ? [out] : [],
      unchanged: [],
      removed: [],
      corpus: options.source,
    };
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

/** Each instrument is let go once written: a statute book is exported one instrument at a time. */
async function releaser(): Promise<(instrument: Instrument) => void> {
  return (await import('../domain/corpus/snapshot.js')).releaseInstrument;
}

/** SOURCE_DATE_EPOCH is the reproducible-builds convention for "the time of this build". */
function buildTime(): string {
  const value = process.env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return isoSeconds(new Date());
  // Up to the end of year 9999: ISO 8601's four-digit years.
  const date =
    /^\d{1,12}$/.test(value.trim()) && Number(value) <= 253_402_300_799 ? new Date(Number(value) * 1000) : undefined;
  if (!date) {
    throw new UsageError(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not ${JSON.stringify(value)}`,
      {
        suggestions: [
          'SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) tip export --stamp …',
          'or unset it to use the current time',
        ],
      },
    );
  }
  return isoSeconds(date);
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
