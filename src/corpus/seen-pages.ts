// Which page texts a corpus pass has already counted, in fixed memory (a Bloom filter). A page copied under
// several names (mirrors, the same file in another encoding, a crawl that fetched a URL twice) is one page of
// evidence about which lines are template: counted as many, its own article would look like furniture. A false
// "seen" (rare: about 1 in 10^4 at a million pages) only leaves one page out of the line counts.
import { hash2, type Hash2 } from './hash.js';

const BITS = 1 << 25; // 4 MiB
const PROBES = 5;

export class SeenPages {
  private readonly bits = new Uint32Array(BITS / 32);

  /** Remember the text; true if it was (probably) seen before. */
  checkAndAdd(text: string): boolean {
    return this.checkAndAddHash(hash2(text));
  }

  /** The same, given the text's hash2. */
  checkAndAddHash({ h1, h2 }: Hash2): boolean {
    let seen = true;
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0 & (BITS - 1);
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if ((this.bits[word] & mask) === 0) {
        seen = false;
        this.bits[word] |= mask;
      }
    }
    return seen;
  }
}
