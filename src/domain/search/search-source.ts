/** What a search reads its hits and documents from, and what it asks of it. */
import type { Lunr } from './lunr.js';
import type { InstrumentKind } from '../corpus/schema.js';
import type { DocumentMeta, SearchDocument } from './documents.js';
import type { UrduVocabulary } from './urdu-query.js';
import type { CitationCatalog } from './catalog.js';
import type { SearchVocabulary } from './search-vocabulary.js';
import type { Stem } from './stemmer.js';
import type { Staged } from './staged.js';

export interface SearchOptions {
  limit?: number;
  /** Keep only hits in these instruments (canonical ids); cases match the laws they apply. */
  instruments?: readonly string[];
  kinds?: readonly InstrumentKind[];
  types?: readonly SearchDocument['type'][];
  /** Urdu words searched as the English ones for them (urdu-query.ts); without it Urdu is searched as typed. */
  vocabulary?: UrduVocabulary;
}

/** What a step of a search is about to read of a source, so it can be fetched first. */
export interface SourceReads {
  /** These documents' meta (filters). */
  meta?: readonly string[];
  /** These documents (phrases, snippets). */
  documents?: readonly string[];
  /** A document by its id (`find`). */
  find?: boolean;
  /** The order of ids (`compare`). */
  order?: boolean;
}

/** lunr's results for the documents a search keeps, and how many it keeps in all. */
export interface SourceRun {
  results: Lunr.Index.Result[];
  total: number;
}

/**
 * Where a search finds its hits and documents: the store (store-source.ts), read a few
 * terms at a time by the CLI and by the exported site; the tests also search a whole
 * lunr index through this, to hold the store to it. Its reads are planned (staged.ts):
 * `prepare`, or `run` itself, names what is read before the synchronous methods read it.
 */
export interface SearchSource<Need> {
  /**
   * lunr's results for the documents `keep` accepts (at least the `limit` best, each `ref`
   * the source's key for a document) and how many it accepts in all; undefined when lunr
   * cannot parse the query.
   */
  run(
    build: (query: Lunr.Query) => void,
    keep: (refs: readonly string[]) => Staged<boolean[], Need>,
    limit: number,
  ): Staged<SourceRun | undefined, Need>;
  /** Fetches what `reads` will read. */
  prepare(reads: SourceReads): Staged<void, Need>;
  /** Orders two refs as their document ids sort: the tie-break between equal scores. */
  compare(a: string, b: string): number;
  /** True when every ref lunr returns has its document, so an unfiltered search need read none. */
  complete: boolean;
  /** What filters read of a hit: undefined for a document the source leaves out. */
  meta(ref: string): DocumentMeta | undefined;
  document(ref: string): SearchDocument;
  /** True when some document holds this index term. */
  hasTerm(term: string): boolean;
  /** The ref of the document with this id, if the source has it. */
  find(id: string): string | undefined;
  /** How the index's words were stemmed, and the synonyms searched with them. */
  stem: Stem;
  vocabulary: SearchVocabulary;
  /** What citations typed into the search are read against. */
  catalog: CitationCatalog;
}
