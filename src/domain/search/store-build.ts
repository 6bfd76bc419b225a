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
import { indexPipeline, makeStem, stemmerFunction } from './stemmer.js';
import type { CitationCatalog } from './catalog.js';
import type { SearchVocabulary } from './search-vocabulary.js';
import { DOC_COLUMNS, STORE_MAGIC, TERM_COLUMNS, type StoreHeader } from './store-format.js';
import { cacheChecksum } from '../corpus/store.js';
import { compareText } from '../common/text.js';

const K1 = 1.2;
const B = 0.75;

/** Postings held at once while they are written (about 36 MB of them), unless told otherwise. */
const ENTRIES_PER_RUN = 1 << 22;

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
 * Term frequencies, a byte each: nearly all are small, and a statute book has tens of
 * millions of them. The few of 255 or more are kept aside, whole.
 */
class PackedCounts {
  length = 0;
  private readonly chunks: Uint8Array[] = [];
  private readonly large = new Map<number, number>();
  push(value: number): void {
    const chunk = this.length >>> 20;
    if (chunk === this.chunks.length) this.chunks.push(new Uint8Array(CHUNK));
    (this.chunks[chunk] as Uint8Array)[this.length & (CHUNK - 1)] = Math.min(value, 255);
    if (value >= 255) this.large.set(this.length, value);
    this.length++;
  }
  get(i: number): number {
    const value = (this.chunks[i >>> 20] as Uint8Array)[i & (CHUNK - 1)] as number;
    return value === 255 ? (this.large.get(i) as number) : value;
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

/** Called after each batch of documents is read: how many have been. */
export type StoreProgress = (batches: number) => void;

/** Every field a document has, in the order lunr's Builder reads them. */
const ALL_FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[];

/** What a store is built for: the corpus hash, the vocabulary it stems by, the catalog it reads citations by. */
export interface StoreIdentity {
  hash: string;
  vocabulary: SearchVocabulary;
  catalog: CitationCatalog;
}

/**
 * The store for the documents `batches` yields (an instrument's at a time, each batch let
 * go once read), as the chunks of one file handed to `write` in order.
 *
 * Pass 1 reads each document once: it numbers the terms in order of first sight, counts
 * each field's terms and length and how many fields hold each term, and writes the
 * document's meta and record straight out. Then the terms are written, sorted; pass 2
 * weighs every entry and puts it in its term's place (a counting sort), a run of terms at
 * a time, writing each run's postings before the next. The tables follow, the header last.
 */
export function buildSearchStore(
  batches: Iterable<readonly SearchDocument[]>,
  identity: StoreIdentity,
  write: (chunk: Uint8Array | string) => void,
  options: { progress?: StoreProgress; entriesPerRun?: number } = {},
): void {
  const { progress, entriesPerRun = ENTRIES_PER_RUN } = options;
  const { vocabulary } = identity;
  const termsOf = memoisedPipeline(indexPipeline(stemmerFunction(makeStem(vocabulary.stems), vocabulary.hash)));

  let written = 0;
  const sections = {} as StoreHeader['sections'];
  const checks = {} as StoreHeader['checks'];
  /** The checksum of the section being written, so far. */
  let running = 0;
  const out = (chunk: Uint8Array): void => {
    write(chunk);
    written += chunk.byteLength;
    running = cacheChecksum(chunk, running);
  };
  write(STORE_MAGIC);
  written = Buffer.byteLength(STORE_MAGIC);

  // Pass 1. Meta and records go to two streams: the records into the file at once, the
  // (small) meta kept to follow them.
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const holders = new Packed();
  const entryTerm = new Packed();
  const entryTf = new PackedCounts();
  /** Where each (document, field) pair's entries start (all fields, in ALL_FIELDS order); one more at the end. */
  const pairStart = new Packed();
  const pairLength = new Packed();
  const lengthSum = ALL_FIELDS.map(() => 0);
  const filled = ALL_FIELDS.map(() => false);
  const docBoosts: number[] = [];
  const ids: string[] = [];
  const docTable = new Packed();
  const metas: Buffer[] = [];
  const docsStart = written;
  running = 0;
  let batchesRead = 0;
  for (const batch of batches) {
    for (const doc of batch) {
      ALL_FIELDS.forEach((field, f) => {
        const value = doc[field];
        if (value) filled[f] = true;
        const run = tokenize(value).flatMap(termsOf);
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
        lengthSum[f] = (lengthSum[f] as number) + run.length;
        for (const [id, tf] of counts) {
          entryTerm.push(id);
          entryTf.push(tf);
          holders.increment(id);
        }
      });
      docBoosts.push(DOCUMENT_BOOSTS[doc.type] || 1);
      ids.push(doc.id);
      const record = Buffer.from(JSON.stringify(doc));
      docTable.push(written - docsStart);
      docTable.push(record.length);
      docTable.push(cacheChecksum(record));
      out(record);
      metas.push(Buffer.from(JSON.stringify([doc.id, doc.type, doc.instruments, doc.kind ?? null])));
    }
    progress?.(++batchesRead);
  }
  pairStart.push(entryTerm.length);
  sections.docs = [docsStart, written - docsStart];
  checks.docs = running;
  const count = ids.length;
  const metaOffsets: number[] = [];
  const section = (name: keyof StoreHeader['sections'], emit: () => void): void => {
    const start = written;
    running = 0;
    emit();
    sections[name] = [start, written - start];
    checks[name] = running;
  };
  const metaStart = written;
  section('meta', () => {
    for (const meta of metas.splice(0)) {
      metaOffsets.push(written - metaStart, meta.length);
      out(meta);
    }
  });

  // lunr declares only the fields some document fills; their place in that list is theirs here too.
  const fields = ALL_FIELDS.filter((_, f) => filled[f]);
  const declared = ALL_FIELDS.map((field) => fields.indexOf(field));
  const average = ALL_FIELDS.map((_, f) => (lengthSum[f] as number) / count);
  const idf = terms.map((_, t) => {
    const withTerm = holders.get(t);
    const x = (count - withTerm + 0.5) / (withTerm + 0.5);
    return Math.log(1 + Math.abs(x));
  });

  // Terms sorted by their UTF-8 bytes, which the reader's binary search compares.
  const encoded = terms.map((term) => Buffer.from(term));
  const order = terms.map((_, t) => t).sort((a, b) => Buffer.compare(encoded[a] as Buffer, encoded[b] as Buffer));
  const place = new Uint32Array(terms.length);
  order.forEach((t, i) => (place[t] = i));
  const termTable = new Uint32Array(order.length * TERM_COLUMNS);
  const termText = Buffer.concat(order.map((t) => encoded[t] as Buffer));
  section('terms', () => {
    let offset = 0;
    order.forEach((t, i) => {
      const length = (encoded[t] as Buffer).length;
      termTable[i * TERM_COLUMNS] = offset;
      termTable[i * TERM_COLUMNS + 1] = length;
      offset += length;
    });
    out(termText);
  });

  // Pass 2, a run of terms at a time (in their sorted order), so that only one run's
  // postings are ever held: every entry is weighed and put in its term's place.
  let offset = 0;
  section('postings', () => {
    for (let lo = 0; lo < order.length;) {
      let hi = lo;
      let total = 0;
      while (hi < order.length && (hi === lo || total + holders.get(order[hi] as number) <= entriesPerRun)) {
        total += holders.get(order[hi++] as number);
      }
      const starts = new Uint32Array(hi - lo + 1);
      for (let i = 0; i < hi - lo; i++) starts[i + 1] = (starts[i] as number) + holders.get(order[lo + i] as number);
      const fill = starts.slice(0, hi - lo);
      const postDoc = new Uint32Array(total);
      const postField = new Uint8Array(total);
      // A weight is lunr's round(score × 1000) / 1000: kept as the integer, divided again when read.
      const postWeight = new Int32Array(total);
      for (let d = 0; d < count; d++) {
        const docBoost = docBoosts[d] as number;
        ALL_FIELDS.forEach((field, f) => {
          const pair = d * ALL_FIELDS.length + f;
          const fieldLength = pairLength.get(pair);
          const fieldBoost = FIELD_BOOSTS[field] || 1;
          for (let e = pairStart.get(pair); e < pairStart.get(pair + 1); e++) {
            const t = entryTerm.get(e);
            const local = (place[t] as number) - lo;
            if (local < 0 || local >= hi - lo) continue;
            const tf = entryTf.get(e);
            // lunr's expression, in lunr's order, so the rounding comes out the same.
            let score =
              ((idf[t] as number) * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLength / (average[f] as number))) + tf);
            score *= fieldBoost;
            score *= docBoost;
            const at = (fill[local] as number)++;
            postDoc[at] = d;
            postField[at] = declared[f] as number;
            postWeight[at] = Math.round(score * 1000);
          }
        });
      }
      for (let local = 0; local < hi - lo; local++) {
        const start = starts[local] as number;
        const n = (starts[local + 1] as number) - start;
        // Entries grouped by field (a stable pass per field keeps each field's documents ascending).
        const words = new Uint32Array(1 + fields.length + 2 * n);
        const weights = new Int32Array(words.buffer);
        words[0] = order[lo + local] as number;
        let at = 1 + fields.length;
        fields.forEach((_, fi) => {
          let held = 0;
          for (let e = start; e < start + n; e++) {
            if (postField[e] !== fi) continue;
            words[at] = postDoc[e] as number;
            weights[at + n] = postWeight[e] as number;
            at++;
            held++;
          }
          words[1 + fi] = held;
        });
        const bytes = new Uint8Array(words.buffer);
        const row = (lo + local) * TERM_COLUMNS;
        termTable[row + 2] = offset;
        termTable[row + 3] = bytes.length;
        termTable[row + 4] = cacheChecksum(bytes);
        offset += bytes.length;
        out(bytes);
      }
      lo = hi;
    }
  });
  section('termTable', () => out(new Uint8Array(termTable.buffer)));
  const table = new Uint32Array(count * DOC_COLUMNS);
  for (let d = 0; d < count; d++) {
    table.set(
      [
        metaOffsets[d * 2] as number,
        metaOffsets[d * 2 + 1] as number,
        docTable.get(d * 3),
        docTable.get(d * 3 + 1),
        docTable.get(d * 3 + 2),
      ],
      d * DOC_COLUMNS,
    );
  }
  section('docTable', () => out(new Uint8Array(table.buffer)));
  const byId = ids.map((_, d) => d).sort((a, b) => compareText(ids[a] as string, ids[b] as string));
  const ranks = new Uint32Array(count);
  byId.forEach((d, rank) => (ranks[d] = rank));
  section('ranks', () => out(new Uint8Array(ranks.buffer)));
  section('byRank', () => out(new Uint8Array(Uint32Array.from(byId).buffer)));
  const header: StoreHeader = {
    ...identity,
    checks,
    fields,
    documents: count,
    terms: order.length,
    sections,
  };
  const head = Buffer.from(JSON.stringify(header));
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(cacheChecksum(head));
  tail.writeUInt32LE(head.length, 4);
  write(head);
  write(tail);
}
