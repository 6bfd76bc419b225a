/**
 * Builds the search index as a term-partitioned store: one file in which each term's
 * postings, and each document, can be read at an offset without parsing the rest. A
 * search then reads only what its terms touch and hands that to lunr, which does the
 * query and the scoring as it would on a whole index.
 *
 * The weights are lunr's own: the same tokenizer and pipelines, the same BM25 (k1 1.2,
 * b 0.75, lunr's idf, field lengths after the pipeline, averages per field, field and
 * document boosts, rounding to three places), the same term numbering (first seen, in
 * document order). lunr's Builder would hold every document's term frequencies as
 * objects; here they are packed into typed arrays, so a statute book fits in memory.
 */
import { lunr, type Lunr } from './lunr.js';
import { DOCUMENT_BOOSTS, FIELD_BOOSTS, type SearchDocument, type SearchField } from './documents.js';
import { domainStemmer } from './stemmer.js';
import { STORE_MAGIC, type StoreHeader } from './store-format.js';
import { compareText } from '../common/text.js';

const K1 = 1.2;
const B = 0.75;

/** Entries per chunk of a Packed array. */
const CHUNK = 1 << 20;

/**
 * A growable array of uint32 in fixed chunks: the builder's memory is numbers, not
 * objects, and growing never copies (a doubling array would briefly hold twice its size).
 */
class Packed {
  length = 0;
  private readonly chunks: Uint32Array[] = [];
  push(value: number): void {
    const chunk = this.length >>> 20;
    if (chunk === this.chunks.length) this.chunks.push(new Uint32Array(CHUNK));
    (this.chunks[chunk] as Uint32Array)[this.length & (CHUNK - 1)] = value;
    this.length++;
  }
  get(i: number): number {
    return (this.chunks[i >>> 20] as Uint32Array)[i & (CHUNK - 1)] as number;
  }
  increment(i: number): void {
    const chunk = this.chunks[i >>> 20] as Uint32Array;
    chunk[i & (CHUNK - 1)] = (chunk[i & (CHUNK - 1)] as number) + 1;
  }
}

/**
 * lunr's tokenizer, on strings: lower case, cut at every whitespace character and hyphen,
 * empty pieces dropped. (lunr's own also records positions, which the store does not keep.)
 */
function tokenize(value: string): string[] {
  if (!value) return [];
  return value
    .toLowerCase()
    .split(/[\s-]/)
    .filter((word) => word.length > 0);
}

/** The most words remembered; a corpus has tens of thousands, a pathological one could have millions. */
const MEMO_LIMIT = 500_000;

/**
 * The index pipeline run on one word, remembered: a statute book repeats its words, and
 * lunr's pipeline (trimmer, stop words, stemmer) depends on the word alone.
 */
function memoisedPipeline(pipeline: Lunr.Pipeline): (word: string) => string[] {
  const memo = new Map<string, string[]>();
  return (word) => {
    let terms = memo.get(word);
    if (!terms) {
      terms = pipeline.run([new lunr.Token(word, {})]).map((token) => token.toString());
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, terms);
    }
    return terms;
  };
}

export interface StoreProgress {
  (done: number, total: number): void;
}

/**
 * lunr's weights for every (term, document, field): pass 1 numbers the terms and counts them,
 * pass 2 weighs each entry and groups the entries by term (a counting sort). The counts
 * are dropped when this returns; only the postings go on to be written.
 */
function weigh(
  documents: readonly SearchDocument[],
  fields: readonly SearchField[],
  pipeline: Lunr.Pipeline,
  progress?: StoreProgress,
) {
  // Pass 1: term numbers in order of first sight, and per document and field the terms
  // with their frequencies, the field's length, and per term how many fields hold it.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const holders = new Packed();
  const entryTerm = new Packed();
  const entryTf = new Packed();
  /** Where each (document, field) pair's entries start; one more at the end. */
  const pairStart = new Packed();
  const pairLength = new Packed();
  const lengthSum = new Map<SearchField, number>(fields.map((f) => [f, 0]));
  const termsOf = memoisedPipeline(pipeline);
  documents.forEach((doc, d) => {
    for (const field of fields) {
      const run = tokenize(doc[field]).flatMap(termsOf);
      const counts = new Map<number, number>();
      for (const term of run) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
          holders.push(0);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      pairStart.push(entryTerm.length);
      pairLength.push(run.length);
      lengthSum.set(field, (lengthSum.get(field) ?? 0) + run.length);
      for (const [id, tf] of counts) {
        entryTerm.push(id);
        entryTf.push(tf);
        holders.increment(id);
      }
    }
    if (d % 2000 === 0) progress?.(d, documents.length * 2);
  });
  pairStart.push(entryTerm.length);
  const count = documents.length;
  const average = new Map(fields.map((f) => [f, (lengthSum.get(f) ?? 0) / count]));
  const idf = terms.map((_, t) => {
    const withTerm = holders.get(t);
    const x = (count - withTerm + 0.5) / (withTerm + 0.5);
    return Math.log(1 + Math.abs(x));
  });

  // Pass 2: each entry's weight, then the entries grouped by term (a counting sort).
  const perTerm = new Uint32Array(terms.length + 1);
  for (let e = 0; e < entryTerm.length; e++) perTerm[entryTerm.get(e) + 1] = (perTerm[entryTerm.get(e) + 1] ?? 0) + 1;
  for (let t = 0; t < terms.length; t++) perTerm[t + 1] = (perTerm[t + 1] ?? 0) + (perTerm[t] ?? 0);
  const fill = perTerm.slice(0, terms.length);
  const postDoc = new Uint32Array(entryTerm.length);
  const postField = new Uint8Array(entryTerm.length);
  // A weight is lunr's round(score × 1000) / 1000: kept as the integer, divided again when written.
  const postWeight = new Int32Array(entryTerm.length);
  for (let d = 0; d < count; d++) {
    const docBoost = DOCUMENT_BOOSTS[(documents[d] as SearchDocument).type] || 1;
    fields.forEach((field, f) => {
      const pair = d * fields.length + f;
      const fieldLength = pairLength.get(pair);
      const fieldBoost = FIELD_BOOSTS[field] || 1;
      for (let e = pairStart.get(pair); e < pairStart.get(pair + 1); e++) {
        const t = entryTerm.get(e);
        const tf = entryTf.get(e);
        // lunr's expression, in lunr's order, so the rounding comes out the same.
        let score =
          ((idf[t] as number) * ((K1 + 1) * tf)) /
          (K1 * (1 - B + B * (fieldLength / (average.get(field) as number))) + tf);
        score *= fieldBoost;
        score *= docBoost;
        const at = (fill[t] as number)++;
        postDoc[at] = d;
        postField[at] = f;
        postWeight[at] = Math.round(score * 1000);
      }
    });
    if (d % 2000 === 0) progress?.(count + d, count * 2);
  }

  return { terms, perTerm, postDoc, postField, postWeight };
}

/**
 * The store for `documents`, as the chunks of one file (`write` receives them in order).
 * `hash` is the corpus hash it belongs to.
 */
export function buildSearchStore(
  documents: readonly SearchDocument[],
  hash: string,
  write: (chunk: Uint8Array | string) => void,
  progress?: StoreProgress,
): void {
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.trimmer, lunr.stopWordFilter, domainStemmer as unknown as Lunr.PipelineFunction);
  const fields = (Object.keys(FIELD_BOOSTS) as SearchField[]).filter((f) => documents.some((doc) => doc[f]));

  const { terms, perTerm, postDoc, postField, postWeight } = weigh(documents, fields, pipeline, progress);
  const count = documents.length;

  // The file, written as it is made (nothing of it is held whole): sections first, each
  // recorded at its offset, then the header, then the header's length.
  let written = 0;
  const sections = {} as StoreHeader['sections'];
  const section = (name: keyof StoreHeader['sections'], emit: (out: (chunk: Uint8Array) => void) => void): void => {
    const start = written;
    emit((chunk) => {
      write(chunk);
      written += chunk.byteLength;
    });
    sections[name] = [start, written - start];
  };
  write(STORE_MAGIC);
  written = Buffer.byteLength(STORE_MAGIC);

  // Terms sorted by their UTF-8 bytes, which the reader's binary search compares.
  const encoded = terms.map((term) => Buffer.from(term));
  const order = terms.map((_, t) => t).sort((a, b) => Buffer.compare(encoded[a] as Buffer, encoded[b] as Buffer));
  const termTable = new Uint32Array(order.length * 4);
  section('terms', (out) => {
    let offset = 0;
    order.forEach((t, i) => {
      const bytes = encoded[t] as Buffer;
      termTable[i * 4] = offset;
      termTable[i * 4 + 1] = bytes.length;
      offset += bytes.length;
      out(bytes);
    });
  });
  section('postings', (out) => {
    let offset = 0;
    order.forEach((t, i) => {
      const byField: Record<string, [number, number][]> = {};
      for (let e = perTerm[t] as number; e < (perTerm[t + 1] as number); e++) {
        const field = fields[postField[e] as number] as string;
        (byField[field] ??= []).push([postDoc[e] as number, (postWeight[e] as number) / 1000]);
      }
      const json = Buffer.from(JSON.stringify({ i: t, f: byField }));
      termTable[i * 4 + 2] = offset;
      termTable[i * 4 + 3] = json.length;
      offset += json.length;
      out(json);
    });
  });
  section('termTable', (out) => out(new Uint8Array(termTable.buffer)));
  const docTable = new Uint32Array(count * 4);
  section('meta', (out) => {
    let offset = 0;
    documents.forEach((doc, d) => {
      const meta = Buffer.from(JSON.stringify([doc.id, doc.type, doc.instruments, doc.kind ?? null]));
      docTable[d * 4] = offset;
      docTable[d * 4 + 1] = meta.length;
      offset += meta.length;
      out(meta);
    });
  });
  section('docs', (out) => {
    let offset = 0;
    documents.forEach((doc, d) => {
      const full = Buffer.from(JSON.stringify(doc));
      docTable[d * 4 + 2] = offset;
      docTable[d * 4 + 3] = full.length;
      offset += full.length;
      out(full);
    });
  });
  section('docTable', (out) => out(new Uint8Array(docTable.buffer)));
  const byId = documents
    .map((_, d) => d)
    .sort((a, b) => compareText((documents[a] as SearchDocument).id, (documents[b] as SearchDocument).id));
  const ranks = new Uint32Array(count);
  byId.forEach((d, rank) => (ranks[d] = rank));
  section('ranks', (out) => out(new Uint8Array(ranks.buffer)));
  const header: StoreHeader = { hash, fields, pipeline: ['tipkitStemmer'], documents: count, terms: order.length, sections };
  const head = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  write(head);
  write(length);
  progress?.(count * 2, count * 2);
}
