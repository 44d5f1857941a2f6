// The typed-array LSH buckets against a plain model (a Map per band): the same earlier pages met, through
// growth of the arrays and of the table.
import { BandBuckets } from '../../src/corpus/band-buckets.js';
import { random } from '../../bench/neardup/corpus.mjs';

describe('BandBuckets', () => {
  it('meets the earlier pages with the same key in the same band, newest first, and no others', () => {
    const buckets = new BandBuckets(3);
    const met = (slot: number, keys: number[]) => {
      const out: number[] = [];
      buckets.add(slot, Uint32Array.from(keys), (other) => out.push(other));
      return out;
    };
    expect(met(0, [7, 8, 9])).toEqual([]);
    expect(met(1, [9, 8, 7])).toEqual([0]); // key 8 in band 1 only: equal keys in other bands do not count
    expect(met(2, [7, 1, 2])).toEqual([0]);
    expect(met(3, [7, 8, 2])).toEqual([2, 0, 1, 0, 2]); // band 0: pages 2, 0; band 1: pages 1, 0; band 2: page 2
  });

  it('gives the answers of a Map per band over many pages (the arrays and the table grow on the way)', () => {
    const bands = 5;
    const rng = random(4);
    const buckets = new BandBuckets(bands);
    const model = Array.from({ length: bands }, () => new Map<number, number[]>());
    for (let slot = 0; slot < 6000; slot++) {
      // few distinct keys in band 0 (long chains), many in the others; some keys above 2^31
      const keys = Uint32Array.from({ length: bands }, (_, b) => (b === 0 ? Math.floor(rng() * 50) : Math.floor(rng() * 2 ** 32 * (b === 1 ? 1 : 1e-6))));
      const got: number[] = [];
      buckets.add(slot, keys, (other) => got.push(other));
      const want: number[] = [];
      keys.forEach((key, b) => {
        const list = model[b].get(key) ?? [];
        want.push(...[...list].reverse());
        model[b].set(key, [...list, slot]);
      });
      if (got.join() !== want.join()) throw new Error(`page ${slot}: met ${got.join()} instead of ${want.join()}`);
    }
  });
});
