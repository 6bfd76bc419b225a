import type { Corpus } from '../../domain/corpus/model.js';
import type { Instrument } from '../../domain/corpus/schema.js';
import type { Selection } from '../../domain/export/select.js';
import { casePage } from './case-page.js';
import { checklistPage } from './checklist-page.js';
import { INDEX_HEADING, indexPage } from './index-page.js';
import { instrumentPage } from './instrument-page.js';
import { casePath, checklistId, checklistPath, instrumentPath, instrumentTargets } from '../../domain/export/layout.js';
import { caseYear } from '../../domain/cases/dates.js';
import type { Case } from '../../domain/corpus/case-schema.js';
import type { PageMeta, Site, Target } from './page.js';

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
  const offenceNames = new Map<string, string>();
  for (const instrument of selection.instruments) {
    for (const [id, t] of instrumentTargets(instrument)) targets.set(id, t);
    for (const offence of instrument.offences ?? []) offenceNames.set(offence.id, offence.name);
    release(instrument);
  }
  for (const c of selection.cases) targets.set(c.id, { page: casePath(c) });
  for (const offence of selection.offences) targets.set(checklistId(offence), { page: checklistPath(offence) });
  return {
    pages: [
      { path: 'index', meta: INDEX_META, build: () => indexPage(corpus, selection, stamp) },
      ...selection.instruments.map((instrument) => ({
        path: instrumentPath(instrument),
        meta: instrumentMeta(instrument),
        build: () => {
          const page = instrumentPage(corpus, instrument);
          release(instrument);
          return page;
        },
      })),
      ...selection.offences.map((offence) => ({
        path: checklistPath(offence),
        meta: checklistMeta(offence, offenceNames.get(offence) ?? offence),
        build: () => checklistPage(corpus, offence),
      })),
      ...selection.cases.map((c) => ({ path: casePath(c), meta: caseMeta(c), build: () => casePage(corpus, c) })),
    ],
    targets,
    corpus: corpus.hash,
    ...(stamp ? { stamp } : {}),
  };
}

const INDEX_META: PageMeta = {
  title: INDEX_HEADING,
  label: 'tipkit',
  description:
    'Summaries of the anti-trafficking law of Pakistan, its leading cases and investigation checklists, with sources and confidence. Not the law.',
  tags: [],
};

function instrumentMeta(instrument: Instrument): PageMeta {
  const kind = instrument.kind === 'guidance' ? 'practice guidance compiled by tipkit, not law' : instrument.kind;
  return {
    title: instrument.title,
    label: instrument.short,
    description: `${instrument.short}: ${kind}, ${instrument.jurisdiction}; tipkit's summary of the text as of ${instrument.as_of}.`,
    tags: [instrument.kind],
    id: instrument.id,
    asOf: instrument.as_of,
  };
}

function caseMeta(c: Case): PageMeta {
  return {
    title: c.short,
    label: c.short,
    description: `${c.title} (${c.court.name}, ${caseYear(c) ?? 'year not known'}).`,
    tags: ['case', c.kind],
    id: c.id,
  };
}

function checklistMeta(offence: string, name: string): PageMeta {
  const title = `Checklist: ${name}`;
  return {
    title,
    label: name,
    description: `The default investigation checklist for ${name} (no facts given), each item with its sources.`,
    tags: ['checklist'],
    id: checklistId(offence),
  };
}
