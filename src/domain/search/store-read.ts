/**
 * Reads the search store a few byte ranges at a time: the term list and its table at
 * open, then only the postings of the terms a query touches and the documents it hits.
 * For a query it builds the part of the lunr index those terms make (their postings, the
 * vectors of the documents they match, a token set of the candidate terms) and lets lunr
 * query and score it: lunr's similarity is the query vector's dot product with each
 * document vector, so the entries of terms outside the query never count, and the hits,
 * their order and their scores are those of the whole index.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { escapeRegExp } from '../common/text.js';
import { levenshtein } from '../citations/normalize.js';
import type { DocumentMeta, SearchDocument } from './documents.js';
import { lunr, type Lunr } from './lunr.js';
import { STORE_MAGIC, type StoreHeader } from './store-format.js';
import './stemmer.js';

/** A store whose header reads but whose contents do not: the cache is rebuilt, never trusted. */
export class StoreDamaged extends Error {}

interface Posting {
  i: number;
  f: Record<string, [number, number][]>;
}

/** A lunr clause as the query parser leaves it (lunr's types omit some of these). */
interface Clause {
  term: string;
  fields: string[];
  usePipeline: boolean;
  editDistance?: number;
  presence?: number;
}

export class SearchStore {
  readonly header: StoreHeader;
  private readonly terms: Buffer;
  private readonly table: Uint32Array;
  private readonly docTable: Uint32Array;
  private ranks?: Uint32Array;
  private metaSection?: Buffer;
  private readonly pipeline: Lunr.Pipeline;
  private allTerms?: string[];

  private constructor(
    private readonly source: { fd: number } | { bytes: Buffer },
    private readonly path: string,
  ) {
    const magic = this.read(0, STORE_MAGIC.length).toString('latin1');
    if (magic !== STORE_MAGIC) throw new StoreDamaged(`${path} is not a tipkit search store`);
    const size = 'fd' in source ? fstatSync(source.fd).size : source.bytes.length;
    const length = this.read(size - 4, 4).readUInt32LE(0);
    this.header = JSON.parse(this.read(size - 4 - length, length).toString('utf8')) as StoreHeader;
    this.terms = this.section('terms');
    const table = this.section('termTable');
    if (createHash('sha1').update(this.terms).update(table).digest('hex') !== this.header.check) {
      throw new StoreDamaged(`${path} is damaged`);
    }
    this.table = uint32(table);
    this.docTable = uint32(this.section('docTable'));
    this.pipeline = lunr.Pipeline.load(this.header.pipeline);
  }

  /** Opens a store; undefined when there is none at `path` or it is not whole. */
  static open(path: string): SearchStore | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      return new SearchStore({ fd }, path);
    } catch {
      closeSync(fd);
      return undefined;
    }
  }

  /** A store held in memory: where no cache could be written. */
  static fromBytes(bytes: Buffer): SearchStore {
    return new SearchStore({ bytes }, 'the search store in memory');
  }

  close(): void {
    if ('fd' in this.source) closeSync(this.source.fd);
  }

  get documentCount(): number {
    return this.header.documents;
  }

  /** The document's place among all ids sorted. */
  rank(doc: number): number {
    this.ranks ??= uint32(this.section('ranks'));
    return this.ranks[doc] as number;
  }

  meta(doc: number): DocumentMeta {
    // Filters read the meta of every hit: one read of the whole section beats thousands of small ones.
    this.metaSection ??= this.section('meta');
    const start = this.docTable[doc * 4] as number;
    const raw = this.metaSection.toString('utf8', start, start + (this.docTable[doc * 4 + 1] as number));
    const [id, type, instruments, kind] = this.json(Buffer.from(raw)) as [
      string,
      DocumentMeta['type'],
      string[],
      DocumentMeta['kind'] | null,
    ];
    return { id, type, instruments, ...(kind ? { kind } : {}) };
  }

  document(doc: number): SearchDocument {
    return this.json<SearchDocument>(this.docRange(doc, 2));
  }

  /**
   * The part of the lunr index a query needs: the postings of every term any clause could
   * expand to (a superset lunr narrows down itself) and the vectors of what they match.
   */
  partialIndex(build: (query: Lunr.Query) => void): Lunr.Index {
    const query = new lunr.Query(this.header.fields);
    build(query);
    const candidates = new Set<number>();
    for (const clause of query.clauses as unknown as Clause[]) {
      // As lunr's Index.query does: the search pipeline on the clause's term, with its fields.
      const runString = this.pipeline.runString.bind(this.pipeline) as unknown as (s: string, m: object) => string[];
      const terms = clause.usePipeline ? runString(clause.term, { fields: clause.fields }) : [clause.term];
      for (const term of terms) for (const t of this.candidates(term, clause.editDistance ?? 0)) candidates.add(t);
    }
    const fields = this.header.fields;
    const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null) as Record<
      string,
      Record<string, unknown>
    >;
    const entries = new Map<string, number[]>();
    const words: string[] = [];
    // In lunr's term order, so each vector's elements arrive sorted by index, as lunr keeps them.
    const postings = [...candidates]
      .map((t) => ({ t, posting: this.json<Posting>(this.postingRange(t)) }))
      .sort((a, b) => a.posting.i - b.posting.i);
    for (const { t, posting } of postings) {
      const word = this.term(t);
      const entry: Record<string, unknown> = { _index: posting.i };
      for (const field of fields) {
        const byDoc: Record<string, object> = Object.create(null) as Record<string, object>;
        for (const [doc, weight] of posting.f[field] ?? []) {
          byDoc[doc] = {};
          const ref = `${field}/${doc}`;
          const list = entries.get(ref) ?? [];
          list.push(posting.i, weight);
          entries.set(ref, list);
        }
        entry[field] = byDoc;
      }
      invertedIndex[word] = entry;
      words.push(word);
    }
    const fieldVectors: Record<string, Lunr.Vector> = Object.create(null) as Record<string, Lunr.Vector>;
    for (const [ref, list] of entries) fieldVectors[ref] = new lunr.Vector(list);
    // A query of only -terms matches every document (score 0): lunr walks all vectors then.
    if ((query as unknown as { isNegated(): boolean }).isNegated()) {
      for (let doc = 0; doc < this.documentCount; doc++) {
        for (const field of fields) fieldVectors[`${field}/${doc}`] ??= new lunr.Vector([]);
      }
    }
    return new lunr.Index({
      invertedIndex,
      fieldVectors,
      // lunr's types omit TokenSet.fromArray; it wants the words in sorted order.
      tokenSet: (lunr.TokenSet as unknown as { fromArray(words: string[]): Lunr.TokenSet }).fromArray(words.sort()),
      fields,
      pipeline: this.pipeline,
    } as unknown as Lunr.Index.Attributes);
  }

  /** The term numbers a clause term may expand to: itself, or all a wildcard or an edit distance could reach. */
  private candidates(term: string, editDistance: number): number[] {
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
        (bound > 0 && Math.abs(term.length - word.length) <= bound && levenshtein(term, word) <= bound)
      )
        found.push(t);
    });
    return found;
  }

  /** Binary search of the sorted term bytes; the term's number in the table, or -1. */
  private find(term: string): number {
    const key = Buffer.from(term);
    let lo = 0;
    let hi = this.header.terms - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = this.table[mid * 4] as number;
      const cmp = Buffer.compare(this.terms.subarray(start, start + (this.table[mid * 4 + 1] as number)), key);
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private term(t: number): string {
    const start = this.table[t * 4] as number;
    return this.terms.toString('utf8', start, start + (this.table[t * 4 + 1] as number));
  }

  private termList(): string[] {
    this.allTerms ??= Array.from({ length: this.header.terms }, (_, t) => this.term(t));
    return this.allTerms;
  }

  private postingRange(t: number): Buffer {
    const [offset] = this.header.sections.postings;
    return this.read(offset + (this.table[t * 4 + 2] as number), this.table[t * 4 + 3] as number);
  }

  /** A document's meta (`column` 0) or its record (`column` 2). */
  private docRange(doc: number, column: 0 | 2): Buffer {
    const [offset] = this.header.sections[column === 0 ? 'meta' : 'docs'];
    return this.read(
      offset + (this.docTable[doc * 4 + column] as number),
      this.docTable[doc * 4 + column + 1] as number,
    );
  }

  private section(name: keyof StoreHeader['sections']): Buffer {
    const [offset, length] = this.header.sections[name];
    return this.read(offset, length);
  }

  private json<T>(bytes: Buffer): T {
    try {
      return JSON.parse(bytes.toString('utf8')) as T;
    } catch {
      throw new StoreDamaged(`${this.path} is damaged`);
    }
  }

  private read(position: number, length: number): Buffer {
    if ('bytes' in this.source) {
      if (position + length > this.source.bytes.length) throw new StoreDamaged(`${this.path} is cut short`);
      return this.source.bytes.subarray(position, position + length);
    }
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.source.fd, buffer, done, length - done, position + done);
      if (n === 0) throw new StoreDamaged(`${this.path} is cut short`);
      done += n;
    }
    return buffer;
  }
}

/** A copy a Uint32Array can view (the buffer's offset may not be aligned). */
function uint32(buffer: Buffer): Uint32Array {
  const copy = new Uint8Array(buffer.length);
  copy.set(buffer);
  return new Uint32Array(copy.buffer, 0, buffer.length / 4);
}
