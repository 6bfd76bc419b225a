/**
 * The search builder's memory: numbers in fixed chunks of typed arrays, not objects, so a
 * statute book's term frequencies fit in memory.
 */

/** Entries per chunk of a Packed array. */
const CHUNK = 1 << 20;

/**
 * A growable array of uint32 in fixed chunks: the builder's memory is numbers, not
 * objects, and growing never copies (a doubling array would briefly hold twice its size).
 */
export class Packed {
  length = 0;
  private readonly chunks: Uint32Array[] = [];
  push(value: number): void {
    const chunk = this.length >>> 20;
    if (chunk === this.chunks.length) this.chunks.push(new Uint32Array(CHUNK));
    (this.chunks[chunk] as Uint32Array)[this.length & (CHUNK - 1)] = value;
    this.length++;
  }
  get(i: number): number {
    return (this.chunks[i >>> 20] as Uint32Array)[i & (CHUNK - 1)] as number;
  }
  increment(i: number): void {
    const chunk = this.chunks[i >>> 20] as Uint32Array;
    chunk[i & (CHUNK - 1)] = (chunk[i & (CHUNK - 1)] as number) + 1;
  }
}

/**
 * Term frequencies, a byte each: nearly all are small, and a statute book has tens of
 * millions of them. The few of 255 or more are kept aside, whole.
 */
export class PackedCounts {
  length = 0;
  private readonly chunks: Uint8Array[] = [];
  private readonly large = new Map<number, number>();
  push(value: number): void {
    const chunk = this.length >>> 20;
    if (chunk === this.chunks.length) this.chunks.push(new Uint8Array(CHUNK));
    (this.chunks[chunk] as Uint8Array)[this.length & (CHUNK - 1)] = Math.min(value, 255);
    if (value >= 255) this.large.set(this.length, value);
    this.length++;
  }
  get(i: number): number {
    const value = (this.chunks[i >>> 20] as Uint8Array)[i & (CHUNK - 1)] as number;
    return value === 255 ? (this.large.get(i) as number) : value;
  }
}
