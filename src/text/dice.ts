// The Dice coefficient of character bigrams (string-similarity's compareTwoStrings: whitespace removed, bigrams
// counted with multiplicity), with each string's bigrams counted once rather than once per comparison: the
// near-duplicate search compares every paragraph with every earlier one, and re-splitting both strings into
// bigrams at each of those comparisons was most of the cleaner's time. Results are the same numbers.

export interface Bigrams {
  /** The string without whitespace, as compared. */
  stripped: string;
  /** Bigram (two UTF-16 code units, packed in one number) -> occurrences. */
  counts: Map<number, number>;
}

export function bigrams(text: string): Bigrams {
  const stripped = text.replace(/\s+/g, '');
  const counts = new Map<number, number>();
  for (let i = 0; i < stripped.length - 1; i++) {
    const pair = stripped.charCodeAt(i) * 0x10000 + stripped.charCodeAt(i + 1);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return { stripped, counts };
}

/** 2 |A ∩ B| / (|A| + |B|) over the bigram multisets; 1 for equal strings, 0 when either is under 2 characters. */
export function dice(a: Bigrams, b: Bigrams): number {
  if (a.stripped === b.stripped) return 1;
  if (a.stripped.length < 2 || b.stripped.length < 2) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let shared = 0;
  for (const [pair, n] of small) {
    const m = large.get(pair);
    if (m !== undefined) shared += n < m ? n : m;
  }
  return (2.0 * shared) / (a.stripped.length + b.stripped.length - 2);
}
