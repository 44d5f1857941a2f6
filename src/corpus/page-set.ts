// Which page texts a corpus pass has already counted. A page copied under several names (mirrors, the same file in
// another encoding, a crawl that fetched a URL twice) is one page of evidence about which lines are template:
// counted as many, its own article would look like furniture.
//
// An exact set of 63-bit text hashes (hash2), in open addressing over one typed array that worker threads can
// share: inserting is one compare-and-swap per probe, so pages counted on several threads at once make the same
// set, and the same profile, in any order. (A Bloom filter, smaller, answers "seen" wrongly now and then, and
// which page it wrongs depends on the order pages come in.) Two different texts with the same 63-bit hash (about
// one chance in 10^8 at a million pages) count as one page.
import type { Hash2 } from './hash.js';

const EMPTY = 0n;

export class PageSet {
  readonly table: BigUint64Array;
  private readonly mask: number;

  /**
   * @param capacity the most pages that will be added (a corpus pass adds at most one per input)
   * @param table the table of another PageSet (`table`, shared memory), to add to the same set from this thread
   */
  constructor(capacity: number, table?: BigUint64Array) {
    const size = table?.length ?? tableSize(capacity);
    this.table = table ?? new BigUint64Array(new SharedArrayBuffer(size * BigUint64Array.BYTES_PER_ELEMENT));
    this.mask = size - 1;
  }

  /** Add a page's text hash; true when it is new, false when the same text was added before. */
  add({ h1, h2 }: Hash2): boolean {
    // h2 is odd (hash2), so no key is EMPTY; `>>> 0`: hash2's h2 may come as a negative 32-bit integer
    const key = (BigInt(h1 >>> 0) << 32n) | BigInt(h2 >>> 0);
    for (let cell = (h1 ^ Math.imul(h2, 0x9e3779b1)) & this.mask, probes = 0; probes <= this.mask; cell = (cell + 1) & this.mask, probes++) {
      const found = Atomics.compareExchange(this.table, cell, EMPTY, key);
      if (found === EMPTY) return true;
      if (found === key) return false;
    }
    throw new Error(`the set of counted pages is full (${this.table.length} cells): more pages than it was made for`);
  }
}

/** A power of two at least twice the capacity: probes stay short. */
function tableSize(capacity: number): number {
  let size = 16;
  while (size < 2 * capacity) size *= 2;
  return size;
}
