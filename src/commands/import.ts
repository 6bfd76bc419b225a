import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import {
  importFailure,
  importTexts,
  listLibrary,
  removeFromLibrary,
  type ImportOutput,
} from '../domain/import/modes.js';
import type { ImportFailure, ImportResult } from '../domain/import/run.js';
import { renderImportEntries, renderImportReport } from '../render/import-text.js';

export default class Import extends BaseCommand {
  static override args = {
    file: Args.string({
      description:
        'Files holding official texts: PDF with a text layer, text or Markdown (an OCR copy of the Gazette, a code text), or HTML saved from a web page.',
    }),
  };
  static override description = `Reads the official text of an instrument from a file you hold and keeps it, verbatim, in your library (tipkit's data folder, overlaid on the bundled corpus, so every command sees it), or in the corpus folder given with --data (as laws/<id>.text.yaml).

An instrument tipkit describes gets the text on its provisions and sub-provisions; tipkit's own file and summaries are not touched. One tipkit records no provisions of (the PTP Rules) gets them from the text, numbered as printed; one tipkit does not describe becomes a new instrument with the title, kind, year, number and extent the text prints, and no summary. A statute tipkit only names (the Bonded Labour System (Abolition) Act, the Emigration Ordinance…) keeps the id cases and citations already use.

Page furniture (Gazette running heads, prices, page numbers, the signature block), PDF footnotes and running heads are cleaned away by where they sit and whether they repeat, and listed. Sections are read as printed (a number, a heading ended by a dash or stop, over up to three lines) and kept where their numbers rise; they are placed by the number printed, by the CONTENTS list, by their heading against tipkit's headings (tolerant of OCR errors), or by their order between sections already placed; a section none of these places is reported, never guessed. Confidence is high only where the printed number and heading agree. A file holding two Acts gives two instruments; an amending Act is its own instrument, of kind amendment. A file holding a treaty in several languages gives its English copy. Each section records the file, its SHA-256, the date, how it was placed and a confidence. The corpus with the new file is checked whole before anything is written; an imported text that is damaged later is left out with a warning, never stopping other commands. Re-importing the same file changes nothing; a changed file reports what changed; tipkit replaces only a text file it wrote. A scanned PDF with no text layer is refused: run OCR on it first.`;
  static override examples = [
    '<%= config.bin %> import ptpa-gazette.md --as PTPA',
    '<%= config.bin %> import bonded-labour-act.pdf emigration-ordinance.pdf',
    '<%= config.bin %> import ptpa-gazette.md --data my-corpus --dry-run --json',
    '<%= config.bin %> import --list',
    '<%= config.bin %> import --remove blsaa-1992',
  ];
  static override flags = {
    as: Flags.string({
      description:
        'The instrument the text is of (any name it goes by), or the id for a new one; by default, recognised from its title or official number.',
    }),
    short: Flags.string({ description: 'The short name of a new instrument (by default, the initials of its title).' }),
    'dry-run': Flags.boolean({ description: 'Report what would be placed, and write nothing.' }),
    list: Flags.boolean({
      description: 'List the imported texts in the library (or the --data corpus).',
      exclusive: ['remove'],
    }),
    remove: Flags.string({
      description: 'Remove the imported text of this instrument id from the library (or the --data corpus).',
    }),
  };
  static override strict = false;
  static override summary = 'Import the official text of an instrument from a file you hold.';

  async run(): Promise<ImportOutput> {
    const { flags, raw } = await this.parse(Import);
    // Text files go in laws/ of the --data corpus, else of the user's library.
    const request = { files: this.typedWords(raw), library: flags.data ?? this.libraryDir(undefined) ?? '' };
    if (flags.list) {
      const output = await listLibrary(request);
      this.log(renderImportEntries(output.listed, output.library));
      return output;
    }
    if (flags.remove) {
      const output = await removeFromLibrary({ ...request, id: flags.remove });
      this.logToStderr(`tip: removed ${output.removed}`);
      return { ...output, index_rebuilt_ms: await this.rebuildIndex(flags.data) };
    }
    return this.importTexts({ ...flags, ...request });
  }

  /** The files, each reported as it is done, with a progress bar over files and pages. */
  private async importTexts(
    request: Omit<Parameters<typeof importTexts>[0], 'corpora' | 'corpusRoot' | 'today'>,
  ): Promise<ImportOutput> {
    const single = request.files.length === 1;
    const progress = this.progress();
    const output = await importTexts(
      {
        ...request,
        corpora: this.corpora,
        corpusRoot: this.dataDir(request.data),
        today: new Date().toISOString().slice(0, 10),
      },
      {
        ...(progress ? { progress } : {}),
        onResult: async (result) => {
          this.endProgress();
          // A single file's failure is the command's error, printed once at the end.
          if (!single || !('error' in result)) await this.report(result);
        },
        rebuildIndex: () => this.rebuildIndex(request.data),
      },
    );
    if (request['dry-run'] && !this.jsonEnabled()) this.logToStderr('tip: dry run: nothing was written');
    const failure = importFailure(output);
    if (failure) throw failure;
    return output;
  }

  private async report(result: ImportResult | ImportFailure): Promise<void> {
    if ('error' in result) {
      if (!this.jsonEnabled()) this.logToStderr(`tip: ${result.file}: ${result.error.message}`);
      return;
    }
    await this.notice(renderImportReport(result));
    if (result.path)
      this.logToStderr(
        `tip: ${result.written === 'new' ? 'wrote' : result.written === 'unchanged' ? 'unchanged' : 'replaced'} ${result.path}`,
      );
  }

  /** Builds the search index of the corpus the import changed now, once, rather than on the next search. */
  private async rebuildIndex(data: string | undefined): Promise<number> {
    const started = performance.now();
    const corpus = await this.corpus(data);
    const { searchStoreFor } = await import('../domain/search/store-cache.js');
    const progress = this.progress();
    (await searchStoreFor(corpus, this.snapshotDirs, progress ? { progress } : {})).close();
    this.endProgress();
    const ms = Math.round(performance.now() - started);
    if (!this.jsonEnabled()) this.logToStderr(`tip: search index rebuilt in ${ms} ms`);
    return ms;
  }
}
