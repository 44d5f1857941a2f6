// A body as a set of word shingles (runs of consecutive words), hashed to 32 bits. Shingles are taken within
// paragraphs, never across a paragraph break, so a copy with its paragraphs reordered has exactly the same set;
// a paragraph shorter than a shingle is one shingle of its own. Words are those of src/text/tokens.ts, in lower
// case after NFKC, so case, punctuation and spacing make no difference.
import { words } from '../text/tokens.js';
import { hashString, mix32 } from './hash.js';

/** Distinct shingle hashes of a body (paragraphs are separated by a blank line, as in a record's body). */
export function shingleSet(body: string, shingleWords: number): Set<number> {
  const set = new Set<number>();
  for (const paragraph of body.split('\n\n')) {
    const hashes = words(paragraph.normalize('NFKC').toLowerCase()).map(hashString);
    if (hashes.length === 0) continue;
    const span = Math.min(shingleWords, hashes.length);
    for (let start = 0; start + span <= hashes.length; start++) {
      let h = span;
      for (let i = start; i < start + span; i++) h = mix32(h ^ hashes[i]);
      set.add(h);
    }
  }
  return set;
}

/** Exact Jaccard similarity of two shingle sets: shared shingles over all shingles (1 for two empty sets). */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / (a.size + b.size - shared);
}
