import type { Corpus } from '../../domain/corpus/model.js';
import type { Selection } from '../../domain/export/select.js';
import { casePage, casePath } from './case-page.js';
import { checklistId, checklistPage, checklistPath } from './checklist-page.js';
import { indexPage } from './index-page.js';
import { instrumentPage, instrumentTargets } from './instrument-page.js';
import type { Site, Target } from './page.js';

/** Every page of an export, and where each id a page may link to lives. */
export function buildSite(corpus: Corpus, selection: Selection, stamp?: string): Site {
  const targets = new Map<string, Target>();
  for (const instrument of selection.instruments)
    for (const [id, t] of instrumentTargets(instrument)) targets.set(id, t);
  for (const c of selection.cases) targets.set(c.id, { page: casePath(c) });
  for (const offence of selection.offences) targets.set(checklistId(offence), { page: checklistPath(offence) });
  return {
    pages: [
      indexPage(corpus, selection, stamp),
      ...selection.instruments.map((instrument) => instrumentPage(corpus, instrument)),
      ...selection.offences.map((offence) => checklistPage(corpus, offence)),
      ...selection.cases.map((c) => casePage(corpus, c)),
    ],
    targets,
    corpus: corpus.hash,
    ...(stamp ? { stamp } : {}),
  };
}
