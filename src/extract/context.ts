// What the field extractors share: where the article starts and ends, and how a block that served as a field
// (a date line, a byline, a breadcrumb) leaves the body with the field's rule id.
import type { Block, Doc } from '../pipeline/doc.js';
import { remove } from '../pipeline/doc.js';
import { plainText, segments, WEB_ADDRESS } from './segments.js';
import { paragraphKey } from '../text/tokens.js';

/** Whether a part of a line is a field and nothing else (a date, a source credit, a byline, an editor credit). */
export type FieldTest = (part: string) => boolean;

export interface ExtractContext {
  doc: Doc;
  blocks: Block[];
  /** First block of the article text proper (a real paragraph); blocks before it are the header zone. */
  bodyStart: number;
  /** The page's first paragraph (where bodyStart starts, before a headline further down moves it). */
  firstParagraph: number;
  /** One past the last kept block; blocks from here on are the footer zone. */
  bodyEnd: number;
  /** Recognises a part of a line as a field; given by the caller so that this module needs no field parsers. */
  isField: FieldTest;
  /** Whether a text is a line of fields, by text: every field extractor asks it of the same header lines, and the
   * headline ranker of every line near each candidate. */
  fieldLines: Map<string, boolean>;
}

/** A real paragraph of kept text: prose that ends like a sentence, or is long; a headline is neither. */
export function isParagraph(doc: Doc, b: Block): boolean {
  const { lengthLow, lengthHigh } = doc.options;
  return b.decision.keep && b.textClass === 'prose' && b.features.chars >= lengthLow && (b.features.terminal || b.features.chars >= lengthHigh);
}

/** `fieldLines`: answers of `isFieldLine` already known for this `isField` (a text's answer depends on nothing else). */
export function makeContext(doc: Doc, isField: FieldTest, fieldLines = new Map<string, boolean>()): ExtractContext {
  const blocks = doc.blocks;
  let bodyStart = blocks.findIndex((b) => isParagraph(doc, b));
  if (bodyStart < 0) bodyStart = blocks.findIndex((b) => b.decision.keep);
  if (bodyStart < 0) bodyStart = blocks.length;
  let bodyEnd = blocks.length;
  while (bodyEnd > 0 && !blocks[bodyEnd - 1].decision.keep) bodyEnd--;
  return { doc, blocks, bodyStart, firstParagraph: bodyStart, bodyEnd: Math.max(bodyEnd, bodyStart), isField, fieldLines };
}

/** The headline found: the article starts at the first paragraph under it (the page's first paragraph may be a
 * notice or a teaser above it), when there is one. */
export function startArticleAfter(ctx: ExtractContext, headline: number): void {
  for (let i = headline + 1; i < ctx.blocks.length; i++) {
    if (!isParagraph(ctx.doc, ctx.blocks[i])) continue;
    ctx.bodyStart = i;
    ctx.bodyEnd = Math.max(ctx.bodyEnd, i);
    return;
  }
}

/** Header-zone blocks nearest the article first, at most `limit` of them; with `wordsOnly`, only blocks with words
 * count toward the limit and are returned (html2text prints each icon of a share bar as a line of its own). */
export function headerBlocks(ctx: ExtractContext, limit = 12, wordsOnly = false): Block[] {
  const out: Block[] = [];
  for (let i = ctx.bodyStart - 1; i >= 0 && out.length < limit; i--) if (!wordsOnly || hasWords(ctx.blocks[i])) out.push(ctx.blocks[i]);
  return out;
}

function hasWords(block: Block): boolean {
  return /[\p{L}\p{N}]/u.test(block.text);
}

/** The first few blocks of the article, in order. */
export function leadBlocks(ctx: ExtractContext, limit = 3): Block[] {
  return ctx.blocks.slice(ctx.bodyStart, ctx.bodyEnd).filter((b) => b.decision.keep).slice(0, limit);
}

/** The top of the article, kept or not, blocks with words only (a standfirst kept as text, a photo and its caption
 * can stand above the byline and date lines; renderers leave lines of bullets between them). An image's text in
 * brackets that runs over several blocks (`[Crowds on the quay ... / AFP` and `Images)]`: a wide gap in a line
 * starts a block) counts as one of the `limit`, through at most a few blocks after it that are no
 * paragraphs (`imageTextRun`). */
export function articleTop(ctx: ExtractContext, limit = 4): Block[] {
  const out: Block[] = [];
  let counted = 0;
  let open = 0; // brackets the image's text left open, and the blocks it ran on over
  let run = 0;
  for (let i = ctx.bodyStart; i < ctx.bodyEnd && counted < limit; i++) {
    const block = ctx.blocks[i];
    if (!hasWords(block)) continue;
    const continues = open > 0 && run < ctx.doc.options.fields.imageTextRun && !isParagraph(ctx.doc, block);
    if (continues) {
      run++;
      open = Math.max(0, open + bracketBalance(block.text));
    } else {
      counted++;
      run = 0;
      open = block.text.startsWith('[') ? Math.max(0, bracketBalance(block.text)) : 0;
    }
    out.push(block);
  }
  return out;
}

/** Opening brackets left unclosed at the end of the text (negative when more close than open). */
function bracketBalance(text: string): number {
  let balance = 0;
  for (const ch of text) if (ch === '[') balance++;
  else if (ch === ']') balance--;
  return balance;
}

/** Footer-zone blocks right after the article, plus the article's last paragraphs (credits often end it). */
export function tailBlocks(ctx: ExtractContext, limit = 8): Block[] {
  const last = ctx.blocks.slice(ctx.bodyStart, ctx.bodyEnd).filter((b) => b.decision.keep).slice(-2);
  return [...last, ...ctx.blocks.slice(ctx.bodyEnd, ctx.bodyEnd + limit)];
}

/** The physical lines of a block that ran several together (html2text prints a byline or a date on a line of its
 * own, without a blank line around it), trimmed and without converter markup; [] for a block of one line. */
export function lineParts(ctx: ExtractContext, block: Block): string[] {
  if (block.endLine <= block.startLine || block.text.length > ctx.doc.options.fields.maxLinedBlock) return [];
  return ctx.doc.lines
    .slice(block.startLine - 1, block.endLine)
    .map((line) => plainText(line))
    .filter((line) => line !== '');
}

/** The block served as the field and nothing else: it leaves the body under the field's rule (a line that holds
 * several fields keeps the rule of the first one that took it). */
export function consume(block: Block, field: string, reason: string): void {
  if (block.decision.rule.startsWith('field:')) return;
  remove(block, `field:${field}`, reason);
}

/** A short capitalised label beside fields in a line of fields: a name, a place or a web address ("Jane Doe |
 * March 4, 2019", "Written by Anil Kumar | New Delhi | Updated: ...", "By Zhang Yue | chinadaily.com.cn | ..."). */
const LABEL = /^[\p{Lu}\p{Lo}][\p{L}'’.-]*(?:\s+[\p{Lu}\p{Lo}][\p{L}'’.-]*){0,3}$/u;

/** The author's social-media handle beside a byline ("By Ann Lee  @annlee  March 4, 2019"). */
const HANDLE = /^@[\p{L}\p{N}_.]{1,30}$/u;

/** Every part of the line is a field (`Source: Xinhua| 2019-01-06 07:46:12|Editor: Mu Xuequan`), but for at most
 * one short name or place beside them. */
export function isFieldLine(ctx: ExtractContext, block: Block): boolean {
  const text = block.text;
  if (text.length > ctx.doc.options.fields.maxFieldLine) return false;
  let known = ctx.fieldLines.get(text);
  if (known === undefined) {
    const parts = segments(text);
    const others = parts.filter((p) => !ctx.isField(p));
    known = others.length === 0 || (others.length === 1 && parts.length >= 2 && (LABEL.test(others[0]) || WEB_ADDRESS.test(others[0]) || HANDLE.test(others[0])));
    ctx.fieldLines.set(text, known);
  }
  return known;
}

/** A field was found in the block: the block leaves the body when it holds nothing but fields. */
export function consumeIfFieldLine(ctx: ExtractContext, block: Block, field: string, reason: string): boolean {
  if (!isFieldLine(ctx, block)) return false;
  consume(block, field, reason);
  return true;
}

/** Part of a kept block was a credit (`(Editor: X)` after the last sentence): cut that part from the body text. */
export function cutFromText(block: Block, part: string): void {
  if (!block.decision.keep) return;
  const at = block.text.indexOf(part);
  if (at < 0) return;
  block.text = (block.text.slice(0, at) + ' ' + block.text.slice(at + part.length)).replace(/\s{2,}/g, ' ').trim();
  block.key = paragraphKey(block.text);
}
