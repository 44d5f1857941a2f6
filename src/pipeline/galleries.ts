// Picture galleries: a slideshow printed by a text browser is a run of slides, each opening with its counter
// (`1/50`, `2 of 12`, `Photo 3 / 8`) over a caption and a paragraph of text. lynx prints a slide as one list item,
// w3m and html2text print the counter line apart from its text, and then each slide's paragraph reads as prose
// on its own. The counters give the gallery away, whatever the language: at least `minSlides` of them, out of the
// same total, counting up, each at most `maxSlideBlocks` blocks after the one before. A gallery beside the article
// (pictures of the day, the section's slideshow) leaves the body (rule `chrome:gallery`); one that holds the densest
// text of the page is the article told in slides ("browse the gallery below"), and stays, as does a gallery that is
// most of what the page keeps.
import type { Block, Doc } from './doc.js';
import { range, removeBoxRuns, type BoxRun } from './box-runs.js';
import type { GalleryOptions } from '../options.js';

/** A run of blocks found to be a gallery: the blocks it takes out and how many slides it counts. */
export interface GalleryRun extends BoxRun {
  slides: number;
  total: number;
}

interface Counter {
  block: number;
  /** The slide's number and the gallery's total, as printed (`3/12`: 3 and 12). */
  slide: number;
  total: number;
}

// the counter opens the block, after heading or list markup (`***** 3/12`, `(3/12)`) and at most one short label
// word (`Photo 3 of 12`, `Bild 3 von 12`); the two numbers are joined by a slash or by a short lower-case word
const COUNTER = /^[^\p{L}\p{N}]{0,8}(?:\p{L}{1,12}\s+)?(\d{1,3})\s?(?:\/|\p{Ll}{1,3})\s?(\d{1,3})(?![\p{N}/]|[.,:]\p{N})/u;

/** The slide counter that opens `text`, or null. */
export function slideCounter(text: string): { slide: number; total: number } | null {
  const m = COUNTER.exec(text);
  if (!m) return null;
  const slide = Number(m[1]);
  const total = Number(m[2]);
  if (slide < 1 || slide > total) return null;
  return { slide, total };
}

export function findGalleries(blocks: Block[], o: GalleryOptions): GalleryRun[] {
  const galleries: GalleryRun[] = [];
  // one open run per total: a page can interleave nothing but its own gallery's counters, and a counter of
  // another total (a caption's fraction) leaves the run open
  const open = new Map<number, Counter[]>();
  const close = (run: Counter[]) => {
    const gallery = galleryOf(blocks, run, o);
    if (gallery) galleries.push(gallery);
  };
  for (const b of blocks) {
    const c = slideCounter(b.text);
    if (!c || c.total < o.minSlides) continue;
    const counter = { block: b.index, ...c };
    const run = open.get(c.total);
    if (run) {
      const last = run[run.length - 1];
      if (counter.block - last.block <= o.maxSlideBlocks && counter.slide > last.slide) {
        run.push(counter);
        continue;
      }
      close(run);
    }
    open.set(c.total, [counter]);
  }
  for (const run of open.values()) close(run);
  return galleries.sort((a, b) => a.members[0] - b.members[0]);
}

/** Take the galleries beside the article out of the body (rule `chrome:gallery`), unless they are most of what the
 * page keeps. */
export function removeGalleries(doc: Doc): GalleryRun[] {
  const o = doc.options.galleries;
  const main = doc.regions[0];
  const beside = findGalleries(doc.blocks, o).filter((g) => !main || g.members[g.members.length - 1] < main.start || g.members[0] >= main.end);
  return removeBoxRuns(doc, beside, o.minRestChars, 'chrome:gallery', (g) => `picture gallery: ${g.slides} slides counted out of ${g.total}`);
}

function galleryOf(blocks: Block[], run: Counter[], o: GalleryOptions): GalleryRun | null {
  if (run.length < o.minSlides) return null;
  // the counters count up one by one, give or take a slide the dump left out
  let steps = 0;
  for (let k = 1; k < run.length; k++) if (run[k].slide - run[k - 1].slide === 1) steps++;
  if (steps < o.minConsecutiveShare * (run.length - 1)) return null;
  const first = run[0].block;
  const last = run[run.length - 1].block;
  // the last slide is as long as the shortest of the others
  const step = Math.min(...run.slice(1).map((c, k) => c.block - run[k].block));
  const to = Math.min(blocks.length, last + step);
  return { members: range(first, to), slides: run.length, total: run[0].total };
}
