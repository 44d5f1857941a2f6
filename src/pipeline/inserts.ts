// Inserts: links to other stories that a site sets inside the article. A line that is only a label ("Related",
// "Lesen Sie auch", "Související"), one to four short items under it (a headline without a sentence's end, its
// picture's caption, a bulleted link), then the article goes on. The classifier scores each item with its
// neighbours, which are the article's prose, and keeps them; the label and the prose around the items are what
// give them away. Where the converter printed the label as a line of the paragraph above (html2text, lynx: no
// blank line between), label and touching item leave that paragraph and the paragraph stays. The article's own
// sub-heading stands under no such label; a "Related:" line of prose is prose, not a label alone; a numbered
// heading over the prose is a listicle's next entry; a label over a box that ends the article is the teaser
// lists' business (no prose follows it).
import type { Block, Doc } from './doc.js';
import { remove } from './doc.js';
import { blockWords, endsLikeSentence } from './features.js';
import { INSERT_LABEL } from '../text/vocabulary.js';
import type { InsertOptions } from '../options.js';

/** An insert found: its label's block and its items' blocks. */
export interface Insert {
  label: number;
  items: number[];
  /** Where the label starts in the text of `label` when it is a line of a paragraph of the article's, which stays
   * without it (and the item touching it); null when the label's block goes whole. */
  cutAt: number | null;
}

/** Take the inserts out of the body (rule `chrome:insert`): label and items. */
export function removeInserts(doc: Doc): Insert[] {
  const inserts = findInserts(doc.blocks, doc.lines, doc.options.inserts);
  for (const insert of inserts) {
    const label = doc.blocks[insert.label];
    const reason = `links to other stories under the label "${label.text.slice(insert.cutAt ?? 0, (insert.cutAt ?? 0) + 40).trim()}…", inside the article`;
    if (insert.cutAt !== null) cutGlued(label, insert.cutAt);
    for (const i of insert.cutAt !== null ? insert.items : [insert.label, ...insert.items]) if (doc.blocks[i].decision.keep) remove(doc.blocks[i], 'chrome:insert', reason);
  }
  return inserts;
}

export function findInserts(blocks: Block[], lines: readonly string[], o: InsertOptions): Insert[] {
  const inserts: Insert[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const cutAt = gluedAt(blocks[i], lines, o);
    const opening = cutAt !== null ? 'glued label' : labelOpening(blocks[i], lines, o);
    if (opening === null || (cutAt === null && !proseBefore(blocks, i, o))) continue;
    const items: number[] = [];
    let j = i + 1;
    while (j < blocks.length && items.length <= o.maxItems && !isProse(blocks[j], o) && isItem(blocks[j], o)) items.push(j++);
    // a numbered heading right over the prose is the article's own (a listicle's next entry), not a link
    if (items.length > 0 && blocks[items[items.length - 1]].kind === 'numbered') j = items.pop()!;
    const count = items.length + (opening === 'label and item' || (cutAt !== null && !INSERT_LABEL.test(blocks[i].text.slice(cutAt))) ? 1 : 0);
    if (count === 0 || count > o.maxItems || j >= blocks.length || !isProse(blocks[j], o)) continue;
    inserts.push({ label: i, items, cutAt });
    i = j - 1;
  }
  return inserts;
}

/** Whether the block is an insert's label: a line alone, or the first line of a block whose rest is its first item
 * (html2text prints the label touching the headline under it); null if it is neither. */
function labelOpening(b: Block, lines: readonly string[], o: InsertOptions): 'label' | 'label and item' | null {
  if (b.startLine === b.endLine) return b.features.chars <= 40 && INSERT_LABEL.test(b.text) ? 'label' : null;
  // cheap tests first: most blocks are longer than a label and an item, or end like a sentence
  if (b.features.chars > o.maxItemChars + 40 || b.features.terminal) return null;
  const first = lines[b.startLine - 1]?.trim();
  return first !== undefined && first.length <= 40 && b.text.startsWith(first) && INSERT_LABEL.test(first) ? 'label and item' : null;
}

/** Where in the block's text a glued label starts: a line of the block after its first that is only a label, the
 * text above it a paragraph that ends like a sentence, the text from it on no longer than a label and one item and
 * not ending like one (the label touching the headline under it, html2text). Null if there is none. */
function gluedAt(b: Block, lines: readonly string[], o: InsertOptions): number | null {
  // cheap tests first: a kept paragraph of several lines that does not end like a sentence
  if (!b.decision.keep || b.kind !== 'text' || b.features.terminal || b.endLine === b.startLine) return null;
  const from = Math.max(b.startLine + 1, b.endLine - 2);
  for (let n = from; n <= b.endLine; n++) {
    const line = lines[n - 1]?.trim();
    if (line === undefined || line === '' || line.length > 40 || !INSERT_LABEL.test(line)) continue;
    const at = b.text.lastIndexOf(line);
    if (at < o.minProseChars || b.text.length - at > o.maxItemChars + 40) continue;
    if (endsLikeSentence(b.text.slice(0, at).trimEnd())) return at;
  }
  return null;
}

/** Take the label, and the item touching it, off the end of the paragraph they were printed with. */
function cutGlued(b: Block, at: number): void {
  b.text = b.text.slice(0, at).trimEnd();
  b.key = blockWords(b.text).key;
}

/** The nearest kept block above is prose: the label stands inside the article, not over a box that starts a page. */
function proseBefore(blocks: Block[], i: number, o: InsertOptions): boolean {
  for (let k = i - 1; k >= 0; k--) if (blocks[k].decision.keep) return isProse(blocks[k], o);
  return false;
}

/** A kept paragraph of the article: ends like a sentence and runs to some length. */
function isProse(b: Block, o: InsertOptions): boolean {
  return b.decision.keep && b.kind === 'text' && b.features.terminal && b.features.chars >= o.minProseChars;
}

/** A headline, a caption or a bulleted link: short, and unless set off by a list marker, not a sentence that runs
 * to a paragraph's length. */
function isItem(b: Block, o: InsertOptions): boolean {
  const f = b.features;
  return f.chars <= o.maxItemChars && (b.kind !== 'text' || !f.terminal || f.chars < o.minProseChars);
}
