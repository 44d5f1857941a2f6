// The LSH buckets of every page in typed arrays, grown in chunks and never copied (chunked.ts). Each page puts
// one entry in one bucket per band, so a corpus of n pages has 21n entries at the default layout: a Map per band
// would spend an object entry (and often a boxed number for a 32-bit key) on each, about 1 KB per page; this
// spends about 20 bytes per entry.
// An entry is `slot * bands + band`. The entries of one bucket form a chain through `next`, newest first; an
// open-addressing table (linear probing) maps a (band, key) to the newest entry of its bucket.
import { mix32 } from './hash.js';
import { ChunkedArray } from './chunked.js';

const EMPTY = -1;
// read once: in a vm context (jest) each read of a global in a hot loop is slow
const imul = Math.imul;

export class BandBuckets {
  /** Band key of each entry. */
  private readonly keys = new ChunkedArray((n) => new Uint32Array(n));
  /** The entry before each entry in its bucket, or EMPTY. */
  private readonly next = new ChunkedArray((n) => new Int32Array(n));
  /** Cell -> newest entry of the bucket stored there, or EMPTY. The size is a power of two, at most 3/4 full:
   * at 100,000 pages (2.1 million buckets) 16 MiB instead of 32, for a probe or two more per lookup. */
  private table: Int32Array;
  private filled = 0;

  constructor(readonly bands: number) {
    this.table = new Int32Array(4096).fill(EMPTY);
  }

  /**
   * Put page `slot` (slots are taken in order, each once) in the bucket of each of its band keys, calling
   * `visit` first with the `reach` latest earlier pages in that bucket (a page met in several bands is visited
   * once per band).
   */
  add(slot: number, bandKeys: Uint32Array, visit: (other: number) => void, reach = Infinity): void {
    const bands = this.bands;
    for (let band = 0; band < bands; band++) {
      const key = bandKeys[band];
      const cell = this.cellOf(band, key);
      const head = this.table[cell];
      let left = reach;
      for (let e = head; e !== EMPTY && left > 0; e = this.next.get(e), left--) visit((e / bands) | 0);
      const entry = slot * bands + band;
      this.keys.set(entry, key);
      this.next.set(entry, head);
      this.table[cell] = entry;
      if (head === EMPTY && ++this.filled * 4 > this.table.length * 3) this.rehash();
    }
  }

  /** The cell holding the bucket of (band, key), or the empty cell where it would go. */
  private cellOf(band: number, key: number): number {
    const mask = this.table.length - 1;
    const bands = this.bands;
    for (let cell = mix32(key ^ imul(band + 1, 0x9e3779b9)) & mask; ; cell = (cell + 1) & mask) {
      const e = this.table[cell];
      if (e === EMPTY || (this.keys.get(e) === key && e % bands === band)) return cell;
    }
  }

  private rehash(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(EMPTY);
    for (const e of old) if (e !== EMPTY) this.table[this.cellOf(e % this.bands, this.keys.get(e))] = e;
  }
}
