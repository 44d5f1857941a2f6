// Non-cryptographic 32-bit hashes for corpus-wide state: fast, deterministic on every machine (saved profiles
// and signature files depend on that), without the cost of a cryptographic hash per line or word.
// - Corpus profile (profile.ts, sketch.ts): two independent FNV-1a hashes of a line, which give a count-min
//   sketch its row positions (Kirsch-Mitzenmacher: h1 + i*h2) and a heavy-hitter key of 53 bits.
// - Near duplicates (shingles.ts, minhash.ts, lsh.ts): one well-mixed hash per word and per shingle, and the
//   seeds of the MinHash functions. Only equality of hashes matters there, so a rare collision costs no more
//   than a false match of one shingle among hundreds.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Math.imul read once: in a vm context (jest) every read of a global in a hot loop goes through the context's
// global object and runs about twenty times slower.
const imul = Math.imul;
// the second hash of a line: another offset and prime, and a shift after each step, so that it is independent of
// the first
const SECOND_OFFSET = FNV_OFFSET ^ 0x5bd1e995;
const SECOND_PRIME = 0x01000197;

export interface Hash2 {
  h1: number;
  h2: number;
}

export function hash2(s: string): Hash2 {
  let h1 = FNV_OFFSET;
  let h2 = SECOND_OFFSET;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = imul(h1 ^ c, FNV_PRIME);
    h2 = imul(h2 ^ c, SECOND_PRIME);
    h2 ^= h2 >>> 15;
  }
  return finish2(h1, h2);
}

/** The pair as unsigned numbers; h2 odd, as the sketch's step between rows must be. */
function finish2(h1: number, h2: number): Hash2 {
  return { h1: h1 >>> 0, h2: (h2 >>> 0) | 1 };
}

/**
 * `hash2` of `s.slice(start, end)` with each run of white space read as one space and the capitals A-Z as lower
 * case, for ASCII text, without building that string: null at the first character past ASCII (the caller then
 * hashes the string it builds). Only ASCII: there white space is what `\s` matches and lower-casing is letter by
 * letter.
 */
export function hash2FoldedAscii(s: string, start: number, end: number): Hash2 | null {
  let h1 = FNV_OFFSET;
  let h2 = SECOND_OFFSET;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x80) return null;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      if (inSpace) continue;
      inSpace = true;
      c = 0x20;
    } else {
      inSpace = false;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
    }
    h1 = imul(h1 ^ c, FNV_PRIME);
    h2 = imul(h2 ^ c, SECOND_PRIME);
    h2 ^= h2 >>> 15;
  }
  return finish2(h1, h2);
}

/** A 53-bit number that identifies the string among the corpus's lines (a safe integer, usable as a map key). */
export function key53(h: Hash2): number {
  return h.h1 * 0x200000 + (h.h2 >>> 11);
}

/** Murmur3's 32-bit finaliser: a bijection that spreads every input bit over the whole output. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of each word of a paragraph key (words joined by single spaces), appended to `out`: FNV-1a over the
 * word's UTF-16 code units, then mixed (FNV alone leaves its low bits poorly spread). One scan, without cutting
 * the key into strings. */
export function hashKeyWords(key: string, out: number[]): void {
  if (key === '') return;
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x20) {
      out.push(mix32(h));
      h = FNV_OFFSET;
    } else {
      h ^= c;
      h = imul(h, FNV_PRIME);
    }
  }
  out.push(mix32(h));
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
