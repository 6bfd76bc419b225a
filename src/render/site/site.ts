import type { Corpus } from '../../domain/corpus/model.js';
import type { Instrument } from '../../domain/corpus/schema.js';
import type { Selection } from '../../domain/export/select.js';
import { casePage } from './case-page.js';
import { checklistPage } from './checklist-page.js';
import { indexPage } from './index-page.js';
import { instrumentPage } from './instrument-page.js';
import { casePath, checklistId, checklistPath, instrumentPath, instrumentTargets } from '../../domain/export/layout.js';
import type { Site, Target } from './page.js';

/**
 * Every page of an export, and where each id a page may link to lives. `release` may let
 * an instrument go once read (its targets listed, its page built), so that an export of a
 * statute book holds one instrument at a time.
 */
export function buildSite(
  corpus: Corpus,
  selection: Selection,
  stamp?: string,
  release: (instrument: Instrument) => void = () => undefined,
): Site {
  const targets = new Map<string, Target>();
  for (const instrument of selection.instruments) {
    for (const [id, t] of instrumentTargets(instrument)) targets.set(id, t);
    release(instrument);
  }
  for (const c of selection.cases) targets.set(c.id, { page: casePath(c) });
  for (const offence of selection.offences) targets.set(checklistId(offence), { page: checklistPath(offence) });
  return {
    pages: [
      { path: 'index', build: () => indexPage(corpus, selection, stamp) },
      ...selection.instruments.map((instrument) => ({
        path: instrumentPath(instrument),
        build: () => {
          const page = instrumentPage(corpus, instrument);
          release(instrument);
          return page;
        },
      })),
      ...selection.offences.map((offence) => ({
        path: checklistPath(offence),
        build: () => checklistPage(corpus, offence),
      })),
      ...selection.cases.map((c) => ({ path: casePath(c), build: () => casePage(corpus, c) })),
    ],
    targets,
    corpus: corpus.hash,
    ...(stamp ? { stamp } : {}),
  };
}
