// The headline: of the lines near the start of the article, the one the headline ranker (title-features.ts, weights
// fitted on real pages) ranks first. Only lines that can be a headline are ranked: not a list item, renderer
// residue, a widget or a counter, a line of fields (date, byline, source), a dated entry of a headline list, a
// navigation bar or anything above one (the site name and masthead stand above it), a line ending like a sentence
// or a label ("Latest News:"), and not a line of one or two words ("Latest News", most site names) unless the text
// starts with it, as encyclopedias do. A page without such a line has no title.
// An HTML page names its headline with a heading element, which wins.
import type { Block } from '../pipeline/doc.js';
import type { ExtractContext } from './context.js';
import { consume, cutFromText, headerBlocks, isFieldLine, isParagraph } from './context.js';
import { plainText, segments } from './segments.js';
import { CJK_CHAR } from '../text/script.js';
import { caseless } from '../text/caseless.js';
import { findDate, type DateOptions } from './date.js';
import { datedFieldLine } from './published.js';
import { markedHeadline } from '../html/fields.js';
import { MAX_TITLE_CHARS, titleCandidates, TITLE_FEATURES, type TitleCandidate, type TitleContext } from './title-features.js';
import { bestOf } from './ranker.js';
import { TITLE_WEIGHTS } from './title-weights.js';
import type { TitleOptions } from '../options.js';

const CAPTION = caseless(
  /©|\bCC[- ]BY\b|\b(?:flickr|unsplash|getty images|shutterstock)\b|\((?:photo|foto|image|bild|picture)\b|\b(?:photo|foto|image|bild|picture|credit|quelle|photograph)s?\s*[:/]|\b(?:photo(?:graph)?|pictured?)\s+by\b|\bgetty images\b|\b(?:AP|AFP|EPA|Reuters|Xinhua)\s+photo\b|图片来源|[（(]\s*摄\s*[)）]|\s摄$/iu,
);
/** Lines that start like metadata, not like a headline. */
const META_START = caseless(
  /^(?:by|posted|published|updated|source|photo|image|video|watch|read more|advertisement|sponsored)\b|^(?:原标题|原题|标题|来源|作者|编辑|责任编辑|记者|摘要|导读)\s*[:：]/iu,
);
/** Short interface lines between a headline and its text ("Listen to this article", "5 min read", "Save"). */
const INTERFACE = caseless(/^(?:listen(?:\s+to)?|add\s+to|play|save|gift|print|download|subscribe|sign\s+(?:up|in)|log\s+in|skip|follow|share)\b|^\d+\s*min(?:ute)?s?\s+read$/iu);
/** An image placeholder that a renderer left (`[park-plan.jpg]`, `[IMG]`); the line under it is its caption. */
const BRACKETED = /\[[^\][]*\]/gu;
const IMAGE_WORD = /\.(?:jpe?g|png|gif|webp|svg)\b|image|img|photo|picture|foto|bild|图片/iu;
const CJK_GLOBAL = new RegExp(CJK_CHAR.source, 'gu');

/** `dates`: how a date near its start is read. */
export function isTitleLike(block: Block, o: TitleOptions, dates: DateOptions): boolean {
  const f = block.features;
  const text = block.text;
  if (f.list !== null || f.chars > MAX_TITLE_CHARS || f.words === 0) return false;
  if (/[.:;,：；，]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  if (f.widgetWords >= 0.5 || f.linkLike || f.residue || f.counter) return false;
  if (CAPTION.test(text) || META_START.test(text) || (f.words <= o.interfaceMaxWords && INTERFACE.test(text))) return false;
  if (f.digits > o.maxDigitShare || !longEnough(text, f.words, o)) return false;
  // a full date near the start is a date line with extras ("Veröffentlicht am: 28. Oktober 2023 | Kommentare: 3")
  const date = findDate(text.slice(0, o.dateReach), dates);
  if (date && date.start < o.dateReach / 2) return false;
  // a headline starts with a capital, a digit or a quote; a line starting in lower case is a fragment
  if (/^\p{Ll}/u.test(plainText(text).replace(/^#+\s*/u, ''))) return false;
  return f.sentences <= 2;
}

function longEnough(text: string, wordCount: number, o: TitleOptions): boolean {
  const cjk = (text.match(CJK_GLOBAL) ?? []).length;
  return cjk * 2 >= wordCount ? cjk >= o.minCjkChars : wordCount >= o.minWords;
}

/** What stands between a headline and its text without being either. */
function isFurniture(ctx: ExtractContext, block: Block): boolean {
  const rule = block.decision.rule;
  if (rule.startsWith('field:') || rule === 'chrome:residue' || block.features.residue) return true;
  if (rule === 'chrome:widget' && !isNavigation(block)) return true;
  return CAPTION.test(block.text) || isFieldLine(ctx, block);
}

/** A label that may head a bar of links: "Sections:", "Topics:", "Rubriken:". */
const BAR_LABEL = /^[\p{L}][\p{L} ]{0,20}[:：]\s*/u;

/** A bar of three or more short labels, at most half of them interface words ("Home | World | Business", "Home |
 * About | Recipes | Contact"), perhaps under a label of its own ("Sections: Politics | Economy | Sport"):
 * navigation. A bar of interface words ("Share | Tweet | Email") or under an interface label ("Share this
 * article: Facebook | X | Email") is a widget. */
export function isNavigation(block: Block): boolean {
  if (block.features.widgetWords > 0.5 || block.text.length > 200) return false;
  // "Share this article: Facebook | X | Email" is a share widget under its label
  const label = BAR_LABEL.exec(block.text);
  if (label && INTERFACE.test(label[0])) return false;
  // a form field's brackets and a converter's stray marks between wide gaps are no items of a bar
  const items = segments(block.text.replace(BAR_LABEL, '')).filter((item) => /\p{L}/u.test(item));
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 3 && !/[\d.!?:：]/u.test(item));
}

function isStandfirst(below: Block, above: Block, o: TitleOptions): boolean {
  const [b, a] = [below.features, above.features];
  const longer = (min: number, x: number, y: number) => x >= min && x >= y * o.standfirstRatio;
  return a.words >= o.headlineMinWords && (longer(o.standfirstMinWords, b.words, a.words) || longer(o.standfirstMinChars, b.chars, a.chars));
}

export interface TitleResult {
  title: string | null;
  /** The headline's block index; without one, the top of the field lines right above the text. */
  index: number;
  /** The last copy of the headline before the article's text (the headline's own index when it is printed once). */
  last: number;
  /** Where the article's header starts: the headline's first copy with the header's date between it and the last
   * (a page may print the headline, the author's box and the date, then the headline again); `last` without one. */
  headerTop: number;
}

/** What the headline ranker considered, for the fitter. */
export interface TitleTrace {
  candidates?: TitleCandidate[];
}

export function extractTitle(ctx: ExtractContext, trace?: TitleTrace): TitleResult {
  // an HTML page marks its headline with a heading element, which beats reading the wording
  const o = ctx.doc.options.title;
  // (only blocks rendered from HTML can be marked: the others are not tested)
  const marked = markedHeadline(headerBlocks(ctx, 30).filter((b) => b.html !== undefined && !b.decision.rule.startsWith('field:') && isTitleLike(b, o, ctx.doc.options.fields)));
  if (marked) {
    consume(marked, 'title', `headline: the <${marked.html?.tag}> above the article`);
    return { title: marked.text, index: marked.index, last: marked.index, headerTop: marked.index };
  }
  const candidates = titleCandidates(titleContext(ctx));
  if (trace) trace.candidates = candidates;
  const best = bestOf(candidates, TITLE_FEATURES, ctx.doc.options.titleWeights ?? TITLE_WEIGHTS);
  if (best) {
    const last = takeHeadline(ctx, best, candidates);
    return { title: best.text, index: best.block.index, last, headerTop: headerTop(ctx, best, candidates, last) };
  }
  const top = fieldTop(ctx);
  return { title: null, index: top, last: top, headerTop: top };
}

/** The headline leaves the body, and so do its copies on the page's way to the article (a page may print it in a
 * breadcrumb line, a share widget and again as the heading); the last copy before the article's text is where the
 * article's header starts. */
function takeHeadline(ctx: ExtractContext, best: TitleCandidate, candidates: TitleCandidate[]): number {
  const reason = 'headline: the best-ranked line near the start of the article';
  const mainText = mainParagraph(ctx);
  let index = best.block.index;
  for (const c of candidates) {
    if (c.text !== best.text || (c !== best && (c.block.index < best.block.index || c.block.index > Math.max(mainText, best.block.index)))) continue;
    if (c.part !== null && c.block.decision.keep) cutFromText(c.block, c.part);
    else if (c.part === null) consume(c.block, 'title', reason);
    if (c.continuation) consume(c.continuation, 'title', 'headline: the rest of a wrapped headline');
    index = c.block.index;
  }
  return index;
}

/** Where the article's header starts: a page may print the headline, the author's box and the date, then the
 * headline again under its share bar, and either copy may be taken. The header starts at the first copy (a candidate
 * with the same text) with the header's date between it and the last copy, and neither a paragraph nor another
 * headline: a copy without a date under it is the site's masthead or title line, and one among other headlines a
 * teaser of the same article in a list. The last copy when there is none. */
function headerTop(ctx: ExtractContext, best: TitleCandidate, candidates: TitleCandidate[], last: number): number {
  for (const c of candidates) {
    const start = c.block.index;
    if (c.text !== best.text || start >= last) continue;
    const between = ctx.blocks.slice(start + 1, last);
    const otherHeadline = candidates.some((o) => o.text !== best.text && o.block.index > start && o.block.index < last);
    if (!otherHeadline && !between.some((b) => isParagraph(ctx.doc, b)) && between.some((b) => datedFieldLine(ctx, b))) return start;
  }
  return last;
}

/** The first paragraph of the page's densest stretch of text (-1 without one). */
function mainParagraph(ctx: ExtractContext): number {
  const main = ctx.doc.regions[0];
  if (!main) return -1;
  for (let i = main.start; i < ctx.blocks.length; i++) if (isParagraph(ctx.doc, ctx.blocks[i])) return i;
  return -1;
}

/** Without a headline, the top of the run of field lines right above the text. */
function fieldTop(ctx: ExtractContext): number {
  let top = ctx.bodyStart;
  for (const block of headerBlocks(ctx, 30)) {
    if (!isFurniture(ctx, block)) break;
    top = block.index;
  }
  return top;
}

function titleContext(ctx: ExtractContext): TitleContext {
  // the ranker asks these of every line between each candidate and the text under it; nothing changes a block
  // until a headline is chosen
  const navigation = new Map<Block, boolean>();
  const furniture = new Map<Block, boolean>();
  const titleLike = new Map<Block, boolean>();
  const o = ctx.doc.options.title;
  return {
    ctx,
    isFieldLine: (b) => b.text.length <= 200 && isFieldLine(ctx, b),
    isTitleLike: (b) => remembered(titleLike, b, (block) => isTitleLike(block, o, ctx.doc.options.fields)),
    isNavigation: (b) => remembered(navigation, b, isNavigation),
    isFurniture: (b) => remembered(furniture, b, (block) => isFurniture(ctx, block)),
    isStandfirst: (below, above) => isStandfirst(below, above, o),
    isCaption: (text) => CAPTION.test(text),
    isImage: (b) => b.features.residue && hasImagePlaceholder(b.text),
  };
}

function remembered(known: Map<Block, boolean>, block: Block, test: (block: Block) => boolean): boolean {
  let answer = known.get(block);
  if (answer === undefined) known.set(block, (answer = test(block)));
  return answer;
}

/** A bracketed token that names an image (`[park-plan.jpg]`, `[IMG]`): found token by token, in linear time. */
function hasImagePlaceholder(text: string): boolean {
  for (const m of text.matchAll(BRACKETED)) if (IMAGE_WORD.test(m[0]) && !LOGO.test(m[0])) return true;
  return false;
}

/** A logo or an icon is no photo with a caption under it. */
const LOGO = /logo|icon|sprite/iu;
