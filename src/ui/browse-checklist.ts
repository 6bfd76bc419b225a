import { safeTerminal } from '../render/controls.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freshChecklistName, offenceOf, type BrowsePage } from '../domain/browse/pages.js';
import { buildChecklist, labeller } from '../domain/checklist/build.js';
import type { Facts } from '../domain/checklist/facts.js';
import { newSession, saveSession } from '../domain/checklist/session.js';
import type { Corpus } from '../domain/corpus/model.js';
import { renderChecklistText } from '../render/checklist-text.js';
import type { Palette } from '../render/style.js';
import type { BrowseChecklist } from './browse-state.js';

/**
 * What `c` in tip browse starts: the checklist of the offence the page's instrument
 * defines, under the facts asked for, saved (s) as a new case checklist file in `dir`
 * that `tip checklist --resume` continues.
 */
export function browseChecklist(
  corpus: Corpus,
  paint: Palette,
  dir: string,
): (page: BrowsePage, facts: Facts) => BrowseChecklist | string {
  const label = labeller(corpus);
  return (page, facts) => {
    const offence = offenceOf(corpus, page);
    if (!offence) return `${page.id} defines no offence with a checklist (tip checklist lists them)`;
    const checklist = buildChecklist(corpus, offence, facts);
    return {
      text: (width) => safeTerminal(renderChecklistText(checklist, label, { paint, width })),
      save: () => {
        const path = join(
          dir,
          freshChecklistName(offence, (name) => existsSync(join(dir, name))),
        );
        saveSession(path, newSession(checklist), { fresh: true });
        return `saved; continue with tip checklist --resume ${path}`;
      },
    };
  };
}
