// What the field extractors share: where the article starts and ends, and how a block that served as a field
// (a date line, a byline, a breadcrumb) leaves the body with the field's rule id.
import type { Block, Doc } from '../pipeline/doc.js';
import { remove } from '../pipeline/doc.js';

export interface ExtractContext {
  doc: Doc;
  blocks: Block[];
  /** First block of the article text proper (a real paragraph); blocks before it are the header zone. */
  bodyStart: number;
  /** One past the last kept block; blocks from here on are the footer zone. */
  bodyEnd: number;
}

export function makeContext(doc: Doc): ExtractContext {
  const blocks = doc.blocks;
  const { lengthLow, lengthHigh } = doc.options;
  // a real paragraph: prose that ends like a sentence, or is long; a headline is neither
  const paragraph = (b: (typeof blocks)[number]) =>
    b.decision.keep && b.cls === 'good' && b.features.chars >= lengthLow && (b.features.terminal || b.features.chars >= lengthHigh);
  let bodyStart = blocks.findIndex(paragraph);
  if (bodyStart < 0) bodyStart = blocks.findIndex((b) => b.decision.keep);
  if (bodyStart < 0) bodyStart = blocks.length;
  let bodyEnd = blocks.length;
  while (bodyEnd > 0 && !blocks[bodyEnd - 1].decision.keep) bodyEnd--;
  return { doc, blocks, bodyStart, bodyEnd: Math.max(bodyEnd, bodyStart) };
}

/** Header-zone blocks nearest the article first, at most `limit` of them. */
export function headerBlocks(ctx: ExtractContext, limit = 12): Block[] {
  const out: Block[] = [];
  for (let i = ctx.bodyStart - 1; i >= 0 && out.length < limit; i--) out.push(ctx.blocks[i]);
  return out;
}

/** The first few blocks of the article, in order. */
export function leadBlocks(ctx: ExtractContext, limit = 3): Block[] {
  return ctx.blocks.slice(ctx.bodyStart, ctx.bodyEnd).filter((b) => b.decision.keep).slice(0, limit);
}

/** Footer-zone blocks right after the article, plus the article's last paragraphs (credits often end it). */
export function tailBlocks(ctx: ExtractContext, limit = 8): Block[] {
  const last = ctx.blocks.slice(ctx.bodyStart, ctx.bodyEnd).filter((b) => b.decision.keep).slice(-2);
  return [...last, ...ctx.blocks.slice(ctx.bodyEnd, ctx.bodyEnd + limit)];
}

/** The block served as the field and nothing else: it leaves the body under the field's rule. */
export function consume(block: Block, field: string, reason: string): void {
  remove(block, `field:${field}`, reason);
}

/** Part of a kept block was a credit (`(Editor: X)` after the last sentence): cut that part from the body text. */
export function cutFromText(block: Block, part: string): void {
  if (!block.decision.keep) return;
  const at = block.text.indexOf(part);
  if (at < 0) return;
  block.text = (block.text.slice(0, at) + ' ' + block.text.slice(at + part.length)).replace(/\s{2,}/g, ' ').trim();
}
