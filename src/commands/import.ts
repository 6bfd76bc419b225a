import { Args, Flags } from '@oclif/core';
import { join } from 'node:path';
import { BaseCommand } from '../base-command.js';
import { UsageError } from '../domain/common/errors.js';
import type { ImportPlan } from '../domain/import/import.js';
import { renderImportReport } from '../render/import-text.js';

/** A Gazette copy is a few hundred kilobytes; a text far larger is not one act. */
const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export default class Import extends BaseCommand {
  static override args = {
    file: Args.string({
      description:
        'A text, Markdown or HTML file holding the official text (an OCR copy of the Gazette, a code text, a saved web page).',
      required: true,
    }),
  };
  static override description = `Reads the official text of an instrument tipkit describes, from a file you hold, and attaches it verbatim to the instrument's provisions and sub-provisions in the corpus folder given with --data, as laws/<id>.text.yaml. The instrument's own file, and tipkit's summaries, are not touched.

Page furniture (Gazette running heads, prices, page numbers, the signature block) is cleaned away and listed. Sections are placed by the number the text prints, else by their heading against tipkit's headings (tolerant of OCR errors), else by their order between sections already placed; a section none of these places is reported, never guessed. Each placed section records the file, its SHA-256, the date, how it was placed and a confidence. Re-importing the same file changes nothing; tipkit replaces only a text file it wrote.`;
  static override examples = [
    '<%= config.bin %> import ptpa-gazette.md --as PTPA --data my-corpus',
    '<%= config.bin %> import ptpa-gazette.md --data my-corpus --dry-run --json',
  ];
  static override flags = {
    as: Flags.string({
      description:
        'The instrument the text is of (any name it goes by); by default, recognised from its title or official number.',
    }),
    'dry-run': Flags.boolean({ description: 'Report what would be placed, and write nothing.' }),
  };
  static override summary = 'Attach the official text of an instrument, from a file you hold, to its provisions.';

  async run(): Promise<ImportPlan & { written?: string; replaced?: boolean }> {
    const { args, flags } = await this.parse(Import);
    if (!flags.data) {
      throw new UsageError(
        'give the corpus folder to import into with --data (a per-user library is not available yet)',
        {
          suggestions: ['tip import ptpa-gazette.md --as PTPA --data my-corpus'],
        },
      );
    }
    const corpus = await this.corpus(flags.data);
    const [{ readTextFile }, importer] = await Promise.all([
      import('../domain/writes/read-file.js'),
      import('../domain/import/import.js'),
    ]);
    const text = readTextFile(args.file, { what: 'text file', maxBytes: MAX_IMPORT_BYTES });
    const plan = importer.planImport(corpus, args.file, text, flags.as ? { as: flags.as } : {});
    await this.notice(renderImportReport(plan));
    if (flags['dry-run'] || plan.sections.length === 0) return plan;
    const target = join(flags.data, 'laws', `${plan.instrument}.text.yaml`);
    const { previousImport } = await import('../domain/import/previous.js');
    const previous = previousImport(target);
    const imported = previous?.source.sha256 === plan.sha256 ? previous.source.imported : today();
    const { writeTextFile } = await import('../domain/writes/write-file.js');
    const result = writeTextFile(target, importer.officialTextYaml(plan, imported), {
      replace: previous !== undefined,
      replaceHint: 'Move the file away: tipkit replaces only a text file it wrote',
    });
    this.logToStderr(`tip: ${result.replaced ? 'replaced' : 'wrote'} ${target}`);
    return { ...plan, written: target, replaced: result.replaced };
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
