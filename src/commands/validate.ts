import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import type { ValidationReport } from '../domain/corpus/validate.js';
import { validateChosen } from '../domain/corpus/validate-run.js';
import { DataError } from '../domain/common/errors.js';
import { renderValidate, VALIDATE_FORMATS } from '../render/validate.js';
import { invalidCorpusMessage } from '../render/validate-text.js';

export default class Validate extends BaseCommand {
  static override args = {
    dir: Args.string({
      // Piped input is never a folder name.
      ignoreStdin: true,
      description:
        'Corpus folder (holds laws/); default: --data, TIPKIT_DATA, the working folder when it holds laws/*.yaml, or the bundled corpus.',
    }),
  };
  static override description = `Checks every file against the schema, looks for duplicate ids, dangling cross-references and unknown source keys, and confirms every provision carries provenance. Problems print as file:line:col: message; --format github prints them as GitHub Actions annotations, and --format json as the report (the same object whether the corpus is valid or not). Exits 4 when the corpus is invalid.

With no folder, it checks the working folder when that holds laws/*.yaml (run in a corpus repository, it checks that repository), else the bundled corpus with your imported library. Every report says which corpus it checked.`;
  static override examples = [
    '<%= config.bin %> validate',
    '<%= config.bin %> validate ./my-corpus',
    '<%= config.bin %> validate ./my-corpus --format github',
    '<%= config.bin %> validate ./my-corpus --format json',
  ];
  static override flags = {
    format: Flags.option({
      default: 'text' as const,
      description: 'text: file:line:col: message; github: ::error annotations for GitHub Actions; json: the report.',
      options: VALIDATE_FORMATS,
    })(),
  };
  static override summary = 'Validate a corpus.';

  async run(): Promise<ValidationReport> {
    const { args, flags } = await this.parse(Validate);
    const { report, library } = validateChosen({
      ...args,
      ...flags,
      cwd: process.cwd(),
      libraryDir: () => this.libraryDir(undefined),
    });
    // With --json, oclif prints the result (or the error with the report in its details) instead.
    if (!this.jsonEnabled()) {
      this.log(renderValidate(report, flags.format, { cwd: process.cwd(), style: await this.style() }));
    }
    // The report in the error's details: --json prints it, valid or not.
    if (!report.valid) throw new DataError(invalidCorpusMessage(report, library), { details: report });
    return report;
  }
}
