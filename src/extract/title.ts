// The headline: the heading-like line nearest above the article text, once the furniture between them is passed
// over (lines of fields such as date, byline, source and breadcrumb, image residue, share widgets, photo captions,
// "Listen to this article").
// Navigation is not a headline: the walk up stops at a navigation bar (the site name and masthead are above it),
// a label ending in a colon ("Latest News:") is not one, and neither is a line of one or two words ("Latest News",
// "Video Player", most site names): headlines are longer. When the nearest candidate is a standfirst (a long
// summary under the headline) or a caption under an image placeholder, and a heading sits right above it, that
// heading is the headline. A page that starts straight with its first paragraph has no title.
import type { Block } from '../pipeline/doc.js';
import type { ExtractContext } from './context.js';
import { consume, headerBlocks, isFieldLine } from './context.js';
import { plainText, segments } from './segments.js';
import { CJK_CHAR } from '../text/script.js';
import { findDate } from './date.js';
import { markedHeadline } from '../html/fields.js';

const MAX_TITLE_CHARS = 250;
/** Shortest headline: three words, or six characters in a script written without spaces. */
const MIN_WORDS = 3;
const MIN_CJK_CHARS = 6;
/** How many header lines (furniture aside) to look through for the headline. */
const REACH = 8;
/** A standfirst is longer than the heading above it, in words or in columns: at least this long and this many
 * times as long. The heading must itself be a real headline (a one-word kicker such as "Analysis" is not). */
const STANDFIRST_MIN_WORDS = 12;
const STANDFIRST_MIN_CHARS = 80;
const STANDFIRST_RATIO = 1.3;
const HEADLINE_MIN_WORDS = 5;

const CAPTION =
  /©|\bCC[- ]BY\b|\b(?:flickr|unsplash|getty images|shutterstock)\b|\((?:photo|foto|image|bild|picture)\b|\b(?:photo|foto|image|bild|picture|credit|quelle|photograph)s?\s*[:/]|\b(?:photo(?:graph)?|pictured?)\s+by\b|\bgetty images\b|\b(?:AP|AFP|EPA|Reuters|Xinhua)\s+photo\b|图片来源|[（(]\s*摄\s*[)）]|\s摄$/iu;
/** Lines that start like metadata, not like a headline. */
const META_START =
  /^(?:by|posted|published|updated|source|photo|image|video|watch|read more|advertisement|sponsored)\b|^(?:原标题|原题|标题|来源|作者|编辑|责任编辑|记者|摘要|导读)\s*[:：]/iu;
/** Short interface lines between a headline and its text ("Listen to this article", "5 min read", "Save"). */
const INTERFACE = /^(?:listen(?:\s+to)?|add\s+to|play|save|gift|print|download|subscribe|sign\s+(?:up|in)|log\s+in|skip|follow|share)\b|^\d+\s*min(?:ute)?s?\s+read$/iu;
const INTERFACE_MAX_WORDS = 5;
/** How far into a line a date makes it a date line rather than a headline (characters). */
const DATE_REACH = 60;
/** Mostly digits: a date or a score line, not a headline. */
const MAX_DIGIT_SHARE = 0.4;
/** An image placeholder that a renderer left (`[park-plan.jpg]`, `[IMG]`); the line under it is its caption. */
const BRACKETED = /\[[^\][]*\]/gu;
const IMAGE_WORD = /\.(?:jpe?g|png|gif|webp|svg)\b|image|img|photo|picture|foto|bild|图片/iu;
const CJK_GLOBAL = new RegExp(CJK_CHAR.source, 'gu');

export function isTitleLike(block: Block): boolean {
  const f = block.features;
  const text = block.text;
  if (f.list !== null || f.chars > MAX_TITLE_CHARS || f.words === 0) return false;
  if (/[.:;,：；，]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  if (f.widgetWords >= 0.5 || f.linkLike || f.residue || f.counter) return false;
  if (CAPTION.test(text) || META_START.test(text) || (f.words <= INTERFACE_MAX_WORDS && INTERFACE.test(text))) return false;
  if (f.digits > MAX_DIGIT_SHARE || !longEnough(text, f.words)) return false;
  // a full date near the start is a date line with extras ("Veröffentlicht am: 28. Oktober 2023 | Kommentare: 3")
  const date = findDate(text.slice(0, DATE_REACH));
  if (date && date.start < DATE_REACH / 2) return false;
  // a headline starts with a capital, a digit or a quote; a line starting in lower case is a fragment
  if (/^\p{Ll}/u.test(plainText(text).replace(/^#+\s*/u, ''))) return false;
  return f.sentences <= 2;
}

function longEnough(text: string, wordCount: number): boolean {
  const cjk = (text.match(CJK_GLOBAL) ?? []).length;
  return cjk * 2 >= wordCount ? cjk >= MIN_CJK_CHARS : wordCount >= MIN_WORDS;
}

/** What stands between a headline and its text without being either. */
function isFurniture(ctx: ExtractContext, block: Block): boolean {
  const rule = block.decision.rule;
  if (rule.startsWith('field:') || rule === 'chrome:residue' || block.features.residue) return true;
  if (rule === 'chrome:widget' && !isNavigation(block)) return true;
  return CAPTION.test(block.text) || isFieldLine(ctx, block);
}

/** A bar of three or more short labels that are not interface words ("Home | World | Business"): navigation. */
export function isNavigation(block: Block): boolean {
  if (block.features.widgetWords >= 0.5 || block.text.length > 200) return false;
  const items = segments(block.text);
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 3 && !/[\d.!?:：]/u.test(item));
}

/** A line whose sentence goes on in the next block (which starts in lower case) is part of a paragraph that the
 * dump broke, not a headline. */
function runsOn(ctx: ExtractContext, block: Block): boolean {
  const next = ctx.blocks[block.index + 1];
  return next !== undefined && /^\p{Ll}/u.test(next.text);
}

function isStandfirst(below: Block, above: Block): boolean {
  const [b, a] = [below.features, above.features];
  const longer = (min: number, x: number, y: number) => x >= min && x >= y * STANDFIRST_RATIO;
  return a.words >= HEADLINE_MIN_WORDS && (longer(STANDFIRST_MIN_WORDS, b.words, a.words) || longer(STANDFIRST_MIN_CHARS, b.chars, a.chars));
}

export interface TitleResult {
  title: string | null;
  /** The headline's block index; without one, the top of the field lines right above the text. */
  index: number;
}

export function extractTitle(ctx: ExtractContext): TitleResult {
  // an HTML page marks its headline with a heading element, which beats reading the wording
  const marked = markedHeadline(headerBlocks(ctx, 30).filter((b) => !b.decision.rule.startsWith('field:') && isTitleLike(b)));
  if (marked) {
    consume(marked, 'title', `headline: the <${marked.html?.tag}> above the article`);
    return { title: marked.text, index: marked.index };
  }
  let top = ctx.bodyStart;
  let inFieldRun = true;
  let seen = 0;
  for (const block of headerBlocks(ctx, 30)) {
    if (isFurniture(ctx, block)) {
      if (inFieldRun) top = block.index;
      continue;
    }
    inFieldRun = false;
    if (isNavigation(block) || ++seen > REACH) break;
    if (!isTitleLike(block) || runsOn(ctx, block)) continue;
    const headline = headlineAbove(ctx, block) ?? block;
    consume(headline, 'title', 'headline above the article');
    return { title: cleanTitle(headline.text), index: headline.index };
  }
  return { title: null, index: top };
}

/** The candidate may be a photo caption (it follows an image placeholder) or a standfirst; then the heading right
 * above it, if there is one, is the headline. */
function headlineAbove(ctx: ExtractContext, candidate: Block): Block | null {
  const previous = ctx.blocks[candidate.index - 1];
  const caption = previous !== undefined && previous.features.residue && hasImagePlaceholder(previous.text);
  for (let i = candidate.index - 1; i >= 0; i--) {
    const block = ctx.blocks[i];
    if (isFurniture(ctx, block)) continue;
    const heading = isTitleLike(block) && !isNavigation(block) && !runsOn(ctx, block);
    return heading && (caption || isStandfirst(candidate, block)) ? block : null;
  }
  return null;
}

/** A bracketed token that names an image (`[park-plan.jpg]`, `[IMG]`): found token by token, in linear time. */
function hasImagePlaceholder(text: string): boolean {
  for (const m of text.matchAll(BRACKETED)) if (IMAGE_WORD.test(m[0])) return true;
  return false;
}

/** Converter markup (markdown heading marks and emphasis, link numbers) and doubled spaces are not the headline. */
function cleanTitle(text: string): string {
  return plainText(text).replace(/^#{1,6}\s+/u, '').replace(/\s+#+$/u, '').replace(/\s+/g, ' ').trim();
}
