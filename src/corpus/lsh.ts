// Locality-sensitive hashing by banding: a signature is cut into `bands` bands of `rows` values, and two pages
// become candidates when they agree on every value of at least one band. That happens with probability
// 1 - (1 - J^rows)^bands for Jaccard similarity J: an S-curve, steep around the threshold, so a page is compared
// with the few earlier pages that may be near duplicates instead of with all of them.
import { mix32 } from './hash.js';

export interface BandLayout {
  bands: number;
  rows: number;
}

/** A pair at the threshold must become a candidate at least this often (the verification decides the rest). */
export const CANDIDATE_RECALL = 0.995;

/** Probability that two pages of Jaccard similarity `j` share a band. */
export function candidateProbability(j: number, { bands, rows }: BandLayout): number {
  return 1 - (1 - j ** rows) ** bands;
}

/**
 * The longest bands (fewest chance candidates, so least verification work) with which a pair exactly at the
 * threshold still becomes a candidate with probability CANDIDATE_RECALL; pairs above it do so more often still.
 * With 128 permutations and threshold 0.8: 21 bands of 6 rows (0.998 at 0.8, 0.98 at 0.75, 0.13% at 0.2).
 */
export function bandLayout(threshold: number, permutations: number, bands?: number): BandLayout {
  if (bands !== undefined) return { bands, rows: Math.floor(permutations / bands) };
  for (let rows = permutations; rows > 1; rows--) {
    const layout = { bands: Math.floor(permutations / rows), rows };
    if (candidateProbability(threshold, layout) >= CANDIDATE_RECALL) return layout;
  }
  return { bands: permutations, rows: 1 };
}

/** One 32-bit key per band: pages with equal rows in a band get equal keys (and rarely others do by chance). */
export function bandKeys(signature: Uint32Array, { bands, rows }: BandLayout): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = b;
    for (let i = b * rows; i < (b + 1) * rows; i++) h = mix32(h ^ signature[i]);
    keys[b] = h;
  }
  return keys;
}
