// MinHash signatures: for each of `permutations` hash functions, the smallest hash over a body's shingles. Two
// bodies agree at one position with probability equal to the Jaccard similarity of their shingle sets, so the
// share of equal positions estimates it (standard error sqrt(J(1-J)/permutations): 0.035 at J = 0.8 with 128)
// from a fixed-size signature, without keeping the shingles.
import { createHash } from 'node:crypto';
import type { SignatureParams } from './options.js';
import { mix32, seedSequence } from './hash.js';
import { shingleHashes } from './shingles.js';

const seedCache = new Map<string, Uint32Array>();

/** The `permutations` hash functions are x -> mix32(x ^ seed_i), a different bijection of 32 bits for each seed. */
function seedsFor(seed: number, permutations: number): Uint32Array {
  const key = `${seed}:${permutations}`;
  let seeds = seedCache.get(key);
  if (!seeds) {
    seeds = seedSequence(seed, permutations);
    seedCache.set(key, seeds);
  }
  return seeds;
}

/** MinHash signature of a cleaned body over its word shingles. A body without words gives all 0xffffffff. */
export function signature(body: string, params: SignatureParams): Uint32Array {
  return signatureOf(shingleHashes(body, params.shingleWords), params);
}

/** The signature of distinct shingle hashes: one hash function at a time over all of them, the minimum kept in a
 * local (a quarter faster than all functions per shingle with the minima in the array). */
export function signatureOf(shingles: Uint32Array, params: SignatureParams): Uint32Array {
  const seeds = seedsFor(params.seed, params.permutations);
  const sig = new Uint32Array(seeds.length);
  for (let i = 0; i < seeds.length; i++) {
    const seed = seeds[i];
    let min = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      const v = mix32(shingles[j] ^ seed);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error(`signatures of different lengths (${a.length} and ${b.length}) cannot be compared`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Key of an exact duplicate: first 16 hex digits of the SHA-256 of the body as written. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}
