// Stage 5: decide, for every block, whether it is article text or page chrome.
//  1. certain chrome goes outright: renderer residue (image placeholders, frames, form fields, buttons) and
//     widgets (share/print buttons, comment counters, bar-separated links);
//  2. every other block is scored twice by the model (model.ts): on its own (text and layout), then with its
//     context (its neighbours' scores, and whether it lies in the densest text region of the page);
//  3. a block is kept when its final score reaches `keepThreshold`; a removed block is attributed to the
//     strongest structural reason (numbered headline list, link list, outside the main region, boilerplate).
import type { Block, Doc } from './doc.js';
import { keep, remove } from './doc.js';
import { computeLayout, type Layout } from './layout.js';
import { contextVector, FEATURES, logit, OWN_FEATURES, ownVector, sigmoid, strongestReasons, vectorsFor, type Scorer, type Vector, type Weights } from './model.js';
import { regionOf, textRegions } from './main-content.js';
import { DEFAULT_WEIGHTS } from './weights.js';
import type { ClassifierOptions, CleanOptions } from '../options.js';

// `[^\][]`: a bracket token cannot span another `[`, so a long run of unclosed brackets is scanned once (with
// `[^\]]` every `[` scanned to the end of the block: quadratic, minutes for a 1 MB line)
const RESIDUE_TOKENS = /\[[^\][]*\]|IFRAME:\s*\S+|\((?:BUTTON|RADIO|CHECKBOX|SUBMIT)\)|_{3,}|\(\*\)|\( \)/giu;

/** What the classifier reads before any weights: certain chrome removed (the blocks' decisions say so), each
 * block's layout, own feature vector and corpus evidence. */
export interface OwnFeatures {
  layout: Layout[];
  /** Each block's own feature vector (OWN_FEATURES), stage 1's input. */
  vectors: Vector[];
  certain: boolean[];
  /** Log-odds of corpus evidence for each block, before sharedStoryDamped (see corpusPrior). */
  corpus: number[];
}

/** Stage-1 inputs: the own features and the corpus prior as these weights damp it. */
export interface OwnScores extends OwnFeatures {
  /** Log-odds added to both stages for lines that recur across the corpus (see corpusPrior). */
  prior: number[];
}

/** The weight-free part of the classifier, which sets the decisions of certain chrome on the doc's blocks. A doc
 * decided several times with other weights (the fitter) computes it once and hands it to classify. */
export function ownFeatures(doc: Doc): OwnFeatures {
  const blocks = doc.blocks;
  for (const block of blocks) removeCertainChrome(block, doc.options.classifier);
  const layout = computeLayout(blocks, doc.options, doc.lines, doc.profile);
  blocks.forEach((block, i) => removeLabelledList(block, layout[i]));
  const vectors = vectorsFor(blocks.length, OWN_FEATURES.length);
  blocks.forEach((b, i) => ownVector(b, layout[i], vectors[i]));
  const certain = blocks.map((b) => !b.decision.keep);
  const corpus = layout.map((l) => corpusPrior(l, doc.options));
  return { layout, vectors, certain, corpus };
}

export function prepareOwn(doc: Doc, features: OwnFeatures = ownFeatures(doc)): OwnScores {
  const { vectors, certain, corpus } = features;
  // the blocks' own scores weigh corpus evidence; a page without any (no profile, nothing recurs) needs none
  const weights = doc.options.weights ?? DEFAULT_WEIGHTS;
  const prior = corpus.some((x) => x < 0)
    ? sharedStoryDamped(corpus, vectors.map((x, i) => (certain[i] ? 0 : sigmoid(logit(weights.stage1, x)))), doc.blocks.map((b) => b.features.chars), doc.options.keepThreshold, doc.options.classifier)
    : corpus;
  return { ...features, prior };
}

/**
 * Corpus evidence only where the page has text of its own beside what recurs. Templates recur around bodies that
 * differ from page to page; when most of what reads as article text on this page (by the blocks' own features)
 * recurs in other pages, the page shares its story with them (a wire story on several sites, an updated copy,
 * a page saved under two names), and frequency cannot tell its furniture from its story (a site's menu and a
 * story it ran recur in the same pages). The prior holds in full when at least half of that text is the page's
 * own, fades out as the share falls to a quarter (one edited paragraph of a copied story), and is gone below.
 */
export function sharedStoryDamped(prior: number[], ownScore: number[], chars: number[], threshold: number, o: ClassifierOptions): number[] {
  let prose = 0;
  let recurring = 0;
  for (let i = 0; i < prior.length; i++) {
    if (ownScore[i] < threshold) continue;
    prose += chars[i];
    if (prior[i] < 0) recurring += chars[i];
  }
  if (prose === 0 || recurring === 0) return prior;
  const ownShare = 1 - recurring / prose;
  const scale = Math.min(1, Math.max(0, (ownShare - o.sharedStoryShare) / (o.ownStoryShare - o.sharedStoryShare)));
  return scale === 1 ? prior : prior.map((x) => x * scale);
}

export function stageOne(scores: OwnScores, weights: Weights): number[] {
  return scores.vectors.map((x, i) => (scores.certain[i] ? 0 : sigmoid(logit(weights.stage1, x) + scores.prior[i])));
}

/**
 * Evidence from the corpus profile, in log-odds: nothing until the block's lines recur in `corpusMinPages` pages
 * and over `corpusOnset` of the corpus's spread (log pages / log corpus pages), then `corpusWeight` per unit of
 * spread beyond it. It is a set prior, not fitted: the development set holds about one page per site, so the fit
 * cannot learn how strongly a site's template recurs. A wire paragraph carried by a few pages stays below the
 * onset; a menu or footer on every page of a site weighs against the block, and strong prose can still outweigh it.
 */
export function corpusPrior(layout: Layout, opts: CleanOptions): number {
  if (layout.corpusPages < opts.corpusMinPages) return 0;
  return -opts.corpusWeight * Math.max(0, layout.corpus - opts.corpusOnset);
}

/** Decide every block. `features`, when given, were computed on this doc's blocks (ownFeatures), whose decisions
 * of certain chrome they carry. */
export function classify(doc: Doc, features?: OwnFeatures): void {
  const opts = doc.options;
  const weights = opts.weights ?? DEFAULT_WEIGHTS;
  const blocks = doc.blocks;
  const prepared = prepareOwn(doc, features);
  const { layout, vectors, certain } = prepared;
  const stageOneScores = stageOne(prepared, weights);
  const regions = textRegions(blocks, stageOneScores, opts.regionThreshold, opts.regionShare);
  const chars = blocks.map((b) => b.features.chars);
  doc.regions = regions;
  const context = vectorsFor(blocks.length, FEATURES.length);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    block.layout = layout[i];
    if (certain[i]) {
      block.score = 0;
      block.textClass = 'removed';
      continue;
    }
    const x = contextVector(i, vectors, stageOneScores, chars, regions, context[i]);
    const p = sigmoid(logit(weights.stage2, x) + prepared.prior[i]);
    block.score = p;
    decide(block, p, x, weights.stage2, regionOf(regions, i) !== undefined, opts, prepared.prior[i]);
  }
}

function decide(block: Block, p: number, x: Vector, weights: Scorer, inRegion: boolean, opts: CleanOptions, prior: number): void {
  const score = () => `score ${p.toFixed(2)}`;
  if (p >= opts.keepThreshold) {
    block.textClass = block.features.chars >= opts.lengthLow ? 'prose' : 'short';
    keep(block, 'content:main', () => `${score()}: ${strongestReasons(weights, x, 1).join(', ')}`);
    return;
  }
  block.textClass = 'removed';
  const layout = block.layout!;
  const why = () => {
    const recurs = prior < 0 ? [`recurs in ${layout.corpusPages} pages of the corpus (${prior.toFixed(2)})`] : [];
    return `${score()}: ${[...recurs, ...strongestReasons(weights, x, -1)].slice(0, 3).join(', ')}`;
  };
  if (layout.corpusPages > 0 && prior <= -2 && !layout.numberedHeadlines && !layout.linkList) remove(block, 'chrome:template', () => `lines repeated across the corpus; ${why()}`);
  else if (layout.numberedHeadlines) remove(block, 'chrome:numbered-list', () => `numbered list of ${layout.listRun} headlines; ${why()}`);
  else if (layout.linkList) remove(block, 'chrome:link-list', () => `heading followed by ${layout.headlineRun} headline-like lines; ${why()}`);
  else if (!inRegion) remove(block, 'chrome:outside-main', () => `outside the dense text regions; ${why()}`);
  else remove(block, 'chrome:boilerplate', why);
}

/** A run of headlines under a heading that labels a box of links ("Related stories", "Most read") is chrome, and so
 * is a numbered run of one- and two-word items: a breadcrumb or a menu ("1. Home 2. Region 3. Business"). */
function removeLabelledList(block: Block, layout: Layout): void {
  if (!block.decision.keep) return;
  if (layout.numberedHeadlines && block.features.words <= 2) {
    remove(block, 'chrome:numbered-list', `numbered run of ${layout.listRun} one- or two-word items: a breadcrumb or a menu`);
    return;
  }
  if (!layout.labelledList) return;
  if (block.kind === 'numbered') remove(block, 'chrome:numbered-list', `numbered headlines under a link-box label (${layout.headlineRun} lines)`);
  else remove(block, 'chrome:link-list', `headlines under a link-box label such as "Related stories" (${layout.headlineRun} lines)`);
}

function removeCertainChrome(block: Block, o: ClassifierOptions): void {
  const f = block.features;
  if (f.residue && block.text.replace(RESIDUE_TOKENS, ' ').trim().split(/\s+/).filter(Boolean).length < 5) {
    remove(block, 'chrome:residue', 'renderer residue: image placeholder, frame, form field or button');
  } else if (f.caption && f.chars < o.maxCaptionChars) {
    remove(block, 'chrome:caption', 'photo caption or credit');
  } else if (isWidget(block)) {
    remove(block, 'chrome:widget', widgetReason(block));
  }
}

/** A short block of interface words, a counter ("12 comments") or bar-separated buttons. */
export function isWidget(block: Block): boolean {
  const f = block.features;
  if (f.words > 12 || (f.terminal && f.sentences > 1)) return false;
  return f.counter || f.separated || (f.widgetWords >= 0.5 && f.words <= 6);
}

function widgetReason(block: Block): string {
  const f = block.features;
  if (f.counter) return 'widget: counter such as "12 comments"';
  if (f.separated) return 'widget: short items separated by bars or bullets';
  return `widget: ${Math.round(f.widgetWords * 100)}% interface words in ${f.words} words`;
}
