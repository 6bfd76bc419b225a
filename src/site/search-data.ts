/**
 * The site's search data in the browser: the pieces search-shards.ts describes, fetched
 * as classic scripts when a search first needs them. The CLI's own store reader and
 * search steps run on them: each step names the byte ranges it reads, the chunks holding
 * them are fetched together, and the step runs on bytes all there (staged.ts).
 */
import { searchSteps, type SearchResult, type SearchSource } from '../domain/search/search.js';
import { SearchStore, type ByteRange, type StoreBytes } from '../domain/search/store-read.js';
import { plannedStoreSource } from '../domain/search/store-source.js';
import { fetched } from '../domain/search/staged.js';
import type { DocumentMeta } from '../domain/search/documents.js';
import {
  chunksOf,
  pageShard,
  pageShardOf,
  storeChunk,
  type PageShard,
  type SiteSearchManifest,
} from '../render/site/search-shards.js';

declare global {
  interface Window {
    TIPKIT_SEARCH_CHUNK?: (name: string, payload: unknown) => void;
  }
}

/** The pieces fetched so far, each fetched once. */
class Pieces {
  private readonly held = new Map<string, unknown>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly base: string) {
    window.TIPKIT_SEARCH_CHUNK = (name, payload) => void this.held.set(name, payload);
  }

  /** A fetched piece's payload. The search fetches what it reads first: a piece not there is a fault in this code. */
  get(name: string): unknown {
    if (!this.held.has(name)) throw new Error(`${name} was read before it was fetched`);
    return this.held.get(name);
  }

  async load(names: readonly string[]): Promise<void> {
    await Promise.all(names.map((name) => this.loadOne(name)));
  }

  private loadOne(name: string): Promise<void> {
    if (this.held.has(name)) return Promise.resolve();
    let loading = this.pending.get(name);
    if (!loading) {
      loading = new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL(`${name}.js`, this.base).href;
        script.onload = () => {
          script.remove();
          if (this.held.has(name)) resolve();
          else reject(new Error(`${name}.js is not tipkit search data`));
        };
        script.onerror = () => {
          script.remove();
          this.pending.delete(name);
          reject(new Error(`${name}.js could not be loaded`));
        };
        document.body.append(script);
      });
      this.pending.set(name, loading);
    }
    return loading;
  }
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The store file, from whichever of its chunks have been fetched. */
function chunkedStore(pieces: Pieces, manifest: SiteSearchManifest): StoreBytes {
  const decoded = new Map<number, Uint8Array>();
  const chunk = (n: number): Uint8Array => {
    let bytes = decoded.get(n);
    if (!bytes) decoded.set(n, (bytes = decodeBase64(pieces.get(storeChunk(n)) as string)));
    return bytes;
  };
  const size = manifest.chunkBytes;
  return {
    size: manifest.size,
    read(position, length) {
      const out = new Uint8Array(length);
      for (const n of chunksOf(position, length, size)) {
        const from = Math.max(position, n * size);
        const to = Math.min(position + length, (n + 1) * size);
        out.set(chunk(n).subarray(from - n * size, to - n * size), from - position);
      }
      return out;
    },
  };
}

export interface SiteHit {
  hit: SearchResult['hits'][number];
  href: string;
  label: string;
}

export interface SiteSearch {
  search(query: string, limit: number): Promise<{ result: SearchResult; hits: SiteHit[] }>;
}

/** The chunks holding these byte ranges of the store. */
function chunksHolding(ranges: readonly ByteRange[], chunkBytes: number): string[] {
  const numbers = new Set(ranges.flatMap(({ position, length }) => chunksOf(position, length, chunkBytes)));
  return [...numbers].map(storeChunk);
}

/** Opens the site's search: the manifest, then the chunks every search reads. */
export async function openSiteSearch(base: string): Promise<SiteSearch> {
  const pieces = new Pieces(base);
  await pieces.load(['manifest']);
  const manifest = pieces.get('manifest') as SiteSearchManifest;
  await pieces.load(manifest.preload);
  // The preloaded chunks hold all a store reads when it opens.
  const store = new SearchStore(chunkedStore(pieces, manifest), 'the search data');
  const shardOf = (id: string): string => pageShard(pageShardOf(id, manifest.pageShards));
  const pageOf = (id: string): [string, string] | undefined => (pieces.get(shardOf(id)) as PageShard)[id];
  const source = plannedStoreSource(store, (ranges) => chunksHolding(ranges, manifest.chunkBytes));
  // A document the export has no page for counts as not there, as the CLI counts a filtered-out one.
  const site: SearchSource<string> = {
    ...source,
    complete: manifest.complete,
    *prepare(reads) {
      yield* source.prepare(reads);
      if (!manifest.complete && reads.meta?.length) {
        yield [...new Set(reads.meta.map((ref) => shardOf((source.meta(ref) as DocumentMeta).id)))];
      }
    },
    meta: (ref) => {
      const meta = source.meta(ref);
      return meta && (manifest.complete || pageOf(meta.id)) ? meta : undefined;
    },
  };
  return {
    search: async (query, limit) => {
      const load = (names: readonly string[]) => pieces.load(names);
      const result = await fetched(searchSteps(site, query, { limit, vocabulary: manifest.urdu }), load);
      await load([...new Set(result.hits.map((hit) => shardOf(hit.id)))]);
      const hits = result.hits.map((hit) => {
        const [href, label] = pageOf(hit.id) ?? ['#', hit.type];
        return { hit, href, label };
      });
      return { result, hits };
    },
  };
}
