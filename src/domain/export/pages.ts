import { caseView, type CaseView } from '../cases/cases.js';
import { caseYear } from '../cases/dates.js';
import type { Case } from '../corpus/case-schema.js';
import { buildChecklist, labeller, type Checklist } from '../checklist/build.js';
import { DEFAULT_FACTS } from '../checklist/facts.js';
import { lawLabel } from '../corpus/describe.js';
import type { Corpus } from '../corpus/model.js';
import type { Instrument } from '../corpus/schema.js';
import { withInstrument, type LoadedInstrument } from '../corpus/snapshot.js';
import { showPart, type InstrumentView, type ProcedureView, type ProvisionView } from '../lookup/view.js';
import { casePath, checklistId, checklistPath, instrumentPath, instrumentTargets, type Target } from './layout.js';
import type { Selection } from './select.js';

/** An instrument as the index lists it. */
export interface InstrumentEntry {
  id: string;
  title: string;
  short: string;
  as_of: string;
  provisions: number;
}

/** The front page: what the build holds, and every page it links to. */
export interface IndexPageData {
  type: 'index';
  corpus: string;
  stamp?: string;
  laws: InstrumentEntry[];
  guidance: InstrumentEntry[];
  /** Each offence's default checklist, `id` the checklist's own. */
  checklists: { id: string; name: string; summary: string }[];
  cases: { id: string; short: string; court: string; year: number | null; citation?: string }[];
}

/** An instrument and each of its provisions, as `tip show` builds them. */
export interface InstrumentPageData {
  type: 'instrument';
  instrument: InstrumentView;
  provisions: ProvisionView[];
  /** "PTPA s.3" for each id the page names in words: cross-references and the sources of procedure. */
  labels: ReadonlyMap<string, string>;
}

/** An offence's default checklist (no facts given). */
export interface ChecklistPageData {
  type: 'checklist';
  offence: string;
  checklist: Checklist;
  /** "PTPA s.3" for each id the checklist cites. */
  labels: ReadonlyMap<string, string>;
}

export interface CasePageData {
  type: 'case';
  view: CaseView;
}

export type PageData = IndexPageData | InstrumentPageData | ChecklistPageData | CasePageData;

/** An instrument's own fields, which a snapshot keeps in its index: reading them loads nothing. */
export type InstrumentHead = Pick<Instrument, 'id' | 'kind' | 'title' | 'short' | 'jurisdiction' | 'as_of'>;
export type CaseHead = Pick<Case, 'id' | 'short' | 'title' | 'kind' | 'court'>;

/** What is known of a page without building it: enough for front matter and navigation. */
export type PageHead =
  | { type: 'index' }
  | { type: 'instrument'; instrument: InstrumentHead }
  | { type: 'checklist'; id: string; name: string }
  | { type: 'case'; case: CaseHead; year: number | null };

/**
 * A page of the export. `data` builds what the page shows when it is written, loading an
 * instrument's provisions only for its own page and letting them go after: pages are
 * written in file order, so a statute book's pages are never all held at once.
 */
export interface PageRecord {
  /** Path without extension, '/'-separated: "index", "laws/ptpa-2018", "cases/tayyaba-sc-2020". */
  path: string;
  head: PageHead;
  data(): PageData;
}

export interface SitePages {
  pages: PageRecord[];
  /** Every id a link may point at: instruments, provisions, sub-provisions, cases, checklists. */
  targets: ReadonlyMap<string, Target>;
  /** Each exported instrument's short name ("PTPA"), which names its search hits. */
  shorts: ReadonlyMap<string, string>;
  /** The corpus hash, so a reader can tell which corpus a build came from. */
  corpus: string;
  stamp?: string;
}

/**
 * Every page of a Markdown or HTML export, in site order (the index, instruments,
 * checklists, cases), and where each id a page may link to lives.
 */
export function sitePages(corpus: Corpus, selection: Selection, stamp?: string): SitePages {
  const read = readInstruments(selection.instruments);
  const { targets } = read;
  for (const c of selection.cases) targets.set(c.id, { page: casePath(c) });
  for (const offence of selection.offences) targets.set(checklistId(offence), { page: checklistPath(offence) });
  const pages: PageRecord[] = [
    { path: 'index', head: { type: 'index' }, data: () => indexData(corpus, selection, read, stamp) },
    ...selection.instruments.map((instrument) => ({
      path: instrumentPath(instrument),
      head: { type: 'instrument' as const, instrument },
      data: () => withInstrument(instrument, (loaded) => instrumentData(corpus, loaded)),
    })),
    ...selection.offences.map((offence) => ({
      path: checklistPath(offence),
      head: { type: 'checklist' as const, id: checklistId(offence), name: read.offenceNames.get(offence) ?? offence },
      data: () => checklistData(corpus, offence),
    })),
    ...selection.cases.map((c) => ({
      path: casePath(c),
      head: { type: 'case' as const, case: c, year: caseYear(c) },
      data: (): CasePageData => ({ type: 'case', view: caseView(corpus, c) }),
    })),
  ];
  return { pages, targets, shorts: read.shorts, corpus: corpus.hash, ...(stamp ? { stamp } : {}) };
}

/** One pass over the instruments, each loaded and let go in turn: their link targets, names and index entries. */
function readInstruments(instruments: readonly Instrument[]) {
  const targets = new Map<string, Target>();
  const shorts = new Map(instruments.map((instrument) => [instrument.id, instrument.short]));
  const offenceNames = new Map<string, string>();
  const checklists: IndexPageData['checklists'] = [];
  const laws: InstrumentEntry[] = [];
  const guidance: InstrumentEntry[] = [];
  for (const instrument of instruments) {
    withInstrument(instrument, (loaded) => {
      for (const [id, target] of instrumentTargets(loaded)) targets.set(id, target);
      for (const { id, name, summary } of loaded.offences ?? []) {
        offenceNames.set(id, name);
        checklists.push({ id: checklistId(id), name, summary });
      }
      const { id, title, short, as_of } = loaded;
      (loaded.kind === 'guidance' ? guidance : laws).push({
        id,
        title,
        short,
        as_of,
        provisions: loaded.provisions.length,
      });
    });
  }
  return { targets, shorts, offenceNames, checklists, laws, guidance };
}

function indexData(
  corpus: Corpus,
  selection: Selection,
  entries: Pick<IndexPageData, 'laws' | 'guidance' | 'checklists'>,
  stamp: string | undefined,
): IndexPageData {
  return {
    type: 'index',
    corpus: corpus.hash,
    ...(stamp ? { stamp } : {}),
    laws: entries.laws,
    guidance: entries.guidance,
    // The selected instruments' offences, read in the one pass over them.
    checklists: entries.checklists,
    cases: selection.cases.map((c) => ({
      id: c.id,
      short: c.short,
      court: c.court.name,
      year: caseYear(c),
      ...(c.citations.length > 0 ? { citation: c.citations[0] ?? '' } : {}),
    })),
  };
}

function instrumentData(corpus: Corpus, instrument: LoadedInstrument): InstrumentPageData {
  const provisions = instrument.provisions.map(
    (p) => showPart(corpus, instrument, `${instrument.id}:${p.id}`) as ProvisionView,
  );
  const named = provisions.flatMap((p) => [
    ...p.xrefs.map((x) => x.id),
    ...(p.procedure ? procedureSources(p.procedure) : []),
  ]);
  return {
    type: 'instrument',
    instrument: showPart(corpus, instrument, instrument.id) as InstrumentView,
    provisions,
    labels: new Map(named.map((id) => [id, lawLabel(corpus, id)])),
  };
}

/** The provisions a procedure was gathered from. */
function procedureSources(procedure: ProcedureView): string[] {
  const { investigating_agency: agencies = [], cognizable, bailable, compoundable, trial_court } = procedure;
  return [...agencies, cognizable, bailable, compoundable, trial_court].flatMap((fact) => (fact ? [fact.source] : []));
}

function checklistData(corpus: Corpus, offence: string): ChecklistPageData {
  const checklist = buildChecklist(corpus, offence, DEFAULT_FACTS);
  const label = labeller(corpus);
  const { penalty, agency, court, items } = checklist;
  const cited = [penalty.basis, agency.basis, court.basis, ...items.flatMap((item) => item.cites)];
  return { type: 'checklist', offence, checklist, labels: new Map(cited.map((id) => [id, label(id)])) };
}
