import { Flags } from '@oclif/core';
import { BaseCommand } from '../../base-command.js';
import { resolveCaseFilter } from '../../domain/cite/case-filters.js';
import { convictionNotes, listCases, type CaseSummary } from '../../domain/cases/cases.js';
import { renderCaseList } from '../../render/cases-text.js';

export default class Cases extends BaseCommand {
  static override description = `Each case with its id, court, date and law-report citation (or "citation not found"), newest first. Filters combine: a case must match every filter given, and any value of a repeated one.`;
  static override examples = [
    '<%= config.bin %> cases',
    '<%= config.bin %> cases --provision "PTPA s.3"',
    '<%= config.bin %> cases --law "Emigration Ordinance" --court lhc',
    '<%= config.bin %> cases --tag brick-kilns --json',
    '<%= config.bin %> cases --year 2018',
  ];
  static override flags = {
    court: Flags.string({
      description: 'Court code (sc, fsc, ihc, lhc, shc, phc, district, foreign) or a word of its name.',
      multiple: true,
    }),
    law: Flags.string({ description: 'Cases applying this law: "PTPA", "PPC", "Emigration Ordinance", ... The options listed are the bundled ids, offered by shell completion; any name works.', multiple: true }),
    provision: Flags.string({
      description: 'Cases applying this provision or a part of it: "PTPA s.3", "PPC 371-A".',
      multiple: true,
    }),
    tag: Flags.string({ description: 'A tag: brick-kilns, debt-bondage, bail, digital-evidence, ...', multiple: true }),
    year: Flags.integer({ description: 'Year decided or reported.', multiple: true }),
  };
  static override summary = 'List the leading cases, with filters.';

  async run(): Promise<CaseSummary[]> {
    const { flags } = await this.parse(Cases);
    const corpus = await this.corpus(flags.data);
    const filter = await resolveCaseFilter(corpus, flags);
    const cases = listCases(corpus, filter);
    this.log(renderCaseList(cases, await this.style(), convictionNotes(corpus, filter)));
    return cases;
  }
}
