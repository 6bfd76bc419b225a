import { cacheChecksum } from '../corpus/store.js';
import { STORE_MAGIC, type StoreHeader } from './store-format.js';

type SectionName = keyof StoreHeader['sections'];

/**
 * Writes a store's file in order: the magic, then named sections (each recorded with its
 * offset, length and checksum for the header), then the header and its eight-byte tail.
 */
export class StoreWriter {
  /** Bytes written so far: the offset of what is written next. */
  written = 0;
  readonly sections = {} as StoreHeader['sections'];
  readonly checks = {} as StoreHeader['checks'];
  /** The checksum of the section being written, so far. */
  private running = 0;

  constructor(private readonly write: (chunk: Uint8Array | string) => void) {
    write(STORE_MAGIC);
    this.written = Buffer.byteLength(STORE_MAGIC);
  }

  /** Writes one chunk of the open section. */
  out(chunk: Uint8Array): void {
    this.write(chunk);
    this.written += chunk.byteLength;
    this.running = cacheChecksum(chunk, this.running);
  }

  /** Opens section `name`, lets `emit` write it, and records where it is and its checksum. */
  section(name: SectionName, emit: () => void): void {
    const start = this.written;
    this.running = 0;
    emit();
    this.sections[name] = [start, this.written - start];
    this.checks[name] = this.running;
  }

  /** The header last (the reader finds it from the tail): its JSON, then its checksum and length. */
  finish(
    identity: Pick<StoreHeader, 'hash' | 'vocabulary' | 'catalog'>,
    shape: Pick<StoreHeader, 'fields' | 'documents' | 'terms'>,
  ): void {
    // In this order: the header's bytes are checksummed, and stores are compared byte for byte.
    const header: StoreHeader = { ...identity, checks: this.checks, ...shape, sections: this.sections };
    const head = Buffer.from(JSON.stringify(header));
    const tail = Buffer.alloc(8);
    tail.writeUInt32LE(cacheChecksum(head));
    tail.writeUInt32LE(head.length, 4);
    this.write(head);
    this.write(tail);
  }
}
