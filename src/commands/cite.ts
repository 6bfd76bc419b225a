import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../base-command.js';
import { UsageError } from '../domain/common/errors.js';
import { corpusUsed } from '../domain/corpus/which.js';
import { citeInput, type CiteReport } from '../domain/cite/cite.js';
import { checkCitations, MARKDOWN, type CheckReport } from '../domain/cite/check.js';
import { findCheckConfig, type CheckConfig } from '../domain/cite/check-config.js';
import { selectFiles } from '../domain/cite/check-files.js';
import { linkFiles, type LinkReport } from '../domain/cite/link-files.js';
import { exportTargets, linksFromReport } from '../domain/cite/links.js';
import { readInput } from '../input.js';
import { renderCheckGithub, renderCheckSummary, renderCheckText } from '../render/cite-check.js';
import { renderLinkReport } from '../render/cite-link.js';
import { renderCiteMarkdown } from '../render/cite-md.js';
import { renderCiteReport } from '../render/cite-text.js';

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
    format: Flags.string({
      description:
        'text: a list of citations (with --check: file:line:col: problems); md: the text with citations linked to the exported pages, then the list; with --check also json (the report), github (Actions annotations), summary (Markdown for $GITHUB_STEP_SUMMARY).',
      options: ['text', 'md', 'json', 'github', 'summary'],
    }),
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

  async run(): Promise<CiteReport | CheckReport | Omit<LinkReport, 'files'>> {
    const { args, argv, flags } = await this.parse(Cite);
    const paths = argv as string[];
    const format = flags.format ?? 'text';
    if (flags.check || flags.link) {
      if (paths.length === 0) throw new UsageError(`give files, folders or globs to ${flags.check ? 'check' : 'link'}`);
      if (flags.check && format === 'md') throw new UsageError('--check prints text, json, github or summary');
      if (flags.link && format !== 'text') throw new UsageError('--link prints text (with --json, the report)');
      const config = findCheckConfig(process.cwd());
      const { files } = selectFiles(paths, {
        cwd: process.cwd(),
        ignore: config?.ignore ?? [],
        ...(config ? { ignoreBase: config.base } : {}),
      });
      return flags.check ? this.check(files, flags, config) : this.link(files, paths, flags, config);
    }
    if (!['text', 'md'].includes(format)) throw new UsageError(`--format ${format} is for --check`);
    if (paths.length > 1) throw new UsageError('give one file, or use --check or --link for several');
    const corpus = await this.corpus(flags.data);
    const { bytes, name } = await readInput(args.file);
    const { report, text, notices } = citeInput(corpus, bytes, name);
    await this.notice(notices);
    if (format === 'md') {
      const links = linksFromReport(report, text, exportTargets(corpus));
      this.log(renderCiteMarkdown(text, report, links, flags.base === undefined ? {} : { base: flags.base }));
    } else this.log(renderCiteReport(report, await this.style()));
    return report;
  }

  private async check(
    files: string[],
    flags: {
      all: boolean;
      data?: string;
      format?: string;
      strict: boolean;
      'warn-only': boolean;
      'with-library': boolean;
    },
    config: CheckConfig | undefined,
  ): Promise<CheckReport> {
    const data = flags.data ?? config?.corpus;
    const withLibrary = flags['with-library'];
    const corpus = await this.corpus(data, { library: withLibrary });
    const report = checkCitations(corpus, {
      files,
      corpus: corpusUsed(corpus.hash, data, { path: this.libraryDir(data), included: withLibrary }),
      ...(config ? { config: config.file } : {}),
      strict: flags.strict || (config?.strict ?? false),
      ignoreCitations: config?.ignoreCitations ?? [],
    });
    await this.notice(report.files.flatMap((file) => file.notices ?? []));
    const format = flags.format ?? 'text';
    if (!this.jsonEnabled()) {
      if (format === 'json') this.logJson(report);
      else if (format === 'github') this.log(renderCheckGithub(report, process.cwd()));
      else if (format === 'summary') this.log(renderCheckSummary(report));
      else this.log(renderCheckText(report, flags.all));
    }
    if (!report.ok && !flags['warn-only']) {
      // The report is the output, failing or not: --json prints it, then the exit code says it failed.
      if (this.jsonEnabled()) this.logJson(report);
      this.exit(1);
    }
    return report;
  }

  private async link(
    files: string[],
    paths: string[],
    flags: { data?: string; base?: string; to?: string; 'dry-run': boolean; 'with-library': boolean },
    config: CheckConfig | undefined,
  ): Promise<Omit<LinkReport, 'files'> & { files: Omit<LinkReport['files'][number], 'before' | 'after'>[] }> {
    const markdown = files.filter((file) => MARKDOWN.test(file));
    if (markdown.length === 0) throw new UsageError(`no Markdown files in ${paths.join(', ')}`);
    const corpus = await this.corpus(flags.data ?? config?.corpus, { library: flags['with-library'] });
    const report = linkFiles(corpus, markdown, {
      dryRun: flags['dry-run'],
      ...(flags.base === undefined ? {} : { base: flags.base }),
      ...(flags.to === undefined ? {} : { to: flags.to }),
    });
    this.log(renderLinkReport(report));
    // The JSON report names what changed; the texts themselves are the files.
    const json = { ...report, files: report.files.map(({ before: _before, after: _after, ...file }) => file) };
    if (!report.ok) {
      if (this.jsonEnabled()) this.logJson(json);
      this.exit(1);
    }
    return json;
  }
}
