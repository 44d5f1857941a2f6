// Stage 8: a paragraph repeated in the same page appears once (a short sentence or line of code may recur, see
// mayRecur). Exact repeats are found by a normalised key (case, punctuation and spacing ignored); near repeats (a
// copy with a word or two changed) by the Dice coefficient of character bigrams (src/text/dice.ts), which is quadratic and so only runs on pages of moderate size.
import type { Block, Doc } from './doc.js';
import { kept, remove } from './doc.js';
import { bodyParagraphs, bodyWords, paragraphKeys } from './body.js';
import { mayRecur } from '../text/body-paragraphs.js';
import { bigrams, diceReaches, type Bigrams } from '../text/dice.js';

export function removeRepeats(doc: Doc): void {
  const seen = new Map<string, Block>();
  const firsts: { block: Block; key: string }[] = [];
  // the body's paragraphs, as the record writes them: a code listing is one, whose lines may repeat
  for (const paragraph of bodyParagraphs(kept(doc), bodyWords(doc.lines))) {
    const keys = paragraphKeys(paragraph).filter((k) => k !== '');
    if (keys.length === 0) continue;
    const first = keys.map((k) => seen.get(k)).find((b) => b !== undefined);
    if (first) {
      if (!mayRecur(paragraph.text)) for (const block of paragraph.blocks) remove(block, 'dup:paragraph', `repeats paragraph at line ${first.startLine}`);
      continue;
    }
    for (const key of keys) seen.set(key, paragraph.blocks[0]);
    // a listing nearly the same as another is another version of the code, not a paragraph pasted twice
    if (!paragraph.listing && paragraph.blocks[0].key !== '') firsts.push({ block: paragraph.blocks[0], key: paragraph.blocks[0].key });
  }
  const { nearDuplicateThreshold: threshold, nearDuplicateMaxParagraphs: limit, nearDuplicateMinChars: minChars } = doc.options;
  if (firsts.length > limit) return;
  const earlier: { block: Block; key: string; grams: Bigrams | null }[] = [];
  for (const { block, key } of firsts) {
    let grams: Bigrams | null = null;
    if (key.length >= minChars) {
      grams = bigrams(key);
      const mine = grams;
      // bigrams are counted once per paragraph (lazily for earlier short ones), not once per comparison
      const match = earlier.find((e) => comparableLength(e.key, key, threshold) && diceReaches((e.grams ??= bigrams(e.key)), mine, threshold));
      if (match) {
        remove(block, 'dup:near-paragraph', `nearly repeats paragraph at line ${match.block.startLine}`);
        continue;
      }
    }
    earlier.push({ block, key, grams });
  }
}

/** Dice <= 2s/(s+l) for bigram sets of sizes s <= l, so strings of very different length cannot reach t. */
function comparableLength(a: string, b: string, threshold: number): boolean {
  // (no array to destructure: this runs for every pair of paragraphs compared)
  const short = Math.min(a.length, b.length);
  const long = Math.max(a.length, b.length);
  return short / long >= threshold / (2 - threshold) - 0.01;
}
