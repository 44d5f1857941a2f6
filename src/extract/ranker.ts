// A linear ranker: each candidate's features (title-features.ts) weighed and summed, the highest sum wins. The
// weights are fitted by scripts/fit/fields.ts as a conditional logit (a softmax over a page's candidates), so
// the sums rank a page's candidates against each other and mean nothing across pages.
export type LinearWeights = Readonly<Record<string, number>>;

export function linearScore(names: readonly string[], weights: LinearWeights, x: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < names.length; i++) sum += (weights[names[i]] ?? 0) * x[i];
  return sum;
}

/** The candidate with the highest score; the first of equals (the one higher on the page). */
export function bestOf<T extends { features: Float64Array }>(items: readonly T[], names: readonly string[], weights: LinearWeights): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = linearScore(names, weights, item.features);
    if (s > bestScore) {
      best = item;
      bestScore = s;
    }
  }
  return best;
}
