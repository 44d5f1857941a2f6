// The article is usually one dense stretch of the page, sometimes cut in two or three by a box of links, an
// advertisement or a gallery. Given each block's stage-1 score, a region's weight is the sum over its blocks of
// (score - threshold) times the square root of the block's length: long good paragraphs pull a region towards
// them, runs of short chrome push it away. The densest region is the maximum-weight contiguous run (maximum
// subarray); further regions are taken from what lies outside it when they weigh at least `share` of it, so an
// article that resumes after a box is found again, while a lone teaser or a footer notice is not. The second
// stage of the classifier uses the regions as evidence; they are not a verdict on their own.
import type { Block } from './doc.js';
import type { Region } from './doc-parts.js';
export type { Region } from './doc-parts.js';


export function textRegions(blocks: Block[], p: number[], threshold: number, share: number): Region[] {
  const gain = blocks.map((b, i) => (p[i] - threshold) * Math.sqrt(b.features.chars));
  const main = densest(gain, 0, gain.length);
  if (!main) return [];
  const regions = [main];
  const pending: [number, number][] = [
    [0, main.start],
    [main.end, gain.length],
  ];
  while (pending.length) {
    const [from, to] = pending.pop()!;
    const r = densest(gain, from, to);
    if (!r || r.weight < share * main.weight) continue;
    regions.push(r);
    pending.push([from, r.start], [r.end, to]);
  }
  return regions;
}

/** Maximum-sum contiguous run of `gain[from..to)`, or null when nothing is positive. */
function densest(gain: number[], from: number, to: number): Region | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += gain[i];
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  return bestStart < 0 ? null : { start: bestStart, end: bestEnd, weight: best };
}

export function regionOf(regions: Region[], i: number): Region | undefined {
  return regions.find((r) => i >= r.start && i < r.end);
}
