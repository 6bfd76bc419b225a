/**
 * What a search needs to read a citation typed into it, without the corpus: the names
 * of the instruments (for the alias table tip show reads them by) and how each case is
 * cited. The store carries it, so the exported site reads citations as the CLI does.
 */
import type { Corpus } from '../corpus/model.js';
import type { Instrument } from '../corpus/schema.js';
import { caseKeys, type CaseKeys } from '../cases/case-keys.js';

export type CatalogInstrument = Pick<Instrument, 'id' | 'short' | 'title' | 'aliases' | 'kind'>;

export interface CitationCatalog {
  instruments: CatalogInstrument[];
  cases: CaseKeys[];
}

export function citationCatalog(corpus: Corpus): CitationCatalog {
  return {
    instruments: corpus.instruments.map(({ id, short, title, aliases, kind }) => ({ id, short, title, aliases, kind })),
    cases: corpus.cases.map(caseKeys),
  };
}
