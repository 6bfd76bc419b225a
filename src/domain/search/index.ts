import { lunr, type Lunr } from './lunr.js';
import { DOCUMENT_BOOSTS, FIELD_BOOSTS, type SearchDocument } from './documents.js';
import { domainStemmer } from './stemmer.js';

/** lunr's own serialisation, plus its token set, which lunr would otherwise rebuild on every load. */
interface SerializedIndex {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, object][];
  pipeline: string[];
  tokenSet?: SerializedTokenSet;
}

/** The token set's nodes in order: whether each is final, and its edges as [character, node] pairs. */
interface SerializedTokenSet {
  final: (0 | 1)[];
  edges: (string | number)[][];
}

/** lunr's TokenSet as it is at run time (its type definitions omit these fields). */
interface TokenSetNode {
  final: boolean;
  edges: Record<string, TokenSetNode>;
  id: number;
}

/**
 * Builds the lunr index. Match positions are not stored (they would double its size and
 * its load time); snippets find them again for the few hits shown.
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): object {
  const index = lunr(function () {
    // lunr's default pipelines, with the domain-aware stemmer in place of lunr's own.
    this.pipeline.reset();
    this.pipeline.add(lunr.trimmer, lunr.stopWordFilter, domainStemmer as unknown as Lunr.PipelineFunction);
    this.searchPipeline.reset();
    this.searchPipeline.add(domainStemmer as unknown as Lunr.PipelineFunction);
    this.ref('id');
    // A field no document fills (the imported text, in the bundled corpus) would still cost
    // a vector per document in the shipped index: declare only the fields in use.
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) {
      if (documents.some((doc) => doc[field as keyof typeof FIELD_BOOSTS])) this.field(field, { boost });
    }
    for (const doc of documents) this.add(doc, { boost: DOCUMENT_BOOSTS[doc.type] });
  });
  const tokenSet = (index as unknown as { tokenSet: TokenSetNode }).tokenSet;
  return { ...(index.toJSON() as object), tokenSet: serializeTokenSet(tokenSet) };
}

/**
 * Loads an index. This does what lunr.Index.load does, except that the token set is
 * read back rather than rebuilt from every term, which costs about 15 ms at start-up.
 */
export function loadSearchIndex(serialized: object): Lunr.Index {
  const index = serialized as SerializedIndex;
  if (!index.tokenSet) return lunr.Index.load(serialized);
  const invertedIndex: Record<string, object> = Object.create(null) as Record<string, object>;
  for (const [term, posting] of index.invertedIndex) invertedIndex[term] = posting;
  const attributes = {
    fields: index.fields,
    fieldVectors: Object.fromEntries(index.fieldVectors.map(([ref, elements]) => [ref, new lunr.Vector(elements)])),
    invertedIndex,
    tokenSet: deserializeTokenSet(index.tokenSet),
    pipeline: lunr.Pipeline.load(index.pipeline),
  };
  return new lunr.Index(attributes as unknown as Lunr.Index.Attributes);
}

function serializeTokenSet(root: TokenSetNode): SerializedTokenSet {
  const order = new Map<TokenSetNode, number>();
  const nodes: TokenSetNode[] = [];
  const visit = (node: TokenSetNode): number => {
    let index = order.get(node);
    if (index === undefined) {
      order.set(node, (index = nodes.length));
      nodes.push(node);
      for (const key of Object.keys(node.edges).sort()) visit(node.edges[key] as TokenSetNode);
    }
    return index;
  };
  visit(root);
  return {
    final: nodes.map((node) => (node.final ? 1 : 0)),
    edges: nodes.map((node) =>
      Object.keys(node.edges)
        .sort()
        .flatMap((key) => [key, order.get(node.edges[key] as TokenSetNode) ?? 0]),
    ),
  };
}

function deserializeTokenSet(serialized: SerializedTokenSet): Lunr.TokenSet {
  const nodes = serialized.final.map((final) => {
    const node = new lunr.TokenSet() as unknown as TokenSetNode;
    node.final = final === 1;
    return node;
  });
  serialized.edges.forEach((edges, i) => {
    const node = nodes[i] as TokenSetNode;
    for (let e = 0; e < edges.length; e += 2)
      node.edges[edges[e] as string] = nodes[edges[e + 1] as number] as TokenSetNode;
  });
  return nodes[0] as unknown as Lunr.TokenSet;
}
