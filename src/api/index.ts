/**
 * tipkit as a library, for documentation builds: the functions the commands call, with
 * the results `tip show|search|cite|checklist --json` give on the same corpus.
 *
 *   import { lookup, search, cite, checklist } from 'tipkit';
 *
 * The bundled corpus is used unless `data` names another. The user's imported library is
 * left out unless `library` names it, as `tip export` and `tip cite --check` leave it out
 * (`tip show`, `tip search` and plain `tip cite` read it), so a build gives the same pages
 * on every machine.
 */
import { buildChecklist, type Checklist } from '../domain/checklist/build.js';
import { DEFAULT_FACTS, type Facts } from '../domain/checklist/facts.js';
import { citeText, type CiteReport } from '../domain/cite/cite.js';
import type { InstrumentKind } from '../domain/corpus/schema.js';
import { lookupCitations } from '../domain/lookup/lookup.js';
import type { ShowView } from '../domain/lookup/view.js';
import type { SearchDocument } from '../domain/search/documents.js';
import type { SearchResult } from '../domain/search/search.js';
import { runSearch } from '../domain/search/service.js';
import { corpusLocations, openCorpus, type CorpusOptions } from './corpus.js';

export type { Checklist, CiteReport, CorpusOptions, Facts, SearchResult, ShowView };
export { TipError } from '../domain/common/errors.js';
export { openCorpus };

/**
 * The provision or instrument a citation names ("PTPA s.3(2)", "Palermo art. 6",
 * "دفعہ 3 انسدادِ انسانی اسمگلنگ ایکٹ"): one view, or one per citation when the text holds
 * several. Throws a TipError (code `not-found` or `usage`) when nothing resolves.
 */
export async function lookup(citation: string, options: CorpusOptions = {}): Promise<ShowView[]> {
  return lookupCitations(await openCorpus(options), citation.split(/\s+/).filter(Boolean));
}

export interface SearchQuery extends CorpusOptions {
  /** Laws named as users name them ("PTPA", "palermo-protocol"); cases match the laws they apply. */
  laws?: readonly string[];
  kinds?: readonly InstrumentKind[];
  types?: readonly SearchDocument['type'][];
  /** At most this many hits (default 10). */
  limit?: number;
}

/** Full-text search over provisions, instruments and cases, in English or Urdu, with snippets. */
export async function search(query: string, options: SearchQuery = {}): Promise<SearchResult> {
  const { data, library, cacheDir, ...filters } = options;
  const corpus = await openCorpus({ data, library, cacheDir });
  return runSearch(corpus, { query, ...filters, ...corpusLocations(options) });
}

/** Every citation in a text, in order, with its line, column and the id it resolves to. */
export async function cite(text: string, options: CorpusOptions & { source?: string } = {}): Promise<CiteReport> {
  return citeText(await openCorpus(options), text, options.source ?? 'text');
}

/** An offence's investigation checklist (`trafficking`, `smuggling`) under the facts given. */
export async function checklist(
  offence: string,
  facts: Partial<Facts> = {},
  options: CorpusOptions = {},
): Promise<Checklist> {
  return buildChecklist(await openCorpus(options), offence, { ...DEFAULT_FACTS, ...facts });
}
