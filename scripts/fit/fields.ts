// Fits the headline ranker (src/extract/title-features.ts) on the real-page set, all three dumps of each page, and
// writes its weights to src/extract/title-weights.ts. The ranker is a conditional logit: on each page, a softmax
// over the candidate lines, fitted to give the lines that read as the gold title the most weight (L2-regularised,
// Newton steps from zero, so the same data give the same weights). Pages whose gold title is not
// in the dump, or among no candidate, teach nothing and are left out.
//
// The figure to trust is the held-out one the fitter logs: the sites are split into folds, and each fold's pages
// are cleaned with weights fitted on the other folds' sites only (and the corpus profile of a run over the whole
// folder), then scored as ../shared/tools/score-real.py scores them (title, authors and published, since the
// headline found decides where the byline and date are looked for).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { looksLikeHtml } from '../../src/html/detect.js';
import { decideDoc, prepareDoc } from '../../src/pipeline/index.js';
import type { FieldTrace } from '../../src/extract/index.js';
import { TITLE_FEATURES } from '../../src/extract/title-features.js';
import { resolveOptions } from '../../src/options.js';
import { linearScore, type LinearWeights } from '../../src/extract/ranker.js';
import type { CorpusProfile } from '../../src/corpus/profile.js';
import { cleanFiles, corpusProfile, type SharedFile } from '../shared-data/clean.js';
import {
  CONVERTERS,
  counted,
  fieldOk,
  foldForScore,
  goldTitleIsHeadline,
  loadRealset,
  realFile,
  scoreFields,
  SCORED_FIELDS,
  type Converter,
  type FieldScore,
  type PageFields,
  type RealPage,
} from '../shared-data/realset.js';
import { foldOf } from '../shared-data/sites.js';
import type { FitContext, Fitter } from './fitter.js';
import { minimiseNewton } from './newton.js';

/** Folds for the held-out figures, split by site, and folds within a training set for choosing the penalty. */
const FOLDS = 10;
const INNER_FOLDS = 5;
/** L2 penalties on the weights (against the mean log-loss per page) to choose from, by cross-validation by site
 * within the pages a model is fitted on. */
const PENALTIES = [0.001, 0.003, 0.01, 0.03, 0.1];
const MAX_NEWTON_STEPS = 100;

/** One page's candidates: their feature rows, and which of them are the gold title. */
interface Example {
  site: string;
  rows: Float64Array[];
  positive: boolean[];
}

/** A page's candidates as the ranker saw them, for the held-out misses `--verbose` prints. */
interface Ranked extends Example {
  id: string;
  converter: Converter;
  texts: string[];
  gold: string;
}

/** The pages one converter dumped, and the profile a run over all of them builds. */
interface Corpus {
  converter: Converter;
  pages: RealPage[];
  files: SharedFile[];
  profile: CorpusProfile | null;
}

export const fieldsFitter: Fitter = {
  name: 'fields',
  output: 'src/extract/title-weights.ts',
  reads: ['src/pipeline/weights.ts'],
  async run(ctx) {
    const dir = path.join(ctx.shared, 'realset');
    const pages = loadRealset(dir);
    const corpora: Corpus[] = CONVERTERS.map((converter) => {
      const files = pages.map((p) => ({ key: p.id, file: realFile(dir, p.id, converter) }));
      const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      return { converter, pages, files, profile: corpusProfile(sorted, sorted.map((f) => readFileSync(f.file))) };
    });
    const ranked = corpora.flatMap(rankedPages);
    // pages whose gold title is among no candidate teach the ranker nothing
    const examples = ranked.filter((e) => e.positive.some(Boolean));
    ctx.log(`fields: ${examples.length} pages with the gold title among their candidates, ${TITLE_FEATURES.length} features`);
    heldOut(ctx, corpora, examples, htmlPages(dir, pages), ranked);
    const weights = fitChosen(examples, ctx.log);
    return weightsFile(weights);
  },
};

/** Every page whose gold title the scorer counts, with the headline ranker's candidates. */
function rankedPages({ converter, pages, files, profile }: Corpus): Ranked[] {
  const options = resolveOptions();
  const out: Ranked[] = [];
  pages.forEach((page, i) => {
    const text = readFileSync(files[i].file, 'utf8');
    // a dump that reads as HTML goes through the HTML front end, where the markup names the headline
    if (!counted('title', page, converter) || looksLikeHtml(text, options.input)) return;
    const doc = prepareDoc(text, `${page.id}.txt`, options);
    doc.profile = profile;
    // the candidates as a run ranks them: after the teaser lists, news feeds and comments are taken out
    const trace: FieldTrace = {};
    decideDoc(doc, { fieldTrace: trace });
    const candidates = trace.title?.candidates ?? [];
    const gold = foldForScore(page.gold.title);
    const positive = candidates.map((c) => foldForScore(c.text) === gold);
    out.push({ site: page.site, id: page.id, converter, gold: page.gold.title ?? '', texts: candidates.map((c) => c.text), rows: candidates.map((c) => c.features), positive });
  });
  return out;
}

/** The same pages as HTML: the ranker names the headline of a page whose markup and metadata name none, and the
 * headline found decides where the byline and date are looked for. */
interface HtmlPages {
  pages: RealPage[];
  files: SharedFile[];
  profile: CorpusProfile | null;
  /** Pages whose gold title is the headline the page prints (realset.ts, goldTitleIsHeadline). */
  headline: Set<string>;
}

function htmlPages(dir: string, pages: RealPage[]): HtmlPages {
  const files = pages.map((p) => ({ key: p.id, file: realFile(dir, p.id, 'html') }));
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const headline = new Set(pages.filter((p, i) => p.gold.title && goldTitleIsHeadline(readFileSync(files[i].file, 'utf8'), p.gold.title)).map((p) => p.id));
  return { pages, files, profile: corpusProfile(sorted, sorted.map((f) => readFileSync(f.file))), headline };
}

/** Fit on all but one fold of sites, clean that fold's pages (dumps and HTML) with the weights (and the profile of
 * the whole set, as a run over it would), and log the figures. */
function heldOut(ctx: FitContext, corpora: Corpus[], examples: Example[], html: HtmlPages, ranked: Ranked[]): void {
  const found = new Map<Converter, Map<string, PageFields | null>>(CONVERTERS.map((c) => [c, new Map()]));
  const fromHtml = new Map<string, PageFields | null>();
  for (let k = 0; k < FOLDS; k++) {
    const weights = fitChosen(examples.filter((e) => foldOf(e.site, FOLDS) !== k));
    if (ctx.verbose) for (const r of ranked) if (foldOf(r.site, FOLDS) === k) logRanking(ctx, r, weights);
    for (const { converter, pages, files, profile } of corpora) {
      const held = files.filter((_, i) => foldOf(pages[i].site, FOLDS) === k);
      for (const [id, record] of cleanFiles(held, { titleWeights: weights }, profile)) found.get(converter)!.set(id, record);
    }
    const held = html.files.filter((_, i) => foldOf(html.pages[i].site, FOLDS) === k);
    for (const [id, record] of cleanFiles(held, { titleWeights: weights }, html.profile)) fromHtml.set(id, record);
  }
  logHtml(ctx, html, fromHtml);
  for (const { converter, pages } of corpora) {
    const fields = found.get(converter)!;
    const score = scoreFields(pages, converter, fields);
    if (ctx.verbose) {
      for (const field of SCORED_FIELDS) {
        for (const p of pages) {
          const got = fields.get(p.id) ?? { title: null, authors: [], published: null };
          if (counted(field, p, converter) && !fieldOk(field, p.gold, got)) {
            ctx.log(`  miss ${converter} ${field} ${p.id}: ${JSON.stringify(got[field])} for ${JSON.stringify(p.gold[field])}`);
          }
        }
      }
    }
    ctx.log(`fields: held-out (${FOLDS} folds by site), ${converter}: ${SCORED_FIELDS.map((f) => `${f} ${score[f].accuracy.toFixed(3)} (${score[f].correct}/${score[f].n})`).join(', ')}`);
  }
}

/** The held-out fields from HTML, over every page whose gold has the field, the title also over the pages whose
 * gold title is their printed headline. */
function logHtml(ctx: FitContext, html: HtmlPages, fields: Map<string, PageFields | null>): void {
  const score = scoreFields(html.pages, 'html', fields);
  const headline = scoreFields(html.pages.filter((p) => html.headline.has(p.id)), 'html', fields).title;
  if (ctx.verbose) {
    for (const field of SCORED_FIELDS) {
      for (const p of html.pages) {
        const got = fields.get(p.id) ?? { title: null, authors: [], published: null };
        if (counted(field, p, 'html') && !fieldOk(field, p.gold, got)) {
          ctx.log(`  miss html ${field} ${p.id}: ${JSON.stringify(got[field])} for ${JSON.stringify(p.gold[field])}`);
        }
      }
    }
  }
  const figure = (s: FieldScore) => `${s.accuracy.toFixed(3)} (${s.correct}/${s.n})`;
  ctx.log(
    `fields: held-out (${FOLDS} folds by site), html: title ${figure(score.title)} (${figure(headline)} where the gold title is the page's headline), ` +
      `authors ${figure(score.authors)}, published ${figure(score.published)}`,
  );
}

/** A held-out page whose gold title the ranker does not put first: the winner, where the gold line ranks, and
 * the features of both (those not zero). */
function logRanking(ctx: FitContext, r: Ranked, weights: LinearWeights): void {
  const order = r.rows.map((x, i) => ({ i, s: linearScore(TITLE_FEATURES, weights, x) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const rank = order.findIndex((o) => r.positive[o.i]);
  if (rank === 0) return;
  const shown = (i: number) =>
    `${JSON.stringify(r.texts[i])} score ${linearScore(TITLE_FEATURES, weights, r.rows[i]).toFixed(2)} [${TITLE_FEATURES.filter((_, j) => r.rows[i][j] !== 0)
      .map((name) => `${name}=${+r.rows[i][TITLE_FEATURES.indexOf(name)].toFixed(2)}`)
      .join(' ')}]`;
  ctx.log(`  rank ${r.converter} ${r.id}: gold ${JSON.stringify(r.gold)} ${rank < 0 ? 'among no candidate' : `ranked ${rank + 1} of ${order.length}`}`);
  if (order.length > 0) ctx.log(`    first: ${shown(order[0].i)}`);
  if (rank > 0) ctx.log(`    gold:  ${shown(order[rank].i)}`);
}

/** Fits with the penalty whose models rank the gold title first most often on sites they were not fitted on; of
 * penalties that do so equally often, the one whose models give those pages' gold titles the most weight (the
 * least held-out log-loss). */
function fitChosen(examples: Example[], log?: (line: string) => void): LinearWeights {
  const sites = [...new Set(examples.map((e) => e.site))].sort();
  const foldOf = new Map(sites.map((s, i) => [s, i % INNER_FOLDS]));
  let best = PENALTIES[0];
  let bestHits = -1;
  let bestLoss = Infinity;
  for (const l2 of PENALTIES) {
    let hits = 0;
    let loss = 0;
    for (let k = 0; k < INNER_FOLDS; k++) {
      const weights = fitRanker(examples.filter((e) => foldOf.get(e.site) !== k), l2);
      for (const e of examples.filter((x) => foldOf.get(x.site) === k)) {
        if (ranksGoldFirst(e, weights)) hits++;
        loss += goldLoss(e, weights);
      }
    }
    log?.(`fields: penalty ${l2}: gold title ranked first on ${hits}/${examples.length} held-out pages, log-loss ${(loss / examples.length).toFixed(3)}`);
    if (hits > bestHits || (hits === bestHits && loss < bestLoss)) {
      best = l2;
      bestHits = hits;
      bestLoss = loss;
    }
  }
  return fitRanker(examples, best);
}

/** -log of the share of a page's softmax weight that its gold candidates get. */
function goldLoss(e: Example, weights: LinearWeights): number {
  const scores = e.rows.map((x) => linearScore(TITLE_FEATURES, weights, x));
  const max = Math.max(...scores);
  let all = 0;
  let gold = 0;
  scores.forEach((s, i) => {
    const w = Math.exp(s - max);
    all += w;
    if (e.positive[i]) gold += w;
  });
  return Math.log(all) - Math.log(gold);
}

function ranksGoldFirst(e: Example, weights: LinearWeights): boolean {
  let best = -1;
  let bestScore = -Infinity;
  e.rows.forEach((x, i) => {
    const s = linearScore(TITLE_FEATURES, weights, x);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return best >= 0 && e.positive[best];
}

/** The examples as one matrix: row r is a candidate's features, pages are runs of rows. */
interface Matrix {
  x: Float64Array;
  positive: Uint8Array;
  pages: { start: number; end: number }[];
}

function toMatrix(examples: Example[]): Matrix {
  const d = TITLE_FEATURES.length;
  const rows = examples.reduce((n, e) => n + e.rows.length, 0);
  const x = new Float64Array(rows * d);
  const positive = new Uint8Array(rows);
  const pages: { start: number; end: number }[] = [];
  let r = 0;
  for (const e of examples) {
    const start = r;
    e.rows.forEach((row, i) => {
      x.set(row, r * d);
      positive[r++] = e.positive[i] ? 1 : 0;
    });
    pages.push({ start, end: r });
  }
  return { x, positive, pages };
}

/** Conditional logit: mean over pages of -log(weight of the gold candidates / weight of all) plus an L2 penalty,
 * minimised by Newton steps (newton.ts) with the Hessian of the softmax over all candidates (positive
 * semi-definite, so each step goes downhill). From zero weights; deterministic. */
export function fitRanker(examples: Example[], l2: number): LinearWeights {
  const m = toMatrix(examples);
  const w = minimiseNewton(
    {
      width: TITLE_FEATURES.length,
      value: (v) => objective(m, v, l2, null, null),
      derivatives: (v, grad, hessian) => void objective(m, v, l2, grad, hessian),
    },
    MAX_NEWTON_STEPS,
  );
  return Object.fromEntries(TITLE_FEATURES.map((name, j) => [name, Math.round(w[j] * 1000) / 1000]));
}

/** The loss at `w`; with `grad` and `hessian` given, also its gradient and the softmax part of its Hessian. */
function objective(m: Matrix, w: Float64Array, l2: number, grad: Float64Array | null, hessian: Float64Array | null): number {
  const d = w.length;
  const n = m.pages.length;
  let loss = 0;
  const mean = new Float64Array(d);
  for (const { start, end } of m.pages) {
    const scores = new Float64Array(end - start);
    let max = -Infinity;
    for (let r = start; r < end; r++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += w[j] * m.x[r * d + j];
      scores[r - start] = s;
      if (s > max) max = s;
    }
    let all = 0;
    let pos = 0;
    for (let r = start; r < end; r++) {
      const e = Math.exp(scores[r - start] - max);
      scores[r - start] = e;
      all += e;
      if (m.positive[r]) pos += e;
    }
    loss += Math.log(all) - Math.log(pos);
    if (!grad || !hessian) continue;
    mean.fill(0);
    for (let r = start; r < end; r++) {
      const p = scores[r - start] / all;
      const q = m.positive[r] ? scores[r - start] / pos : 0;
      for (let j = 0; j < d; j++) {
        const v = m.x[r * d + j];
        grad[j] += ((p - q) * v) / n;
        mean[j] += p * v;
      }
    }
    // covariance of the features under the softmax: E[x x'] - E[x] E[x]'
    for (let r = start; r < end; r++) {
      const p = scores[r - start] / all;
      if (p < 1e-12) continue;
      for (let j = 0; j < d; j++) {
        const pj = (p * m.x[r * d + j]) / n;
        if (pj === 0) continue;
        for (let k = 0; k < d; k++) hessian[j * d + k] += pj * m.x[r * d + k];
      }
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) hessian[j * d + k] -= (mean[j] * mean[k]) / n;
  }
  let penalty = 0;
  for (let j = 0; j < d; j++) penalty += w[j] * w[j];
  if (grad && hessian) {
    for (let j = 0; j < d; j++) {
      grad[j] += l2 * w[j];
      hessian[j * d + j] += l2;
    }
  }
  return loss / n + (l2 / 2) * penalty;
}

function weightsFile(weights: LinearWeights): string {
  const body = TITLE_FEATURES.map((name) => `  ${name}: ${weights[name]},`).join('\n');
  return `// Headline ranker weights (title-features.ts), fitted by scripts/fit/fields.ts on the real-page set. Do not edit
// by hand: change the features or the fitter and fit again (npm run fit).
import type { LinearWeights } from './ranker.js';

export const TITLE_WEIGHTS: LinearWeights = {
${body}
};
`;
}
