import { Args } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { DataError } from '../domain/errors.js';
import { validateCorpus, type ValidationReport } from '../domain/validate.js';
import { renderValidation } from '../render/validate-text.js';

export default class Validate extends BaseCommand {
  static override args = {
    dir: Args.string({
      // Piped input is never a folder name.
      ignoreStdin: true,
      description: 'Corpus folder (holds laws/); default: --data, TIPKIT_DATA, or the bundled corpus.',
    }),
  };
  static override description = `Checks every file against the schema, looks for duplicate ids, dangling cross-references and unknown source keys, and confirms every provision carries provenance. Problems print as file:line:col: message. Exits 4 when the corpus is invalid.`;
  static override examples = [
    '<%= config.bin %> validate',
    '<%= config.bin %> validate ./my-corpus',
    '<%= config.bin %> validate ./my-corpus --json',
  ];
  static override summary = 'Validate a corpus.';

  async run(): Promise<ValidationReport> {
    const { args, flags } = await this.parse(Validate);
    const report = validateCorpus(this.dataDir(args.dir ?? flags.data));
    this.log(renderValidation(report, await this.style()));
    if (!report.valid) {
      throw new DataError(`${report.issues.length} problem${report.issues.length === 1 ? '' : 's'} in ${report.root}`, {
        details: report,
      });
    }
    return report;
  }
}
