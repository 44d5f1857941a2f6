// A count-min sketch: approximate counts of many keys in fixed memory. Each key adds one to a counter in each of
// `depth` rows; its estimate is the smallest of its counters, which never undercounts and overcounts only by
// collisions (with width w, by about total/w with high probability). Two sketches of the same shape merge by
// adding their counters, so shards of a corpus can be counted apart and combined.
import type { Hash2 } from './hash.js';

export interface SketchShape {
  width: number;
  depth: number;
}

export class CountMinSketch {
  readonly width: number;
  readonly depth: number;
  readonly counts: Uint32Array;

  constructor(shape: SketchShape, counts?: Uint32Array) {
    this.width = shape.width;
    this.depth = shape.depth;
    this.counts = counts ?? new Uint32Array(shape.width * shape.depth);
    if (this.counts.length !== this.width * this.depth) throw new Error('sketch counters do not match its shape');
  }

  add(h: Hash2, n = 1): void {
    for (let i = 0; i < this.depth; i++) {
      const at = this.cell(h, i);
      this.counts[at] = Math.min(0xffffffff, this.counts[at] + n);
    }
  }

  /** `add(h)` when other threads may add to the same counters at the same time (shared memory): the counts come
   * out the same in any order. Unlike `add`, a counter does not stop at 2^32 - 1 but wraps (4 billion pages). */
  addShared(h: Hash2): void {
    for (let i = 0; i < this.depth; i++) Atomics.add(this.counts, this.cell(h, i), 1);
  }

  /** Take back one `add(h)` (a page counted twice). */
  remove(h: Hash2): void {
    for (let i = 0; i < this.depth; i++) {
      const at = this.cell(h, i);
      this.counts[at] = Math.max(0, this.counts[at] - 1);
    }
  }

  estimate(h: Hash2): number {
    let min = Infinity;
    for (let i = 0; i < this.depth; i++) {
      min = Math.min(min, this.counts[this.cell(h, i)]);
    }
    return min;
  }

  /** The counter of `h` in row i (Kirsch-Mitzenmacher: h1 + i * h2). */
  private cell(h: Hash2, i: number): number {
    return i * this.width + ((h.h1 + Math.imul(i, h.h2)) >>> 0) % this.width;
  }

  merge(other: CountMinSketch): void {
    if (other.width !== this.width || other.depth !== this.depth) throw new Error('cannot merge sketches of different shapes');
    for (let i = 0; i < this.counts.length; i++) this.counts[i] = Math.min(0xffffffff, this.counts[i] + other.counts[i]);
  }
}
