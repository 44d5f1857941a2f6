// After the fields are taken: a heading is content only when it introduces content. A kept heading-like line
// whose next block is not kept (a label above a removed link list, "Latest News:" above the headline that became
// the title, a section heading at the end of the article) goes with what it introduced. A sentence that ends with a
// colon ("Next, we compute the score for each row:") is no heading: it stays whatever became of what it introduced.
import type { Block, Doc } from './doc.js';
import { remove } from './doc.js';
import { isHeadingLike } from './layout.js';
import { isMarkedHeading } from './reflow.js';

export function pruneOrphanHeadings(doc: Doc): void {
  const blocks = doc.blocks;
  // the loop removes blocks at or below the one it looks at: what is kept above stays as it is
  const firstKept = blocks.findIndex((b) => b.decision.keep);
  // from the bottom up, so a stack of headings above removed text goes as a whole
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (!block.decision.keep || !isHeadingLike(block, doc.options) || (i > firstKept && introduces(block, doc)) || !standsApart(block, blocks[i + 1])) continue;
    const next = nextSubstantial(blocks, i);
    if (!next || !next.decision.keep) {
      remove(block, 'chrome:orphan-heading', next ? `heading introduces removed text (${next.decision.rule})` : 'heading at the end of the page');
    }
  }
}

/** A sentence ending with a colon, longer than a label: it introduces a listing, a quotation or a list, and is the
 * article's own text even when the classifier removed what it introduced (below kept text: a page whose first kept
 * line it is has no article around it). */
function introduces(block: Block, doc: Doc): boolean {
  return block.features.endsWithColon && block.features.words > doc.options.classifier.maxLabelWords;
}

/**
 * A heading is set apart from what follows: a label ending with a colon, a line indented less than the prose (text
 * dumps print headings at the margin), a line marked up as a heading (html2text prints it between asterisks,
 * touching the next line), or a line alone in its group. A short line touching the next one (a verse, an address,
 * a list of short statements) is not a heading, and neither is a margin line touching the next at the same
 * indent: lines of a code listing or a preformatted table, which dumps print at the margin too.
 */
function standsApart(block: Block, next: Block | undefined): boolean {
  if (block.features.endsWithColon || isMarkedHeading(block.text)) return true;
  const touching = next !== undefined && next.group === block.group;
  if ((block.layout?.indentDelta ?? 0) < 0) return !touching || next.indent !== block.indent;
  return !touching;
}

/** The next block that is more than renderer residue (an image placeholder does not separate a heading from its text). */
function nextSubstantial(blocks: Block[], i: number): Block | null {
  for (let j = i + 1; j < blocks.length; j++) {
    if (blocks[j].decision.rule !== 'chrome:residue') return blocks[j];
  }
  return null;
}
