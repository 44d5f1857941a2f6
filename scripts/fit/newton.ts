// Newton's method for the fitters' convex, L2-penalised losses (logistic.ts's regression, fields.ts's headline
// ranker): from zero weights, each step solves H s = g and is halved until the loss falls, until the weights stop
// moving. A strictly convex loss has one minimum, which this reaches to the last digits whatever the start, so the
// same data give the same weights on every run.

export interface ConvexLoss {
  /** How many weights. */
  width: number;
  /** The loss at `w`. */
  value(w: Float64Array): number;
  /** Adds the loss's gradient at `w` to `grad` and its Hessian to `hessian` (row-major, width x width, symmetric). */
  derivatives(w: Float64Array, grad: Float64Array, hessian: Float64Array): void;
}

/** The step is halved at most this many times before the weights are taken as they are. */
const HALVINGS = 30;
/** The weights have converged when no weight moves by more than this in a step. */
const TOLERANCE = 1e-9;

export function minimiseNewton(loss: ConvexLoss, maxSteps: number): Float64Array {
  const d = loss.width;
  let w = new Float64Array(d);
  let current = loss.value(w);
  for (let step = 0; step < maxSteps; step++) {
    const g = new Float64Array(d);
    const h = new Float64Array(d * d);
    loss.derivatives(w, g, h);
    const direction = solveSymmetric(h, g, d);
    // halve the step until the loss falls (Newton's full step almost always does)
    let t = 1;
    let next = w;
    let value = current;
    for (let tries = 0; tries < HALVINGS; tries++, t /= 2) {
      const candidate = w.map((wj, j) => wj - t * direction[j]);
      const l = loss.value(candidate);
      if (l <= current) {
        next = candidate;
        value = l;
        break;
      }
    }
    const moved = next.reduce((m, v, j) => Math.max(m, Math.abs(v - w[j])), 0);
    w = next;
    current = value;
    if (moved < TOLERANCE) break;
  }
  return w;
}

/** Solve H x = g for a symmetric positive definite H (row-major, d x d) by Cholesky decomposition. */
export function solveSymmetric(h: Float64Array, g: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i * d + j];
      for (let k = 0; k < j; k++) sum -= l[i * d + k] * l[j * d + k];
      l[i * d + j] = i === j ? Math.sqrt(Math.max(sum, 1e-300)) : sum / l[j * d + j];
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = g[i];
    for (let k = 0; k < i; k++) sum -= l[i * d + k] * y[k];
    y[i] = sum / l[i * d + i];
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < d; k++) sum -= l[k * d + i] * x[k];
    x[i] = sum / l[i * d + i];
  }
  return x;
}
