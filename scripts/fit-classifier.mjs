#!/usr/bin/env node
// Fit the block classifier's weights (src/pipeline/model.ts) on the development set, a developer tool.
//
//   npm run build && node scripts/fit-classifier.mjs [--devset ../shared/devset] [--folds 5] [--write]
//
// Labels come from the dev set's snippets: a block containing a must-keep snippet is article text, one containing a
// must-drop snippet is chrome; other blocks are unlabelled. Each stage is either an L2-regularised logistic
// regression (--model linear) or gradient-boosted decision trees (--model trees, the default); stage 2 sees the
// stage-1 scores of the block's neighbours and the dense regions computed from them. The keep threshold is then
// chosen on the full pipeline's snippet F score (the best F with recall >= --min-recall, when given).
// With --folds K the whole procedure is cross-validated by page (fit on K-1 folds, score the held-out one), which
// is the figure to trust; --write stores the weights fitted on all pages in src/pipeline/weights.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decideDoc, prepareDoc } from '../dist/pipeline/index.js';
import { prepareOwn, stageOne } from '../dist/pipeline/classify.js';
import { contextVector, namedVector } from '../dist/pipeline/model.js';
import { textRegions } from '../dist/pipeline/main-content.js';
import { resolveOptions } from '../dist/options.js';
import { assembleBody } from '../dist/index.js';
import { CorpusProfile } from '../dist/corpus/profile.js';
import { normaliseText } from '../dist/pipeline/normalise.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const devset = path.resolve(arg('--devset', path.join(ROOT, '../shared/devset')));
const folds = Number(arg('--folds', '0'));
const write = args.includes('--write');
const L2 = Number(arg('--l2', '0.002'));
const MODEL = arg('--model', 'trees');
/** Features to leave out (for experiments): --drop position,top */
const DROP = arg('--drop', '').split(',').filter(Boolean);
const TREES = Number(arg('--trees', '150'));
const DEPTH = Number(arg('--depth', '3'));
const RATE = Number(arg('--rate', '0.1'));
const MIN_LEAF = Number(arg('--min-leaf', '0.004'));
const MIN_RECALL = Number(arg('--min-recall', '0'));
const THRESHOLDS = arg('--thresholds', '0.4,0.45,0.5,0.55,0.6').split(',').map(Number);

const norm = (s) => String(s ?? '').replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '').replace(/\s+/g, ' ').trim();
const gold = JSON.parse(readFileSync(path.join(devset, 'snippets.json'), 'utf8'));
const options = resolveOptions(JSON.parse(arg('--options', '{}')));
const texts = Object.keys(gold).map((key) => readFileSync(path.join(devset, 'pages', key + '.txt'), 'utf8'));
// the corpus pass, as the runner makes it: every page's lines counted (--no-profile: corpus learning off)
const profile = args.includes('--no-profile') ? null : new CorpusProfile();
if (profile) for (const text of texts) profile.addPage(normaliseText(text).text);
const pages = Object.entries(gold).map(([key, page], i) => {
  const text = texts[i];
  const doc = prepareDoc(text, key, options);
  const pristine = structuredClone(doc);
  doc.profile = profile;
  const own = prepareOwn(doc);
  const labels = doc.blocks.map((b) => {
    const t = norm(b.text);
    const w = page.with.filter((s) => t.includes(norm(s))).length;
    const wo = page.without.filter((s) => t.includes(norm(s))).length;
    if (w && !wo) return { y: 1, weight: w };
    if (wo && !w) return { y: 0, weight: wo };
    return null;
  });
  return { key, page, text, doc, pristine, own, labels };
});
console.error(`${pages.length} pages, ${pages.reduce((n, p) => n + p.labels.filter(Boolean).length, 0)} labelled blocks`);

// ---- logistic regression (dense typed arrays, full-batch Adam) ------------------------------------------------
function fit(samples, names, l2 = L2, iterations = 800) {
  const d = names.length;
  const n = samples.length;
  const X = new Float64Array(n * d);
  const Y = new Float64Array(n);
  const S = new Float64Array(n);
  const total = samples.reduce((s, x) => s + x.weight, 0);
  samples.forEach((s, i) => {
    names.forEach((k, j) => (X[i * d + j] = s.x[k] ?? 0));
    Y[i] = s.y;
    S[i] = s.weight / total;
  });
  const w = new Float64Array(d), m = new Float64Array(d), v = new Float64Array(d), g = new Float64Array(d);
  const bias = names.indexOf('bias');
  for (let t = 1; t <= iterations; t++) {
    for (let j = 0; j < d; j++) g[j] = j === bias ? 0 : l2 * w[j];
    for (let i = 0; i < n; i++) {
      let z = 0;
      const o = i * d;
      for (let j = 0; j < d; j++) z += w[j] * X[o + j];
      const err = (1 / (1 + Math.exp(-z)) - Y[i]) * S[i];
      for (let j = 0; j < d; j++) g[j] += err * X[o + j];
    }
    const lr = 0.05;
    for (let j = 0; j < d; j++) {
      m[j] = 0.9 * m[j] + 0.1 * g[j];
      v[j] = 0.999 * v[j] + 0.001 * g[j] * g[j];
      w[j] -= (lr * (m[j] / (1 - 0.9 ** t))) / (Math.sqrt(v[j] / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return Object.fromEntries(names.map((k, j) => [k, Math.round(w[j] * 1000) / 1000]));
}

// ---- gradient-boosted trees (log loss, second-order leaf values, histogram splits, depth-limited) ---------------
function fitTrees(samples, names) {
  const n = samples.length;
  const d = names.length;
  const total = samples.reduce((s, x) => s + x.weight, 0);
  const Y = Float64Array.from(samples, (s) => s.y);
  const W = Float64Array.from(samples, (s) => s.weight / total);
  // each feature is cut at up to 31 points (quantiles of its values); a sample's bin is the cut it falls under
  const cuts = [];
  const bins = [];
  for (const k of names) {
    const col = Float64Array.from(samples, (s) => s.x[k] ?? 0);
    const v = [...new Set(col)].sort((a, b) => a - b);
    const c = v.length <= 32 ? v.slice(0, -1).map((x, i) => (x + v[i + 1]) / 2) : [...new Set(Array.from({ length: 31 }, (_, i) => v[Math.floor(((i + 1) * v.length) / 32)]))];
    cuts.push(c);
    bins.push(Uint8Array.from(col, (x) => { let b = 0; while (b < c.length && x > c[b]) b++; return b; }));
  }
  const pos = Y.reduce((s, y, i) => s + y * W[i], 0);
  const base = Math.log(pos / (1 - pos));
  const F = new Float64Array(n).fill(base);
  const trees = [];
  const lambda = 1e-4;
  const g = new Float64Array(n), h = new Float64Array(n);
  for (let m = 0; m < TREES; m++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]));
      g[i] = W[i] * (Y[i] - p);
      h[i] = W[i] * p * (1 - p);
    }
    const nodes = [];
    const leafOf = new Int32Array(n);
    const grow = (idx, depth) => {
      let G = 0, H = 0;
      for (const i of idx) { G += g[i]; H += h[i]; }
      const id = nodes.length;
      nodes.push({ v: Math.round(((RATE * G) / (H + lambda)) * 1e4) / 1e4 });
      for (const i of idx) leafOf[i] = id;
      if (depth >= DEPTH) return id;
      let best = null;
      const parentGain = (G * G) / (H + lambda);
      for (let f = 0; f < d; f++) {
        const nb = cuts[f].length + 1;
        const hg = new Float64Array(nb), hh = new Float64Array(nb);
        const bf = bins[f];
        for (const i of idx) { hg[bf[i]] += g[i]; hh[bf[i]] += h[i]; }
        let GL = 0, HL = 0;
        for (let b = 0; b < nb - 1; b++) {
          GL += hg[b]; HL += hh[b];
          const GR = G - GL, HR = H - HL;
          if (HL < MIN_LEAF * 0.25 || HR < MIN_LEAF * 0.25) continue;
          const gain = (GL * GL) / (HL + lambda) + (GR * GR) / (HR + lambda) - parentGain;
          if (!best || gain > best.gain) best = { gain, f, b };
        }
      }
      if (!best || best.gain <= 1e-9) return id;
      const left = idx.filter((i) => bins[best.f][i] <= best.b);
      const right = idx.filter((i) => bins[best.f][i] > best.b);
      const node = nodes[id];
      node.f = names[best.f];
      node.t = cuts[best.f][best.b];
      node.l = grow(left, depth + 1);
      node.r = grow(right, depth + 1);
      return id;
    };
    grow([...Array(n).keys()], 0);
    for (let i = 0; i < n; i++) F[i] += nodes[leafOf[i]].v;
    trees.push(nodes.map(({ f, t, l, r, v }) => (f === undefined ? { v } : { f, t, l, r, v })));
  }
  return { base: Math.round(base * 1e4) / 1e4, trees };
}

function fitScorer(samples) {
  const names = Object.keys(samples[0].x).filter((k) => !DROP.includes(k));
  return MODEL === 'linear' ? { linear: fit(samples, names) } : fitTrees(samples, names);
}

function fitWeights(train) {
  const s1 = [];
  for (const p of train) p.labels.forEach((l, i) => l && !p.own.certain[i] && s1.push({ ...l, x: namedVector(p.own.own[i]) }));
  const stage1 = fitScorer(s1);
  const s2 = [];
  for (const p of train) {
    const p1 = stageOne(p.own, { stage1, stage2: {} });
    const regions = textRegions(p.doc.blocks, p1, options.regionThreshold, options.regionShare);
    const chars = p.doc.blocks.map((b) => b.features.chars);
    p.labels.forEach((l, i) => l && !p.own.certain[i] && s2.push({ ...l, x: namedVector(contextVector(i, p.own.own, p1, chars, regions)) }));
  }
  const stage2 = fitScorer(s2);
  return { stage1, stage2 };
}

// ---- evaluation on the full pipeline -------------------------------------------------------------------------
function evaluate(test, weights, threshold) {
  let W = 0, Wf = 0, O = 0, Ol = 0;
  for (const p of test) {
    // the prepared page again (a fresh copy), decided with these parameters
    const doc = structuredClone(p.pristine);
    doc.options = { ...options, weights, keepThreshold: threshold };
    doc.profile = profile;
    const body = norm(assembleBody(decideDoc(doc)));
    for (const s of p.page.with) { W++; if (body.includes(norm(s))) Wf++; }
    for (const s of p.page.without) { O++; if (body.includes(norm(s))) Ol++; }
  }
  const recall = Wf / W, precision = Wf / (Wf + Ol);
  return { recall, precision, F: (2 * recall * precision) / (recall + precision), removal: (O - Ol) / O };
}

/** The threshold of best F among those that keep at least --min-recall of the must-keep text (a corpus builder
 * would rather keep a stray line than lose article text); the best F overall when none does. */
function bestThreshold(test, weights) {
  let best = null;
  let bestAny = null;
  for (const t of THRESHOLDS) {
    const m = evaluate(test, weights, t);
    if (!bestAny || m.F > bestAny.m.F) bestAny = { t, m };
    if (m.recall >= MIN_RECALL && (!best || m.F > best.m.F)) best = { t, m };
  }
  return best ?? bestAny;
}

const pct = (x) => (x * 100).toFixed(1);
const show = (m) => `F ${pct(m.F)}  recall ${pct(m.recall)}  precision ${pct(m.precision)}  removal ${pct(m.removal)}`;

if (folds > 1) {
  const results = [];
  for (let k = 0; k < folds; k++) {
    const train = pages.filter((_, i) => i % folds !== k);
    const test = pages.filter((_, i) => i % folds === k);
    const weights = fitWeights(train);
    const { t } = bestThreshold(train, weights);
    const m = evaluate(test, weights, t);
    results.push(m);
    console.log(`fold ${k + 1}/${folds}: threshold ${t}  ${show(m)}`);
  }
  const mean = (f) => results.reduce((s, m) => s + m[f], 0) / results.length;
  console.log(`cross-validated mean: F ${pct(mean('F'))}  recall ${pct(mean('recall'))}  precision ${pct(mean('precision'))}`);
}

const weights = fitWeights(pages);
const { t, m } = bestThreshold(pages, weights);
console.log(`all pages (in-sample): threshold ${t}  ${show(m)}`);
if (MODEL === 'linear') console.log(JSON.stringify(weights));
if (write) {
  const fmt = (scorer) => JSON.stringify(scorer);
  writeFileSync(
    path.join(ROOT, 'src/pipeline/weights.ts'),
    `// Default classifier parameters, fitted by scripts/fit-classifier.mjs on the development set (${pages.length} pages,
// model: ${MODEL === 'linear' ? 'logistic regression' : `${TREES} boosted trees of depth ${DEPTH}`}).
// Do not edit by hand: change the features or the fitter and run it again with --write.
import type { Weights } from './model.js';

/** Keep threshold chosen with these weights (the fitter's best F on the development set${MIN_RECALL ? ', with recall >= ' + MIN_RECALL : ''}). */
export const FITTED_KEEP_THRESHOLD = ${t};

export const DEFAULT_WEIGHTS: Weights = {
  stage1: ${fmt(weights.stage1)},
  stage2: ${fmt(weights.stage2)},
};
`,
  );
  console.log('wrote src/pipeline/weights.ts');
}
