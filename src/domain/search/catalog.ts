/**
 * What a search needs to read a citation typed into it, without the corpus: the alias
 * table tip show reads instrument names by, each instrument's kind, and how each case is
 * cited. The store carries it, so the exported site reads citations as the CLI does; the
 * table is built with the store because normalizing every name is the dearest part of
 * reading a citation (a few milliseconds a search at a thousand instruments).
 */
import type { Corpus } from '../corpus/model.js';
import type { Instrument } from '../corpus/schema.js';
import { caseKeys, type CaseKeys } from '../cases/case-keys.js';
import { buildAliasTable, type AliasEntry } from '../citations/aliases.js';

export type CatalogInstrument = Pick<Instrument, 'id' | 'short' | 'kind'>;

export interface CitationCatalog {
  instruments: CatalogInstrument[];
  aliases: AliasEntry[];
  cases: CaseKeys[];
}

export function citationCatalog(corpus: Corpus): CitationCatalog {
  return {
    instruments: corpus.instruments.map(({ id, short, kind }) => ({ id, short, kind })),
    aliases: buildAliasTable(corpus.instruments),
    cases: corpus.cases.map(caseKeys),
  };
}
