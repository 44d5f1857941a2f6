// L2-regularised logistic regression on weighted samples (with a fixed offset per sample, where given), fitted by
// Newton's method from zero weights (newton.ts). The penalised loss has one minimum, which Newton's method reaches
// to the last digits in a few steps whatever the start, so the weights are the optimum itself rather than wherever
// an iteration count stopped, and the same samples give the same weights on every run.
import { minimiseNewton } from './newton.js';

export interface Samples {
  /** Feature vectors, one per sample, all `width` long. */
  x: Float64Array[];
  y: Uint8Array;
  weight: Float64Array;
  width: number;
  /** Log-odds added to each sample's score and not fitted (a prior the model is used with). */
  offset?: Float64Array;
}

export interface LogisticOptions {
  /** L2 penalty on every weight but the bias (the loss is the weighted mean of the samples' losses). */
  l2: number;
  /** Index of the constant feature, which the penalty leaves alone. */
  bias: number;
  maxSteps?: number;
}

/** The loss: mean weighted log loss plus the penalty. */
function loss(samples: Samples, w: Float64Array, opts: LogisticOptions, total: number): number {
  let sum = 0;
  for (let i = 0; i < samples.x.length; i++) {
    const z = score(samples, w, i);
    // log(1 + e^z) - y z, computed without overflow
    const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    sum += samples.weight[i] * (softplus - samples.y[i] * z);
  }
  let penalty = 0;
  for (let j = 0; j < w.length; j++) if (j !== opts.bias) penalty += w[j] * w[j];
  return sum / total + (opts.l2 / 2) * penalty;
}

function score(samples: Samples, w: Float64Array, i: number): number {
  const xi = samples.x[i];
  let z = samples.offset ? samples.offset[i] : 0;
  for (let j = 0; j < w.length; j++) z += w[j] * xi[j];
  return z;
}

export function fitLogistic(samples: Samples, opts: LogisticOptions): Float64Array {
  const d = samples.width;
  const n = samples.x.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += samples.weight[i];
  return minimiseNewton(
    {
      width: d,
      value: (w) => loss(samples, w, opts, total),
      derivatives: (w, g, h) => {
        for (let i = 0; i < n; i++) {
          const xi = samples.x[i];
          const p = 1 / (1 + Math.exp(-score(samples, w, i)));
          const s = samples.weight[i] / total;
          const err = s * (p - samples.y[i]);
          const curvature = s * p * (1 - p);
          for (let a = 0; a < d; a++) {
            const xa = xi[a];
            if (xa === 0) continue;
            g[a] += err * xa;
            const ca = curvature * xa;
            for (let b = 0; b <= a; b++) h[a * d + b] += ca * xi[b];
          }
        }
        for (let a = 0; a < d; a++) {
          // a feature no sample holds keeps a zero weight: the penalty alone holds it there
          const penalty = a === opts.bias ? 1e-9 : opts.l2;
          g[a] += a === opts.bias ? 0 : opts.l2 * w[a];
          h[a * d + a] += penalty;
          for (let b = 0; b < a; b++) h[b * d + a] = h[a * d + b];
        }
      },
    },
    opts.maxSteps ?? 50,
  );
}
