/**
 * How the exported site's search data is cut up, shared by the export (which writes the
 * pieces) and the site's script (which fetches them). The site searches the CLI's own
 * store file, cut into chunks of CHUNK_BYTES; a search fetches only the chunks holding the
 * terms it reaches and the hits it shows. Each document's page (its href and label) lives
 * in one of a few shards, by a hash of its id. Every piece is a classic script, which a
 * page opened from disk (file://) may load: it hands its payload to TIPKIT_SEARCH_CHUNK.
 */

import type { UrduVocabulary } from '../../domain/search/urdu-query.js';

/** Big enough that a search loads a few files, small enough that a hit costs little. */
export const CHUNK_BYTES = 128 * 1024;

/** Documents per page shard, about. */
export const DOCUMENTS_PER_PAGE_SHARD = 2000;

/** Where the pieces live, from the site root; each is `<name>.js`. */
export const SEARCH_DIR = 'assets/search';

/** The first piece the site loads: what the rest are. */
export interface SiteSearchManifest {
  /** The store file's size in bytes; its chunks are `store-<n>`. */
  size: number;
  chunkBytes: number;
  /** The chunks every search reads: the store's header, term list and tables. */
  preload: string[];
  /** How many `pages-<n>` shards there are. */
  pageShards: number;
  /** True when every document in the store has a page (nothing was left out with --only). */
  complete: boolean;
  /** tipkit's Urdu vocabulary, so that the site reads Urdu queries as the CLI does. */
  urdu: UrduVocabulary;
}

/** A page shard: for each document id in it, [href from the index page, label]. */
export type PageShard = Record<string, [string, string]>;

export const storeChunk = (n: number): string => `store-${n}`;
export const pageShard = (n: number): string => `pages-${n}`;

/** The shard holding an id's page: FNV-1a over its UTF-16 code units, the same in Node and the browser. */
export function pageShardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shards;
}

/** The chunks a byte range lies in. */
export function chunksOf(position: number, length: number, chunkBytes: number): number[] {
  if (length <= 0) return [];
  const first = Math.floor(position / chunkBytes);
  const last = Math.floor((position + length - 1) / chunkBytes);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
