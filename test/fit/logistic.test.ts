// The classifier's fitter solves its logistic regression to the optimum: the penalised loss's gradient vanishes
// there, an offset is a fixed part of the score, and the same samples give the same weights.
import { fitLogistic, type Samples } from '../../scripts/fit/logistic.js';

/** Samples from a known model z = 2 x1 - 3 x2 + 0.5 (deterministic pseudo-random points). */
function samples(n: number, offset?: number): Samples {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const x: Float64Array[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = Float64Array.from([1, rand() * 2 - 1, rand() * 2 - 1, 0]);
    const z = 0.5 + 2 * v[1] - 3 * v[2];
    x.push(v);
    y.push(rand() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
  }
  const out: Samples = { x, y: Uint8Array.from(y), weight: new Float64Array(n).fill(1), width: 4 };
  if (offset !== undefined) out.offset = new Float64Array(n).fill(offset);
  return out;
}

function gradient(s: Samples, w: Float64Array, l2: number): number[] {
  const g = new Array<number>(s.width).fill(0);
  for (let i = 0; i < s.x.length; i++) {
    let z = s.offset ? s.offset[i] : 0;
    for (let j = 0; j < s.width; j++) z += w[j] * s.x[i][j];
    const err = 1 / (1 + Math.exp(-z)) - s.y[i];
    for (let j = 0; j < s.width; j++) g[j] += (err * s.x[i][j]) / s.x.length;
  }
  return g.map((v, j) => v + (j === 0 ? 0 : l2 * w[j]));
}

describe('logistic regression', () => {
  it('reaches the optimum of the penalised loss, near the model that made the samples', () => {
    const s = samples(4000);
    const w = fitLogistic(s, { l2: 0.001, bias: 0 });
    for (const g of gradient(s, w, 0.001)) expect(Math.abs(g)).toBeLessThan(1e-9);
    expect(w[1]).toBeGreaterThan(1.5);
    expect(w[2]).toBeLessThan(-2.5);
    // a feature no sample holds keeps a zero weight
    expect(w[3]).toBe(0);
  });

  it('adds the offset to the score without fitting it', () => {
    const plain = fitLogistic(samples(2000), { l2: 0.001, bias: 0 });
    const shifted = fitLogistic(samples(2000, 1), { l2: 0.001, bias: 0 });
    expect(shifted[0]).toBeCloseTo(plain[0] - 1, 6);
    expect(shifted[1]).toBeCloseTo(plain[1], 6);
  });

  it('gives the same weights on every run', () => {
    expect(fitLogistic(samples(1000), { l2: 0.01, bias: 0 })).toEqual(fitLogistic(samples(1000), { l2: 0.01, bias: 0 }));
  });
});
