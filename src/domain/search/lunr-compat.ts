/**
 * Every place tipkit reaches past lunr's type definitions, in one module: lunr 2.3.9
 * ships members its types omit (QueryParser, TokenSet.fromArray and fromClause, a
 * token's position, a query's clauses and isNegated, a vector's elements, the pipeline's
 * registry), and takes a partial Index built from the store. Each cast is here, named for
 * what it reads, so an upgrade of lunr is checked in one file.
 */
import { lunr, type Lunr } from './lunr.js';

/** A query clause as lunr builds it (lunr's types leave out most of its fields). */
export interface Clause {
  term: string;
  fields: string[];
  usePipeline: boolean;
  boost: number;
  editDistance?: number;
  presence?: number;
}

/** A query's clauses. */
export function queryClauses(query: Lunr.Query): Clause[] {
  return query.clauses as unknown as Clause[];
}

/** True for a query of only prohibited terms, which matches every document. */
export function isNegated(query: Lunr.Query): boolean {
  return (query as unknown as { isNegated(): boolean }).isNegated();
}

/** A vector's [index, value, index, value, …], sorted by index. */
export function vectorElements(vector: Lunr.Vector): number[] {
  return (vector as unknown as { elements: number[] }).elements;
}

/** The [start, length] lunr's tokenizer records for a token. */
export function tokenPosition(token: Lunr.Token): [number, number] {
  return (token as unknown as { metadata: { position: [number, number] } }).metadata.position;
}

/** lunr's query parser: it fills `query` from the text of a search. */
export function parseQuery(text: string, query: Lunr.Query): Lunr.Query {
  const { QueryParser } = lunr as unknown as {
    QueryParser: new (text: string, query: Lunr.Query) => { parse(): Lunr.Query };
  };
  return new QueryParser(text, query).parse();
}

const tokenSets = lunr.TokenSet as unknown as {
  fromArray(words: string[]): Lunr.TokenSet;
  fromClause(clause: Clause): Lunr.TokenSet;
};
/** The token set of sorted words. */
export const fromArray = tokenSets.fromArray.bind(tokenSets);
/** The token set a clause reaches (its wildcards and edit distance). */
export const fromClause = tokenSets.fromClause.bind(tokenSets);

/** The pipeline run on one string, with the metadata lunr passes (the clause's fields). */
export function runString(pipeline: Lunr.Pipeline, text: string, metadata: object): string[] {
  return (pipeline.runString.bind(pipeline) as unknown as (s: string, m: object) => string[])(text, metadata);
}

/** A token function as a pipeline function; `label` names it in lunr's registry, once. */
export function pipelineFunction(
  fn: (token: Lunr.Token) => Lunr.Token | undefined,
  label: string,
): Lunr.PipelineFunction {
  const step = fn as unknown as Lunr.PipelineFunction;
  const registry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
  // Once per label: a process that loads this module twice (the tests) must not have lunr warn on stderr.
  if (!registry[label]) lunr.Pipeline.registerFunction(step, label);
  else (step as unknown as { label: string }).label = label;
  return step;
}

/** lunr's stop-word filter on a bare word (it reads only the word's text). */
export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter({ toString: () => word } as unknown as Lunr.Token) === undefined;
}

/** A lunr Index over the part of a store a query reached (lunr's types want a whole index's attributes). */
export function partialIndex(attributes: {
  invertedIndex: Record<string, unknown>;
  fieldVectors: Record<string, Lunr.Vector>;
  tokenSet: Lunr.TokenSet;
  fields: string[];
  pipeline: Lunr.Pipeline;
}): Lunr.Index {
  return new lunr.Index(attributes as unknown as Lunr.Index.Attributes);
}
