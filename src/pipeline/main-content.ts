// Stage 6: the article is usually one dense region of the page. Score every block (good text counts for it,
// boilerplate against it, short blocks are neutral) and take the highest-scoring contiguous stretch (maximum
// subarray). Everything outside that stretch is chrome around the article; inside it, blocks classified as
// boilerplate go too, and the rest is the body.
import type { Block, Doc } from './doc.js';
import { keep, remove } from './doc.js';

export interface Region {
  start: number;
  /** Exclusive. */
  end: number;
}

export function selectMainContent(doc: Doc): Region | null {
  const region = densestRegion(doc.blocks, doc.options.boilerplatePenalty);
  for (const block of doc.blocks) {
    if (!block.decision.keep) continue;
    const inside = region !== null && block.index >= region.start && block.index < region.end;
    if (!inside) remove(block, 'chrome:outside-main', 'outside the main text region');
    else if (block.cls === 'bad') remove(block, 'chrome:boilerplate', boilerplateReason(block));
    else keep(block, 'content:main', `${block.cls === 'good' ? 'prose' : 'short block'} in the main text region`);
  }
  return region;
}

function score(block: Block, penalty: number): number {
  const chars = block.features.chars;
  switch (block.cls) {
    case 'good':
      return chars;
    case 'near-good':
      return chars / 2;
    case 'short':
      return 0;
    case 'bad':
      return -penalty * chars;
  }
}

/** Maximum-sum contiguous run of block scores, trimmed of neutral blocks at its edges; null if nothing scores. */
export function densestRegion(blocks: Block[], penalty: number): Region | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += blocks[i].decision.keep ? score(blocks[i], penalty) : -penalty * blocks[i].features.chars;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  if (bestStart < 0) return null;
  while (bestStart < bestEnd && blocks[bestStart].cls !== 'good' && blocks[bestStart].cls !== 'near-good') bestStart++;
  return { start: bestStart, end: bestEnd };
}

function boilerplateReason(block: Block): string {
  const f = block.features;
  return `boilerplate: ${f.chars} characters, ${Math.round(f.stopwords * 100)}% stop words${f.terminal ? '' : ', no sentence end'}`;
}
