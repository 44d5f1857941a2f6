// The Dice coefficient of character bigrams (string-similarity's compareTwoStrings: whitespace removed, bigrams
// counted with multiplicity), with each string's bigrams listed once rather than once per comparison: the
// near-duplicate search compares every paragraph with every earlier one, and re-splitting both strings into
// bigrams at each of those comparisons was most of the cleaner's time. Results are the same numbers.

export interface Bigrams {
  /** The string without whitespace, as compared. */
  stripped: string;
  /** Its bigrams (two UTF-16 code units packed in 32 bits) in ascending order, repeats included: a multiset that
   * two sorted arrays intersect in one merge, with no hash lookups. */
  sorted: Uint32Array;
}

export function bigrams(text: string): Bigrams {
  const stripped = text.replace(/\s+/g, '');
  const sorted = new Uint32Array(Math.max(0, stripped.length - 1));
  for (let i = 0; i < sorted.length; i++) sorted[i] = ((stripped.charCodeAt(i) << 16) | stripped.charCodeAt(i + 1)) >>> 0;
  return { stripped, sorted: sorted.sort() };
}

/** 2 |A ∩ B| / (|A| + |B|) over the bigram multisets; 1 for equal strings, 0 when either is under 2 characters. */
export function dice(a: Bigrams, b: Bigrams): number {
  if (a.stripped === b.stripped) return 1;
  if (a.stripped.length < 2 || b.stripped.length < 2) return 0;
  return (2.0 * sharedBigrams(a.sorted, b.sorted)) / (a.sorted.length + b.sorted.length);
}

/**
 * Whether `dice(a, b) >= threshold`, the same answer, but the merge stops as soon as the bigrams left could no
 * longer make up the shortfall: most pairs compared are unlike, and are told apart in a fraction of the merge.
 */
export function diceReaches(a: Bigrams, b: Bigrams, threshold: number): boolean {
  if (a.stripped === b.stripped) return 1 >= threshold;
  if (a.stripped.length < 2 || b.stripped.length < 2) return 0 >= threshold;
  const shared = sharedBigrams(a.sorted, b.sorted, threshold);
  return shared >= 0 && (2.0 * shared) / (a.sorted.length + b.sorted.length) >= threshold;
}

/** The size of the multiset intersection of two sorted arrays (each bigram counts as often as it occurs in both),
 * in one merge; with a threshold, -1 once a Dice coefficient of at least it is out of reach. */
function sharedBigrams(x: Uint32Array, y: Uint32Array, threshold = -Infinity): number {
  const total = x.length + y.length;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
      continue;
    }
    if (x[i] < y[j]) i++;
    else j++;
    // at best every bigram left on the shorter side is shared
    if ((2.0 * (shared + Math.min(x.length - i, y.length - j))) / total < threshold) return -1;
  }
  return shared;
}
