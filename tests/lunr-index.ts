/**
 * The whole lunr index the search store must agree with: built by lunr itself, with the
 * pipelines, fields and boosts tipkit gives it. The CLI and the site search the store;
 * this is what the equivalence tests hold the store to.
 */
import { lunr, type Lunr } from '../src/domain/search/lunr.js';
import { DOCUMENT_BOOSTS, FIELD_BOOSTS, type SearchDocument } from '../src/domain/search/documents.js';
import { makeStem, stemmerFunction, trimmerFunction } from '../src/domain/search/stemmer.js';
import { parsed, type SearchSource } from '../src/domain/search/search.js';
import { after } from '../src/domain/search/staged.js';
import type { StoreIdentity } from '../src/domain/search/store-build.js';
import { compareText } from '../src/domain/common/text.js';

export function wholeLunrIndex(documents: readonly SearchDocument[], { vocabulary }: StoreIdentity): Lunr.Index {
  const stemmer = stemmerFunction(makeStem(vocabulary.stems), vocabulary.hash);
  return lunr(function () {
    // lunr's default pipelines, with the domain-aware stemmer in place of lunr's own.
    this.pipeline.reset();
    this.pipeline.add(trimmerFunction(), lunr.stopWordFilter, stemmer);
    this.searchPipeline.reset();
    this.searchPipeline.add(stemmer);
    this.ref('id');
    // As the store does: only the fields some document fills.
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) {
      if (documents.some((doc) => doc[field as keyof typeof FIELD_BOOSTS])) this.field(field, { boost });
    }
    for (const doc of documents) this.add(doc, { boost: DOCUMENT_BOOSTS[doc.type] });
  });
}

/** A whole lunr index and the documents it was built from, as a search source. */
export function wholeIndexSource(
  documents: ReadonlyMap<string, SearchDocument>,
  index: Lunr.Index,
  { vocabulary, catalog }: StoreIdentity,
): SearchSource<never> {
  return {
    *run(build, keep) {
      const results = parsed(() => index.query(build));
      if (!results) return undefined;
      const accepted = yield* keep(results.map((result) => result.ref));
      const kept = results.filter((_, i) => accepted[i]);
      return { results: kept, total: kept.length };
    },
    // Every document is at hand: nothing to fetch.
    prepare: () => after([], () => undefined),
    compare: compareText,
    complete: false,
    meta: (id) => documents.get(id),
    document: (id) => documents.get(id) as SearchDocument,
    find: (id) => (documents.has(id) ? id : undefined),
    hasTerm: (term) => Object.hasOwn((index as unknown as { invertedIndex: object }).invertedIndex, term),
    stem: makeStem(vocabulary.stems),
    vocabulary,
    catalog,
  };
}
