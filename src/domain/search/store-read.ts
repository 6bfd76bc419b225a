/**
 * Reads the search store a few byte ranges at a time: the term list and its table at
 * open, then only the postings of the terms a query touches and the documents it hits.
 * Each read is named before it is done (staged.ts): planReach names the postings a query
 * reaches, from the term list alone; plan the sections and records a step reads. For a
 * query, query-reach.ts builds the part of the lunr index those terms make and lets lunr
 * query and score it: lunr's similarity is the query vector's dot product with each
 * document vector, so the entries of terms outside the query never count, and the hits,
 * their order and their scores are those of the whole index.
 */
import { compareText, escapeRegExp } from '../common/text.js';
import { levenshtein } from '../citations/normalize.js';
import type { DocumentMeta, SearchDocument } from './documents.js';
import { fromArray, fromClause, queryClauses, type Clause } from './lunr-compat.js';
import { clauseTerms, type Posting, type QueryReach } from './query-reach.js';
import { lunr, type Lunr } from './lunr.js';
import { DOC_COLUMNS, STORE_MAGIC, TERM_COLUMNS, type StoreHeader, type StoreSection } from './store-format.js';
import { makeStem, searchPipeline, stemmerFunction, type Stem } from './stemmer.js';
import type { Staged } from './staged.js';

/** A store whose header reads but whose contents do not: the cache is rebuilt, never trusted. */
export class StoreDamaged extends Error {}

/**
 * Where a store's bytes come from: a file (store-file.ts), memory, or the exported site's
 * chunks, which the browser fetches as a search's plan names them (staged.ts), so that a
 * read never asks for bytes not yet fetched.
 */
export interface StoreBytes {
  readonly size: number;
  /** `length` bytes at `position`; throws StoreDamaged past the end. */
  read(position: number, length: number): Uint8Array;
  close?(): void;
}

/** Bytes of the store a step of a search needs before it reads them. */
export interface ByteRange {
  position: number;
  length: number;
}

/** What a search reads of the store besides postings: what its filters, citations, ties and hits read. */
export interface StoreReads {
  /** Documents' meta (filters). */
  meta?: boolean;
  /** These documents' records (phrases, snippets). */
  documents?: readonly number[];
  /** A document by its id (a citation in the query). */
  find?: boolean;
  /** The order of ids (ties between equal scores). */
  order?: boolean;
}

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

function text(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Compares bytes as Buffer.compare does, without Node's Buffer (the store is read in the browser too). */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/**
 * The checksum the store was built with (corpus/store.ts's), given the checksum of the bytes
 * before: passed by the Node reader. The exported site passes none: the export checked the
 * whole store before it cut it into the site's chunks.
 */
export type StoreCheck = (bytes: Uint8Array, before?: number) => number;

/** Bytes checked at a time when a whole store is checked. */
const CHECK_PIECE = 1 << 20;

/** A query and the terms it can reach, known from the term list alone: their postings are what it reads next. */
export interface ReachPlan {
  query: Lunr.Query;
  /** The numbers of every term a clause could expand to. */
  terms: number[];
  /** Where their postings lie. */
  ranges: ByteRange[];
}

export class SearchStore {
  readonly header: StoreHeader;
  private readonly terms: Uint8Array;
  private readonly table: Uint32Array;
  private docTableRead?: Uint32Array;
  private ranks?: Uint32Array;
  private metaSection?: Uint8Array;
  private readonly pipeline: Lunr.Pipeline;
  /** How this store's words were stemmed: a query is stemmed the same way. */
  readonly stem: Stem;
  private allTerms?: string[];
  private byRank?: Uint32Array;

  /** Reads the header and the term list; throws StoreDamaged if they are not a whole store. */
  constructor(
    readonly bytes: StoreBytes,
    private readonly path: string,
    private readonly check?: StoreCheck,
  ) {
    const magic = text(this.read(0, STORE_MAGIC.length));
    if (magic !== STORE_MAGIC) throw new StoreDamaged(`${path} is not a tipkit search store`);
    const tail = new DataView(uint32(this.read(bytes.size - 8, 8)).buffer);
    const length = tail.getUint32(4, true);
    this.header = this.json<StoreHeader>(
      this.checked(this.read(bytes.size - 8 - length, length), tail.getUint32(0, true)),
    );
    const { vocabulary, checks, sections } = this.header;
    if (!vocabulary?.stems || !this.header.catalog?.aliases || !checks || !sections) {
      throw new StoreDamaged(`${path} is damaged`);
    }
    this.terms = this.section('terms');
    this.table = uint32(this.section('termTable'));
    this.stem = makeStem(vocabulary.stems);
    this.pipeline = searchPipeline(stemmerFunction(this.stem, vocabulary.hash));
  }

  close(): void {
    this.bytes.close?.();
  }

  get documentCount(): number {
    return this.header.documents;
  }

  /**
   * Checks every section of the store, a piece at a time: for a reader that hands on the
   * store's bytes rather than reading them (the exported site). Throws StoreDamaged.
   */
  verify(): void {
    const { check } = this;
    if (!check) return;
    for (const [name, [offset, length]] of Object.entries(this.header.sections)) {
      let sum = 0;
      for (let at = 0; at < length; at += CHECK_PIECE) {
        sum = check(this.read(offset + at, Math.min(CHECK_PIECE, length - at)), sum);
      }
      if (sum !== this.header.checks[name as StoreSection]) throw new StoreDamaged(`${this.path} is damaged`);
    }
  }

  /** The document's place among all ids sorted. */
  rank(doc: number): number {
    this.ranks ??= uint32(this.section('ranks'));
    return this.ranks[doc] as number;
  }

  /** True when some document holds the (stemmed) term. */
  hasTerm(term: string): boolean {
    return this.find(term) >= 0;
  }

  /** The number of the document with this id, by a binary search of the ids in order; undefined when there is none. */
  findDocument(id: string): number | undefined {
    this.byRank ??= uint32(this.section('byRank'));
    let lo = 0;
    let hi = this.documentCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const doc = this.byRank[mid] as number;
      const cmp = compareText(this.meta(doc).id, id);
      if (cmp === 0) return doc;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  meta(doc: number): DocumentMeta {
    // Filters read the meta of every hit: one read of the whole section beats thousands of small ones.
    this.metaSection ??= this.section('meta');
    const row = this.docRow(doc);
    const start = this.docTable()[row] as number;
    const raw = this.metaSection.subarray(start, start + (this.docTable()[row + 1] as number));
    const [id, type, instruments, kind] = this.json(raw) as [
      string,
      DocumentMeta['type'],
      string[],
      DocumentMeta['kind'] | null,
    ];
    return { id, type, instruments, ...(kind ? { kind } : {}) };
  }

  document(doc: number): SearchDocument {
    const { position, length } = this.recordRange(doc);
    return this.json<SearchDocument>(
      this.checked(this.read(position, length), this.docTable()[this.docRow(doc) + 4] as number),
    );
  }

  /**
   * What a query can reach: its clauses, and every term a clause expands to (lunr's own
   * expansion, on the words a wildcard or edit distance could reach), found in the term
   * list, which the store always holds; their postings are read by `reach`.
   */
  planReach(build: (query: Lunr.Query) => void): ReachPlan {
    const query = new lunr.Query(this.header.fields);
    build(query);
    const candidates = new Set<number>();
    for (const clause of queryClauses(query)) {
      for (const term of clauseTerms(this.pipeline, clause)) {
        for (const t of this.candidates({ ...clause, term })) candidates.add(t);
      }
    }
    const terms = [...candidates];
    return { query, terms, ranges: terms.map((t) => this.postingRange(t)) };
  }

  /** The planned terms' postings, keyed by term in lunr's term order. */
  reach({ query, terms }: ReachPlan): QueryReach {
    const found = terms
      .map((t) => ({ word: this.term(t), posting: this.posting(t) }))
      .sort((a, b) => a.posting.index - b.posting.index);
    const postings = new Map(found.map(({ word, posting }) => [word, posting]));
    const tokenSet = fromArray([...postings.keys()].sort());
    return { query, fields: this.header.fields, pipeline: this.pipeline, postings, tokenSet };
  }

  /**
   * What `reads` need of the store, in the two steps they can be known: whole sections,
   * then the documents' records, which the document table locates.
   */
  *plan(reads: StoreReads): Staged<void, ByteRange> {
    const documents = reads.documents ?? [];
    const sections = new Set<StoreSection>();
    if (reads.meta || reads.find) sections.add('meta').add('docTable');
    if (reads.find) sections.add('byRank');
    if (reads.order) sections.add('ranks');
    if (documents.length > 0) sections.add('docTable');
    if (sections.size > 0) yield [...sections].map((name) => this.sectionRange(name));
    if (documents.length > 0) yield documents.map((doc) => this.recordRange(doc));
  }

  /** The term numbers a clause term may expand to: itself, or all a wildcard or an edit distance could reach. */
  private candidates(clause: Clause): number[] {
    const { term } = clause;
    const editDistance = clause.editDistance ?? 0;
    const exact = this.find(term);
    if (!term.includes('*') && editDistance === 0) return exact < 0 ? [] : [exact];
    const all = this.termList();
    const pattern = term.includes('*')
      ? new RegExp(`^${term.split('*').map(escapeRegExp).join('.*')}$`, 'u')
      : undefined;
    // Any edit lunr allows (insert, delete, substitute, transpose) changes a word by at most two
    // Levenshtein steps: a bound that keeps every word lunr could match.
    const bound = editDistance * 2;
    const found: number[] = exact < 0 ? [] : [exact];
    all.forEach((word, t) => {
      if (t === exact) return;
      if (
        (pattern && pattern.test(word)) ||
        (bound > 0 && Math.abs(term.length - word.length) <= bound && levenshtein(term, word, bound) <= bound)
      )
        found.push(t);
    });
    if (found.length <= 1) return found;
    // lunr's own expansion of the clause on those words, so only the postings it uses are read
    // (the bound lets in many more words than lunr's edits reach).
    const words = found.map((t) => all[t] as string);
    const byWord = new Map(words.map((word, i) => [word, found[i] as number]));
    const reached = fromArray(words.sort()).intersect(fromClause(clause)).toArray();
    return reached.map((word) => byWord.get(word) as number);
  }

  /** Binary search of the sorted term bytes; the term's number in the table, or -1. */
  private find(term: string): number {
    const key = encoder.encode(term);
    let lo = 0;
    let hi = this.header.terms - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = this.table[mid * TERM_COLUMNS] as number;
      const cmp = compareBytes(this.terms.subarray(start, start + (this.table[mid * TERM_COLUMNS + 1] as number)), key);
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private term(t: number): string {
    const start = this.table[t * TERM_COLUMNS] as number;
    return text(this.terms.subarray(start, start + (this.table[t * TERM_COLUMNS + 1] as number)));
  }

  private termList(): string[] {
    this.allTerms ??= Array.from({ length: this.header.terms }, (_, t) => this.term(t));
    return this.allTerms;
  }

  private postingRange(t: number): ByteRange {
    const row = t * TERM_COLUMNS;
    return {
      position: this.header.sections.postings[0] + (this.table[row + 2] as number),
      length: this.table[row + 3] as number,
    };
  }

  /** A term's postings, as store-format.ts lays them out. */
  private posting(t: number): Posting {
    const { position, length } = this.postingRange(t);
    const words = uint32(this.checked(this.read(position, length), this.table[t * TERM_COLUMNS + 4] as number));
    const fieldCount = this.header.fields.length;
    const n = (words.length - 1 - fieldCount) / 2;
    const counts = words.subarray(1, 1 + fieldCount);
    if (!Number.isInteger(n) || n < 0 || counts.reduce((sum, c) => sum + c, 0) !== n) {
      throw new StoreDamaged(`${this.path} is damaged`);
    }
    const posting: Posting = { index: words[0] as number, docs: [], weights: [] };
    let at = 1 + fieldCount;
    for (const count of counts) {
      posting.docs.push(words.subarray(at, at + count));
      posting.weights.push(new Int32Array(words.buffer, (at + n) * 4, count));
      at += count;
    }
    return posting;
  }

  /** Where a document's record lies. */
  private recordRange(doc: number): ByteRange {
    const row = this.docRow(doc);
    const table = this.docTable();
    return { position: this.header.sections.docs[0] + (table[row + 2] as number), length: table[row + 3] as number };
  }

  /** The document table, read (and checked) when a document is first asked for. */
  private docTable(): Uint32Array {
    this.docTableRead ??= uint32(this.section('docTable'));
    return this.docTableRead;
  }

  /** Where a document's row starts in the document table; a number outside the store is damage. */
  private docRow(doc: number): number {
    if (!Number.isInteger(doc) || doc < 0 || doc >= this.documentCount)
      throw new StoreDamaged(`${this.path} is damaged`);
    return doc * DOC_COLUMNS;
  }

  /** A whole section, checked against the header. */
  private section(name: StoreSection): Uint8Array {
    const { position, length } = this.sectionRange(name);
    return this.checked(this.read(position, length), this.header.checks[name]);
  }

  private sectionRange(name: StoreSection): ByteRange {
    const [position, length] = this.header.sections[name];
    return { position, length };
  }

  /** `bytes` if their checksum is `expected` (or if this reader checks nothing); throws StoreDamaged. */
  private checked(bytes: Uint8Array, expected: number): Uint8Array {
    if (this.check && this.check(bytes) !== expected) throw new StoreDamaged(`${this.path} is damaged`);
    return bytes;
  }

  private json<T>(bytes: Uint8Array): T {
    try {
      return JSON.parse(text(bytes)) as T;
    } catch {
      throw new StoreDamaged(`${this.path} is damaged`);
    }
  }

  private read(position: number, length: number): Uint8Array {
    if (position < 0 || length < 0 || position + length > this.bytes.size) {
      throw new StoreDamaged(`${this.path} is cut short`);
    }
    return this.bytes.read(position, length);
  }
}

/** A copy a Uint32Array can view (the bytes' offset may not be aligned). */
function uint32(buffer: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buffer.length);
  copy.set(buffer);
  return new Uint32Array(copy.buffer, 0, buffer.length / 4);
}
