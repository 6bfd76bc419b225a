/**
 * What `tip browse` shows for an id: the page `tip show` or `tip cases show` builds for it,
 * and the links on it (cross-references, the parent and sub-provisions, the provisions of
 * an instrument, the cases applying a provision, the laws a case applies). The interface
 * renders pages; this says what they hold.
 */
import { caseView, findCase, type CaseView } from '../cases/cases.js';
import { isCaseId } from '../corpus/ids.js';
import { findInstrument, type Corpus } from '../corpus/model.js';
import { lookupCitations } from '../lookup/lookup.js';
import type { ShowView } from '../lookup/view.js';

export interface PageLink {
  id: string;
  label: string;
}

export type BrowsePage =
  | { kind: 'law'; id: string; view: ShowView; links: PageLink[] }
  | { kind: 'case'; id: string; view: CaseView; links: PageLink[] };

/** The page for a canonical id (a provision, an instrument or a case). Throws the lookup's own errors. */
export async function pageFor(corpus: Corpus, id: string): Promise<BrowsePage> {
  if (isCaseId(id)) {
    const view = caseView(corpus, findCase(corpus, id));
    return {
      kind: 'case',
      id,
      view,
      links: [
        ...view.laws_applied.filter((law) => law.in_corpus).map((law) => ({ id: law.ref, label: law.label })),
        ...view.related_cases.map((c) => ({ id: c.id, label: c.short })),
      ],
    };
  }
  const [view] = await lookupCitations(corpus, [id]);
  if (!view) throw new Error(`no page for ${id}`);
  return { kind: 'law', id: view.id, view, links: lawLinks(view) };
}

function lawLinks(view: ShowView): PageLink[] {
  const cases = view.applied_in.map((c) => ({ id: c.id, label: `${c.short} (case)` }));
  if (view.type === 'instrument') {
    return [
      ...view.provisions.map((p) => ({ id: p.id, label: `${view.short} ${p.number ?? p.id}: ${p.heading}` })),
      ...cases,
    ];
  }
  return [
    ...(view.parent ? [{ id: view.parent.id, label: `up: ${view.parent.heading}` }] : []),
    ...view.subprovisions.map((s) => ({ id: s.id, label: `${s.label}: ${s.heading ?? s.summary}` })),
    ...view.xrefs.map((x) => ({ id: x.id, label: x.heading })),
    { id: view.instrument, label: `${view.instrument_short}: the whole instrument` },
    ...cases,
  ];
}

/** The offence checklist a law page leads to: the offence its instrument defines, if any. */
export function offenceOf(corpus: Corpus, page: BrowsePage): string | undefined {
  if (page.kind !== 'law') return undefined;
  const instrument = page.view.type === 'instrument' ? page.view.id : page.view.instrument;
  return findInstrument(corpus, instrument)?.offences?.[0]?.id;
}

/**
 * A new case checklist file's name in `dir`: `<offence>-checklist.yaml`, or with a number
 * when that is taken, so that saving never replaces earlier work.
 */
export function freshChecklistName(offence: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${offence}-checklist.yaml` : `${offence}-checklist-${n}.yaml`;
    if (!taken(name)) return name;
  }
}
