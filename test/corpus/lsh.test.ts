// LSH banding: the layout chosen for a threshold finds pairs at the threshold and makes few chance candidates.
import { bandKeys, bandLayout, candidateProbability, CANDIDATE_RECALL } from '../../src/corpus/lsh.js';

describe('bandLayout', () => {
  it.each([0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95])('at threshold %s finds pairs at the threshold with the longest bands that do', (t) => {
    const layout = bandLayout(t, 128);
    expect(layout.bands * layout.rows).toBeLessThanOrEqual(128);
    expect(candidateProbability(t, layout)).toBeGreaterThanOrEqual(CANDIDATE_RECALL);
    // one more row per band would miss pairs at the threshold: these are the longest bands that do not
    const longer = { bands: Math.floor(128 / (layout.rows + 1)), rows: layout.rows + 1 };
    expect(candidateProbability(t, longer)).toBeLessThan(CANDIDATE_RECALL);
  });

  it('is 21 bands of 6 rows for the default 0.8 and 128 permutations: stories on one topic are rarely compared', () => {
    const layout = bandLayout(0.8, 128);
    expect(layout).toEqual({ bands: 21, rows: 6 });
    expect(candidateProbability(0.75, layout)).toBeGreaterThan(0.98);
    // generated stories on one topic have Jaccard similarities up to about 0.2 (bench/neardup-eval.mjs)
    expect(candidateProbability(0.2, layout)).toBeLessThan(0.002);
  });

  it('takes the number of bands when given', () => {
    expect(bandLayout(0.8, 128, 16)).toEqual({ bands: 16, rows: 8 });
  });
});

describe('bandKeys', () => {
  it('gives equal keys exactly for bands with equal values', () => {
    const a = Uint32Array.from({ length: 12 }, (_, i) => i * 7919);
    const b = a.slice();
    b[5] = 1; // second band of three rows
    const [ka, kb] = [bandKeys(a, { bands: 4, rows: 3 }), bandKeys(b, { bands: 4, rows: 3 })];
    expect(Array.from(ka).map((k, i) => k === kb[i])).toEqual([true, false, true, true]);
  });

  it('gives different keys to equal values in different bands', () => {
    const keys = bandKeys(new Uint32Array(12).fill(5), { bands: 4, rows: 3 });
    expect(new Set(keys).size).toBe(4);
  });
});
