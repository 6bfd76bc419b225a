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
import { DOC_COLUMNS, TERM_COLUMNS } from './store-format.js';
import { lunrIdf, storedWeight } from './bm25.js';
import { Packed, PackedCounts } from './packed.js';
import { StoreWriter } from './store-writer.js';
import { cacheChecksum } from '../corpus/store.js';
import { compareText } from '../common/text.js';
import type { Progress } from '../common/progress.js';

/** Postings held at once while they are written (about 36 MB of them), unless told otherwise. */
const ENTRIES_PER_RUN = 1 << 22;

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

/** Who is told as each batch of documents is read, and how many batches there are. */
interface BatchProgress {
  report: Progress;
  batches: number;
}

/** Every field a document has, in the order lunr's Builder reads them. */
const ALL_FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[];

/** What a store is built for: the corpus hash, the vocabulary it stems by, the catalog it reads citations by. */
export interface StoreIdentity {
  hash: string;
  vocabulary: SearchVocabulary;
  catalog: CitationCatalog;
}

/** What pass 1 learns of the documents: their terms, counted and packed. */
interface Counted {
  /** Terms in order of first sight (lunr's numbering), and how many (document, field) pairs hold each. */
  terms: string[];
  holders: Packed;
  /** Each (document, field) pair's entries: term and frequency; `pairStart` has one more at the end. */
  entryTerm: Packed;
  entryTf: PackedCounts;
  pairStart: Packed;
  pairLength: Packed;
  lengthSum: number[];
  /** Whether any document fills each field (lunr declares only those). */
  filled: boolean[];
  docBoosts: number[];
  ids: string[];
  /** Each record's offset, length and checksum within the docs section. */
  docTable: Packed;
  metas: Buffer[];
}

/** What every weight needs: the declared fields, each field's average length, each term's idf. */
interface Weighing {
  fields: SearchField[];
  declared: number[];
  average: number[];
  idf: number[];
}

/** The terms in the store's order (sorted by UTF-8 bytes) and where each term sits in it. */
interface TermOrder {
  order: number[];
  place: Uint32Array;
  termTable: Uint32Array;
}

/**
 * The store for the documents `batches` yields (an instrument's at a time, each batch let
 * go once read), as the chunks of one file handed to `write` in order.
 *
 * Pass 1 reads each document once: it numbers the terms in order of first sight, counts
 * each field's terms and length and how many fields hold each term, and writes the
 * document's record straight out; the (small) meta follows. Then the terms are written,
 * sorted; pass 2 weighs every entry and puts it in its term's place (a counting sort), a
 * run of terms at a time, writing each run's postings before the next. The tables follow,
 * the header last.
 */
export function buildSearchStore(
  batches: Iterable<readonly SearchDocument[]>,
  identity: StoreIdentity,
  write: (chunk: Uint8Array | string) => void,
  options: { progress?: BatchProgress; entriesPerRun?: number } = {},
): void {
  const { vocabulary } = identity;
  const termsOf = memoisedPipeline(indexPipeline(stemmerFunction(makeStem(vocabulary.stems), vocabulary.hash)));
  const writer = new StoreWriter(write);
  const counted = readDocuments(batches, termsOf, writer, options.progress);
  const metaOffsets = writeMeta(writer, counted.metas.splice(0));
  const weighing = weighingOf(counted);
  const terms = writeTerms(writer, counted.terms);
  writer.section('postings', () =>
    writePostings(writer, counted, weighing, terms, options.entriesPerRun ?? ENTRIES_PER_RUN),
  );
  writer.section('termTable', () => writer.out(new Uint8Array(terms.termTable.buffer)));
  writeDocumentTables(writer, counted, metaOffsets);
  const shape = { fields: weighing.fields, documents: counted.ids.length, terms: terms.order.length };
  writer.finish(identity, shape);
}

/** Pass 1: every document read once, its terms counted, its record written (the docs section). */
function readDocuments(
  batches: Iterable<readonly SearchDocument[]>,
  termsOf: (word: string) => string[],
  writer: StoreWriter,
  progress: BatchProgress | undefined,
): Counted {
  const counted: Counted = {
    terms: [],
    holders: new Packed(),
    entryTerm: new Packed(),
    entryTf: new PackedCounts(),
    pairStart: new Packed(),
    pairLength: new Packed(),
    lengthSum: ALL_FIELDS.map(() => 0),
    filled: ALL_FIELDS.map(() => false),
    docBoosts: [],
    ids: [],
    docTable: new Packed(),
    metas: [],
  };
  const termIds = new Map<string, number>();
  writer.section('docs', () => {
    const docsStart = writer.written;
    let batchesRead = 0;
    for (const batch of batches) {
      for (const doc of batch) {
        ALL_FIELDS.forEach((field, f) =>
          countField(counted, termIds, f, tokenize(doc[field]).flatMap(termsOf), doc[field]),
        );
        counted.docBoosts.push(DOCUMENT_BOOSTS[doc.type] || 1);
        counted.ids.push(doc.id);
        const record = Buffer.from(JSON.stringify(doc));
        counted.docTable.push(writer.written - docsStart);
        counted.docTable.push(record.length);
        counted.docTable.push(cacheChecksum(record));
        writer.out(record);
        counted.metas.push(Buffer.from(JSON.stringify([doc.id, doc.type, doc.instruments, doc.kind ?? null])));
      }
      progress?.report('building the search index', ++batchesRead, progress.batches);
    }
    counted.pairStart.push(counted.entryTerm.length);
  });
  return counted;
}

/** One (document, field) pair: its terms numbered and counted, its entries packed. */
function countField(counted: Counted, termIds: Map<string, number>, f: number, run: string[], value: string): void {
  if (value) counted.filled[f] = true;
  const counts = new Map<number, number>();
  for (const term of run) {
    let id = termIds.get(term);
    if (id === undefined) {
      id = counted.terms.length;
      termIds.set(term, id);
      counted.terms.push(term);
      counted.holders.push(0);
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  counted.pairStart.push(counted.entryTerm.length);
  counted.pairLength.push(run.length);
  counted.lengthSum[f] = (counted.lengthSum[f] as number) + run.length;
  for (const [id, tf] of counts) {
    counted.entryTerm.push(id);
    counted.entryTf.push(tf);
    counted.holders.increment(id);
  }
}

/** The meta section: each document's id, type, instruments and kind; returns each one's offset and length. */
function writeMeta(writer: StoreWriter, metas: readonly Buffer[]): number[] {
  const offsets: number[] = [];
  writer.section('meta', () => {
    const start = writer.written;
    for (const meta of metas) {
      offsets.push(writer.written - start, meta.length);
      writer.out(meta);
    }
  });
  return offsets;
}

function weighingOf(counted: Counted): Weighing {
  const count = counted.ids.length;
  // lunr declares only the fields some document fills; their place in that list is theirs here too.
  const fields = ALL_FIELDS.filter((_, f) => counted.filled[f]);
  return {
    fields,
    declared: ALL_FIELDS.map((field) => fields.indexOf(field)),
    average: ALL_FIELDS.map((_, f) => (counted.lengthSum[f] as number) / count),
    idf: counted.terms.map((_, t) => lunrIdf(count, counted.holders.get(t))),
  };
}

/** The terms section: every term's bytes, sorted as the reader's binary search compares them. */
function writeTerms(writer: StoreWriter, terms: readonly string[]): TermOrder {
  const encoded = terms.map((term) => Buffer.from(term));
  const order = terms.map((_, t) => t).sort((a, b) => Buffer.compare(encoded[a] as Buffer, encoded[b] as Buffer));
  const place = new Uint32Array(terms.length);
  order.forEach((t, i) => (place[t] = i));
  const termTable = new Uint32Array(order.length * TERM_COLUMNS);
  writer.section('terms', () => {
    let offset = 0;
    order.forEach((t, i) => {
      const length = (encoded[t] as Buffer).length;
      termTable[i * TERM_COLUMNS] = offset;
      termTable[i * TERM_COLUMNS + 1] = length;
      offset += length;
    });
    writer.out(Buffer.concat(order.map((t) => encoded[t] as Buffer)));
  });
  return { order, place, termTable };
}

/**
 * Pass 2, a run of terms at a time (in their sorted order), so that only one run's
 * postings are ever held: every entry is weighed and put in its term's place.
 */
function writePostings(
  writer: StoreWriter,
  counted: Counted,
  weighing: Weighing,
  terms: TermOrder,
  entriesPerRun: number,
): void {
  const { order } = terms;
  let offset = 0;
  for (let lo = 0; lo < order.length;) {
    let hi = lo;
    let total = 0;
    while (hi < order.length && (hi === lo || total + counted.holders.get(order[hi] as number) <= entriesPerRun)) {
      total += counted.holders.get(order[hi++] as number);
    }
    const run = weighRun(counted, weighing, terms, lo, hi, total);
    for (let local = 0; local < hi - lo; local++) {
      const bytes = termPostings(run, weighing.fields.length, local, order[lo + local] as number);
      const row = (lo + local) * TERM_COLUMNS;
      terms.termTable[row + 2] = offset;
      terms.termTable[row + 3] = bytes.length;
      terms.termTable[row + 4] = cacheChecksum(bytes);
      offset += bytes.length;
      writer.out(bytes);
    }
    lo = hi;
  }
}

/** One run's entries, weighed and sorted by term (a counting sort), documents ascending. */
interface Run {
  starts: Uint32Array;
  postDoc: Uint32Array;
  postField: Uint8Array;
  postWeight: Int32Array;
}

function weighRun(counted: Counted, weighing: Weighing, terms: TermOrder, lo: number, hi: number, total: number): Run {
  const starts = new Uint32Array(hi - lo + 1);
  for (let i = 0; i < hi - lo; i++) {
    starts[i + 1] = (starts[i] as number) + counted.holders.get(terms.order[lo + i] as number);
  }
  const fill = starts.slice(0, hi - lo);
  const run: Run = {
    starts,
    postDoc: new Uint32Array(total),
    postField: new Uint8Array(total),
    postWeight: new Int32Array(total),
  };
  for (let d = 0; d < counted.ids.length; d++) {
    ALL_FIELDS.forEach((field, f) => {
      const pair = d * ALL_FIELDS.length + f;
      for (let e = counted.pairStart.get(pair); e < counted.pairStart.get(pair + 1); e++) {
        const t = counted.entryTerm.get(e);
        const local = (terms.place[t] as number) - lo;
        if (local < 0 || local >= hi - lo) continue;
        const at = (fill[local] as number)++;
        run.postDoc[at] = d;
        run.postField[at] = weighing.declared[f] as number;
        run.postWeight[at] = storedWeight({
          idf: weighing.idf[t] as number,
          tf: counted.entryTf.get(e),
          fieldLength: counted.pairLength.get(pair),
          averageLength: weighing.average[f] as number,
          fieldBoost: FIELD_BOOSTS[field] || 1,
          documentBoost: counted.docBoosts[d] as number,
        });
      }
    });
  }
  return run;
}

/**
 * One term's postings as stored: its number, each declared field's entry count, then the
 * documents and (as int32) the weights, grouped by field (a stable pass per field keeps
 * each field's documents ascending).
 */
function termPostings(run: Run, fieldCount: number, local: number, term: number): Uint8Array {
  const start = run.starts[local] as number;
  const n = (run.starts[local + 1] as number) - start;
  const words = new Uint32Array(1 + fieldCount + 2 * n);
  const weights = new Int32Array(words.buffer);
  words[0] = term;
  let at = 1 + fieldCount;
  for (let fi = 0; fi < fieldCount; fi++) {
    let held = 0;
    for (let e = start; e < start + n; e++) {
      if (run.postField[e] !== fi) continue;
      words[at] = run.postDoc[e] as number;
      weights[at + n] = run.postWeight[e] as number;
      at++;
      held++;
    }
    words[1 + fi] = held;
  }
  return new Uint8Array(words.buffer);
}

/** The document table (meta and record places), and the documents ranked by id and back. */
function writeDocumentTables(writer: StoreWriter, counted: Counted, metaOffsets: readonly number[]): void {
  const count = counted.ids.length;
  const table = new Uint32Array(count * DOC_COLUMNS);
  for (let d = 0; d < count; d++) {
    table.set(
      [
        metaOffsets[d * 2] as number,
        metaOffsets[d * 2 + 1] as number,
        counted.docTable.get(d * 3),
        counted.docTable.get(d * 3 + 1),
        counted.docTable.get(d * 3 + 2),
      ],
      d * DOC_COLUMNS,
    );
  }
  writer.section('docTable', () => writer.out(new Uint8Array(table.buffer)));
  const { ids } = counted;
  const byId = ids.map((_, d) => d).sort((a, b) => compareText(ids[a] as string, ids[b] as string));
  const ranks = new Uint32Array(count);
  byId.forEach((d, rank) => (ranks[d] = rank));
  writer.section('ranks', () => writer.out(new Uint8Array(ranks.buffer)));
  writer.section('byRank', () => writer.out(new Uint8Array(Uint32Array.from(byId).buffer)));
}
