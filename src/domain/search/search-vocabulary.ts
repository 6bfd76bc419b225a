/**
 * vocabulary/search-terms.yaml: the stems tipkit keeps apart and the words it searches
 * together. The store is built with it and carries it in its header (store-format.ts),
 * so whoever reads a store (CLI, browse, the exported site) reads queries by the rules
 * the store was built with. The file itself is parsed only to build a store
 * (search-vocabulary-read.ts); a search reads only its hash, without loading a parser.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../common/paths.js';
import { readFileBytes } from '../writes/read-file.js';

/** A group of words searched together: any `when` word typed also searches the `also` words. */
export interface SynonymGroup {
  when: string[];
  /** The stems of the `when` words, taken as the store is built, so that a search stems none of them. */
  whenStems: string[];
  also: string[];
  /** Corpus ids that use the group's words (checked by the data tests). */
  sources: string[];
}

/** What a store carries of the vocabulary. */
export interface SearchVocabulary {
  /** A hash of the file, so a store built with another vocabulary is built again. */
  hash: string;
  /** Word → the stem it is indexed and searched under, in place of Porter's. */
  stems: Record<string, string>;
  synonyms: SynonymGroup[];
}

export const SEARCH_VOCABULARY_FILE = join(PACKAGE_ROOT, 'vocabulary', 'search-terms.yaml');

/** The file's hash, without parsing it: what a store's name and header are checked against. */
export function searchVocabularyHash(path = SEARCH_VOCABULARY_FILE): string {
  return hashOf(readVocabularyBytes(path));
}

export function readVocabularyBytes(path: string): Uint8Array {
  return readFileBytes(path, { what: 'search vocabulary', maxBytes: 1 << 20 });
}

export function hashOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex').slice(0, 12);
}
