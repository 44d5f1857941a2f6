// Typed arrays that grow a chunk at a time and are never copied. A doubling array holds both the old and the new
// copy while it grows, and the freed copies stay in the allocator's arenas: for the duplicate index at 100,000
// pages that would be about twice the memory of the data itself.

/** Elements per chunk (a power of two, so that an index splits into chunk and offset with bit operations). */
const SHIFT = 16;
const SIZE = 1 << SHIFT;
const MASK = SIZE - 1;

/** One growing array of numbers (32-bit integers, or doubles); elements never set read 0. */
export class ChunkedArray<T extends Int32Array | Uint32Array | Float64Array> {
  private readonly chunks: T[] = [];

  constructor(private readonly make: (length: number) => T) {}

  get(i: number): number {
    return this.chunks[i >>> SHIFT][i & MASK];
  }

  /** Set element i, adding chunks up to it. */
  set(i: number, value: number): void {
    const c = i >>> SHIFT;
    while (this.chunks.length <= c) this.chunks.push(this.make(SIZE));
    this.chunks[c][i & MASK] = value;
  }
}

/** Fixed-length rows (a page's signature) in chunks of whole rows, each row one contiguous view. */
export class ChunkedRows<T extends Uint8Array | Uint16Array | Uint32Array> {
  private readonly chunks: T[] = [];
  private readonly rowsPerChunk: number;

  constructor(
    readonly width: number,
    private readonly make: (length: number) => T,
  ) {
    this.rowsPerChunk = Math.max(1, Math.floor(SIZE / width));
  }

  /** Set a row; a narrower array keeps the low bits of each value (typed-array conversion). */
  set(row: number, values: ArrayLike<number>): void {
    const c = Math.floor(row / this.rowsPerChunk);
    while (this.chunks.length <= c) this.chunks.push(this.make(this.rowsPerChunk * this.width));
    this.chunks[c].set(values, (row % this.rowsPerChunk) * this.width);
  }

  /** Row `row` and the offset it starts at in the returned array (no copy). */
  locate(row: number): [T, number] {
    return [this.chunks[Math.floor(row / this.rowsPerChunk)], (row % this.rowsPerChunk) * this.width];
  }
}
