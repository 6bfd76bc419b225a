import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { citeInput, type CiteReport } from '../domain/cite/cite.js';
import { readInput } from '../input.js';
import { renderCiteMarkdown } from '../render/cite-md.js';
import { renderCiteReport } from '../render/cite-text.js';

export default class Cite extends BaseCommand {
  static override args = {
    file: Args.string({
      // tip cite reads stdin itself; oclif would otherwise take piped text as the file name.
      ignoreStdin: true,
      description: 'A text file (an FIR, charge sheet, order or judgment); "-" or nothing reads stdin.',
    }),
  };
  static override description = `Reads free text and lists every citation in it, in order, with its position: provisions of the laws in tipkit's corpus (resolved to their canonical id, heading and a one-line summary), other Pakistani statutes (PPC, CrPC, Emigration Ordinance, Passport Act, Foreigners Act, Bonded Labour Act, QSO, Constitution, ...), and law reports (PLD, SCMR, P.Cr.L.J., YLR, PLJ, ...; matched to tipkit's cases; Indian reports flagged as foreign).

It reads citations as FIRs and judgments write them: "u/s 3(2) PTPA", "371-A/371-B PPC r/w section 3 of PTPA 2018", "Ss. 17/22 Emigration Ordinance", "sections 3 to 5 of the Act". Citations it cannot resolve are listed as such, never dropped.`;
  static override examples = [
    '<%= config.bin %> cite fir.txt',
    'pdftotext order.pdf - | <%= config.bin %> cite',
    '<%= config.bin %> cite bail-order.txt --json',
    '<%= config.bin %> cite charge-sheet.txt --format md > charge-sheet.md',
  ];
  static override flags = {
    format: Flags.string({
      default: 'text',
      description: 'text: a list of citations; md: the text itself with citations linked to their ids, then the list.',
      options: ['text', 'md'],
    }),
  };
  static override summary = 'Find and resolve every citation in a text.';

  async run(): Promise<CiteReport> {
    const { args, flags } = await this.parse(Cite);
    const corpus = await this.corpus(flags.data);
    const { bytes, name } = await readInput(args.file);
    const { report, text, notices } = citeInput(corpus, bytes, name);
    await this.notice(notices);
    this.log(flags.format === 'md' ? renderCiteMarkdown(text, report) : renderCiteReport(report, await this.style()));
    return report;
  }
}
