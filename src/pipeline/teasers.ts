// Teasers: the site's boxes of other stories ("More stories", "Related", "Latest news", a most-read list) print
// each story as a headline and a line or two of summary, the same shape again and again. The classifier scores
// each block on its own and its neighbours, and a summary reads as prose; the run of them is what gives the box
// away. Four shapes, none of them words, so they hold in any language:
//  - headline + summary cycles: a line without a sentence's end touching one short paragraph and no more (a box
//    prints the two as one item; text browsers set an article's headings off by a blank line), at least
//    `minCycles` times, with short lines between them (kickers, bylines, list numbers); an article's sections run
//    to paragraphs of some length, or to several;
//  - a shared tail: consecutive blocks that all end, after their last sentence, with the same few words (the
//    box's "Read now", "Weiterlesen »", "Lire la suite");
//  - doubled headlines: blocks that open with the same phrase twice (the image's alt text and the link, both the
//    headline), a few within a short stretch; or a headline that repeats the end of the line above it (a kicker
//    and the headline as one link, then the headline again), with the summary under it; or a headline under a
//    line that gave it with the story's metadata (section, source, a comment count), over a summary of any length;
//  - cut summaries: consecutive blocks that break off in the middle of a word or sentence with an ellipsis
//    ("... the first three moons of Ju..."), the box's fixed-length excerpts.
// A page that is nothing but such a list (a section front) keeps it: it is all the page has.
import type { Block, Doc } from './doc.js';
import { range, removeBoxRuns, type BoxRun } from './box-runs.js';
import { endsLikeSentence } from './features.js';
import type { TeaserOptions } from '../options.js';

/** A run of blocks found to be a teaser list: the blocks it takes out. */
export interface TeaserRun extends BoxRun {
  shape: 'cycles' | 'shared-tail' | 'doubled-headline' | 'echoed-headline' | 'metadata-headline' | 'cut-summaries';
  count: number;
}

const SENTENCE_STOP = new Set(['.', '!', '?', '。', '！', '？', '…']);
const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']']);
const ENDS_AS_SENTENCE = /[.。:：;,]["'”’»)\]]*$/u;

export function findTeaserRuns(blocks: Block[], o: TeaserOptions): TeaserRun[] {
  return [...cycleRuns(blocks, o), ...tailRuns(blocks, o), ...doubledRuns(blocks, o), ...echoRuns(blocks, o), ...metadataRuns(blocks, o), ...cutRuns(blocks, o)].sort(
    (a, b) => a.members[0] - b.members[0],
  );
}

/** Take the teaser runs out of the body (rule `chrome:teasers`), unless they are most of what the page keeps. */
export function removeTeasers(doc: Doc): TeaserRun[] {
  const o = doc.options.teasers;
  return removeBoxRuns(doc, findTeaserRuns(doc.blocks, o), o.minRestChars, 'chrome:teasers', reasonOf);
}

function reasonOf(run: TeaserRun): string {
  if (run.shape === 'cycles') return `teaser list: ${run.count} headlines each over a one-paragraph summary`;
  if (run.shape === 'shared-tail') return `teaser list: ${run.count} blocks ending with the same link words`;
  if (run.shape === 'doubled-headline') return `teaser list: ${run.count} blocks opening with their headline printed twice`;
  if (run.shape === 'echoed-headline') return `teaser list: ${run.count} headlines each repeating the line above, over a summary`;
  if (run.shape === 'metadata-headline') return `teaser list: ${run.count} headlines each under a line giving it with its metadata, over a summary`;
  return `teaser list: ${run.count} summaries cut off with an ellipsis`;
}

function isHeadline(b: Block, o: TeaserOptions): boolean {
  const f = b.features;
  return (
    f.words >= o.minHeadlineWords &&
    f.words <= o.maxHeadlineWords &&
    f.chars <= o.maxHeadlineChars &&
    b.startLine === b.endLine &&
    f.sentences <= 1 &&
    !f.lowerStart &&
    !ENDS_AS_SENTENCE.test(b.text)
  );
}

function isSummary(b: Block, o: TeaserOptions): boolean {
  const f = b.features;
  return f.terminal && f.chars >= o.minSummaryChars && f.chars <= o.maxSummaryChars && f.sentences <= o.maxSummarySentences;
}

/** Article prose: a paragraph longer than a summary. */
function isLong(b: Block, o: TeaserOptions): boolean {
  return b.features.chars > o.maxSummaryChars || b.features.sentences > o.maxSummarySentences;
}

/** Runs of headline + summary cycles, where each summary stands alone (the block after it is no more prose), each
 * set apart from the one before by the box's furniture (a byline, a list number, a kicker). */
function cycleRuns(blocks: Block[], o: TeaserOptions): TeaserRun[] {
  const runs: TeaserRun[] = [];
  let cycles: number[] = [];
  let end = 0;
  const close = () => {
    if (isTeaserList(blocks, cycles, o)) {
      // the box's furniture before its first story and after its last (its label, a number, the last byline)
      let from = cycles[0];
      while (from > 0 && cycles[0] - from < o.maxCycleGap && isFurniture(blocks[from - 1], o)) from--;
      let to = end;
      while (to < blocks.length && to - end < o.maxCycleGap && isFurniture(blocks[to], o)) to++;
      runs.push({ members: range(from, to), shape: 'cycles', count: cycles.length });
    }
    cycles = [];
  };
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (cycles.length > 0 && i - end > o.maxCycleGap) close();
    const next = blocks[i + 2];
    const cycle =
      isHeadline(blocks[i], o) && isSummary(blocks[i + 1], o) && blocks[i + 1].group === blocks[i].group && (next === undefined || !(isSummary(next, o) || isLong(next, o)));
    if (!cycle) {
      if (cycles.length > 0 && (isSummary(blocks[i], o) || isLong(blocks[i], o))) close();
      continue;
    }
    // the box's stories are set apart by furniture; an article's headings follow its paragraphs directly
    if (cycles.length > 0 && !furnished(blocks, end, i, o)) close();
    cycles.push(i);
    end = i + 2;
    i++;
  }
  close();
  return runs;
}

/**
 * Cycles that make a teaser list rather than an article's short sections: enough of them, with headlines that are
 * not all questions (an interview, an FAQ) and that differ by more than a number ("Step 1", "Step 2": a how-to's
 * steps).
 */
function isTeaserList(blocks: Block[], cycles: number[], o: TeaserOptions): boolean {
  if (cycles.length < o.minCycles) return false;
  const heads = cycles.map((i) => blocks[i]);
  if (heads.every((b) => b.features.question)) return false;
  return new Set(heads.map((b) => b.text.replace(/\d+/gu, '0').toLowerCase())).size === heads.length;
}

function furnished(blocks: Block[], from: number, to: number, o: TeaserOptions): boolean {
  for (let i = from; i < to; i++) if (isFurniture(blocks[i], o)) return true;
  return false;
}

/** A short line of a teaser box between its stories: not a sentence, an image, a file name or a caption, which
 * articles hold too. */
function isFurniture(b: Block, o: TeaserOptions): boolean {
  const f = b.features;
  return f.chars <= o.maxFurnitureChars && !(f.terminal && f.words >= 4) && !f.residue && !f.linkLike && !f.caption;
}


/** The words after a block's last sentence, when they are few: a link's words, or ''. */
function tailOf(b: Block, o: TeaserOptions): string {
  const text = b.text;
  // from the end back to the last space that follows a sentence's end (closing quotes allowed between)
  let at = -1;
  for (let i = text.length - 1; i > 0 && text.length - i <= o.maxTailChars + 1; i--) {
    if (SENTENCE_STOP.has(text[i])) return '';
    if (text[i] !== ' ') continue;
    let j = i - 1;
    while (j > 0 && CLOSING.has(text[j])) j--;
    if (SENTENCE_STOP.has(text[j])) {
      at = i;
      break;
    }
  }
  if (at < 0) return '';
  const tail = text.slice(at + 1).trim();
  const words = tail.split(/\s+/u).length;
  // a tail in brackets is a note of the article's own (a source, a credit, a reference), not a link to another
  return words <= o.maxTailWords && tail.length <= o.maxTailChars && /\p{L}/u.test(tail) && !/^[[(]/u.test(tail) ? tail.toLowerCase() : '';
}

/** Runs of blocks that end with the same tail. */
function tailRuns(blocks: Block[], o: TeaserOptions): TeaserRun[] {
  return runsOf(blocks, (b) => tailOf(b, o), o.minSharedTails, o.maxTailGap, 'shared-tail');
}

/** Whether a block opens with a phrase printed twice in a row and then a summary ("Storm hits coast Storm hits
 * coast Rain fell all night."): 'doubled', or ''. Any doubled phrase counts, so the key is the same for each. */
function doubledOpening(b: Block, o: TeaserOptions): string {
  const text = b.text;
  // the picture's alt text in brackets, as text browsers print an image, then the same headline as the link
  if (text.startsWith('[')) {
    const close = text.indexOf('] ');
    const head = close > 0 && close <= o.maxHeadlineChars + 1 ? text.slice(1, close) : '';
    if (head.length >= o.minDoubledChars && text.startsWith(head, close + 2) && text[close + 2 + head.length] === ' ') {
      return summaryAfterHeadline(text.slice(close + 3 + head.length), o);
    }
  }
  // a headline is at most `maxHeadlineChars`, which also keeps this linear on a block of any length
  for (let at = text.indexOf(' '); at > 0 && at <= o.maxHeadlineChars && at * 2 < text.length; at = text.indexOf(' ', at + 1)) {
    if (at < o.minDoubledChars) continue;
    if (!text.startsWith(text.slice(0, at), at + 1) || text[2 * at + 1] !== ' ') continue;
    // the headline twice, then its summary: an image's caption may print its alt text twice too, over a credit
    return summaryAfterHeadline(text.slice(2 * at + 2), o);
  }
  return '';
}

/** 'doubled' when what follows a doubled headline is a summary: a sentence or more. */
function summaryAfterHeadline(rest: string, o: TeaserOptions): string {
  return rest.length >= o.minSummaryChars && endsLikeSentence(rest) ? 'doubled' : '';
}

function doubledRuns(blocks: Block[], o: TeaserOptions): TeaserRun[] {
  return runsOf(blocks, (b) => doubledOpening(b, o), o.minDoubled, o.maxDoubledGap, 'doubled-headline');
}

/** Whether the block repeats the end of the block before it, a headline's worth of words. */
function echoes(blocks: Block[], i: number, o: TeaserOptions): boolean {
  const b = blocks[i];
  const before = blocks[i - 1];
  if (!before || b.features.chars < o.minDoubledChars || b.features.words < o.minHeadlineWords || !isHeadline(b, o)) return false;
  return before.text.length > b.text.length && before.text.endsWith(b.text) && before.text[before.text.length - b.text.length - 1] === ' ';
}

/** Runs of echoed headlines, each at most `maxCycleGap` blocks after the one before with no article paragraph
 * between; a run takes the headlines, the lines they echo and what lies under them up to the next, and the
 * summary and furniture under the last. */
function echoRuns(blocks: Block[], o: TeaserOptions): TeaserRun[] {
  const runs: TeaserRun[] = [];
  let heads: number[] = [];
  const close = () => {
    if (heads.length >= o.minDoubled) {
      let to = heads[heads.length - 1] + 1;
      while (to < blocks.length && to - heads[heads.length - 1] <= 2 && (isSummary(blocks[to], o) || isFurniture(blocks[to], o))) to++;
      runs.push({ members: range(heads[0] - 1, to), shape: 'echoed-headline', count: heads.length });
    }
    heads = [];
  };
  for (let i = 1; i < blocks.length; i++) {
    if (isLong(blocks[i], o) || (heads.length > 0 && i - heads[heads.length - 1] > o.maxCycleGap)) close();
    if (echoes(blocks, i, o)) heads.push(i);
  }
  close();
  return runs;
}

/** Whether the block is a headline printed a second time under a line that gave it with the story's metadata after
 * it ("Storm hits coast Politics AFP 8 Comments" over "Storm hits coast"), and a summary of prose under it. */
function underMetadata(blocks: Block[], i: number, o: TeaserOptions): boolean {
  const b = blocks[i];
  const before = blocks[i - 1];
  const summary = blocks[i + 1];
  if (!before || !summary || b.features.chars < o.minDoubledChars || !isHeadline(b, o) || !summary.features.terminal) return false;
  const meta = before.text.slice(b.text.length);
  return before.text.startsWith(b.text) && meta.startsWith(' ') && meta.length <= o.maxFurnitureChars && /\p{L}/u.test(meta);
}

/** Runs of headlines under their metadata line, each at most twice maxCycleGap kept blocks after the one before, with at
 * most one paragraph of prose between one's summary and the next (an advertisement's text; an article has more):
 * a run takes the metadata lines, the headlines, their summaries and what lies between them. A page's own headline
 * may be printed so, over its article, which is why it takes minDoubled. */
function metadataRuns(blocks: Block[], o: TeaserOptions): TeaserRun[] {
  const runs: TeaserRun[] = [];
  let heads: number[] = [];
  let prose = 0;
  // blocks since the last head that the classifier kept: what it took out (a story's related links, a sponsored
  // item) does not part two stories of the box
  let kept = 0;
  const close = () => {
    if (heads.length >= o.minDoubled) runs.push({ members: range(heads[0] - 1, heads[heads.length - 1] + 2), shape: 'metadata-headline', count: heads.length });
    heads = [];
  };
  for (let i = 1; i + 1 < blocks.length; i++) {
    if (heads.length > 0 && kept > 2 * o.maxCycleGap) close();
    if (underMetadata(blocks, i, o)) {
      heads.push(i);
      prose = 0;
      kept = 0;
      i++;
      continue;
    }
    if (blocks[i].decision.keep) kept++;
    if (heads.length > 0 && blocks[i].features.terminal && blocks[i].features.chars >= o.minSummaryChars && ++prose > 1) close();
  }
  close();
  return runs;
}

/** Whether the block breaks off with an ellipsis straight after a letter or a digit: an excerpt cut to length. */
function isCut(b: Block, o: TeaserOptions): 'cut' | '' {
  const text = b.text;
  if (b.features.chars < o.minCutChars) return '';
  const stop = text.endsWith('...') ? text.length - 3 : text.endsWith('…') ? text.length - 1 : -1;
  return stop > 0 && /[\p{L}\p{N}]/u.test(text[stop - 1]) ? 'cut' : '';
}

/** Runs of cut summaries, each with the headline that touches it from above. */
function cutRuns(blocks: Block[], o: TeaserOptions): TeaserRun[] {
  return runsOf(blocks, (b) => isCut(b, o), o.minCut, o.maxCutGap, 'cut-summaries').map((run) => ({
    ...run,
    members: run.members.flatMap((i) => (i > 0 && isHeadline(blocks[i - 1], o) && blocks[i - 1].group === blocks[i].group ? [i - 1, i] : [i])),
  }));
}

/** Runs of at least `min` blocks with the same non-empty key, each at most `gap` blocks after the one before. */
function runsOf(blocks: Block[], keyOf: (b: Block) => string, min: number, gap: number, shape: TeaserRun['shape']): TeaserRun[] {
  const runs: TeaserRun[] = [];
  let key = '';
  let members: number[] = [];
  const close = () => {
    if (members.length >= min) runs.push({ members, shape, count: members.length });
    members = [];
  };
  blocks.forEach((b, i) => {
    const k = keyOf(b);
    if (k === '') return;
    if (members.length > 0 && (k !== key || i - members[members.length - 1] > gap)) close();
    key = k;
    members.push(i);
  });
  close();
  return runs;
}
