// Stage 5: decide, for every block, whether it is article text or page chrome.
//  1. context-free: renderer residue and widgets are chrome outright; every other block gets a jusText class from
//     its own length and stop-word density (good, near-good, short, bad);
//  2. structure: a run of numbered headlines is a list of links, and so is a heading followed by a run of
//     headline-like lines ("We Recommend:", "Most Popular");
//  3. context: short and near-good blocks take the class of their neighbours, and a heading is content only when
//     good text follows it closely (jusText's revision pass).
// Choosing the main region and removing repeats are later stages.
import type { Block, BlockClass, Doc } from './doc.js';
import { remove } from './doc.js';
import type { CleanOptions } from '../options.js';

export function classify(doc: Doc): void {
  const opts = doc.options;
  for (const block of doc.blocks) classifyBlock(block, opts);
  markNumberedHeadlines(doc.blocks, opts);
  markLinkLists(doc.blocks, opts);
  reviseWithContext(doc.blocks, opts);
}

// ---- 1. context-free ----------------------------------------------------------------------------------------

// `[^\][]`: a bracket token cannot span another `[`, so a long run of unclosed brackets is scanned once (with
// `[^\]]` every `[` scanned to the end of the block: quadratic, minutes for a 1 MB line)
const RESIDUE_TOKENS = /\[[^\][]*\]|IFRAME:\s*\S+|\((?:BUTTON|RADIO|CHECKBOX|SUBMIT)\)|_{3,}|\(\*\)|\( \)/giu;

function classifyBlock(block: Block, opts: CleanOptions): void {
  const f = block.features;
  if (f.residue && block.text.replace(RESIDUE_TOKENS, ' ').trim().split(/\s+/).filter(Boolean).length < 5) {
    block.cls = 'bad';
    remove(block, 'chrome:residue', 'renderer residue: image placeholder, frame, form field or button');
    return;
  }
  if (isWidget(block)) {
    block.cls = 'bad';
    remove(block, 'chrome:widget', widgetReason(block));
    return;
  }
  block.cls = baseClass(block, opts);
}

/** A short block of interface words, a counter ("12 comments") or bar-separated buttons. */
export function isWidget(block: Block): boolean {
  const f = block.features;
  if (f.words > 12 || (f.terminal && f.sentences > 1)) return false;
  return f.counter || f.separated || (f.widgetWords >= 0.5 && f.words <= 6);
}

function widgetReason(block: Block): string {
  const f = block.features;
  if (f.counter) return 'widget: counter such as "12 comments"';
  if (f.separated) return 'widget: short items separated by bars or bullets';
  return `widget: ${Math.round(f.widgetWords * 100)}% interface words in ${f.words} words`;
}

function baseClass(block: Block, opts: CleanOptions): BlockClass {
  const f = block.features;
  if (f.chars < opts.lengthLow) return 'short';
  if (f.stopwords >= opts.stopwordsHigh) {
    // long prose is good on its own; so is a shorter block that ends like a sentence (news paragraphs are short)
    return f.chars >= opts.lengthHigh || (f.terminal && f.chars >= opts.sentenceLength) ? 'good' : 'near-good';
  }
  if (f.stopwords >= opts.stopwordsLow) return 'near-good';
  return 'bad';
}

// ---- 2. structure -------------------------------------------------------------------------------------------

/** A line that reads like a heading: short, not a sentence, not a label for a form. */
export function isHeadingLike(block: Block, opts: CleanOptions): boolean {
  const f = block.features;
  return f.chars > 0 && f.chars <= opts.maxHeadlineChars && !f.terminal && f.list === null && f.words <= 20;
}

/** A line that reads like a headline in a list of links: short, unpunctuated, a few words. */
function isHeadline(block: Block, opts: CleanOptions): boolean {
  const f = block.features;
  return f.chars <= opts.maxHeadlineChars && !/[.:;,]$/.test(block.text) && f.words >= 1 && f.words <= 18;
}

function markLinkLists(blocks: Block[], opts: CleanOptions): void {
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i];
    if (!isHeadingLike(heading, opts) && !(heading.features.endsWithColon && heading.features.words <= 6)) continue;
    let j = i + 1;
    while (j < blocks.length && isHeadline(blocks[j], opts)) j++;
    const items = j - i - 1;
    if (items < opts.minLinkListItems) continue;
    const reason = `link list: heading followed by ${items} headline-like lines`;
    for (let k = i; k < j; k++) markBad(blocks[k], 'chrome:link-list', reason);
    i = j - 1;
  }
}

function markNumberedHeadlines(blocks: Block[], opts: CleanOptions): void {
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'numbered') continue;
    let j = i;
    while (j < blocks.length && blocks[j].kind === 'numbered' && isHeadline(blocks[j], opts)) j++;
    const items = j - i;
    if (items >= opts.minLinkListItems) {
      for (let k = i; k < j; k++) markBad(blocks[k], 'chrome:numbered-list', `numbered list of ${items} headlines`);
    }
    i = Math.max(i, j - 1);
  }
}

function markBad(block: Block, rule: string, reason: string): void {
  block.cls = 'bad';
  if (block.decision.keep) remove(block, rule, reason);
}

// ---- 3. context ---------------------------------------------------------------------------------------------

/** jusText's revision: neighbours decide short and near-good blocks; headings count when good text follows. */
function reviseWithContext(blocks: Block[], opts: CleanOptions): void {
  const cf = blocks.map((b) => b.cls);
  const isHeading = blocks.map((b) => isHeadingLike(b, opts));
  // headings close above good text become near-good
  for (let i = 0; i < blocks.length; i++) {
    if (isHeading[i] && blocks[i].cls === 'short' && goodFollows(blocks, i, opts)) blocks[i].cls = 'near-good';
  }
  const next: BlockClass[] = blocks.map((b) => b.cls);
  const far = neighbours(blocks, true);
  const near = neighbours(blocks, false);
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].cls !== 'short') continue;
    const prev = far.before[i];
    const after = far.after[i];
    if (prev === 'good' && after === 'good') next[i] = 'good';
    else if (prev === 'bad' && after === 'bad') next[i] = 'bad';
    else if ((prev === 'bad' && near.before[i] === 'near-good') || (after === 'bad' && near.after[i] === 'near-good')) next[i] = 'good';
    else next[i] = 'bad';
  }
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].cls !== 'near-good') continue;
    next[i] = far.before[i] === 'bad' && far.after[i] === 'bad' ? 'bad' : 'good';
  }
  for (let i = 0; i < blocks.length; i++) blocks[i].cls = next[i];
  // a heading that was not boilerplate on its own is content when good text follows it closely
  for (let i = 0; i < blocks.length; i++) {
    if (isHeading[i] && blocks[i].cls === 'bad' && cf[i] !== 'bad' && goodFollows(blocks, i, opts)) blocks[i].cls = 'good';
  }
}

function goodFollows(blocks: Block[], i: number, opts: CleanOptions): boolean {
  let distance = 0;
  for (let j = i + 1; j < blocks.length && distance <= opts.maxHeadingDistance; j++) {
    if (blocks[j].cls === 'good') return true;
    distance += blocks[j].features.chars;
  }
  return false;
}

/** For every block, the class of the nearest block before and after it that is not short (nor near-good, if
 * asked); `bad` past the ends. One pass each way, so a page of thousands of short blocks stays linear. */
function neighbours(blocks: Block[], skipNearGood: boolean): { before: BlockClass[]; after: BlockClass[] } {
  const skip = (c: BlockClass) => c === 'short' || (skipNearGood && c === 'near-good');
  const before: BlockClass[] = new Array(blocks.length);
  const after: BlockClass[] = new Array(blocks.length);
  let last: BlockClass = 'bad';
  for (let i = 0; i < blocks.length; i++) {
    before[i] = last;
    if (!skip(blocks[i].cls)) last = blocks[i].cls;
  }
  last = 'bad';
  for (let i = blocks.length - 1; i >= 0; i--) {
    after[i] = last;
    if (!skip(blocks[i].cls)) last = blocks[i].cls;
  }
  return { before, after };
}
