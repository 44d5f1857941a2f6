// The headline: the heading-like line nearest above the article text, once date, byline, source and breadcrumb
// lines (already taken by their fields) are passed over. A site name or a navigation label is further up, a
// label such as "Latest News:" ends with a colon, a photo caption carries a credit; none of these is taken. A
// page that starts straight with its first paragraph has no title.
import type { Block } from '../pipeline/doc.js';
import type { ExtractContext } from './context.js';
import { consume, headerBlocks } from './context.js';
import { hasDateLine } from './published.js';
import { markedHeadline } from '../html/fields.js';

const MAX_TITLE_CHARS = 250;
const CAPTION = /©|\((?:photo|foto|image|bild|picture)\b|\b(?:photo|foto|image|bild|picture|credit|quelle)s?\s*[:/]/iu;
/** How many header lines to look through for the headline. */
const REACH = 8;

export function isTitleLike(block: Block): boolean {
  const f = block.features;
  if (f.list !== null || f.chars > MAX_TITLE_CHARS || f.words === 0) return false;
  if (/[.:;,]$/.test(block.text) && !/\.\.\.$|…$/.test(block.text)) return false;
  if (f.widgetWords >= 0.5 || f.linkLike || f.residue || f.counter) return false;
  if (CAPTION.test(block.text)) return false;
  return f.sentences <= 2;
}

export function extractTitle(ctx: ExtractContext): { title: string | null; index: number } {
  // an HTML page marks its headline with a heading element, which beats reading the wording
  const marked = markedHeadline(headerBlocks(ctx, 30).filter((b) => !b.decision.rule.startsWith('field:') && isTitleLike(b)));
  if (marked) {
    consume(marked, 'title', `headline: the <${marked.html?.tag}> above the article`);
    return { title: marked.text, index: marked.index };
  }
  let seen = 0;
  for (const block of headerBlocks(ctx, 30)) {
    if (block.decision.rule.startsWith('field:') || hasDateLine(block)) continue;
    if (++seen > REACH) break;
    if (block.decision.rule === 'chrome:widget' || block.decision.rule === 'chrome:residue') continue;
    if (isTitleLike(block)) {
      consume(block, 'title', 'headline above the article');
      return { title: block.text, index: block.index };
    }
  }
  return { title: null, index: ctx.bodyStart };
}
