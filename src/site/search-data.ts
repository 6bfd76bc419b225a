/**
 * The site's search data in the browser: the pieces search-shards.ts describes, fetched
 * as classic scripts when a search first needs them. The CLI's own store reader and
 * search run on them; a read of a chunk not yet fetched throws BytesMissing, the chunks
 * are fetched, and the search runs again.
 */
import { searchSource, type SearchResult, type SearchSource } from '../domain/search/search.js';
import { BytesMissing, collectMissing, SearchStore, type StoreBytes } from '../domain/search/store-read.js';
import { storeSource } from '../domain/search/store-source.js';
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

/** Each search fetches what it reaches in a few rounds; past this something is wrong with the files. */
const MAX_ROUNDS = 12;

/** The pieces fetched so far, each fetched once. */
class Pieces {
  private readonly held = new Map<string, unknown>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly base: string) {
    window.TIPKIT_SEARCH_CHUNK = (name, payload) => void this.held.set(name, payload);
  }

  /** A fetched piece's payload; throws BytesMissing for one not fetched yet. */
  get(name: string): unknown {
    if (!this.held.has(name)) throw new BytesMissing([name]);
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
      const numbers = chunksOf(position, length, size);
      // Every chunk of the range asked for at once.
      const chunks = collectMissing(numbers, chunk);
      const out = new Uint8Array(length);
      numbers.forEach((n, i) => {
        const from = Math.max(position, n * size);
        const to = Math.min(position + length, (n + 1) * size);
        out.set((chunks[i] as Uint8Array).subarray(from - n * size, to - n * size), from - position);
      });
      return out;
    },
  };
}

/** Runs `attempt`, fetching what it lacks, until it has all it reads. */
async function withData<T>(pieces: Pieces, attempt: () => T): Promise<T> {
  for (let round = 0; ; round++) {
    try {
      return attempt();
    } catch (error) {
      if (!(error instanceof BytesMissing) || round >= MAX_ROUNDS) throw error;
      await pieces.load(error.chunks);
    }
  }
}

export interface SiteHit {
  hit: SearchResult['hits'][number];
  href: string;
  label: string;
}

export interface SiteSearch {
  search(query: string, limit: number): Promise<{ result: SearchResult; hits: SiteHit[] }>;
}

/** Opens the site's search: the manifest, then the chunks every search reads. */
export async function openSiteSearch(base: string): Promise<SiteSearch> {
  const pieces = new Pieces(base);
  await pieces.load(['manifest']);
  const manifest = pieces.get('manifest') as SiteSearchManifest;
  await pieces.load(manifest.preload);
  const store = await withData(pieces, () => new SearchStore(chunkedStore(pieces, manifest), 'the search data'));
  const pageOf = (id: string): [string, string] | undefined =>
    (pieces.get(pageShard(pageShardOf(id, manifest.pageShards))) as PageShard)[id];
  const source = storeSource(store);
  // A document the export has no page for counts as not there, as the CLI counts a filtered-out one.
  const site: SearchSource = {
    ...source,
    complete: manifest.complete,
    meta: (ref) => {
      const meta = source.meta(ref);
      return meta && pageOf(meta.id) ? meta : undefined;
    },
  };
  return {
    search: (query, limit) =>
      withData(pieces, () => {
        const result = searchSource(site, query, { limit, vocabulary: manifest.urdu });
        const hits = collectMissing(result.hits, (hit) => {
          const [href, label] = pageOf(hit.id) ?? ['#', hit.type];
          return { hit, href, label };
        });
        return { result, hits };
      }),
  };
}
