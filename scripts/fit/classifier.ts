// The block classifier's weights and keep threshold (src/pipeline/weights.ts), fitted on the dev set and the real
// set together. Each stage is a logistic regression (model.ts reads its weights): stage 1 on the blocks' own
// features, stage 2 on those and their context (the neighbours' stage-1 scores, the dense regions), both with the
// corpus prior as a fixed offset, as the classifier adds it. The keep threshold is the one whose bodies score best
// through the whole pipeline (fields, headings, repeats): the mean of the dev set's F and the real set's F1, among
// the thresholds that cut sentences in two in at most 12% of the dev set's bodies.
//
// Figures are held out: the pages are split into folds by site, and for each fold the weights are fitted and the
// threshold chosen on the other folds, then its pages are cleaned with them. The committed weights are the same
// procedure run on every page.
import type { FitPage, PageCounts } from './classifier-pages.js';
import { countsOf, freshDoc, loadFitPages } from './classifier-pages.js';
import type { FitContext, Fitter } from './fitter.js';
import { fitLogistic, type Samples } from './logistic.js';
import { finishDoc } from '../../src/pipeline/index.js';
import { classify, prepareOwn, stageOne } from '../../src/pipeline/classify.js';
import { contextVector, FEATURE_SLOT, FEATURES, OWN_FEATURES, vectorsFor, type Scorer, type Weights } from '../../src/pipeline/model.js';
import { textRegions } from '../../src/pipeline/main-content.js';
import { resolveOptions, type CleanOptions } from '../../src/options.js';
import { assembleBody, cleanDocument } from '../../src/index.js';
import { splitSentenceShare } from '../shared-data/split-sentences.js';
import { devScore, type DevScore, type SnippetCounts } from '../shared-data/devset.js';
import { bodyScore, CONVERTERS, type BodyCounts, type BodyScore, type Converter } from '../shared-data/realset.js';

const FOLDS = 5;
/** Keep thresholds tried: this grid, then halfway to its neighbours around the best of it. */
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7];
const FINE_STEP = 0.05;
const LOGISTIC = { l2: 0.002, bias: FEATURE_SLOT.bias };

export const classifierFitter: Fitter = {
  name: 'classifier',
  output: 'src/pipeline/weights.ts',
  reads: ['src/extract/title-weights.ts'],
  async run(ctx: FitContext): Promise<string> {
    // the threshold the corpus prior is damped with while fitting (sharedStoryDamped), which is not chosen yet
    const options = resolveOptions({ keepThreshold: 0.5 });
    const pages = loadFitPages(ctx.shared, FOLDS, ctx.log);
    const heldOut: PageCounts[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const train = pages.filter((p) => p.fold !== k);
      const test = pages.filter((p) => p.fold === k);
      const weights = fitWeights(train, options);
      const { threshold } = chooseThreshold(train, weights, options);
      const counts = test.map((p) => countsOf(p, bodyOf(p, weights, threshold, options)));
      heldOut.push(...counts);
      ctx.log(`classifier: fold ${k + 1}/${FOLDS} (${test.length} pages held out): threshold ${threshold}, ${show(figures(counts))}`);
    }
    const held = figures(heldOut);
    ctx.log(`classifier: held out: ${show(held)}`);
    const weights = fitWeights(pages, options);
    const { threshold, figures: inSample } = chooseThreshold(pages, weights, options);
    ctx.log(`classifier: all pages (in-sample): threshold ${threshold}, ${show(inSample)}`);
    return render(weights, threshold, held, pages);
  },
};

export function fitWeights(train: FitPage[], options: CleanOptions): Weights {
  const s1 = samples(train, OWN_FEATURES.length, (p, i) => p.own.vectors[i], (p, i) => p.own.corpus[i]);
  const stage1: Scorer = { linear: named(fitLogistic(s1, LOGISTIC), OWN_FEATURES) };
  // stage 2 reads the stage-1 scores of these weights, with the corpus prior as the classifier damps it for them
  const context = new Map<FitPage, { x: Float64Array[]; prior: number[] }>();
  for (const p of train) {
    const own = prepareOwn(freshDoc(p, { ...options, weights: { stage1, stage2: stage1 } }), p.own);
    const stageOneScores = stageOne(own, { stage1, stage2: stage1 });
    const regions = textRegions(p.doc.blocks, stageOneScores, options.regionThreshold, options.regionShare);
    const chars = p.doc.blocks.map((b) => b.features.chars);
    const x = vectorsFor(p.doc.blocks.length, FEATURES.length);
    for (let i = 0; i < x.length; i++) if (p.labels[i] && !own.certain[i]) contextVector(i, own.vectors, stageOneScores, chars, regions, x[i]);
    context.set(p, { x, prior: own.prior });
  }
  const s2 = samples(train, FEATURES.length, (p, i) => context.get(p)!.x[i], (p, i) => context.get(p)!.prior[i]);
  const stage2: Scorer = { linear: named(fitLogistic(s2, LOGISTIC), FEATURES) };
  return { stage1, stage2 };
}

/** The labelled blocks that reach the model (certain chrome never does), with the prior added to their log-odds. */
function samples(pages: FitPage[], width: number, vector: (p: FitPage, i: number) => Float64Array, prior: (p: FitPage, i: number) => number): Samples {
  const x: Float64Array[] = [];
  const y: number[] = [];
  const weight: number[] = [];
  const offset: number[] = [];
  for (const p of pages) {
    p.labels.forEach((label, i) => {
      if (!label || p.own.certain[i]) return;
      x.push(vector(p, i));
      y.push(label.y);
      weight.push(label.weight);
      offset.push(prior(p, i));
    });
  }
  return { x, y: Uint8Array.from(y), weight: Float64Array.from(weight), width, offset: Float64Array.from(offset) };
}

/** Weights by feature name, rounded to three decimals (the file stays readable, and a last-bit difference in
 * arithmetic does not change it). */
function named(w: Float64Array, names: readonly string[]): Record<string, number> {
  return Object.fromEntries(names.map((k, j) => [k, Math.round(w[j] * 1000) / 1000 || 0]));
}

/** The page's body with these weights and threshold. What follows the classifier depends only on which blocks
 * it kept (and the weights), so a page whose kept blocks are the same at another threshold gets the same body. */
export function bodyOf(page: FitPage, weights: Weights, threshold: number, options: CleanOptions): string {
  if (page.html !== undefined) {
    const result = cleanDocument(page.html, { source: page.key, format: 'html', options: { ...options, weights, keepThreshold: threshold }, profile: page.profile });
    return result.ok ? result.record.body : '';
  }
  const doc = freshDoc(page, { ...options, weights, keepThreshold: threshold });
  classify(doc, page.own);
  const key = doc.blocks.map((b) => (b.decision.keep ? '1' : '0')).join('');
  let bodies = bodyCache.get(page);
  if (bodies?.weights !== weights) bodyCache.set(page, (bodies = { weights, byKept: new Map() }));
  let body = bodies.byKept.get(key);
  if (body === undefined) bodies.byKept.set(key, (body = assembleBody(finishDoc(doc))));
  return body;
}

const bodyCache = new WeakMap<FitPage, { weights: Weights; byKept: Map<string, string> }>();

export interface Figures {
  dev: DevScore;
  real: Record<Converter, BodyScore>;
  /** What the threshold is chosen on: the mean of the dev set's F and the real set's mean F1. */
  objective: number;
}

export function figures(counts: PageCounts[]): Figures {
  const dev = devScore(counts.filter((c) => c.set === 'dev').map((c) => c.counts as SnippetCounts));
  const real = Object.fromEntries(CONVERTERS.map((conv) => [conv, bodyScore(counts.filter((c) => c.set === conv).map((c) => c.counts as BodyCounts))])) as Record<Converter, BodyScore>;
  const realMean = CONVERTERS.reduce((s, c) => s + real[c].f1, 0) / CONVERTERS.length;
  return { dev, real, objective: (dev.f + realMean) / 2 };
}

/** Share of the dev set's bodies with a sentence cut in two that a threshold may reach:
 * keeping more blocks can keep fragments of a paragraph apart, which no F measure of snippets or shingles sees. */
const MAX_SPLIT_SENTENCES = 0.12;

/** The threshold with the best objective among those whose bodies cut sentences in at most `maxSplit` of the dev
 * bodies (among all of them when none does); the first tried wins a tie. */
export function bestThreshold<F extends { objective: number; splitSentences: number }>(tried: [number, F][], maxSplit: number): [number, F] {
  const within = tried.filter(([, f]) => f.splitSentences <= maxSplit);
  return (within.length ? within : tried).reduce((a, b) => (b[1].objective > a[1].objective ? b : a));
}

export function chooseThreshold(pages: FitPage[], weights: Weights, options: CleanOptions): { threshold: number; figures: Figures } {
  const tried = new Map<number, Figures & { splitSentences: number }>();
  const tryThreshold = (t: number) => {
    const threshold = Math.round(t * 1000) / 1000;
    if (tried.has(threshold)) return;
    const bodies = pages.map((p) => bodyOf(p, weights, threshold, options));
    const devBodies = bodies.filter((b, i) => pages[i].set === 'dev' && b !== '');
    tried.set(threshold, { ...figures(pages.map((p, i) => countsOf(p, bodies[i]))), splitSentences: splitSentenceShare(devBodies) });
  };
  const best = () => bestThreshold([...tried], MAX_SPLIT_SENTENCES);
  THRESHOLDS.forEach(tryThreshold);
  const coarse = best()[0];
  tryThreshold(coarse - FINE_STEP);
  tryThreshold(coarse + FINE_STEP);
  const [threshold, f] = best();
  return { threshold, figures: f };
}

const pct = (x: number) => x.toFixed(3);

function show(f: Figures): string {
  const real = CONVERTERS.map((c) => `${c} ${pct(f.real[c].f1)} (P ${pct(f.real[c].precision)} R ${pct(f.real[c].recall)})`).join(', ');
  return `dev F ${pct(f.dev.f)} (R ${pct(f.dev.recall)} P ${pct(f.dev.precision)}); real F1 ${real}`;
}

function render(weights: Weights, threshold: number, held: Figures, pages: FitPage[]): string {
  const dev = pages.filter((p) => p.set === 'dev').length;
  const real = pages.filter((p) => p.set === 'lynx').length;
  const comment = (text: string) => text.replace(/(.{1,112})(?:\s+|$)/g, '// $1\n');
  return (
    comment(
      `Default classifier parameters: two logistic regressions over the features of model.ts, fitted by \`npm run fit\` ` +
        `(scripts/fit/classifier.ts) on the dev set (${dev} pages) and the real set (${real} pages as lynx, w3m and ` +
        `html2text dumps). Do not edit by hand: change the features or the fitter and run it again. Held out (${FOLDS} folds ` +
        `split by site, weights and threshold chosen inside each fold): ${show(held)}.`,
    ) +
    `import type { Weights } from './weights-shape.js';\n\n` +
    `/** Keep threshold chosen with these weights: the best mean of the dev set's F and the real set's F1\n * among those that cut sentences in two in at most 12% of the dev set's bodies. */\n` +
    `export const FITTED_KEEP_THRESHOLD = ${threshold};\n\n` +
    `export const DEFAULT_WEIGHTS: Weights = {\n` +
    `  stage1: ${JSON.stringify(weights.stage1)},\n` +
    `  stage2: ${JSON.stringify(weights.stage2)},\n` +
    `};\n`
  );
}
