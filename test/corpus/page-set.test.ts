// The set of pages a corpus pass has counted, and counting into shared counters: the same profile whatever the
// order in which pages are added, and whichever thread adds them.
import { hash2 } from '../../src/corpus/hash.js';
import { PageSet } from '../../src/corpus/page-set.js';
import { CorpusProfile } from '../../src/corpus/profile.js';
import { CountMinSketch } from '../../src/corpus/sketch.js';
import { addCounted, countInPlace, countPage, sharedProfile } from '../../src/run/profile-pass.js';

const SMALL = { width: 1 << 10, depth: 4, heavyHitters: 0 };

/** Pages of a small invented site: a shared menu and footer, an article of their own, and copies of some. */
function pages(): Uint8Array[] {
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    const article = `The ferry to island ${i % 13} left ${i} minutes late on Monday.\nPassengers waited on the pier in the rain.`;
    out.push(`Harbour Times\nNews | Ferries | Weather\n${article}\nAll rights reserved by the Harbour Times trust.`);
  }
  // copies under other names: a mirror of page 3 and of page 7, twice
  out.push(out[3], out[7], out[7]);
  return out.map((text) => new TextEncoder().encode(text));
}

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('PageSet', () => {
  test('tells a new text from one added before, exactly', () => {
    const set = new PageSet(1000);
    const texts = Array.from({ length: 1000 }, (_, i) => `page ${i}`);
    expect(texts.every((t) => set.add(hash2(t)))).toBe(true);
    expect(texts.some((t) => set.add(hash2(t)))).toBe(false);
  });

  test('two views of one table are one set, as two threads sharing it see it', () => {
    const a = new PageSet(10);
    const b = new PageSet(0, a.table);
    expect(a.add(hash2('same text'))).toBe(true);
    expect(b.add(hash2('same text'))).toBe(false);
    expect(b.add(hash2('other text'))).toBe(true);
    expect(a.add(hash2('other text'))).toBe(false);
  });

  test('says so when more pages come than it was made for', () => {
    const set = new PageSet(4); // 16 cells
    for (let i = 0; i < 16; i++) set.add(hash2(`page ${i}`));
    expect(() => set.add(hash2('one too many'))).toThrow(/full/);
  });
});

describe('counting into shared counters', () => {
  test('pages added in any order, as threads add them, make the profile that input order makes', () => {
    const inputs = pages();
    const ordered = new CorpusProfile(SMALL, undefined, false);
    const seen = new PageSet(inputs.length);
    inputs.forEach((bytes, i) => addCounted(ordered, seen, countPage(bytes, `p${i}`, {}, false), `p${i}`));
    expect(ordered.pages).toBe(40); // the three copies count once

    for (const seed of [1, 2, 3]) {
      const shared = sharedProfile(SMALL, false);
      const sharedSeen = new PageSet(inputs.length);
      for (const [i, bytes] of shuffled([...inputs.entries()], seed)) {
        const lines = countInPlace(bytes, `p${i}`, {}, shared.sketch, sharedSeen);
        if (lines !== null) shared.addedElsewhere(lines);
      }
      expect([shared.pages, shared.lines]).toEqual([ordered.pages, ordered.lines]);
      expect(Buffer.from(shared.sketch.counts.buffer).equals(Buffer.from(ordered.sketch.counts.buffer))).toBe(true);
      expect(shared.pagesWith('News | Ferries | Weather')).toBe(40);
    }
  });

  test('addShared counts as add does', () => {
    const plain = new CountMinSketch(SMALL);
    const shared = new CountMinSketch(SMALL, new Uint32Array(new SharedArrayBuffer(SMALL.width * SMALL.depth * 4)));
    for (let i = 0; i < 500; i++) {
      plain.add(hash2(`line ${i % 37}`));
      shared.addShared(hash2(`line ${i % 37}`));
    }
    expect(Array.from(shared.counts)).toEqual(Array.from(plain.counts));
  });
});
