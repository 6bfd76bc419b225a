import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { lookupCitations } from '../domain/lookup/lookup.js';
import { NotFoundError } from '../domain/common/errors.js';
import type { ProvisionView, ShowView } from '../domain/lookup/view.js';
import { renderOfficialText, renderShow } from '../render/show-text.js';

export default class Show extends BaseCommand {
  static override args = {
    citation: Args.string({
      description:
        'A citation as people write it: "PTPA s.3(2)", "section 4 of the PTPA", "Art. 3(a) Palermo Protocol", ptpa-2018:s3, or an instrument name.',
      required: true,
    }),
  };
  static override description = `Prints the provision's summary, elements, penalty bands, procedure, sub-provisions, cross-references and provenance, with a caveat wherever a fact is below high confidence or may have been amended. A citation of a whole instrument shows its metadata and table of contents.

Several quoted citations show several pages; with --json one citation gives an object and several give an array.`;
  static override examples = [
    '<%= config.bin %> show "PTPA s.3"',
    '<%= config.bin %> show section 4 of the PTPA',
    '<%= config.bin %> show "Art. 3(a) Palermo Protocol" --json',
    '<%= config.bin %> show "PTPA s.3" "PTPA s.4"',
    '<%= config.bin %> show psma',
  ];
  static override flags = {
    text: Flags.boolean({
      description:
        'Print only the official text you imported (tip import), with its source; nothing where none was imported.',
    }),
  };
  static override strict = false;
  static override summary = 'Look up a provision or instrument by citation.';

  async run(): Promise<ShowView | ShowView[]> {
    const { flags, raw } = await this.parse(Show);
    const views = await lookupCitations(await this.corpus(flags.data), this.typedWords(raw));
    await this.notice(views.flatMap((view) => view.warnings));
    const style = await this.style();
    if (flags.text) {
      const missing = views.filter((view) => view.type !== 'provision' || !view.text);
      if (missing.length > 0) {
        throw new NotFoundError(`no official text imported for ${missing.map((v) => v.id).join(', ')}`, {
          suggestions: ['tip import <file> --as <instrument> --data <corpus folder>'],
        });
      }
      this.log(views.map((view) => renderOfficialText(view as ProvisionView, style)).join('\n\n'));
      return views.length === 1 ? (views[0] as ShowView) : views;
    }
    this.log(views.map((view) => renderShow(view, style)).join(`\n\n${'─'.repeat(40)}\n\n`));
    return views.length === 1 ? (views[0] as ShowView) : views;
  }
}
