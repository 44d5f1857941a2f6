// Data lists inside an article. A recipe's ingredients ("200 g sugar"), a product's or an offer's specifications
// ("Weight: 1.2 kg"), a fact box ("Admission: 3 €") are the article's own content printed as a column of short
// lines, and the classifier, which reads each line alone, scores them like a menu. What sets them apart is the
// shape of their items: most open with a quantity or are a label and its value, which a menu's, a tag list's or a
// box of headlines' items are not; and the list stands beside the article's kept text. Such a run goes back into
// the body, unless its blocks were certain chrome (widgets, residue, a link box's label) or recur across the corpus.
import type { Block, Doc } from './doc.js';
import { keep } from './doc.js';
import type { ClassifierOptions } from '../options.js';

/** An item opening with a quantity: a number (a range, a decimal or a fraction) and then a word or a percent sign.
 * A clock time (`14:10`) or a date (`12.03.2021`) does not, as a colon or a point follows its first number. */
const QUANTITY = /^(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?\s*[\p{L}%]/u;
/** A label and its value: a few words opening with a letter that is not lower case (a label is capitalised where
 * the script has cases; "by: Name" is a byline), a colon, then the value on the same line (a web address's `https:`
 * is followed by slashes, not by a space). */
const LABELLED = /^(?!\p{Ll})\p{L}[^:\d\n]{0,38}:\s+\S/u;
/** The number a ranked list's item opens with (`1 School roof to be repaired`). */
const LEADING_NUMBER = /^(\d+)\s/u;
const DIGIT = /\d/u;
/** A sub-heading of the list ("For the filling:"): it belongs to the run without counting as an item. */
const SUBHEADING = /^[^:\n]{1,40}:$/u;
/** Rules whose blocks the classifier removed by their score: the only ones a data list takes back. */
const SCORED = new Set(['chrome:outside-main', 'chrome:link-list', 'chrome:boilerplate']);

const RULE = 'content:data-list';

type Member = 'item' | 'subheading' | null;

function memberOf(block: Block, o: ClassifierOptions): Member {
  // certain chrome (a reading time, a button) is no item, whatever its shape
  if (!block.decision.keep && !scored(block)) return null;
  // a dated line is a story's metadata ("Posted: Nov 8, 2023"), not a value of the article's
  if (block.features.dateLike) return null;
  const text = block.text.trim();
  const chars = block.features.chars;
  if (chars > o.dataListMaxChars) return null;
  if (SUBHEADING.test(text)) return 'subheading';
  if (QUANTITY.test(text)) return 'item';
  if (chars <= o.dataListMaxLabelChars && LABELLED.test(text) && valueLike(text, o.dataListMaxValueWords)) return 'item';
  return null;
}

/** A label's value is a figure or a few words ("Weight: 1.2 kg", "Origin: Sidamo, Ethiopia"); a headline under a
 * rubric ("Video: Where the new terminal will stand") is a phrase of its own. */
function valueLike(text: string, maxWords: number): boolean {
  const value = text.slice(text.indexOf(':') + 1);
  return DIGIT.test(value) || value.trim().split(/\s+/u).length <= maxWords;
}

/** Keep the blocks of every data list next to the article's kept text (rule `content:data-list`). */
export function keepDataLists(doc: Doc): void {
  const o = doc.options.classifier;
  const blocks = doc.blocks;
  const members = blocks.map((b) => memberOf(b, o));
  let i = 0;
  while (i < blocks.length) {
    if (members[i] !== 'item') {
      i++;
      continue;
    }
    const end = runEnd(blocks, members, i, o);
    const items = members.slice(i, end).filter((m) => m === 'item').length;
    const run = blocks.slice(i, end);
    if (items >= o.dataListMinItems && items * 2 >= end - i && !countsUp(run) && besideArticle(blocks, i, end, o.dataListReach)) {
      for (const b of run) if (!b.decision.keep && scored(b)) keepInList(b, items);
    }
    i = end;
  }
}

/** The end (exclusive) of the run opening with the item at `start`: items and sub-headings, with at most
 * `dataListGaps` short lines in a row between them (an ingredient without a quantity: "salt"). */
function runEnd(blocks: Block[], members: Member[], start: number, o: ClassifierOptions): number {
  let last = start;
  let gaps = 0;
  for (let j = start + 1; j < blocks.length; j++) {
    if (members[j] !== null) {
      last = j;
      gaps = 0;
    } else if (blocks[j].features.chars <= o.dataListMaxGapChars && gaps < o.dataListGaps) gaps++;
    else break;
  }
  return last + 1;
}

/** Whether the run's leading numbers count up one by one (`1 …`, `2 …`, `3 …`): a ranked box of headlines ("Most
 * read"), not quantities. */
function countsUp(run: Block[]): boolean {
  const numbers = run.map((b) => LEADING_NUMBER.exec(b.text.trim())).filter((m) => m !== null).map((m) => Number(m[1]));
  let steps = 0;
  for (let k = 1; k < numbers.length; k++) if (numbers[k] === numbers[k - 1] + 1) steps++;
  return steps * 2 >= numbers.length - 1 && numbers.length > 1;
}

/** Whether article text the classifier kept stands within `reach` blocks above or below the run. */
function besideArticle(blocks: Block[], start: number, end: number, reach: number): boolean {
  const near = [...blocks.slice(Math.max(0, start - reach), start), ...blocks.slice(end, end + reach)];
  // another data list is no article text: lists do not vouch for each other
  return near.some((b) => b.decision.keep && b.decision.rule.startsWith('content:') && b.decision.rule !== RULE);
}

/** Removed by the classifier's score rather than by a certain rule. */
function scored(block: Block): boolean {
  return block.score > 0 && SCORED.has(block.decision.rule);
}

function keepInList(block: Block, items: number): void {
  keep(block, RULE, `in a list of ${items} quantities or labelled values beside the article's text`);
}
