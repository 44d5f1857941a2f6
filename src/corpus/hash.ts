// Hashes for corpus statistics: two independent 32-bit FNV-1a hashes of a string, which give a count-min sketch
// its row positions (Kirsch-Mitzenmacher: h1 + i*h2) and a heavy-hitter key of 53 bits.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export interface Hash2 {
  h1: number;
  h2: number;
}

export function hash2(s: string): Hash2 {
  let h1 = FNV_OFFSET;
  let h2 = FNV_OFFSET ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = Math.imul(h2 ^ c, 0x01000197);
    h2 ^= h2 >>> 15;
  }
  return { h1: h1 >>> 0, h2: (h2 >>> 0) | 1 };
}

/** A 53-bit number that identifies the string among the corpus's lines (a safe integer, usable as a map key). */
export function key53(h: Hash2): number {
  return h.h1 * 0x200000 + (h.h2 >>> 11);
}
