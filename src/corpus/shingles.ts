// A body as a set of word shingles (runs of consecutive words), hashed to 32 bits. Shingles are taken within
// paragraphs, never across a paragraph break, so a copy with its paragraphs reordered has exactly the same set;
// a paragraph shorter than a shingle is one shingle of its own. Words are those of src/text/tokens.ts, in lower
// case after NFKC, so case, punctuation and spacing make no difference.
import { paragraphKey } from '../text/tokens.js';
import { splitBody } from '../text/body-paragraphs.js';
import { hashKeyWords, mix32 } from './hash.js';

/** Distinct shingle hashes of a body (its paragraphs as src/text/body-paragraphs.ts cuts them). */
export function shingleSet(body: string, shingleWords: number): Set<number> {
  return new Set(shingleHashes(body, shingleWords));
}

/** The same distinct hashes in ascending order, in a typed array: a set of numbers boxes half of them (those
 * past 2^30), and this runs on every page's body. */
export function shingleHashes(body: string, shingleWords: number): Uint32Array {
  let all = scratch;
  let n = 0;
  const hashes: number[] = [];
  for (const paragraph of splitBody(body)) {
    hashes.length = 0;
    hashKeyWords(paragraphKey(paragraph), hashes);
    if (hashes.length === 0) continue;
    const span = Math.min(shingleWords, hashes.length);
    for (let start = 0; start + span <= hashes.length; start++) {
      let h = span;
      for (let i = start; i < start + span; i++) h = mix32(h ^ hashes[i]);
      if (n === all.length) {
        const grown = new Uint32Array(2 * all.length);
        grown.set(all);
        all = grown;
      }
      all[n++] = h;
    }
  }
  const sorted = all.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  // a buffer grown for a giant page is not kept
  scratch = all.length <= SCRATCH_KEPT ? all : new Uint32Array(SCRATCH_START);
  return sorted.slice(0, distinct);
}

/** The shingles of the body at hand are gathered in one buffer reused from body to body (one typed array of the
 * right size is then all a body allocates), grown as needed and kept up to a million shingles (4 MB). */
const SCRATCH_START = 4096;
const SCRATCH_KEPT = 1 << 20;
let scratch = new Uint32Array(SCRATCH_START);

/** Exact Jaccard similarity of two shingle sets: shared shingles over all shingles (1 for two empty sets). */
export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / (a.size + b.size - shared);
}
