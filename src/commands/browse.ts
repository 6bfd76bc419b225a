import { safeStrings, safeTerminal } from '../render/controls.js';
import { BaseCommand } from '../base-command.js';
import { UsageError } from '../domain/common/errors.js';

export default class Browse extends BaseCommand {
  static override description = `A full-screen view of the whole library: type to search (the same search as tip search, Urdu included), move through the results, read the selected provision, case or guidance page beside them as tip show and tip cases show print it, open it full-screen, follow its cross-references and cases with Tab and Enter, and go back with Backspace. Tab in the results cycles the filters (all, laws, cases, guidance, imported), and Ctrl-L narrows them to one law after another; ? lists every key. Copied citations (Ctrl-Y, y) go to the clipboard where the terminal allows and are printed on exit. On a page of the PTPA or PSMA, c asks a few facts and opens the offence checklist; s saves it in the current folder as a case checklist that tip checklist --resume continues.

tip with no arguments on a terminal opens it too. Without a terminal it exits 2 and names the commands that do the same job.`;
  static override examples = ['<%= config.bin %> browse', '<%= config.bin %> browse --data my-corpus'];
  static override summary = 'Browse the library interactively: search, read, follow links.';

  async run(): Promise<void> {
    const { flags } = await this.parse(Browse);
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      throw new UsageError('tip browse needs a terminal', {
        suggestions: ['tip search "debt bondage"', 'tip show "PTPA s.3"', 'tip cases', 'tip laws'],
      });
    }
    // ink takes a quarter of a second to load: it loads while the corpus and its index do.
    const modules = Promise.all([
      import('../domain/search/service.js'),
      import('../domain/browse/pages.js'),
      import('../render/show-text.js'),
      import('../render/cases-text.js'),
      import('../ui/run-browse.js'),
      import('../ui/browse-checklist.js'),
    ]);
    // Checked whole and held, so that no other run prunes it while the session reads it.
    const corpus = await this.corpus(flags.data, { hold: true });
    const [{ openSearcher }, { pageFor }, { renderShow }, { renderCase }, { runBrowseUi }, { browseChecklist }] =
      await modules;
    const searcher = await openSearcher(corpus, this.snapshotDirs);
    const { paint } = await this.style();
    const withTexts = new Set(Object.keys(corpus.texts));
    try {
      const copied = await runBrowseUi({
        // What the screen shows may come from a user's files: made safe as it is handed over.
        search: (query, options) => safeStrings(searcher.search(query, options)),
        page: (id) => pageFor(corpus, id),
        render: (page, width) =>
          safeTerminal(
            page.kind === 'case' ? renderCase(page.view, { paint, width }) : renderShow(page.view, { paint, width }),
          ),
        imported: corpus.instruments.filter((i) => i.imported || withTexts.has(i.id)).map((i) => i.id),
        checklist: browseChecklist(corpus, paint, process.cwd()),
        laws: corpus.instruments.filter((i) => i.kind !== 'guidance').map((i) => ({ id: i.id, short: i.short })),
      });
      for (const id of copied) this.log(`copied: ${id}`);
    } finally {
      searcher.close();
    }
  }
}
