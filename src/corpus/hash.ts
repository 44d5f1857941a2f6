// 32-bit hashing for signatures: fast, deterministic on every machine, and without the cost of a cryptographic
// hash per word. Only equality of hashes matters here, so an occasional collision costs nothing but a rare
// false match of one shingle among hundreds.

/** Murmur3's 32-bit finaliser: a bijection that spreads every input bit over the whole output. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the string's UTF-16 code units, then mixed (FNV alone leaves its low bits poorly spread). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** `count` well-spread 32-bit values from `seed` (SplitMix32): the same seed gives the same values everywhere. */
export function seedSequence(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    out[i] = mix32(state);
  }
  return out;
}
