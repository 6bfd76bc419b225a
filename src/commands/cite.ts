import { Args, Flags } from '@oclif/core';
import { ReportedFailure } from '../domain/common/errors.js';
import { BaseCommand } from '../base-command.js';
import type { CiteReport } from '../domain/cite/cite.js';
import type { CheckReport } from '../domain/cite/check.js';
import type { LinkReport } from '../domain/cite/link-files.js';
import { checkDocuments, citeDocument, CITE_FORMATS, linkDocuments, type CiteFormat } from '../domain/cite/modes.js';
import { readInput } from '../input.js';
import { renderCited } from '../render/cite.js';
import { renderCiteCheck } from '../render/cite-check.js';
import { linkReportJson, renderLinkReport, type LinkReportJson } from '../render/cite-link.js';

export default class Cite extends BaseCommand {
  static override args = {
    file: Args.string({
      // tip cite reads stdin itself; oclif would otherwise take piped text as the file name.
      ignoreStdin: true,
      description:
        'A text file (an FIR, charge sheet, order or judgment); "-" or nothing reads stdin. With --check or --link: files, folders and globs.',
    }),
  };
  static override description = `Reads free text and lists every citation in it, in order, with its position: provisions of the laws in tipkit's corpus (resolved to their canonical id, heading and a one-line summary), other Pakistani statutes (PPC, CrPC, Emigration Ordinance, Passport Act, Foreigners Act, Bonded Labour Act, QSO, Constitution, ...), and law reports (PLD, SCMR, P.Cr.L.J., YLR, PLJ, ...; matched to tipkit's cases; Indian reports flagged as foreign).

It reads citations as FIRs and judgments write them: "u/s 3(2) PTPA", "371-A/371-B PPC r/w section 3 of PTPA 2018", "Ss. 17/22 Emigration Ordinance", "sections 3 to 5 of the Act". Citations it cannot resolve are listed as such, never dropped.

--check checks the citations in documentation (files, folders searched for .md, .markdown, .mdx and .txt, and globs such as 'docs/**/*.md', expanded by tip itself), as a link checker checks links: Markdown is read as its prose only (code, HTML, comments, link destinations, definitions and front matter are skipped; link text is read). Each problem prints as file:line:col (columns count characters); unresolved and ambiguous citations and provisions a law lacks are errors, citations outside the corpus (PPC, CrPC, reports not in tipkit's cases) warnings, errors with --strict. Exit 0 when nothing fails, 1 when a citation fails or a file cannot be read, 2 on a usage error (no files, a missing path, a bad config). <!-- tip-ignore --> ignores the citations on its line, or, alone on a line, those on the next line that is not blank; <!-- tip-ignore-start --> ... <!-- tip-ignore-end --> a block. Settings come from the nearest tipkit.yaml, .tipkit.yaml or package.json "tipkit" key up to the repository root: corpus (a folder, as --data), cite.ignore (file globs), cite.ignoreCitations (citation texts), cite.strict; flags override them.

--link turns each resolved citation in Markdown files into a link to the page and anchor tip export --format md writes ([PTPA s.3](laws/ptpa-2018.md#s3)), relative to the exported site's root or under --base. Code, HTML, front matter, headings and existing links are left alone, so a second run changes nothing.`;
  static override examples = [
    '<%= config.bin %> cite fir.txt',
    'pdftotext order.pdf - | <%= config.bin %> cite',
    '<%= config.bin %> cite bail-order.txt --json',
    '<%= config.bin %> cite charge-sheet.txt --format md > charge-sheet.md',
    '<%= config.bin %> cite --check docs',
    "<%= config.bin %> cite --check 'docs/**/*.md' --format github",
    '<%= config.bin %> cite --check docs --format summary >> "$GITHUB_STEP_SUMMARY"',
    '<%= config.bin %> cite --link docs/guides --to docs/law --dry-run',
  ];
  static override flags = {
    all: Flags.boolean({
      dependsOn: ['check'],
      description:
        'With --check (text): list every citation, those that pass as ok, not only errors and warnings (json always lists them all).',
    }),
    base: Flags.string({
      description:
        'With --link or --format md: where the exported pages are served (an absolute path or URL), as the site serves them; without it (or --to), links are relative to the exported site root.',
      exclusive: ['to'],
    }),
    to: Flags.string({
      dependsOn: ['link'],
      description:
        'With --link: the folder tip export --format md writes the pages to (e.g. docs/law); each file links to it by a path relative to itself, as Markdown reads links.',
    }),
    check: Flags.boolean({
      description: 'Check the citations in files, folders and globs; exit 1 when one fails.',
      exclusive: ['link'],
    }),
    'dry-run': Flags.boolean({
      dependsOn: ['link'],
      description: 'With --link: print a unified diff of what would change and write nothing.',
    }),
    format: Flags.option({
      description:
        'text: a list of citations (with --check: file:line:col: problems); md: the text with citations linked to the exported pages, then the list; with --check also json (the report), github (Actions annotations), summary (Markdown for $GITHUB_STEP_SUMMARY).',
      options: CITE_FORMATS,
    })(),
    link: Flags.boolean({
      description: 'Link the resolved citations in Markdown files to the pages tip export --format md writes.',
    }),
    strict: Flags.boolean({
      dependsOn: ['check'],
      description: 'With --check: citations outside the corpus (PPC, CrPC, unlisted reports) are errors, not warnings.',
    }),
    'with-library': Flags.boolean({
      default: false,
      exclusive: ['data'],
      description:
        'With --check or --link: read the official texts you imported (tip import) too. Left out by default, as tip export leaves them out, so a check gives the same answer on every machine.',
    }),
    'warn-only': Flags.boolean({
      dependsOn: ['check'],
      description: 'With --check: report failures, but exit 0.',
    }),
  };
  static override strict = false;
  static override summary = 'Find and resolve every citation in a text, or check and link them in documentation.';

  async run(): Promise<CiteReport | CheckReport | LinkReportJson> {
    const { argv, flags } = await this.parse(Cite);
    const request = {
      ...flags,
      corpora: this.corpora,
      paths: argv as string[],
      format: flags.format ?? 'text',
      cwd: process.cwd(),
    };
    if (flags.check) return this.check(await checkDocuments(request), request);
    if (flags.link) return this.link(await linkDocuments(request));
    const cited = await citeDocument({ ...request, read: readInput });
    await this.notice(cited.notices);
    this.log(
      renderCited(cited, { ...(flags.base === undefined ? {} : { base: flags.base }), style: await this.style() }),
    );
    return cited.report;
  }

  /** The check's report in its format; exit 1 when a citation failed, unless --warn-only. */
  private async check(
    report: CheckReport,
    options: { format: CiteFormat; all: boolean; cwd: string; 'warn-only': boolean },
  ): Promise<CheckReport> {
    await this.notice(report.files.flatMap((file) => file.notices ?? []));
    if (!this.jsonEnabled()) this.log(renderCiteCheck(report, options.format, options));
    // The report is the output, failing or not: --json prints it, then the exit code says it failed.
    if (!report.ok && !options['warn-only']) throw new ReportedFailure(report);
    return report;
  }

  /** What was linked; exit 1 when a file could not be. */
  private link(report: LinkReport): LinkReportJson {
    this.log(renderLinkReport(report));
    const json = linkReportJson(report);
    if (!report.ok) throw new ReportedFailure(json);
    return json;
  }
}
