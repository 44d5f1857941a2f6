// Publication time: the first date of the article header (the lines between the headline and the text), else
// the nearest date above the article, else one in the article's first lines or right after it. Dates in
// headline lists and comments are further away and lose. A line that is only the date (with a label such as
// "Updated:" or a time zone) is the field, not body.
import type { Block } from '../pipeline/doc.js';
import type { ExtractContext } from './context.js';
import { consume, headerBlocks, leadBlocks, tailBlocks } from './context.js';
import { findDate } from './date.js';
import { words } from '../text/tokens.js';

/** Words a date line may carry besides the date itself ("Updated:", "Published", "ET", "Uhr", a weekday). */
const MAX_LABEL_WORDS = 6;

export function extractPublished(ctx: ExtractContext, headerTop: number): string | null {
  // the article header, top to bottom, then the rest of the header zone nearest first
  const header = headerBlocks(ctx, 30);
  const articleHeader = header.filter((b) => b.index >= headerTop).reverse();
  const rest = header.filter((b) => b.index < headerTop);
  for (const block of [...articleHeader, ...rest, ...leadBlocks(ctx, 2), ...tailBlocks(ctx, 4)]) {
    const found = findDate(block.text);
    if (!found) continue;
    if (isDateLine(block.text, found.start, found.end)) consume(block, 'published', `publication date ${found.iso}`);
    return found.iso;
  }
  return null;
}

export function isDateLine(text: string, start: number, end: number): boolean {
  const rest = text.slice(0, start) + ' ' + text.slice(end);
  return words(rest).length <= MAX_LABEL_WORDS && text.length <= 120;
}

export function hasDateLine(block: Block): boolean {
  const found = findDate(block.text);
  return found !== null && isDateLine(block.text, found.start, found.end);
}
