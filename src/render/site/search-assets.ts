import { idLabel, splitId } from '../../domain/corpus/ids.js';
import type { DocumentMeta } from '../../domain/search/documents.js';
import type { SearchStore } from '../../domain/search/store-read.js';
import type { UrduVocabulary } from '../../domain/search/urdu-query.js';
import { STORE_MAGIC } from '../../domain/search/store-format.js';
import type { Content } from '../../domain/writes/write-file.js';
import { relativeHref } from './links.js';
import type { Site } from './page.js';
import {
  CHUNK_BYTES,
  chunksOf,
  DOCUMENTS_PER_PAGE_SHARD,
  pageShard,
  pageShardOf,
  SEARCH_DIR,
  storeChunk,
  type PageShard,
  type SiteSearchManifest,
} from './search-shards.js';

/**
 * The site's search data (search-shards.ts says how it is cut): the manifest, the store's
 * chunks and the page shards, each written when its turn comes, so a statute book's store
 * is never held in memory whole.
 */
export function searchAssets(
  shorts: ReadonlyMap<string, string>,
  site: Site,
  store: SearchStore,
  urdu: UrduVocabulary,
): Map<string, Content> {
  const files = new Map<string, Content>();
  const { size } = store.bytes;
  const chunkCount = Math.ceil(size / CHUNK_BYTES);
  for (let n = 0; n < chunkCount; n++) {
    files.set(`${SEARCH_DIR}/${storeChunk(n)}.js`, (write) => {
      const bytes = store.bytes.read(n * CHUNK_BYTES, Math.min(CHUNK_BYTES, size - n * CHUNK_BYTES));
      write(
        chunkScript(storeChunk(n), `"${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64')}"`),
      );
    });
  }

  const pageShards = Math.max(1, Math.ceil(store.documentCount / DOCUMENTS_PER_PAGE_SHARD));
  const shards: PageShard[] = Array.from({ length: pageShards }, () => ({}));
  let complete = true;
  for (let doc = 0; doc < store.documentCount; doc++) {
    const meta = store.meta(doc);
    const target = site.targets.get(meta.id);
    // A document the export has no page for (left out with --only) is dropped from the hits.
    if (!target) {
      complete = false;
      continue;
    }
    (shards[pageShardOf(meta.id, pageShards)] as PageShard)[meta.id] = [
      relativeHref('index', target, '.html'),
      labelOf(shorts, meta),
    ];
  }
  shards.forEach((shard, n) => files.set(`${SEARCH_DIR}/${pageShard(n)}.js`, chunkScript(pageShard(n), json(shard))));

  // Every search reads the magic line, the header at the end, the term list and the tables.
  const { sections } = store.header;
  const end = Math.max(...Object.values(sections).map(([offset, length]) => offset + length));
  const read = [
    [0, STORE_MAGIC.length],
    [end, size - end],
    sections.terms,
    sections.termTable,
    sections.docTable,
  ] as const;
  const preload = [...new Set(read.flatMap(([offset, length]) => chunksOf(offset, length, CHUNK_BYTES)))];
  const manifest: SiteSearchManifest = {
    size,
    chunkBytes: CHUNK_BYTES,
    preload: preload.sort((a, b) => a - b).map(storeChunk),
    pageShards,
    complete,
    urdu,
  };
  files.set(`${SEARCH_DIR}/manifest.js`, chunkScript('manifest', json(manifest)));
  return files;
}

/** A piece of the search data as a classic script. */
function chunkScript(name: string, payload: string): string {
  return `TIPKIT_SEARCH_CHUNK(${JSON.stringify(name)}, ${payload});\n`;
}

/** JSON as script text: "<" escaped so it could even sit in a <script> element without ending it. */
function json(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** "PTPA s.3" for a hit on an instrument the export has (a hit on any other has no page, so no label). */
function labelOf(shorts: ReadonlyMap<string, string>, doc: DocumentMeta): string {
  if (doc.type === 'case') return 'case';
  const [instrument] = splitId(doc.id);
  const label = idLabel(shorts.get(instrument) ?? instrument, doc.id);
  return doc.type === 'guidance' ? `${label} · guidance, not law` : label;
}
