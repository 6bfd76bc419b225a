import { BaseCommand } from '../base-command.js';
import { listLaws, type LawSummary } from '../domain/corpus/laws.js';
import { renderLaws } from '../render/laws-text.js';

export default class Laws extends BaseCommand {
  static override description =
    'Each instrument with its id, kind, number of provisions, the date of the text it describes, and its amendment status.';
  static override examples = ['<%= config.bin %> laws', '<%= config.bin %> laws --json'];
  static override summary = 'List the instruments in the corpus.';

  async run(): Promise<LawSummary[]> {
    const { flags } = await this.parse(Laws);
    const laws = listLaws(await this.corpus(flags.data));
    this.log(renderLaws(laws, await this.style()));
    return laws;
  }
}
