// The Dice coefficient of character bigrams (string-similarity's compareTwoStrings: whitespace removed, bigrams
// counted with multiplicity), with each string's bigrams listed once rather than once per comparison: the
// near-duplicate search compares every paragraph with every earlier one, and re-splitting both strings into
// bigrams at each of those comparisons would be most of the cleaner's time. The numbers are string-similarity's.

import { charClass, SPACE } from './script.js';

/** Hash bins of a string's bigrams: 2^BIN_BITS. */
const BIN_BITS = 6;
const BINS = 1 << BIN_BITS;

/**
 * A string's bigrams as the comparisons need them. Most pairs compared are unlike and are told apart by their bins
 * alone, so the bins are counted at once, in one scan of the string, and the list of bigrams (and the string
 * without white space) only made for a string that one comparison gets past the bins with: on a page's
 * paragraphs, that list and that string had been a tenth of all the memory the cleaner allocated.
 */
export interface Bigrams {
  text: string;
  /** Length of the text without white space (what is compared). */
  length: number;
  /** How many of the bigrams fall in each hash bin. Shared bigrams fall in the same bin, so the sum over bins of the
   * smaller count bounds the intersection from above: most unlike pairs are told apart from it. */
  bins: number[];
  /** The text without white space, once asked for. */
  stripped: string | null;
  /** Its bigrams (two UTF-16 code units packed in 32 bits), repeats included: a multiset, sorted so that two of
   * them intersect in one pass with no hash lookups; made when first needed. */
  codes: Uint32Array | null;
}

export function bigrams(text: string): Bigrams {
  const bins = new Array<number>(BINS).fill(0);
  let length = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // white space as `\s` matches it (charClass on a UTF-16 unit): the bigrams are those of the stripped text
    if (charClass(unit) === SPACE) continue;
    length++;
    if (previous >= 0) bins[binOf(bigramCode(previous, unit))]++;
    previous = unit;
  }
  return { text, length, bins, stripped: null, codes: null };
}

function strippedOf(x: Bigrams): string {
  return (x.stripped ??= x.text.replace(/\s+/g, ''));
}

/** The bigram list, sorted. */
function codesOf(x: Bigrams): Uint32Array {
  if (x.codes === null) {
    const stripped = strippedOf(x);
    const codes = new Uint32Array(Math.max(0, stripped.length - 1));
    for (let i = 0; i < codes.length; i++) codes[i] = bigramCode(stripped.charCodeAt(i), stripped.charCodeAt(i + 1));
    x.codes = codes.sort();
  }
  return x.codes;
}

/** Two UTF-16 code units packed in 32 bits. */
function bigramCode(first: number, second: number): number {
  return ((first << 16) | second) >>> 0;
}

/** A bigram's bin: the top bits of a multiplicative hash (both code units move it). */
function binOf(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> (32 - BIN_BITS);
}

/** 2 |A ∩ B| / (|A| + |B|) over the bigram multisets; 1 for equal strings, 0 when either is under 2 characters. */
export function dice(a: Bigrams, b: Bigrams): number {
  if (strippedOf(a) === strippedOf(b)) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  return (2.0 * sharedBigrams(a, b)) / (a.length - 1 + b.length - 1);
}

/**
 * Whether `dice(a, b) >= threshold`, the same answer, sooner: first against the bound the bins give, then in a
 * merge that stops as soon as the bigrams left could no longer make up the shortfall. Most pairs compared are
 * unlike, and are told apart by the bound or in a fraction of the merge.
 */
export function diceReaches(a: Bigrams, b: Bigrams, threshold: number): boolean {
  if (a.length < 2 || b.length < 2) return (strippedOf(a) === strippedOf(b) ? 1 : 0) >= threshold;
  const total = a.length - 1 + b.length - 1;
  let bound = 0;
  for (let i = 0; i < BINS; i++) bound += Math.min(a.bins[i], b.bins[i]);
  // equal strings have equal bins: they pass the bound whatever the threshold up to 1
  if ((2.0 * bound) / total < threshold) return false;
  if (strippedOf(a) === strippedOf(b)) return 1 >= threshold;
  const shared = sharedBigrams(a, b, threshold);
  return shared >= 0 && (2.0 * shared) / total >= threshold;
}

/** The size of the multiset intersection of two bigram lists (each bigram counts as often as it occurs in both),
 * in one merge of the sorted lists; with a threshold, -1 once a Dice coefficient of at least it is out of reach. */
function sharedBigrams(a: Bigrams, b: Bigrams, threshold = -Infinity): number {
  const x = codesOf(a);
  const y = codesOf(b);
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
