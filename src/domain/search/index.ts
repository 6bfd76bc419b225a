import { lunr, type Lunr } from './lunr.js';
import { DOCUMENT_BOOSTS, FIELD_BOOSTS, type SearchDocument } from './documents.js';

/**
 * Builds the lunr index. Match positions are not stored (they would double its size and
 * its load time); snippets find them again for the few hits shown.
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): object {
  const index = lunr(function () {
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
    for (const doc of documents) this.add(doc, { boost: DOCUMENT_BOOSTS[doc.type] });
  });
  return index.toJSON();
}

export function loadSearchIndex(serialized: object): Lunr.Index {
  return lunr.Index.load(serialized);
}
