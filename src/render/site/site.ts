import type { CaseHead, InstrumentHead, PageData, PageHead, SitePages } from '../../domain/export/pages.js';
import { casePage } from './case-page.js';
import { checklistPage } from './checklist-page.js';
import { INDEX_HEADING, indexPage } from './index-page.js';
import { instrumentPage } from './instrument-page.js';
import type { PageBody, PageMeta, Site } from './page.js';

/** The export's pages as the renderers take them: each page's data rendered only when the page is. */
export function buildSite({ pages, targets, corpus, stamp }: SitePages): Site {
  return {
    pages: pages.map((page) => ({
      path: page.path,
      meta: metaOf(page.head),
      build: () => ({ path: page.path, ...pageOf(page.data()) }),
    })),
    targets,
    corpus,
    ...(stamp ? { stamp } : {}),
  };
}

function pageOf(data: PageData): PageBody {
  switch (data.type) {
    case 'index':
      return indexPage(data);
    case 'instrument':
      return instrumentPage(data);
    case 'checklist':
      return checklistPage(data);
    case 'case':
      return casePage(data);
  }
}

function metaOf(head: PageHead): PageMeta {
  switch (head.type) {
    case 'index':
      return INDEX_META;
    case 'instrument':
      return instrumentMeta(head.instrument);
    case 'checklist':
      return checklistMeta(head.id, head.name);
    case 'case':
      return caseMeta(head.case, head.year);
  }
}

const INDEX_META: PageMeta = {
  title: INDEX_HEADING,
  label: 'tipkit',
  description:
    'Summaries of the anti-trafficking law of Pakistan, its leading cases and investigation checklists, with sources and confidence. Not the law.',
  tags: [],
};

function instrumentMeta(instrument: InstrumentHead): PageMeta {
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

function caseMeta(c: CaseHead, year: number | null): PageMeta {
  return {
    title: c.short,
    label: c.short,
    description: `${c.title} (${c.court.name}, ${year ?? 'year not known'}).`,
    tags: ['case', c.kind],
    id: c.id,
  };
}

function checklistMeta(id: string, name: string): PageMeta {
  const title = `Checklist: ${name}`;
  return {
    title,
    label: name,
    description: `The default investigation checklist for ${name} (no facts given), each item with its sources.`,
    tags: ['checklist'],
    id,
  };
}
