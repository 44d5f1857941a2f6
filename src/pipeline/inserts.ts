// Inserts: links to other stories that a site sets inside the article. A line that is only a label ("Related",
// "Lesen Sie auch", "Související"), one to four short items under it (a headline without a sentence's end, its
// picture's caption, a bulleted link), then the article goes on. The classifier scores each item with its
// neighbours, which are the article's prose, and keeps them; the label and the prose around the items are what
// give them away. The article's own sub-heading is not under such a label; a "Related:" line of prose is a line
// of prose, not a label alone; a label over a list that ends the article is the teaser lists' business (no prose
// follows it).
import type { Block, Doc } from './doc.js';
import { remove } from './doc.js';
import { INSERT_LABEL } from '../text/vocabulary.js';

/** Most items under one label: three headlines, or a headline with its caption and a kicker. */
const MAX_ITEMS = 4;
/** Longest item: a headline or a caption, not a paragraph. */
const MAX_ITEM_CHARS = 200;
/** Shortest paragraph that shows the article going on (and that an item, ending like a sentence, stays under). */
const MIN_PROSE_CHARS = 80;

/** An insert found: its label's block and its items' blocks. */
export interface Insert {
  label: number;
  items: number[];
}

/** Take the inserts out of the body (rule `chrome:insert`): label and items. */
export function removeInserts(doc: Doc): Insert[] {
  const inserts = findInserts(doc.blocks, doc.lines);
  for (const insert of inserts) {
    const label = doc.blocks[insert.label];
    const reason = `links to other stories under the label "${doc.lines[label.startLine - 1].trim()}", inside the article`;
    for (const i of [insert.label, ...insert.items]) if (doc.blocks[i].decision.keep) remove(doc.blocks[i], 'chrome:insert', reason);
  }
  return inserts;
}

export function findInserts(blocks: Block[], lines: readonly string[]): Insert[] {
  const inserts: Insert[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const opening = labelOpening(blocks[i], lines);
    if (opening === null || !proseBefore(blocks, i)) continue;
    const items: number[] = [];
    let j = i + 1;
    while (j < blocks.length && items.length <= MAX_ITEMS && !isProse(blocks[j]) && isItem(blocks[j])) items.push(j++);
    // a numbered heading right over the prose is the article's own (a listicle's next entry), not a link
    if (items.length > 0 && blocks[items[items.length - 1]].kind === 'numbered') j = items.pop()!;
    const count = items.length + (opening === 'label and item' ? 1 : 0);
    if (count === 0 || count > MAX_ITEMS || j >= blocks.length || !isProse(blocks[j])) continue;
    inserts.push({ label: i, items });
    i = j - 1;
  }
  return inserts;
}

/** Whether the block is an insert's label: a line alone, or the first line of a block whose rest is its first
 * item (html2text prints the label touching the headline under it); null if it is not. */
function labelOpening(b: Block, lines: readonly string[]): 'label' | 'label and item' | null {
  // cheap tests first: most blocks are longer than a label and an item
  if (b.features.chars > MAX_ITEM_CHARS + 40) return null;
  if (b.startLine === b.endLine) return b.features.chars <= 40 && INSERT_LABEL.test(b.text) ? 'label' : null;
  if (b.features.terminal) return null;
  const first = lines[b.startLine - 1]?.trim();
  return first !== undefined && first.length <= 40 && b.text.startsWith(first) && INSERT_LABEL.test(first) ? 'label and item' : null;
}

/** The nearest kept block above is prose: the label stands inside the article, not over a box that starts a page. */
function proseBefore(blocks: Block[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (blocks[k].decision.keep) return isProse(blocks[k]);
  return false;
}

/** A kept paragraph of the article: ends like a sentence and runs to some length. */
function isProse(b: Block): boolean {
  return b.decision.keep && b.kind === 'text' && b.features.terminal && b.features.chars >= MIN_PROSE_CHARS;
}

/** A headline, a caption or a bulleted link: short, and unless set off by a list marker, not a sentence that runs
 * to a paragraph's length. */
function isItem(b: Block): boolean {
  const f = b.features;
  return f.chars <= MAX_ITEM_CHARS && (b.kind !== 'text' || !f.terminal || f.chars < MIN_PROSE_CHARS);
}
