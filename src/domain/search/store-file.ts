/** The search store on disk or in memory, for Node: read a range at a time, its term list checked. */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { SearchStore, StoreDamaged, type StoreBytes, type StoreCheck } from './store-read.js';

const sha1: StoreCheck = (terms, table) => createHash('sha1').update(terms).update(table).digest('hex');

function fileBytes(fd: number, path: string): StoreBytes {
  return {
    size: fstatSync(fd).size,
    read(position, length) {
      const buffer = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, buffer, done, length - done, position + done);
        if (n === 0) throw new StoreDamaged(`${path} is cut short`);
        done += n;
      }
      return buffer;
    },
    close: () => closeSync(fd),
  };
}

/** Opens a store; undefined when there is none at `path` or it is not whole. */
export function openStoreFile(path: string): SearchStore | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    return new SearchStore(fileBytes(fd, path), path, sha1);
  } catch {
    closeSync(fd);
    return undefined;
  }
}

/** A store held in memory: where no cache could be written. */
export function storeFromBytes(bytes: Uint8Array): SearchStore {
  return new SearchStore(
    { size: bytes.length, read: (position, length) => bytes.subarray(position, position + length) },
    'the search store in memory',
    sha1,
  );
}
