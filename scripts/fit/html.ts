// Fits the HTML block model (src/html/decide.ts) on the real set's HTML pages and writes src/html/block-weights.ts.
//
// Labels: a block is article text when its words appear, in order, in the page's gold body. Each page weighs the
// same in the fit (a block by its share of the page's words), as each page weighs the same in the body metric. The
// model is an L2-regularised logistic regression; its keep threshold is the one that gives the best body F1 on the
// pages it was fitted on. Cross-validation by site (5 folds: no site both fitted and scored) gives the held-out
// body F1 that the fitter reports; the weights written are fitted on every page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { prepareHtml } from '../../src/html/pipeline.js';
import { classify } from '../../src/pipeline/classify.js';
import { HTML_FEATURES, htmlFeatures, markupRemoves } from '../../src/html/decide.js';
import type { HtmlWeights } from '../../src/html/block-weights.js';
import { resolveOptions } from '../../src/options.js';
import { cleanPage, decodeInput } from '../../src/run/page.js';
import { profileInputs } from '../../src/run/profile-pass.js';
import type { CorpusProfile } from '../../src/corpus/profile.js';
import type { FitContext, Fitter } from './fitter.js';
import { bodyScore, loadRealSet, pageCounts, siteFolds, tokens, type BodyCounts, type BodyScore, type RealPage } from './real-set.js';

const FOLDS = 5;
const L2 = 0.01;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7];
/** Blocks this long are labelled by their words' place in the gold body, shorter ones by a gold line of their own. */
const SHORT_LABEL_WORDS = 5;

interface Sample {
  x: number[];
  label: 0 | 1;
  weight: number;
}

interface PageSamples {
  page: RealPage;
  samples: Sample[];
}

const htmlFitter: Fitter = {
  name: 'html',
  output: 'src/html/block-weights.ts',
  reads: ['src/pipeline/weights.ts', 'src/extract/title-weights.ts'],
  async run(ctx: FitContext): Promise<string> {
    const pages = loadRealSet(path.join(ctx.shared, 'realset'));
    const profile = await profileInputs(pages.map((p) => ({ kind: 'file' as const, source: p.file, path: p.file })));
    const data = pages.map((page) => ({ page, samples: pageSamples(page, profile) }));
    const folds = siteFolds(pages, FOLDS);
    const heldOut: BodyCounts[] = new Array(pages.length);
    for (let k = 0; k < FOLDS; k++) {
      const weights = fit(data.filter((_, i) => folds[i] !== k), profile);
      for (let i = 0; i < pages.length; i++) if (folds[i] === k) heldOut[i] = pipelineCounts(pages[i], profile, weights);
    }
    const all = fit(data, profile);
    const inSample = bodyScore(pages.map((p) => pipelineCounts(p, profile, all)));
    const held = bodyScore(heldOut);
    ctx.log(`html: ${pages.length} pages, ${new Set(pages.map((p) => p.site)).size} sites, ${FOLDS} folds by site`);
    if (ctx.verbose) {
      for (const line of largestLosses(pages, heldOut)) ctx.log(line);
      ctx.log(`html: held-out body F1 ${held.f1.toFixed(4)} (four digits)`);
    }
    ctx.log(`html: body ${describe(held)} held out; ${describe(inSample)} in-sample`);
    return weightsFile(all, pages.length, held);
  },
};
export default htmlFitter;

/** The pages whose held-out body loses most (precision and recall lost together), worst first. */
function largestLosses(pages: RealPage[], counts: BodyCounts[], n = 20): string[] {
  const rows = pages.map((p, i) => ({ id: p.id, s: bodyScore([counts[i]]) }));
  rows.sort((a, b) => a.s.precision + a.s.recall - (b.s.precision + b.s.recall) || (a.id < b.id ? -1 : 1));
  return rows.slice(0, n).map((r) => `  held out ${r.id}: P ${r.s.precision.toFixed(3)} R ${r.s.recall.toFixed(3)}`);
}

function describe(s: BodyScore): string {
  return `F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})`;
}

/** Every block of a page the markup leaves open, with its features (after the text classifier) and its label. */
function pageSamples(page: RealPage, profile: CorpusProfile): Sample[] {
  const input = decodeInput(readFileSync(page.file), page.file);
  if (!input.ok) return [];
  const { doc } = prepareHtml(input.text, page.file, resolveOptions());
  doc.profile = profile;
  classify(doc);
  const gold = ` ${tokens(page.gold.articleBody).join(' ').toLowerCase()} `;
  const goldLines = new Set(page.gold.articleBody.split('\n').map((line) => tokens(line).join(' ').toLowerCase()));
  const undecided = doc.blocks.filter((b) => !markupRemoves(b, doc.options.htmlLinkDensity));
  const blocks = undecided.map((b) => ({ block: b, words: tokens(b.text).map((t) => t.toLowerCase()) })).filter((b) => b.words.length > 0);
  const total = blocks.reduce((n, b) => n + b.words.length, 0);
  return blocks.map(({ block, words }) => {
    const f = htmlFeatures(block);
    const text = words.join(' ');
    // a short line is article text when it is a line of the gold body: "Share" or "Step 1" occur inside many
    // articles' sentences without being lines of them
    const label = goldLines.has(text) || (words.length >= SHORT_LABEL_WORDS && gold.includes(` ${text} `)) ? 1 : 0;
    return { x: HTML_FEATURES.map((k) => f[k]), label, weight: words.length / total };
  });
}

/** The model fitted on these pages, with the threshold that gives them the best body F1 (whole cleaner). */
function fit(data: PageSamples[], profile: CorpusProfile): HtmlWeights {
  const samples = data.flatMap((d) => d.samples);
  const w = logistic(samples);
  const linear = Object.fromEntries(HTML_FEATURES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000]));
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const weights = { linear, threshold };
    const f1 = bodyScore(data.map((d) => pipelineCounts(d.page, profile, weights))).f1;
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return { linear, threshold: best.threshold };
}

/** The whole cleaner's body for a page with these weights, scored against its gold. */
function pipelineCounts(page: RealPage, profile: CorpusProfile, weights: HtmlWeights): BodyCounts {
  const r = cleanPage(readFileSync(page.file), page.file, { profile, clean: { htmlWeights: weights } });
  return pageCounts(page.gold.articleBody, 'ok' in r && r.ok ? r.record.body : '');
}

/** Weighted L2-regularised logistic regression by Newton's method (a few dozen features: exact and quick). */
function logistic(samples: Sample[]): number[] {
  const d = HTML_FEATURES.length;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = w.map((v, j) => (j === 0 ? 0 : L2 * v));
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i > 0 ? L2 : 0)));
    for (const s of samples) {
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j] * s.x[j];
      const p = 1 / (1 + Math.exp(-z));
      const g = s.weight * (p - s.label);
      const h = s.weight * p * (1 - p);
      for (let i = 0; i < d; i++) {
        grad[i] += g * s.x[i];
        for (let j = 0; j < d; j++) hess[i][j] += h * s.x[i] * s.x[j];
      }
    }
    for (let i = 0; i < d; i++) hess[i][i] += 1e-9;
    const step = solve(hess, grad);
    w = w.map((v, j) => v - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

function weightsFile(w: HtmlWeights, pages: number, held: BodyScore): string {
  return `// Weights of the HTML block model (src/html/decide.ts), fitted by scripts/fit/html.ts on the real set's ${pages}
// HTML pages (held-out body F1 ${held.f1.toFixed(3)}, ${FOLDS} folds by site). Do not edit by hand: change the features or the
// fitter and run it again.
export interface HtmlWeights {
  linear: Record<string, number>;
  threshold: number;
}

export const HTML_WEIGHTS: HtmlWeights = ${JSON.stringify(w)};
`;
}
