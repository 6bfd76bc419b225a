import { Args } from '@oclif/core';
import { BaseCommand } from '../../base-command.js';
import { caseView, findCase, type CaseView } from '../../domain/cases/cases.js';
import { renderCase } from '../../render/cases-text.js';

export default class CasesShow extends BaseCommand {
  static override args = {
    case: Args.string({
      description: 'A case id (case:tayyaba-sc-2020 or tayyaba-sc-2020), a law-report citation in any common form, or a case number.',
      required: true,
    }),
  };
  static override description = `Prints the court, bench, date, citations, case and FIR numbers, the laws applied (linked to the corpus where tipkit has them), facts, holding, outcome, what the case teaches investigators, tags and sources, with a caveat wherever something is below high confidence or not known.`;
  static override examples = [
    '<%= config.bin %> cases show "PLD 2020 SC 146"',
    '<%= config.bin %> cases show "P L D 1990 Supreme Court 513"',
    '<%= config.bin %> cases show sadiq-hussain-2024-lhc --json',
  ];
  static override strict = false;
  static override summary = 'Show one case.';

  async run(): Promise<CaseView> {
    const { flags, raw } = await this.parse(CasesShow);
    const corpus = await this.corpus(flags.data);
    const view = caseView(corpus, findCase(corpus, this.typedWords(raw).join(' ')));
    this.log(renderCase(view, await this.style()));
    return view;
  }
}
