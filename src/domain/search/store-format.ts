/**
 * The layout of the search store file: a magic line, the sections, the header (JSON) that
 * names each section's [offset, length] from the start of the file, and last the header's
 * length as a uint32, so the file can be written as it is made and read from its end.
 *
 * - terms: every term's UTF-8 bytes, back to back, sorted by bytes;
 * - termTable: per term four uint32: its bytes' offset and length, its postings' offset and length;
 * - postings: per term, uint32s: lunr's term index; how many documents hold it in each field
 *   (in the header's field order); the documents, field by field, each field's ascending; then
 *   as many int32s, each document's weight × 1000 (lunr rounds its weights to three places);
 * - docTable: per document four uint32: its meta's offset and length, its record's offset and length;
 * - meta: per document, JSON `[id, type, instruments, kind]` (what filters read);
 * - docs: per document, the SearchDocument as JSON (what phrases and snippets read);
 * - ranks: per document a uint32, its place when ids are sorted (ties between equal scores);
 * - byRank: per place among the sorted ids, the document's number (finding a document by id).
 *
 * The header also carries the vocabulary the store was built with (its stems are the
 * index's, so a query must be stemmed by them) and the catalog citations are read against.
 */
export const STORE_MAGIC = 'TIPKIT-SEARCH-STORE 8\n';

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
  /** SHA-1 of the term and term-table sections, which every search reads: a damaged store is rebuilt, not searched. */
  check: string;
  sections: Record<
    'terms' | 'termTable' | 'postings' | 'docTable' | 'meta' | 'docs' | 'ranks' | 'byRank',
    [number, number]
  >;
}
