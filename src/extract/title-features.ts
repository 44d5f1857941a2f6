// What a line says about being the page's headline, as numbers for the headline ranker (title.ts). A headline
// sits a few lines above the article's first paragraphs and shares their words; a byline or a date line follows
// it; a text browser sets it apart (lynx prints headings less indented than prose, html2text between asterisks,
// markdown after `#`); the page often repeats it (a share widget's label, a breadcrumb, a related-stories box);
// and it is not a line that the site's other pages carry too. Each feature is a number near [0, 1].
import type { Block } from '../pipeline/doc.js';
import type { ExtractContext } from './context.js';
import { isParagraph } from './context.js';
import { plainText } from './segments.js';
import { lowerWordsFromKey, words } from '../text/tokens.js';
import { foldSpaces } from '../text/script.js';
import { findDate, type DateOptions } from './date.js';
import { STOPWORDS } from '../text/stopwords.js';
import { quotesWithGuillemets, WIDGET_VOCABULARY } from '../text/vocabulary.js';
import type { TitleOptions } from '../options.js';

export const TITLE_FEATURES = [
  'titleLike',
  'short',
  'words3',
  'words6',
  'words16',
  'chars120',
  'terminal',
  'question',
  'titleCase',
  'allCaps',
  'digits',
  'symbols',
  'commaList',
  'shortLabel',
  'caption',
  'bracketed',
  'headingMark',
  'indentLess',
  'widgetPrefix',
  'sectionPrefix',
  'kept',
  'score',
  'linkList',
  'widget',
  'outsideMain',
  'boilerplate',
  'corpus',
  'repeatedAbove',
  'repeatedBelow',
  'overlapNext',
  'overlapMain',
  'fieldBelow',
  'fieldAbove',
  'parNext',
  'parNear',
  'parFar',
  'mainNear',
  'mainFar',
  'inMain',
  'afterMain',
  'beforeFirstParagraph',
  'nearestMain',
  'nearestMainTitleLike',
  'nearestFirst',
  'nearestFirstTitleLike',
  'standfirstBelow',
  'headingAbove',
  'overlapBody',
  'siteName',
  'headlineAbove',
  'deckBelow',
  'breadcrumbEnd',
  'teaserFollower',
  'farFieldBelow',
] as const;
export type TitleFeature = (typeof TITLE_FEATURES)[number];
const FEATURE_INDEX = new Map<TitleFeature, number>(TITLE_FEATURES.map((name, i) => [name, i]));

export interface TitleCandidate {
  block: Block;
  /** The rest of a headline that the text browser wrapped onto a line of its own (centred, so set apart). */
  continuation: Block | null;
  /** The part of the block's text that the headline is, when the block holds more (html2text runs lines on). */
  part: string | null;
  /** The headline as the record gives it: without converter markup, a widget's label or a section glued to it. */
  text: string;
  features: Float64Array;
}

/** html2text sets headings between runs of asterisks (six for the first level) and prints the lines after them
 * without a blank line, so a block may start with one; markdown sets them after hashes. */
const ASTERISK_HEADING = /^(\*{3,6})\s+(.{1,300}?)\s+\1(?=\s|$)/u;
const HASH_MARK = /^#{1,6}\s+/u;
const CLOSING_HASHES = /\s+#+$/u;
/** "Share All sharing options for: <headline>": a widget's label glued to the headline it shares. */
const LABEL_PREFIX = /^([^:：]{3,60})[:：]\s+(?=\S)/u;
const PREFIX_WORDS = new Set([...WIDGET_VOCABULARY, 'all', 'sharing', 'options', 'for', 'this', 'article', 'story', 'on', 'via', 'the']);
/** "Africa|<headline>", "New York|<headline>": a section name glued to the headline by a bar without spaces. */
const SECTION_PREFIX = /^(\p{Lu}[\p{L}&'’.-]*(?:\s[\p{Lu}&][\p{L}&'’.-]*){0,2})\|(?=\S)/u;

/** Links that skip the page's furniture: "Jump to navigation", "Skip to content", "Zum Inhalt springen". */
const SKIP_LINK = /^(?:jump|skip|go)\s+to\b|^zum\s+inhalt\b|^aller\s+au\s+contenu\b|^saltar\s+al\b/iu;
/** A bracketed part: an image's text as html2text prints it, a renderer's placeholder. */
const BRACKETS = /\[[^\]]*\]/u;
/** "See also: ...", "Topics: ...": a label of a word or two, then what it labels. */
const SHORT_LABEL = /^\p{L}+(?:\s\p{L}+)?\s?[:：]\s/u;
/** A photographer's or a source's name in brackets ends a caption: "Orchid in foam oasis (Lucy Akins)". */
const CREDIT_IN_BRACKETS = /\(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,2}\)$/u;

/** Longest line that can be a headline (characters). A bound as much as a rule: the patterns that read a headline
 * are polynomial on longer text (test/robust/regex-audit.json). */
export const MAX_TITLE_CHARS = 250;

const FUNCTION_WORDS: ReadonlySet<string> = new Set([...STOPWORDS.values()].flatMap((set) => [...set]));

interface HeadlineText {
  text: string;
  /** The part of the line the headline was read from, when it is not the whole line. */
  part: string | null;
  headingMark: boolean;
  widgetPrefix: boolean;
  sectionPrefix: boolean;
}

/** The headline a line gives: converter markup, a sharing widget's label and a glued section name taken off. */
export function headlineText(raw: string, o: TitleOptions): HeadlineText {
  let text = raw.trim();
  let headingMark = false;
  let part: string | null = null;
  const asterisks = ASTERISK_HEADING.exec(text);
  if (asterisks) {
    if (asterisks[0].length < text.length) part = asterisks[0];
    text = asterisks[2];
    headingMark = true;
  } else if (HASH_MARK.test(text) && text.length <= MAX_TITLE_CHARS) {
    text = text.replace(HASH_MARK, '').replace(CLOSING_HASHES, '');
    headingMark = true;
  }
  text = foldSpaces(plainText(text)).trim();
  let widgetPrefix = false;
  const label = LABEL_PREFIX.exec(text);
  if (label && label[1].toLowerCase().split(/\s+/u).every((w) => PREFIX_WORDS.has(w))) {
    text = text.slice(label[0].length);
    widgetPrefix = true;
  }
  let sectionPrefix = false;
  const section = SECTION_PREFIX.exec(text);
  if (section && text.slice(section[0].length).split(/\s+/u).length >= 3) {
    text = text.slice(section[0].length);
    sectionPrefix = true;
  }
  return { text, part, headingMark, widgetPrefix, sectionPrefix };
}

/** The words that carry a line's meaning: lower-cased, function words and one- or two-letter words left out (a
 * CJK character counts as a word). */
function contentWords(text: string): string[] {
  return meaningful(words(text.toLowerCase()));
}

/** `contentWords(block.text)`, from the words the block's key already holds (see lowerWordsFromKey). */
function blockContentWords(block: Block): string[] {
  return meaningful(lowerWordsFromKey(block.text, block.key));
}

function meaningful(lower: string[]): string[] {
  return lower.filter((w) => !FUNCTION_WORDS.has(w) && (w.length >= 3 || /[^\p{Script=Latin}\p{N}]/u.test(w)));
}

function fold(text: string): string {
  return foldSpaces(plainText(text).toLowerCase()).trim();
}

/** A line that can be a headline at all: short, not a list item or renderer residue, with words in it, not
 * ending like a sentence or a label. */
function eligible(block: Block, text: string, o: TitleOptions, dates: DateOptions): boolean {
  if (!mayBeHeadline(block) || text.length === 0 || text.length > MAX_TITLE_CHARS) return false;
  // a link past the furniture ("Jump to navigation"), or an entry of a list of dated headlines ("March 1, 2019 - ...")
  if (SKIP_LINK.test(text) || (findDate(text.slice(0, o.dateReach), dates)?.start ?? o.dateReach) < o.dateReach / 2) return false;
  // lynx lists a page's <link> elements on its first line ("#alternate ..."); a hashtag line is no headline either
  if (!/\p{L}/u.test(text) || /^\p{Ll}/u.test(text) || /^#\S/u.test(text)) return false;
  // a final stop ends a sentence, unless it ends an abbreviation ("... Underneath N.Y.C.") or an ellipsis; so does
  // one inside closing quotation marks
  if (/[.:;,：；，]$/u.test(text) && !/\.\.\.$|…$|(?:^|[\s.])\p{Lu}\.$/u.test(text)) return false;
  if (/[.,]["”’»']$/u.test(text)) return false;
  return block.features.sentences <= 2 && !isDoubled(text);
}

/** What `eligible` asks of the block alone, asked first: most lines of a page fail it (list items, widgets), and the
 * tests of a candidate's surroundings cost more. Not a list item or renderer residue, with words; not a widget
 * ("Share this story", "75 comments"). */
function mayBeHeadline(block: Block): boolean {
  const f = block.features;
  return block.kind === 'text' && !f.residue && f.words > 0 && !f.counter && f.widgetWords < 0.5;
}

/** "The PlayStation VR The PlayStation VR": an image's text and its caption, or a name printed twice. */
export function isDoubled(text: string): boolean {
  const ws = text.replace(/[[\]]/gu, ' ').trim().split(/\s+/u);
  if (ws.length < 2 || ws.length % 2 !== 0) return false;
  const n = ws.length / 2;
  return ws.slice(0, n).join(' ') === ws.slice(n).join(' ');
}

/** A text browser wraps a long headline and may centre the rest under it, which sets the rest apart as a line of
 * its own: a short line touching a long one above, in the same group, is the rest of it. */
function wrappedRest(blocks: Block[], i: number, o: TitleOptions): Block | null {
  const block = blocks[i];
  const next = blocks[i + 1];
  if (next === undefined || next.groupStart || next.group !== block.group || next.kind !== 'text') return null;
  if (block.endLine !== block.startLine || block.text.length < o.wrappedLine || /[.!?:;,]$/u.test(block.text)) return null;
  return next.features.words <= o.restMaxWords && !/[.:;,]$/u.test(next.text) ? next : null;
}

/** html2text wraps a long heading like any line, and a line without a blank one before it is a block of its own:
 * "****** Student Dies After ... Burned Her Up" over "From Within” ******". The block that closes the asterisks
 * opened on the line above is the rest of the heading. */
const OPEN_HEADING = /^(\*{3,6})\s/u;
function headingRest(blocks: Block[], i: number): Block | null {
  const open = OPEN_HEADING.exec(blocks[i].text);
  const next = blocks[i + 1];
  if (!open || next === undefined || next.kind !== 'text' || ASTERISK_HEADING.test(blocks[i].text)) return null;
  const close = ` ${open[1]}`;
  return next.text.endsWith(close) && !next.text.startsWith('*') && next.text.length <= MAX_TITLE_CHARS ? next : null;
}

export interface TitleContext {
  ctx: ExtractContext;
  /** A line is a byline, a date or another field line (so the line above it may be the headline). */
  isFieldLine: (block: Block) => boolean;
  /** The line passes the strict headline test (three words or more, not a caption, ...). */
  isTitleLike: (block: Block) => boolean;
  isNavigation: (block: Block) => boolean;
  /** Lines that stand between a headline and its text without being either. */
  isFurniture: (block: Block) => boolean;
  isStandfirst: (below: Block, above: Block) => boolean;
  /** A photo caption or credit. */
  isCaption: (text: string) => boolean;
  /** An image placeholder that a renderer left (`[park-plan.jpg]`); the line under it is its caption. */
  isImage: (block: Block) => boolean;
}

/** Every line of the page that may be its headline, with its features. */
export function titleCandidates(tc: TitleContext): TitleCandidate[] {
  const { doc, blocks } = tc.ctx;
  const o = doc.options.title;
  const n = blocks.length;
  const paragraph = blocks.map((b) => isParagraph(doc, b));
  // the next paragraph at or after each block
  const nextParagraph = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) nextParagraph[i] = paragraph[i] ? i : nextParagraph[i + 1];
  const firstParagraph = nextParagraph[0];
  const main = doc.regions[0];
  const mainStart = main ? main.start : -1;
  // where the article may start: the page's first paragraph, or the first of one of its dense stretches of text
  const mainParagraph = main ? nextParagraph[main.start] : -1;
  const starts = [firstParagraph, ...doc.regions.map((r) => nextParagraph[r.start])].filter((s) => s >= 0);
  const near = (i: number) => starts.some((s) => i >= s - o.maxDistance && i < s + o.belowStart);
  // a line with a byline or a date line right under it, above the article, may stand further up: a page can print
  // a video player's or a gallery's menus between the article's header and its text
  const headerAbove = (i: number) => i + 1 < n && i < mainParagraph && tc.isFieldLine(blocks[i + 1]);
  // blocks folded, and paragraphs' content words, when first needed (a candidate's repeats, a one-word headline's
  // opening; the paragraphs under each candidate and the main region's, which overlap)
  const foldedText: (string | undefined)[] = new Array(n);
  const folded = (j: number) => (foldedText[j] ??= fold(blocks[j].text));
  const blockContent: (string[] | undefined)[] = new Array(n);
  const contentOf = (j: number) => (blockContent[j] ??= blockContentWords(blocks[j]));
  const paragraphWords = new ParagraphWords(blocks.length, paragraph, nextParagraph, o.overlapParagraphs, contentOf);
  const mainWords = main ? paragraphWords.from(main.start) : new Set<string>();
  let bodyWords: Set<string> | null = null;
  let copyright: string[] | null = null;
  const linkLine = n > 0 && LINK_LINE.test(blocks[0].text) ? fold(blocks[0].text) : null;
  const crumbs = breadcrumbEnds(blocks, folded);
  let shortLines: Map<string, number> | null = null;
  let foldedPage: FoldedPage | null = null;
  const out: TitleCandidate[] = [];
  for (let i = 0; i < n; i++) {
    const block = blocks[i];
    const next = nextParagraph[i + 1];
    if (next < 0 || block.decision.rule.startsWith('field:') || !mayBeHeadline(block)) continue;
    // a line after paragraphs of the article text is a subheading, a caption or a quotation in it
    if (main && i > main.start && i < main.end && mainParagraph >= 0 && mainParagraph < i) continue;
    const far = !near(i);
    if (far && !headerAbove(i)) continue;
    const continuation = wrappedRest(blocks, i, o) ?? headingRest(blocks, i);
    const headline = headlineText(continuation ? `${block.text} ${continuation.text}` : block.text, o);
    if (!eligible(block, headline.text, o, doc.options.fields)) continue;
    const f = block.features;
    const wordCount = headline.text.split(/\s+/u).length;
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(headline.text);
    const size = cjk ? Math.ceil(f.chars / 4) : wordCount;
    // a line of one or two words is a label or a site's name ("Latest News"), unless the text names it at once, as
    // encyclopedias start an article with its title
    const marked = headline.headingMark || block.layout?.indentDelta === -1;
    if (size <= 2 && !opensText(headline.text, folded, nextParagraph, next, marked, o)) continue;
    if (tc.isNavigation(block)) continue;
    // "Topics: uber, libertarians, Sydney, ...", "See also: ...": a list of tags or a link after its label
    if (SHORT_LABEL.test(headline.text) && ((headline.text.match(/,/gu) ?? []).length >= 2 || block.features.boilerplatePhrase)) continue;
    // the masthead stands above the navigation bar, the headline below it; a line whose sentence goes on in a
    // block starting in lower case is part of a paragraph the dump broke
    if (blocks.slice(i + 1, next).some(tc.isNavigation) || (/^\p{Ll}/u.test(blocks[i + 1].text) && !tc.isFieldLine(blocks[i + 1]))) continue;
    // a photo's caption: it names a credit, or stands right under the image (unless marked as a heading)
    if (tc.isCaption(headline.text) || (i > 0 && tc.isImage(blocks[i - 1]) && !headline.headingMark)) continue;
    // the site's name, which the titles of its feeds repeat
    if (linkLine !== null && namesFeed(linkLine, fold(headline.text))) continue;
    // a line of fields (asked last of the tests above: it costs most, and the others turn away more lines)
    if (tc.isFieldLine(block)) continue;
    const x = new Float64Array(TITLE_FEATURES.length);
    const set = (name: TitleFeature, value: number | boolean) => {
      x[FEATURE_INDEX.get(name)!] = Number(value);
    };
    set('titleLike', tc.isTitleLike(block));
    set('short', size <= 2);
    set('words3', size >= 3 && size <= 5);
    set('words6', size >= 6 && size <= 15);
    set('words16', size >= 16);
    set('chars120', headline.text.length > 120);
    set('terminal', /[.!]$/u.test(headline.text));
    set('question', /[?？]$/u.test(headline.text));
    set('titleCase', titleCaseShare(headline.text));
    set('allCaps', /\p{L}/u.test(headline.text) && headline.text === headline.text.toUpperCase() && /\p{Lu}/u.test(headline.text));
    set('digits', f.digits > 0.3);
    set('symbols', f.symbols > 0.15);
    set('commaList', (headline.text.match(/,/gu) ?? []).length >= 3);
    set('shortLabel', SHORT_LABEL.test(headline.text));
    set('caption', CREDIT_IN_BRACKETS.test(headline.text));
    set('bracketed', BRACKETS.test(headline.text));
    set('headingMark', headline.headingMark);
    set('indentLess', block.layout?.indentDelta === -1);
    set('widgetPrefix', headline.widgetPrefix);
    set('sectionPrefix', headline.sectionPrefix);
    set('kept', block.decision.keep);
    set('score', block.score);
    const rule = block.decision.rule;
    set('linkList', rule === 'chrome:link-list' || rule === 'chrome:numbered-list');
    set('widget', rule === 'chrome:widget' || f.widgetWords >= 0.5);
    set('outsideMain', rule === 'chrome:outside-main');
    set('boilerplate', rule === 'chrome:boilerplate' || rule === 'chrome:template' || f.boilerplatePhrase);
    set('corpus', block.layout?.corpus ?? 0);
    const own = fold(headline.text);
    if (own.length >= o.minRepeatChars) {
      const page = (foldedPage ??= FoldedPage.of(n, folded));
      set('repeatedAbove', page.before(own, i));
      set('repeatedBelow', page.after(own, i));
    }
    // the site's name stands in its copyright notice ("© 2016 Silicon Exposed")
    copyright ??= blocks.filter((b) => b.features.copyright && b.text.length <= o.maxNotice).map((b) => folded(b.index));
    set('siteName', own.length >= 3 && copyright.some((c) => c.includes(own)));
    const content = contentWords(headline.text);
    if (content.length > 0) {
      const nextWords = paragraphWords.from(i + 1);
      set('overlapNext', content.filter((w) => nextWords.has(w)).length / (content.length + o.overlapPrior));
      set('overlapMain', content.filter((w) => mainWords.has(w)).length / (content.length + o.overlapPrior));
      if (bodyWords === null) bodyWords = regionWords(paragraph, main, contentOf);
      set('overlapBody', content.filter((w) => bodyWords!.has(w)).length / (content.length + o.overlapPrior));
    }
    set('fieldBelow', blocks.slice(i + 1, Math.min(next, i + 1 + o.fieldBelow)).some(tc.isFieldLine));
    set('fieldAbove', blocks.slice(Math.max(0, i - o.fieldAbove), i).some(tc.isFieldLine));
    const distance = next - i - 1;
    set('parNext', distance === 0);
    set('parNear', distance >= 1 && distance <= 3);
    set('parFar', distance > 8);
    if (main) {
      const toMain = mainStart - i;
      set('mainNear', toMain > 0 && toMain <= 6);
      set('mainFar', toMain > 20);
      set('inMain', i >= main.start && i < main.end);
      set('afterMain', i >= main.end);
    }
    set('beforeFirstParagraph', i < firstParagraph);
    const below = neighbour(tc, i, 1);
    const above = neighbour(tc, i, -1);
    set('standfirstBelow', below !== null && !paragraph[below.index] && tc.isStandfirst(below, block));
    set('headingAbove', above !== null && tc.isTitleLike(above) && tc.isStandfirst(block, above));
    // a second heading set as this one right above it or below it: this line is a deck under a headline, or a
    // headline over its deck (or an item of a list of headlines, which has both)
    set('headlineAbove', sameHeading(tc, paragraph, block, -1, o) !== null);
    set('deckBelow', sameHeading(tc, paragraph, block, 1, o) !== null);
    // a breadcrumb trail ends with the page's own title ("Home > News > 2015 > <headline>")
    set('breadcrumbEnd', crumbs.has(own));
    // "Read on", "Read more", "Watch": the same short line under each headline of a list of teasers
    const after = blocks[(continuation ?? block).index + 1];
    if (after !== undefined && !paragraph[after.index] && after.features.words <= o.teaserLineWords) {
      shortLines ??= countShortLines(blocks, o.teaserLineWords, folded);
      set('teaserFollower', (shortLines.get(folded(after.index)) ?? 0) >= o.teaserLineRepeats);
    }
    set('farFieldBelow', far);
    out.push({ block, text: headline.text, features: x, continuation, part: headline.part });
  }
  markNearest(out, mainParagraph, 'nearestMain', 'nearestMainTitleLike');
  markNearest(out, firstParagraph, 'nearestFirst', 'nearestFirstTitleLike');
  return out;
}

function opensText(text: string, folded: (block: number) => string, nextParagraph: Int32Array, first: number, marked: boolean, o: TitleOptions): boolean {
  const name = fold(text);
  const second = nextParagraph[first + 1];
  return [first, second].some((p) => {
    if (p < 0) return false;
    const opening = folded(p).slice(0, o.opening);
    // "New Zealand (Māori: ...) is", not "New York's aging ..."; further in only under a heading mark
    const at = opening.indexOf(name);
    const after = opening.charAt(at + name.length);
    return at >= 0 && (at === 0 || marked) && !/[\p{L}\p{N}'’]/u.test(after);
  });
}

/** The candidate nearest above a paragraph, and the nearest that passes the strict headline test: the headline
 * is usually the last heading before the text. */
function markNearest(candidates: TitleCandidate[], paragraph: number, any: TitleFeature, strict: TitleFeature): void {
  const titleLike = TITLE_FEATURES.indexOf('titleLike');
  let anyDone = false;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    if (c.block.index >= paragraph) continue;
    if (!anyDone) {
      c.features[TITLE_FEATURES.indexOf(any)] = 1;
      anyDone = true;
    }
    if (c.features[titleLike] === 1) {
      c.features[TITLE_FEATURES.indexOf(strict)] = 1;
      return;
    }
  }
}

/** How a text browser set a heading apart: html2text's asterisks, markdown's hashes, lynx's smaller indent; null
 * for a line set as any other. */
function headingStyle(block: Block, o: TitleOptions): 'asterisks' | 'hashes' | 'outdent' | null {
  if (ASTERISK_HEADING.test(block.text) || OPEN_HEADING.test(block.text)) return 'asterisks';
  if (HASH_MARK.test(block.text) && block.text.length <= MAX_TITLE_CHARS) return 'hashes';
  return block.layout?.indentDelta === -1 ? 'outdent' : null;
}

/** The nearest heading set as `block` is, among the few lines (furniture aside) in a direction, or null. */
function sameHeading(tc: TitleContext, paragraph: boolean[], block: Block, step: 1 | -1, o: TitleOptions): Block | null {
  const style = headingStyle(block, o);
  if (style === null) return null;
  return neighbours(tc, block.index, step, o.deckReach).find((b) => !paragraph[b.index] && tc.isTitleLike(b) && headingStyle(b, o) === style) ?? null;
}

/** The nearest `count` blocks in a direction that are not furniture. */
function neighbours(tc: TitleContext, i: number, step: 1 | -1, count: number): Block[] {
  const blocks = tc.ctx.blocks;
  const out: Block[] = [];
  for (let j = i + step; j >= 0 && j < blocks.length && out.length < count; j += step) if (!tc.isFurniture(blocks[j])) out.push(blocks[j]);
  return out;
}

/** A trail of links from the home page down to the page: three parts or more between `>`, `»` or `›`. */
const CRUMB_SEPARATOR = /\s[>»›]\s/u;
const MAX_CRUMB_LINE = 300;

/** The last parts of the page's breadcrumb trails, folded. */
function breadcrumbEnds(blocks: Block[], folded: (block: number) => string): Set<string> {
  const out = new Set<string>();
  blocks.forEach((b, i) => {
    if (b.text.length > MAX_CRUMB_LINE || !CRUMB_SEPARATOR.test(b.text) || quotesWithGuillemets(b.text)) return;
    const parts = folded(i).split(CRUMB_SEPARATOR);
    if (parts.length >= 3) out.add(parts[parts.length - 1].trim());
  });
  return out;
}

/** How often each short line (folded) stands on the page. */
function countShortLines(blocks: Block[], maxWords: number, folded: (block: number) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of blocks) {
    if (b.features.words === 0 || b.features.words > maxWords) continue;
    const key = folded(b.index);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The nearest block in a direction that is not furniture, or null. */
function neighbour(tc: TitleContext, i: number, step: 1 | -1): Block | null {
  const blocks = tc.ctx.blocks;
  for (let j = i + step; j >= 0 && j < blocks.length; j += step) if (!tc.isFurniture(blocks[j])) return blocks[j];
  return null;
}

/** Content words of all the paragraphs of the page's densest stretch of text. */
function regionWords(paragraph: boolean[], main: { start: number; end: number } | undefined, contentOf: (block: number) => string[]): Set<string> {
  const out = new Set<string>();
  if (!main) return out;
  for (let j = main.start; j < main.end; j++) if (paragraph[j]) for (const w of contentOf(j)) out.add(w);
  return out;
}

/** lynx prints the page's <link> elements on its first line, after a `#`: the feeds under their titles, which are
 * the site's name and a feed word ("#Silicon Exposed - Atom Silicon Exposed - RSS", "#Tinker Bench » Feed"). */
const LINK_LINE = /^#\S/u;
const FEED_WORD = /^\s?[-–—»:|]?\s?(?:rss|atom|feed)\b/u;
const FEED_WORD_REACH = 20;

/** Whether the link line names a feed after `name` (a post's own comment feed, "<headline> Comments Feed", does
 * not count: the headline names it). */
function namesFeed(linkLine: string, name: string): boolean {
  if (name.length < 3) return false;
  for (let at = linkLine.indexOf(name); at >= 0; at = linkLine.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || /[\s#]/u.test(linkLine.charAt(at - 1))) && FEED_WORD.test(linkLine.slice(end, end + FEED_WORD_REACH))) return true;
  }
  return false;
}

/** The page's blocks folded and joined by line breaks, which no folded text holds (`fold` turns every run of
 * white space into one space): a text found in the whole is found in one block, so one search of the page tells
 * whether any block above or below a line repeats it. */
export class FoldedPage {
  private constructor(
    private readonly text: string,
    /** Where each block's folded text starts in `text`; one more entry, past the end. */
    private readonly starts: Int32Array,
  ) {}

  static of(count: number, folded: (block: number) => string): FoldedPage {
    const parts: string[] = new Array(count);
    const starts = new Int32Array(count + 1);
    let at = 0;
    for (let j = 0; j < count; j++) {
      starts[j] = at;
      parts[j] = folded(j);
      at += parts[j].length + 1;
    }
    starts[count] = at;
    return new FoldedPage(parts.join('\n'), starts);
  }

  /** A block above `block` holds `own` (folded). */
  before(own: string, block: number): boolean {
    const at = this.text.indexOf(own);
    return at >= 0 && at < this.starts[block];
  }

  /** A block below `block` holds `own` (folded). */
  after(own: string, block: number): boolean {
    return block + 2 < this.starts.length && this.text.indexOf(own, this.starts[block + 1]) >= 0;
  }
}

/** Content words of the first few paragraphs from a block on, each set made once (many candidates share the
 * paragraphs that follow them). */
class ParagraphWords {
  private readonly sets = new Map<number, Set<string>>();
  constructor(
    private readonly count: number,
    private readonly paragraph: boolean[],
    private readonly nextParagraph: Int32Array,
    /** How many paragraphs after a line its words are looked for in. */
    private readonly paragraphs: number,
    /** A block's content words (`contentWords`). */
    private readonly contentOf: (block: number) => string[],
  ) {}

  from(index: number): Set<string> {
    const first = this.nextParagraph[index];
    if (first < 0) return new Set();
    let out = this.sets.get(first);
    if (out) return out;
    out = new Set<string>();
    let seen = 0;
    for (let j = first; j < this.count && seen < this.paragraphs; j++) {
      if (!this.paragraph[j]) continue;
      seen++;
      for (const w of this.contentOf(j)) out.add(w);
    }
    this.sets.set(first, out);
    return out;
  }
}

/** Share of words that start with a capital (function words aside). */
function titleCaseShare(text: string): number {
  const ws = text.split(/\s+/u).filter((w) => /^\p{L}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (ws.length === 0) return 0;
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length;
}
