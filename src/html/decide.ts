// The decision on each block of an HTML page, from the markup and the text classifier together. The classifier
// reads a block as a text dump shows it; the markup says where the block sits: in the article's root element
// (content-root.ts), in navigation, a side box, a form, the page's header or footer, a container named for
// comments or related stories, inside a link, under a heading tag, in a caption. A logistic model weighs the two
// (weights fitted by scripts/fit/html.ts with cross-validation by site); a block's rule names the strongest
// markup reason when the markup decided it, so reports show what removed it.
import type { Block, Doc } from '../pipeline/doc.js';
import { keep, remove } from '../pipeline/doc.js';
import type { Landmark } from './evidence.js';
import { HTML_WEIGHTS, type HtmlWeights } from './block-weights.js';

/** The model's inputs, in order; `bias` is always 1. */
export const HTML_FEATURES = [
  'bias', 'textKept', 'textScore', 'inRoot', 'rootKept', 'inArticle', 'linkDensity', 'rootLinks',
  'heading', 'listItem', 'tableCell', 'caption', 'pre', 'logChars', 'short', 'rootShort', 'rootCaption',
  'rootHeading', 'outsideRegion', 'rootOutsideRegion', 'textList', 'paragraphChars',
] as const;

export type HtmlFeature = (typeof HTML_FEATURES)[number];

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_ITEM = new Set(['li', 'dd', 'dt']);
const TABLE_CELL = new Set(['td', 'th', 'tr']);
const CAPTION = new Set(['figcaption', 'caption']);
/** Rules the classifier gives before it scores (renderer residue, widgets, short captions and credits): the
 * markup does not overrule them. */
const CERTAIN = new Set(['chrome:residue', 'chrome:widget', 'chrome:caption']);
/** Fewer words than this make a short line: in an article's container, a step's heading, a caption, an item of
 * a list of ingredients, as often as a role under a byline or a button's label. */
const SHORT_WORDS = 5;
/** The classifier's rules for runs of headline-like lines, which in an article's container are often its own lists. */
const TEXT_LIST_RULES = new Set(['chrome:link-list', 'chrome:numbered-list']);

/** A block's feature values, read after the text classifier has decided it. */
export function htmlFeatures(block: Block): Record<HtmlFeature, number> {
  const html = block.html!;
  const kept = block.decision.keep ? 1 : 0;
  const inRoot = html.inRoot ? 1 : 0;
  const short = block.features.words < SHORT_WORDS ? 1 : 0;
  const caption = CAPTION.has(html.tag) ? 1 : 0;
  const heading = HEADING.has(html.tag) ? 1 : 0;
  // the classifier's reading of the page's dense text regions: a root's paragraphs it left outside them
  const outsideRegion = block.decision.rule === 'chrome:outside-main' ? 1 : 0;
  return {
    bias: 1,
    textKept: kept,
    textScore: block.score,
    inRoot,
    rootKept: inRoot * kept,
    inArticle: html.inArticle ? 1 : 0,
    linkDensity: html.linkDensity,
    rootLinks: inRoot * html.linkDensity,
    heading,
    listItem: LIST_ITEM.has(html.tag) ? 1 : 0,
    tableCell: TABLE_CELL.has(html.tag) ? 1 : 0,
    caption,
    pre: html.tag === 'pre' ? 1 : 0,
    logChars: Math.log1p(block.features.chars) / 8,
    short,
    rootShort: inRoot * short,
    rootCaption: inRoot * caption,
    rootHeading: inRoot * heading,
    outsideRegion,
    rootOutsideRegion: inRoot * outsideRegion,
    textList: TEXT_LIST_RULES.has(block.decision.rule) ? 1 : 0,
    paragraphChars: Math.log1p(html.tag === 'p' ? html.containerChars : block.features.chars) / 8,
  };
}

export function htmlScore(x: Record<HtmlFeature, number>, weights: HtmlWeights): number {
  let z = 0;
  for (const f of HTML_FEATURES) z += (weights.linear[f] ?? 0) * x[f];
  return 1 / (1 + Math.exp(-z));
}

const LANDMARK_REASON: Record<Landmark, string> = {
  nav: 'inside <nav>: site navigation',
  aside: 'inside <aside>: a box beside the article',
  form: 'inside a <form>: search, login or sign-up',
  header: "inside the page's <header>, outside the article",
  footer: "inside the page's <footer>, outside the article",
};

/**
 * Runs after the text classifier and before the fields are read: every block of the page is kept or removed by
 * the model. Field extractors may still read removed blocks (a breadcrumb in a removed header gives the section).
 */
export function decideHtmlBlocks(doc: Doc): void {
  const weights = doc.options.htmlWeights ?? HTML_WEIGHTS;
  let prose = false;
  for (const block of doc.blocks) {
    const html = block.html;
    if (!html || markupRemoves(block, doc.options.htmlLinkDensity)) continue;
    const p = htmlScore(htmlFeatures(block), weights);
    const score = `score ${p.toFixed(2)}`;
    if (p >= weights.threshold) {
      // a short line above the article's first paragraph is its header: a kicker, a byline, the writer's role
      if (!block.decision.keep && (prose || block.features.words >= SHORT_WORDS)) {
        block.textClass = block.features.chars >= doc.options.lengthLow ? 'prose' : 'short';
        keep(block, 'content:html-article', `${score}: ${html.inRoot ? "inside the article's root element" : 'the markup reads as article text'}`);
      }
      if (block.decision.keep && block.features.chars >= doc.options.lengthLow) prose = true;
    } else if (block.decision.keep) {
      block.textClass = 'removed';
      if (!html.inRoot) remove(block, 'chrome:html-outside-article', `${score}: outside the element that holds the article`);
      else remove(block, 'chrome:html-model', `${score}: the markup reads as page chrome`);
    }
  }
}

/**
 * Whether a block of links is left to the model rather than removed for its link text: a line of a list or a table
 * in the article's root element (references, a list of changes, a table of contents, a table of titles), unless it
 * stands under the label of a box of links ("Related stories"). A paragraph or a heading that is mostly a link is
 * a teaser or a pointer elsewhere ("Read our full coverage"), wherever it stands.
 */
function linksOfTheArticle(block: Block): boolean {
  const html = block.html!;
  return html.inRoot && (LIST_ITEM.has(html.tag) || TABLE_CELL.has(html.tag)) && !block.layout?.labelledList;
}

/**
 * What settles a block before the model: the classifier's certain chrome; a landmark or a furniture container;
 * a block that is mostly link text. Such a block is removed under the markup's own rule, which replaces the
 * classifier's on a block it also removed. Returns whether the block was settled.
 */
export function markupRemoves(block: Block, maxLinkDensity: number): boolean {
  const html = block.html!;
  if (html.landmark) remove(block, `chrome:html-${html.landmark}`, LANDMARK_REASON[html.landmark]);
  else if (html.hint) remove(block, 'chrome:html-hint', `inside a container named "${html.hint.name}" (${html.hint.word})`);
  else if (CERTAIN.has(block.decision.rule)) return true;
  else if (html.linkDensity >= maxLinkDensity && block.features.words > 0 && !linksOfTheArticle(block)) {
    if (block.decision.keep) remove(block, 'chrome:html-link-dense', `${Math.round(html.linkDensity * 100)}% of the text is link text`);
  } else return false;
  block.textClass = 'removed';
  return true;
}
