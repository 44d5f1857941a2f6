// The Dice coefficient of character bigrams (string-similarity's compareTwoStrings: whitespace removed, bigrams
// counted with multiplicity), with each string's bigrams listed once rather than once per comparison: the
// near-duplicate search compares every paragraph with every earlier one, and re-splitting both strings into
// bigrams at each of those comparisons was most of the cleaner's time. Results are the same numbers.

/** Hash bins of a string's bigrams: 2^BIN_BITS. */
const BIN_BITS = 6;
const BINS = 1 << BIN_BITS;

export interface Bigrams {
  /** The string without whitespace, as compared. */
  stripped: string;
  /** Its bigrams (two UTF-16 code units packed in 32 bits), repeats included: a multiset. Sorted in place the first
   * time a merge needs it, so that two of them intersect in one pass with no hash lookups. */
  codes: Uint32Array;
  sorted: boolean;
  /** How many of the bigrams fall in each hash bin. Shared bigrams fall in the same bin, so the sum over bins of the
   * smaller count bounds the intersection from above: most unlike pairs are told apart from it, unsorted. */
  bins: Uint32Array;
}

export function bigrams(text: string): Bigrams {
  const stripped = text.replace(/\s+/g, '');
  // one buffer for both: a typed array of this size gets a buffer of its own outside the heap
  const buffer = new Uint32Array(BINS + Math.max(0, stripped.length - 1));
  const bins = buffer.subarray(0, BINS);
  const codes = buffer.subarray(BINS);
  for (let i = 0; i < codes.length; i++) {
    const code = ((stripped.charCodeAt(i) << 16) | stripped.charCodeAt(i + 1)) >>> 0;
    codes[i] = code;
    bins[binOf(code)]++;
  }
  return { stripped, codes, sorted: false, bins };
}

/** A bigram's bin: the top bits of a multiplicative hash (both code units move it). */
function binOf(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> (32 - BIN_BITS);
}

/** 2 |A ∩ B| / (|A| + |B|) over the bigram multisets; 1 for equal strings, 0 when either is under 2 characters. */
export function dice(a: Bigrams, b: Bigrams): number {
  if (a.stripped === b.stripped) return 1;
  if (a.stripped.length < 2 || b.stripped.length < 2) return 0;
  return (2.0 * sharedBigrams(a, b)) / (a.codes.length + b.codes.length);
}

/**
 * Whether `dice(a, b) >= threshold`, the same answer, sooner: first against the bound the bins give, then in a
 * merge that stops as soon as the bigrams left could no longer make up the shortfall. Most pairs compared are
 * unlike, and are told apart by the bound or in a fraction of the merge.
 */
export function diceReaches(a: Bigrams, b: Bigrams, threshold: number): boolean {
  if (a.stripped === b.stripped) return 1 >= threshold;
  if (a.stripped.length < 2 || b.stripped.length < 2) return 0 >= threshold;
  const total = a.codes.length + b.codes.length;
  let bound = 0;
  for (let i = 0; i < BINS; i++) bound += Math.min(a.bins[i], b.bins[i]);
  if ((2.0 * bound) / total < threshold) return false;
  const shared = sharedBigrams(a, b, threshold);
  return shared >= 0 && (2.0 * shared) / total >= threshold;
}

function sortedCodes(x: Bigrams): Uint32Array {
  if (!x.sorted) {
    x.codes.sort();
    x.sorted = true;
  }
  return x.codes;
}

/** The size of the multiset intersection of two bigram lists (each bigram counts as often as it occurs in both),
 * in one merge of the sorted lists; with a threshold, -1 once a Dice coefficient of at least it is out of reach. */
function sharedBigrams(a: Bigrams, b: Bigrams, threshold = -Infinity): number {
  const x = sortedCodes(a);
  const y = sortedCodes(b);
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
