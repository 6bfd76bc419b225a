/**
 * The layout of the search store file: a magic line, the sections, the header (JSON) that
 * names each section's [offset, length] from the start of the file, and last two uint32:
 * the header's checksum and its length, so the file can be written as it is made and read
 * from its end.
 *
 * - terms: every term's UTF-8 bytes, back to back, sorted by bytes;
 * - termTable: per term five uint32: its bytes' offset and length, its postings' offset,
 *   length and checksum;
 * - postings: per term, uint32s: lunr's term index; how many documents hold it in each field
 *   (in the header's field order); the documents, field by field, each field's ascending; then
 *   as many int32s, each document's weight × 1000 (lunr rounds its weights to three places);
 * - docTable: per document five uint32: its meta's offset and length, its record's offset,
 *   length and checksum;
 * - meta: per document, JSON `[id, type, instruments, kind]` (what filters read);
 * - docs: per document, the SearchDocument as JSON (what phrases and snippets read);
 * - ranks: per document a uint32, its place when ids are sorted (ties between equal scores);
 * - byRank: per place among the sorted ids, the document's number (finding a document by id).
 *
 * The header also carries the vocabulary the store was built with (its stems are the
 * index's, so a query must be stemmed by them) and the catalog citations are read against.
 *
 * Every byte a search can print is checked (corpus/store.ts's checksum) when it is first
 * read, and no sooner, so that a search reads no more than it did unchecked: the header by
 * its own checksum; a section read whole by the header's; a term's postings and a
 * document's record, which are read one at a time, by theirs in the tables.
 */
export const STORE_MAGIC = 'TIPKIT-SEARCH-STORE 9\n';

/** uint32 per term in the term table, and per document in the document table. */
export const TERM_COLUMNS = 5;
export const DOC_COLUMNS = 5;

import type { CitationCatalog } from './catalog.js';
import type { SearchVocabulary } from './search-vocabulary.js';

export interface StoreHeader {
  /** The corpus hash the store was built for. */
  hash: string;
  fields: string[];
  vocabulary: SearchVocabulary;
  catalog: CitationCatalog;
  documents: number;
  terms: number;
  /** Each section's checksum: a damaged store is rebuilt, not searched. */
  checks: Record<StoreSection, number>;
  sections: Record<StoreSection, [number, number]>;
}

export type StoreSection = 'terms' | 'termTable' | 'postings' | 'docTable' | 'meta' | 'docs' | 'ranks' | 'byRank';
