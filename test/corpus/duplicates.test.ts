// The duplicate index: exact and near duplicates of earlier pages, clusters through union-find, the first page
// in input order, and work that does not grow with all pairs.
import { DuplicateIndex, duplicateMessage, pageSignature, resolveDuplicates, type DuplicateMatch } from '../../src/corpus/duplicates.js';
import { resolveNearDuplicateOptions } from '../../src/corpus/options.js';
import { jaccard, shingleSet } from '../../src/corpus/shingles.js';
import { EDITS, generateBodies, makeStory, makeTopic, random, storyBody, type Story } from '../../bench/neardup/corpus.mjs';

const options = resolveNearDuplicateOptions();
const id = (n: number) => n.toString(16).padStart(16, '0');
const page = (position: number, body: string) => pageSignature(position, { id: id(position + 1), source: `p${position}.txt`, body }, options);

/** Answers of a fresh index for bodies in this order: the position of the first page, or null. */
function firsts(bodies: string[], opts = options): (number | null)[] {
  const index = new DuplicateIndex(opts);
  return bodies.map((b, i) => index.add(pageSignature(i, { id: id(i + 1), source: `p${i}.txt`, body: b }, opts))?.first.position ?? null);
}

const rng = random(5);
const topic = makeTopic(rng);
const story: Story = makeStory(rng, topic, { paragraphs: 10 });
const original = storyBody(story);
const otherOnTopic = storyBody(makeStory(rng, topic, { paragraphs: 10 }));

describe('DuplicateIndex', () => {
  it('finds a page with the same body as an exact duplicate of the first', () => {
    const index = new DuplicateIndex(options);
    expect(index.add(page(0, original))).toBeNull();
    expect(index.add(page(1, otherOnTopic))).toBeNull();
    const match = index.add(page(2, original));
    expect(match).toMatchObject({ first: { position: 0, id: id(1), source: 'p0.txt' }, kind: 'exact', similarity: 1 });
  });

  it('finds edited copies as near duplicates of the original, and leaves other stories on the topic alone', () => {
    const copies = [EDITS.sentence(rng, story, topic), EDITS.figures(rng, story, topic), EDITS.reordered(rng, story, topic), EDITS.update(rng, story, topic)];
    const index = new DuplicateIndex(options);
    index.add(page(0, original));
    index.add(page(1, otherOnTopic));
    copies.forEach((copy, i) => {
      const match = index.add(page(2 + i, storyBody(copy)));
      expect(match).toMatchObject({ first: { position: 0 }, kind: 'near' });
      expect(match!.similarity).toBeGreaterThanOrEqual(0.8);
    });
  });

  it('puts a copy of a copy in the cluster of the original, even when it is far from the original itself', () => {
    // each copy rewrites one more sentence of the one before: the last is below the threshold from the first
    const chain = [story];
    for (let k = 0; k < 6; k++) chain.push(EDITS.sentence(rng, chain[k], topic));
    const bodies = chain.map(storyBody);
    expect(jaccard(shingleSet(bodies[0], 5), shingleSet(bodies[6], 5))).toBeLessThan(0.7);
    const index = new DuplicateIndex(options);
    const matches = bodies.map((b, i) => index.add(page(i, b)));
    expect(matches.slice(1).map((m) => m?.first.position)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(matches[6]!.matched.position).not.toBe(0);
  });

  it('answers for each page from the pages before it; a later page can join two clusters', () => {
    // A and B are the first and last 13 paragraphs of C's 20: C is close to both, A and B are not close
    const long = makeStory(random(99), topic, { paragraphs: 20 });
    const c = storyBody(long);
    const a = storyBody({ ...long, paragraphs: long.paragraphs.slice(0, 13) });
    const b = storyBody({ ...long, paragraphs: long.paragraphs.slice(7) });
    const set = (t: string) => shingleSet(t, 5);
    expect(jaccard(set(a), set(c))).toBeGreaterThan(0.62);
    expect(jaccard(set(b), set(c))).toBeGreaterThan(0.62);
    expect(jaccard(set(a), set(b))).toBeLessThan(0.4);
    const index = new DuplicateIndex(resolveNearDuplicateOptions({ threshold: 0.55 }));
    const answers = [a, b, c].map((body, i) => index.add(page(i, body)));
    expect(answers[0]).toBeNull();
    expect(answers[1]).toBeNull(); // B alone does not repeat A
    expect(answers[2]?.first.position).toBe(0); // C repeats both: its cluster starts with A
    expect(index.clusterFirsts()).toEqual([0, 0, 0]); // once C is in, B's cluster starts with A too
  });

  it('names the first page of the cluster, whichever member matched', () => {
    const copy = storyBody(EDITS.sentence(rng, story, topic));
    const index = new DuplicateIndex(options);
    index.add(page(0, original));
    index.add(page(1, copy));
    const exactOfCopy = index.add(page(2, copy))!;
    expect(exactOfCopy).toMatchObject({ first: { position: 0 }, matched: { position: 1 }, kind: 'exact' });
    expect(duplicateMessage(exactOfCopy)).toBe(`same body as p1.txt, in the cluster of p0.txt (id ${id(1)})`);
    const exactOfFirst = index.add(page(3, original))!;
    expect(duplicateMessage(exactOfFirst)).toBe(`same body as p0.txt (id ${id(1)})`);
    const near = index.add(page(4, storyBody(EDITS.figures(rng, story, topic))))!;
    expect(duplicateMessage(near)).toMatch(/^near duplicate of p0\.txt \(id 0000000000000001\): estimated Jaccard similarity 0\.\d\d of word shingles$/);
  });

  it('uses the threshold: a copy with a third of its sentences rewritten is a duplicate at 0.5, not at 0.8', () => {
    let copy = story;
    const sentences = story.paragraphs.flat().length;
    for (let k = 0; k < sentences / 3; k++) copy = EDITS.sentence(rng, copy, topic);
    const bodies = [original, storyBody(copy)];
    expect(firsts(bodies, resolveNearDuplicateOptions({ threshold: 0.5 }))).toEqual([null, 0]);
    expect(firsts(bodies)).toEqual([null, null]);
  });

  it('never takes bodies without words for near duplicates of each other; only the same text is a repeat', () => {
    expect(firsts(['* * *', '-- --', '* * *'])).toEqual([null, null, 0]);
  });

  it('takes pages in input order only, and signatures of its own length', () => {
    const index = new DuplicateIndex(options);
    index.add(page(3, original));
    expect(() => index.add(page(3, otherOnTopic))).toThrow(/input order/);
    expect(() => index.add(page(2, otherOnTopic))).toThrow(/input order/);
    const short = pageSignature(5, { id: id(6), source: 'p5.txt', body: original }, { ...options, permutations: 64 });
    expect(() => index.add(short)).toThrow(/64 values, expected 128/);
  });

  it('leaves positions free between pages (rejected inputs have positions too)', () => {
    const out = resolveDuplicates([page(2, original), page(7, otherOnTopic), page(40, original)], options);
    expect(out.map((m: DuplicateMatch | null) => m?.first.position ?? null)).toEqual([null, null, 2]);
  });

  it('compares a page with the few earlier pages it shares a band with, not with all of them', () => {
    const index = new DuplicateIndex(options);
    let n = 0;
    let duplicates = 0;
    for (const { body } of generateBodies(3000, { seed: 2, duplicateShare: 0.2 })) if (index.add(page(n++, body))) duplicates++;
    expect(duplicates).toBeGreaterThan(400);
    // all pairs would be 4.5 million comparisons; copies and chance meetings in a band make a few thousand
    expect(index.comparisons).toBeLessThan(3 * n);
  });

  it('compares a page with a bounded number of earlier pages, even when a template puts every page in one bucket', () => {
    // one sentence in which a number changes: pages that share most bands without being near duplicates
    const comparisons = (n: number) => {
      const index = new DuplicateIndex(options);
      for (let i = 0; i < n; i++) index.add(page(i, `The weather in Riverton today is sunny with a high of ${i} degrees and light winds from the west.`));
      return index.comparisons;
    };
    const [small, large] = [comparisons(1000), comparisons(4000)];
    // at most the 16 latest pages of each of the 21 buckets; the time grows with the pages, not with their pairs
    expect(large).toBeLessThan(21 * 16 * 4000);
    expect(large / small).toBeLessThan(4.6);
  });
});
