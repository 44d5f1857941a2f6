// Shingles and MinHash signatures: what counts as the same text, and how close the estimate is to the exact
// Jaccard similarity it stands for.
import { splitBody } from '../../src/text/body-paragraphs.js';
import { bodyHash, signature, similarity } from '../../src/corpus/minhash.js';
import { jaccard, shingleSet } from '../../src/corpus/shingles.js';
import { resolveNearDuplicateOptions } from '../../src/corpus/options.js';
import { mix32, seedSequence } from '../../src/corpus/hash.js';
import { keyWords } from '../../src/text/tokens.js';
import fc from 'fast-check';
import { RUNS } from '../robust/arbitraries.js';
import { EDITS, makeStory, makeTopic, random, storyBody } from '../../bench/neardup/corpus.mjs';

const params = resolveNearDuplicateOptions();

describe('shingles', () => {
  it('are runs of five words within a paragraph, a shorter paragraph being one shingle', () => {
    expect(shingleSet('one two three four five six', 5).size).toBe(2);
    expect(shingleSet('one two three\n\nfour five six seven eight', 5).size).toBe(2);
    expect(shingleSet('one two three', 5).size).toBe(1);
    expect(shingleSet('-- !! --', 5).size).toBe(0);
  });

  it('ignore case, punctuation, spacing and Unicode compatibility forms', () => {
    const a = shingleSet('The Council said, on Monday, that the tram would run.', 5);
    const b = shingleSet('the council said on monday  that the tram would run', 5);
    const c = shingleSet('The Ｃouncil said on Monday that the tram would run!', 5);
    expect(jaccard(a, b)).toBe(1);
    expect(jaccard(a, c)).toBe(1);
  });

  it('do not cross paragraph breaks, so reordered paragraphs give the same set', () => {
    const p = ['First paragraph of the story, with enough words.', 'Second paragraph follows it, also with words.', 'Third one closes.'];
    expect(jaccard(shingleSet(p.join('\n\n'), 5), shingleSet([p[2], p[0], p[1]].join('\n\n'), 5))).toBe(1);
  });

  it('are, on any body, the shingles of the key words of each paragraph, hashed word by word', () => {
    // the definition, as saved signatures depend on it: each key word hashed (FNV-1a, mixed), a shingle mixing
    // its words' hashes
    const hashString = (w: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
      return mix32(h);
    };
    const reference = (body: string, size: number) => {
      const out = new Set<number>();
      for (const paragraph of splitBody(body)) {
        const hashes = keyWords(paragraph).map(hashString);
        const span = Math.min(size, hashes.length);
        for (let start = 0; span > 0 && start + span <= hashes.length; start++) {
          out.add(hashes.slice(start, start + span).reduce((h, x) => mix32(h ^ x), span));
        }
      }
      return out;
    };
    const units = fc.constantFrom(' ', '\n', '\n\n', 'a', 'B', '7', 'é', '中', "'", '-', '.', 'Ｆ', '\u00a0', 'word ', 'the ');
    const body = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: units, maxLength: 200 }));
    const size = fc.integer({ min: 1, max: 6 });
    fc.assert(fc.property(body, size, (b, n) => expect(shingleSet(b, n)).toEqual(reference(b, n))), { numRuns: RUNS * 5 });
    // bodies past the first size of the buffer the shingles are gathered in, one after the other: a large one, a
    // small one, a larger one
    const long = (words: number, seed: number) => Array.from({ length: words }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    for (const b of [long(6000, 7), 'one two three four five six', long(20000, 13)]) expect(shingleSet(b, 5)).toEqual(reference(b, 5));
  });

  it('give the exact Jaccard similarity: shared over all', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBe(0.5);
    expect(jaccard(new Set(), new Set())).toBe(1);
    expect(jaccard(new Set([1]), new Set())).toBe(0);
  });
});

describe('signature', () => {
  it('is the same for the same text on every machine (signature files depend on it)', () => {
    const sig = signature('The quick brown fox jumps over the lazy dog.', params);
    expect(sig).toHaveLength(128);
    expect(Array.from(sig.slice(0, 4))).toEqual([1549364169, 823880869, 148049241, 45592806]);
    expect(bodyHash('x')).toBe('2d711642b726b044');
  });

  it('depends on the seed, the shingle size and the number of permutations', () => {
    const text = 'A council approved the budget for the new tram line on Monday evening.';
    const base = signature(text, params);
    expect(similarity(base, signature(text, { ...params, seed: 1 }))).toBeLessThan(0.2);
    expect(similarity(base, signature(text, { ...params, shingleWords: 3 }))).toBeLessThan(0.2);
    expect(signature(text, { ...params, permutations: 64 })).toHaveLength(64);
    expect(() => similarity(base, signature(text, { ...params, permutations: 64 }))).toThrow(/different lengths/);
  });

  it('is, at each position, the least of that hash function over the distinct shingles', () => {
    const body = [storyBody(makeStory(random(7), makeTopic(random(8)))), 'One two three.', 'One two three.', 'Four five six seven eight nine ten.'].join('\n\n');
    const shingles = [...shingleSet(body, params.shingleWords)];
    expect(shingles.length).toBeGreaterThan(20);
    // functions are taken four at a time: numbers that are not a multiple of four leave some over
    for (const permutations of [params.permutations, 1, 7, 130]) {
      const seeds = seedSequence(params.seed, permutations);
      const expected = Array.from(seeds, (seed) => Math.min(...shingles.map((x) => mix32(x ^ seed))));
      expect(Array.from(signature(body, { ...params, permutations }))).toEqual(expected);
    }
  });

  it('of a body without words is all 0xffffffff', () => {
    expect(signature('... --- !!!', params).every((v) => v === 0xffffffff)).toBe(true);
  });

  it('estimates the exact Jaccard similarity within its standard error, without bias', () => {
    // pairs of generated stories and copies edited more and more, so that the similarities spread over 0..1
    const rng = random(11);
    const errors: number[] = [];
    for (let k = 0; k < 120; k++) {
      const topic = makeTopic(rng);
      const story = makeStory(rng, topic, { paragraphs: 4 + (k % 8) });
      let copy = story;
      for (let e = 0; e < k % 6; e++) copy = EDITS.sentence(rng, copy, topic);
      if (k % 10 === 9) copy = makeStory(rng, topic);
      const [a, b] = [storyBody(story), storyBody(copy)];
      const exact = jaccard(shingleSet(a, 5), shingleSet(b, 5));
      const estimate = similarity(signature(a, params), signature(b, params));
      const se = Math.sqrt((exact * (1 - exact)) / 128);
      expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(4 * se + 1 / 128);
      errors.push(estimate - exact);
    }
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
  });
});
