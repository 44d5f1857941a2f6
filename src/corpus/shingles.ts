// A body as a set of word shingles (runs of consecutive words), hashed to 32 bits. Shingles are taken within
// paragraphs, never across a paragraph break, so a copy with its paragraphs reordered has exactly the same set;
// a paragraph shorter than a shingle is one shingle of its own. Words are those of src/text/tokens.ts, in lower
// case after NFKC, so case, punctuation and spacing make no difference.
import { paragraphKey } from '../text/tokens.js';
import { hashKeyWords, mix32 } from './hash.js';

/** Distinct shingle hashes of a body (paragraphs are separated by a blank line, as in a record's body). */
export function shingleSet(body: string, shingleWords: number): Set<number> {
  return new Set(shingleHashes(body, shingleWords));
}

/** The same distinct hashes in ascending order, in a typed array: a set of numbers boxes half of them (those
 * past 2^30), and this runs on every page's body. */
export function shingleHashes(body: string, shingleWords: number): Uint32Array {
  const all: number[] = [];
  const hashes: number[] = [];
  for (const paragraph of body.split('\n\n')) {
    hashes.length = 0;
    hashKeyWords(paragraphKey(paragraph), hashes);
    if (hashes.length === 0) continue;
    const span = Math.min(shingleWords, hashes.length);
    for (let start = 0; start + span <= hashes.length; start++) {
      let h = span;
      for (let i = start; i < start + span; i++) h = mix32(h ^ hashes[i]);
      all.push(h);
    }
  }
  const sorted = Uint32Array.from(all).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  return sorted.subarray(0, distinct);
}

/** Exact Jaccard similarity of two shingle sets: shared shingles over all shingles (1 for two empty sets). */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / (a.size + b.size - shared);
}
