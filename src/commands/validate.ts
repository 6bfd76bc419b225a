import { Args, Flags } from '@oclif/core';
import { join } from 'node:path';
import { BaseCommand } from '../base-command.js';
import { DataError } from '../domain/common/errors.js';
import { validateCorpus, type ValidationReport } from '../domain/corpus/validate.js';
import { corpusLabel, corpusToValidate } from '../domain/corpus/which.js';
import { renderGithubAnnotations } from '../render/validate-github.js';
import { renderValidation } from '../render/validate-text.js';

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
    format: Flags.string({
      default: 'text',
      description: 'text: file:line:col: message; github: ::error annotations for GitHub Actions; json: the report.',
      options: ['text', 'github', 'json'],
    }),
  };
  static override summary = 'Validate a corpus.';

  async run(): Promise<ValidationReport> {
    const { args, flags } = await this.parse(Validate);
    const choice = corpusToValidate(args.dir, flags.data, process.cwd());
    // The library is overlaid on the bundled corpus only; any other corpus stands alone.
    const library = choice.source === 'bundled' ? this.libraryDir(undefined) : undefined;
    const report = validateCorpus(choice.root, library, choice.source);
    // With --json, oclif prints the result (or the error with the report in its details) instead.
    if (!this.jsonEnabled()) {
      if (flags.format === 'json') this.logJson(report);
      else if (flags.format === 'github') this.log(renderGithubAnnotations(report, process.cwd()));
      else this.log(renderValidation(report, await this.style()));
    }
    if (!report.valid) {
      // A library file is named itself: the corpus folder would point the user at tipkit's package.
      const places = [
        ...new Set(
          report.issues.map((issue) =>
            library && issue.file.startsWith(join(library, 'laws').split('\\').join('/')) ? issue.file : report.root,
          ),
        ),
      ];
      const more = places.length > 3 ? ` and ${places.length - 2} other places` : '';
      const count = `${report.issues.length} problem${report.issues.length === 1 ? '' : 's'}`;
      throw new DataError(
        `${count} (${corpusLabel(report.source)}${report.library ? ', with your library' : ''}) in ${places.slice(0, more ? 2 : 3).join(', ')}${more}`,
        { details: report },
      );
    }
    return report;
  }
}
