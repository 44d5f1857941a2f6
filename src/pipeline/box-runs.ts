// Boxes of other stories (teaser lists, news feeds) are found as runs of blocks by their shape, and leave the body
// together, unless they are most of what the page keeps: a section front or a ticker page is nothing but its box,
// and its box is all it has.
import type { Doc } from './doc.js';
import { remove } from './doc.js';

/** A run of blocks found to be a box: the blocks it takes out. */
export interface BoxRun {
  members: number[];
}

/** Take the runs' blocks out of the body under `rule`, unless the page keeps fewer than `minRestChars` columns
 * outside them; the runs taken out (none when the box is the page). */
export function removeBoxRuns<R extends BoxRun>(doc: Doc, runs: R[], minRestChars: number, rule: string, reasonOf: (run: R) => string): R[] {
  const blocks = doc.blocks;
  if (runs.length === 0) return runs;
  const inRun = new Uint8Array(blocks.length);
  for (const r of runs) for (const i of r.members) inRun[i] = 1;
  let rest = 0;
  for (let i = 0; i < blocks.length; i++) if (!inRun[i] && blocks[i].decision.keep) rest += blocks[i].features.chars;
  if (rest < minRestChars) return [];
  for (const r of runs) {
    const reason = reasonOf(r);
    for (const i of r.members) if (blocks[i].decision.keep) remove(blocks[i], rule, reason);
  }
  return runs;
}

/** The block indices from `from` up to `to` (exclusive). */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
