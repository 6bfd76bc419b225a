/** The search store on disk or in memory, for Node: read a range at a time, every range checked as it is read. */
import { closeSync } from 'node:fs';
import { cacheChecksum, openCacheFile, readCacheBytes } from '../corpus/store.js';
import { SearchStore, StoreDamaged, type StoreBytes } from './store-read.js';

function fileBytes(fd: number, size: number, path: string): StoreBytes {
  return {
    size,
    read(position, length) {
      const buffer = Buffer.alloc(length);
      let whole: boolean;
      try {
        whole = readCacheBytes(fd, buffer, position);
      } catch {
        throw new StoreDamaged(`${path} cannot be read`);
      }
      if (!whole) throw new StoreDamaged(`${path} is cut short`);
      return buffer;
    },
    close: () => closeSync(fd),
  };
}

/** Opens a store; undefined when there is none at `path`, it is not a regular file, or its header and term list are not whole. */
export function openStoreFile(path: string): SearchStore | undefined {
  const file = openCacheFile(path);
  if (!file) return undefined;
  try {
    return new SearchStore(fileBytes(file.fd, file.size, path), path, cacheChecksum);
  } catch {
    closeSync(file.fd);
    return undefined;
  }
}

/** A store held in memory: where no cache could be written. */
export function storeFromBytes(bytes: Uint8Array): SearchStore {
  return new SearchStore(
    { size: bytes.length, read: (position, length) => bytes.subarray(position, position + length) },
    'the search store in memory',
    cacheChecksum,
  );
}
