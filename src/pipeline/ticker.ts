// News feeds: a live ticker or a box of timed briefs ("Direct", "Latest", "Ticker") prints each item under or after
// a time stamp: a clock time opening the item (`14:10 Earthquake in ...`), or an age on a line of its own or closing
// the headline (`2 hours ago`). The classifier scores each item on its own, and an item of a sentence or two reads as
// prose; the run of stamped items is what gives the feed away. The shape, not words, finds it:
//  - at least `minItems` stamps, each at most `maxItemGap` blocks after the one before;
//  - most items brief (a headline, a line or two) and each printed as one entry (no blank line inside it), where a
//    live blog's entries, which are the article, stand apart from their time stamps and run to paragraphs;
//  - clock times newest first, as feeds print them, where an article's timeline of events runs forward.
// The feed's blocks leave the body (rule `chrome:ticker`), unless they are most of what the page keeps.
import type { Block, Doc } from './doc.js';
import { range, removeBoxRuns, type BoxRun } from './box-runs.js';
import { lineStamp, type LineStamp } from '../text/time-stamps.js';
import type { FeedOptions } from '../options.js';

/** A run of blocks found to be a news feed: the blocks it takes out and how many stamped items it has. */
export interface FeedRun extends BoxRun {
  items: number;
}

interface Stamped {
  block: number;
  stamp: LineStamp;
}

export function findFeeds(blocks: Block[], o: FeedOptions): FeedRun[] {
  const stamped: Stamped[] = [];
  for (const b of blocks) {
    const stamp = lineStamp(b.text);
    if (stamp) stamped.push({ block: b.index, stamp });
  }
  const feeds: FeedRun[] = [];
  let run: Stamped[] = [];
  const close = () => {
    const feed = feedOf(blocks, run, o);
    if (feed) feeds.push(feed);
    run = [];
  };
  for (const s of stamped) {
    if (run.length > 0 && s.block - run[run.length - 1].block > o.maxItemGap) close();
    run.push(s);
  }
  close();
  return feeds;
}

/** Take the feeds out of the body (rule `chrome:ticker`), unless they are most of what the page keeps. */
export function removeFeeds(doc: Doc): FeedRun[] {
  const o = doc.options.feeds;
  return removeBoxRuns(doc, findFeeds(doc.blocks, o), o.minRestChars, 'chrome:ticker', (f) => `news feed: ${f.items} items under time stamps`);
}

function feedOf(blocks: Block[], run: Stamped[], o: FeedOptions): FeedRun | null {
  if (run.length < o.minItems || !newestFirst(run, o)) return null;
  const first = run[0].block;
  const last = run[run.length - 1].block;
  const step = Math.min(...run.slice(1).map((s, i) => s.block - run[i].block));
  // an item: its stamped block without the stamp, and the blocks up to the next stamp; a feed prints it as one
  // entry of a list, where a live blog sets its time stamp apart from the paragraphs of its entry
  let brief = 0;
  for (let k = 0; k < run.length; k++) {
    const from = run[k].block;
    const to = k + 1 < run.length ? run[k + 1].block : Math.min(blocks.length, last + step);
    let chars = run[k].stamp.rest.length;
    let oneEntry = true;
    for (let i = from + 1; i < to; i++) {
      chars += blocks[i].features.chars;
      if (blocks[i].group !== blocks[from].group) oneEntry = false;
    }
    if (oneEntry && chars <= o.maxBriefChars) brief++;
  }
  if (brief < o.minBriefShare * run.length) return null;
  // a stamp alone on its line stands before or after its item's headline: the item's blocks of the same group
  // around the first and the last stamp belong to the feed
  const alone = run.every((s) => s.stamp.rest === '');
  let from = first;
  if (alone) while (from > 0 && first - from < step - 1 && blocks[from - 1].group === blocks[first].group) from--;
  let to = last + 1;
  while (to < blocks.length && to - last < step && blocks[to].group === blocks[last].group && lineStamp(blocks[to].text) === null) to++;
  return { members: range(from, to), items: run.length };
}

/** Clock times, where the run has them, go back in time from item to item. */
function newestFirst(run: Stamped[], o: FeedOptions): boolean {
  const times = run.map((s) => s.stamp.minutes).filter((m): m is number => m !== null);
  if (times.length < 2) return true;
  let back = 0;
  for (let i = 1; i < times.length; i++) if (times[i] <= times[i - 1]) back++;
  return back >= o.minNewestFirst * (times.length - 1);
}

