// The block scorer over named, cheap features. Stage 1 reads a block on its own (its text and its layout); stage 2
// adds its context (how its neighbours scored in stage 1, and whether it lies inside a dense stretch of text). A
// stage is either a logistic model (a weight per feature) or boosted decision trees (small trees whose outputs
// add up to a log-odds score); both explain a score as per-feature contributions. The fitted parameters are
// defaults like any threshold: they live in weights.ts, are produced by `npm run fit` (scripts/fit/classifier.ts)
// from the shared data, and a caller can pass others.
import type { Block } from './doc.js';
import type { Layout } from './layout.js';
import { regionOf, type Region } from './main-content.js';
import type { NamedVector, Scorer, TreeNode, Weights } from './weights-shape.js';

export type { NamedVector, Scorer, TreeNode, Weights };


/**
 * A block's feature vector: one number per feature, in the order of FEATURES (stage 1 holds the block's own
 * features, stage 2 all of them). Dense arrays, not objects keyed by name: a page makes one per block and stage,
 * and an object with some sixty keys added one by one is a hash table to V8, slow to fill and to read and, at
 * some 700 KB per page, most of what outlived a young-generation collection.
 */
export type Vector = Float64Array;

/** Stage-1 features, in vector order. */
export const OWN_FEATURES = [
  'bias', 'len20', 'len50', 'len100', 'len200', 'len400', 'stop', 'stopLong', 'terminal', 'sentences', 'question',
  'quote', 'lower', 'colon', 'capitalised', 'shout', 'digits', 'symbols', 'bullet', 'numbered', 'nested',
  'indentLess', 'indentMore', 'group', 'headlineRun', 'listRun', 'linkList', 'numberedHeadlines', 'widget', 'counter',
  'separated', 'link', 'copyright', 'phrase', 'phraseShort', 'caption', 'table', 'dateLike', 'lines', 'repeated',
  'afterComments', 'corpus', 'corpusShort',
] as const;

/** Stage-2 features added to the own ones, in vector order. */
export const CONTEXT_FEATURES = [
  'ownScore', 'prev', 'next', 'around', 'inRegion', 'inMain', 'beforeRegion', 'afterRegion', 'regionDistance', 'aboveMax',
  'belowMax', 'between', 'local', 'shortInRegion', 'listInRegion', 'tableInRegion', 'headlineAfterRegion',
] as const;

export type FeatureName = (typeof OWN_FEATURES)[number] | (typeof CONTEXT_FEATURES)[number];
export const FEATURES: readonly FeatureName[] = [...OWN_FEATURES, ...CONTEXT_FEATURES];

/** Each feature's place in a vector. */
export const FEATURE_SLOT = Object.fromEntries(FEATURES.map((name, i) => [name, i])) as Record<FeatureName, number>;

const FEATURE_INDEX = new Map<string, number>(FEATURES.map((name, i) => [name, i]));

/** A feature's value by name; 0 for a name the vector does not hold (as a missing key read as 0 by the trees). */
function valueOf(x: Vector, name: string): number {
  const i = FEATURE_INDEX.get(name);
  return i === undefined || i >= x.length ? 0 : x[i];
}

/** The vector by feature name (the fitter's samples, explanations). */
export function namedVector(x: Vector): NamedVector {
  const out: NamedVector = {};
  for (let i = 0; i < x.length; i++) out[FEATURES[i]] = x[i];
  return out;
}


/** What each feature means, for `--explain` and for people reading the weights. */
export const FEATURE_LABELS: Record<FeatureName, string> = {
  bias: 'baseline',
  len20: 'under 20 characters',
  len50: '20-50 characters',
  len100: '50-100 characters',
  len200: '100-200 characters',
  len400: '200-400 characters',
  stop: 'stop-word density',
  stopLong: 'stop-word density of a block over 100 characters',
  terminal: 'ends like a sentence',
  sentences: 'number of sentences',
  question: 'ends with a question mark',
  quote: 'starts with a quotation mark',
  lower: 'starts in lower case',
  colon: 'ends with a colon',
  capitalised: 'share of capitalised words',
  shout: 'written in capitals',
  digits: 'share of digits',
  symbols: 'share of symbols',
  bullet: 'bullet list item',
  numbered: 'numbered list item',
  nested: 'nested list item',
  indentLess: 'indented less than the prose (a heading)',
  indentMore: 'indented more than the prose',
  group: 'size of its group of touching lines',
  headlineRun: 'length of its run of headline-like lines',
  listRun: 'length of its run of list items',
  linkList: 'in a heading + headlines run (link list)',
  numberedHeadlines: 'in a numbered headline list',
  widget: 'share of interface words',
  counter: 'has a counter ("12 comments")',
  separated: 'short items separated by bars',
  link: 'contains a URL, e-mail or file name',
  copyright: 'copyright notice',
  phrase: 'phrase of page furniture (subscribe, read more, related ...)',
  phraseShort: 'phrase of page furniture in a short block',
  caption: 'photo caption or credit',
  table: 'table row',
  dateLike: 'mostly a date',
  lines: 'number of lines it was joined from',
  repeated: 'the same text stands elsewhere on the page',
  afterComments: 'below the heading of a comment section',
  corpus: 'its lines recur across the corpus',
  corpusShort: 'a short block whose lines recur across the corpus',
  tableInRegion: 'table row inside a dense text region',
  ownScore: 'own stage-1 score',
  prev: 'stage-1 score of the block before',
  next: 'stage-1 score of the block after',
  around: 'mean stage-1 score of the three blocks on each side',
  inRegion: 'inside a dense text region',
  inMain: 'inside the densest text region',
  beforeRegion: 'above the densest text region',
  afterRegion: 'below the densest text region',
  regionDistance: 'distance to the nearest dense text region',
  aboveMax: 'best stage-1 score of the three blocks above',
  belowMax: 'best stage-1 score of the three blocks below',
  between: 'good text both above and below',
  local: 'density of good text within four blocks',
  shortInRegion: 'short block inside a dense text region',
  listInRegion: 'list item inside a dense text region',
  headlineAfterRegion: 'headline-like line below the densest region',
};

/** Vectors of `length` values for `count` blocks, as views of one buffer: a typed array of this size gets a
 * buffer of its own outside the heap, and allocating two per block was most of the vectors' cost. */
export function vectorsFor(count: number, length: number): Vector[] {
  const buffer = new Float64Array(count * length);
  const out: Vector[] = [];
  for (let i = 0; i < count; i++) out.push(buffer.subarray(i * length, (i + 1) * length));
  return out;
}

/** The block's own vector, written into `x` (zeros, OWN_FEATURES long). */
export function ownVector(block: Block, layout: Layout, x: Vector): Vector {
  const f = block.features;
  const c = f.chars;
  const log = (n: number) => Math.log2(1 + n) / 4;
  x[FEATURE_SLOT.bias] = 1;
  x[FEATURE_SLOT.len20] = +(c < 20);
  x[FEATURE_SLOT.len50] = +(c >= 20 && c < 50);
  x[FEATURE_SLOT.len100] = +(c >= 50 && c < 100);
  x[FEATURE_SLOT.len200] = +(c >= 100 && c < 200);
  x[FEATURE_SLOT.len400] = +(c >= 200 && c < 400);
  x[FEATURE_SLOT.stop] = f.stopwords;
  x[FEATURE_SLOT.stopLong] = c >= 100 ? f.stopwords : 0;
  x[FEATURE_SLOT.terminal] = +f.terminal;
  x[FEATURE_SLOT.sentences] = Math.min(f.sentences, 5) / 5;
  x[FEATURE_SLOT.question] = +f.question;
  x[FEATURE_SLOT.quote] = +f.quoteStart;
  x[FEATURE_SLOT.lower] = +f.lowerStart;
  x[FEATURE_SLOT.colon] = +f.endsWithColon;
  x[FEATURE_SLOT.capitalised] = f.capitalised;
  x[FEATURE_SLOT.shout] = +(f.upper > 0.6 && f.words >= 2);
  x[FEATURE_SLOT.digits] = f.digits;
  x[FEATURE_SLOT.symbols] = f.symbols;
  x[FEATURE_SLOT.bullet] = +(block.kind === 'bullet');
  x[FEATURE_SLOT.numbered] = +(block.kind === 'numbered');
  x[FEATURE_SLOT.nested] = +layout.nested;
  x[FEATURE_SLOT.indentLess] = +(layout.indentDelta < 0);
  x[FEATURE_SLOT.indentMore] = +(layout.indentDelta > 0);
  x[FEATURE_SLOT.group] = log(layout.groupSize - 1);
  x[FEATURE_SLOT.headlineRun] = log(layout.headlineRun);
  x[FEATURE_SLOT.listRun] = log(layout.listRun);
  x[FEATURE_SLOT.linkList] = +layout.linkList;
  x[FEATURE_SLOT.numberedHeadlines] = +layout.numberedHeadlines;
  x[FEATURE_SLOT.widget] = f.widgetWords;
  x[FEATURE_SLOT.counter] = +f.counter;
  x[FEATURE_SLOT.separated] = +f.separated;
  x[FEATURE_SLOT.link] = +f.linkLike;
  x[FEATURE_SLOT.copyright] = +f.copyright;
  x[FEATURE_SLOT.phrase] = +f.boilerplatePhrase;
  x[FEATURE_SLOT.phraseShort] = +(f.boilerplatePhrase && c < 150);
  x[FEATURE_SLOT.caption] = +f.caption;
  // a text dump prints table cells apart; HTML says so outright
  x[FEATURE_SLOT.table] = +(f.tableRow || block.html?.tag === 'tr');
  x[FEATURE_SLOT.dateLike] = +f.dateLike;
  x[FEATURE_SLOT.lines] = log(f.lines - 1);
  x[FEATURE_SLOT.repeated] = +layout.repeated;
  x[FEATURE_SLOT.afterComments] = +layout.afterComments;
  x[FEATURE_SLOT.corpus] = layout.corpus;
  x[FEATURE_SLOT.corpusShort] = c < 100 ? layout.corpus : 0;
  return x;
}

/** Stage-2 vector: the block's own vector plus its context on the page (its neighbours' stage-1 scores, the text
 * regions), written into `x` (FEATURES long). `regions[0]` is the densest region. */
export function contextVector(i: number, ownVectors: Vector[], stageOneScores: number[], chars: number[], regions: Region[], x: Vector): Vector {
  const at = (j: number) => (j >= 0 && j < stageOneScores.length ? stageOneScores[j] : 0);
  let around = 0;
  let aboveMax = 0;
  let belowMax = 0;
  for (const d of [1, 2, 3]) {
    around += at(i - d) + at(i + d);
    aboveMax = Math.max(aboveMax, at(i - d));
    belowMax = Math.max(belowMax, at(i + d));
  }
  let local = 0;
  for (let j = Math.max(0, i - 4); j <= Math.min(stageOneScores.length - 1, i + 4); j++) local += (stageOneScores[j] - 0.5) * Math.sqrt(chars[j]);
  const main = regions[0];
  const inRegion = regionOf(regions, i) !== undefined;
  const inMain = main !== undefined && i >= main.start && i < main.end;
  let distance = stageOneScores.length;
  for (const r of regions) distance = Math.min(distance, i < r.start ? r.start - i : i >= r.end ? i - r.end + 1 : 0);
  const mine = ownVectors[i];
  x.set(mine);
  x[FEATURE_SLOT.ownScore] = stageOneScores[i];
  x[FEATURE_SLOT.prev] = at(i - 1);
  x[FEATURE_SLOT.next] = at(i + 1);
  x[FEATURE_SLOT.around] = around / 6;
  x[FEATURE_SLOT.inRegion] = +inRegion;
  x[FEATURE_SLOT.inMain] = +inMain;
  x[FEATURE_SLOT.beforeRegion] = +(main !== undefined && i < main.start);
  x[FEATURE_SLOT.afterRegion] = +(main !== undefined && i >= main.end);
  x[FEATURE_SLOT.regionDistance] = Math.log2(1 + distance) / 4;
  x[FEATURE_SLOT.aboveMax] = aboveMax;
  x[FEATURE_SLOT.belowMax] = belowMax;
  x[FEATURE_SLOT.between] = +(aboveMax > 0.5 && belowMax > 0.5);
  x[FEATURE_SLOT.local] = Math.tanh(local / 20);
  x[FEATURE_SLOT.shortInRegion] = +(inRegion && (mine[FEATURE_SLOT.len20] === 1 || mine[FEATURE_SLOT.len50] === 1));
  x[FEATURE_SLOT.listInRegion] = +(inRegion && (mine[FEATURE_SLOT.bullet] === 1 || mine[FEATURE_SLOT.numbered] === 1));
  x[FEATURE_SLOT.tableInRegion] = +(inRegion && mine[FEATURE_SLOT.table] === 1);
  x[FEATURE_SLOT.headlineAfterRegion] = +(main !== undefined && i >= main.end && mine[FEATURE_SLOT.headlineRun] > 0);
  return x;
}

/** A scorer in the form the vectors are read in: weights and tree splits by feature index. */
type CompiledScorer =
  | { linear: Float64Array }
  | { base: number; trees: { feature: Int32Array; threshold: Float64Array; left: Int32Array; right: Int32Array; value: Float64Array }[] };

const compiled = new WeakMap<Scorer, CompiledScorer>();

/** Weights of features no vector holds are dropped (a linear sum never read them); a tree split on one reads 0. */
function compile(scorer: Scorer): CompiledScorer {
  let done = compiled.get(scorer);
  if (done !== undefined) return done;
  if ('linear' in scorer) {
    const linear = new Float64Array(FEATURES.length);
    for (const [name, w] of Object.entries(scorer.linear)) {
      const i = FEATURE_INDEX.get(name);
      if (i !== undefined) linear[i] = w;
    }
    done = { linear };
  } else {
    const trees = scorer.trees.map((tree) => ({
      feature: Int32Array.from(tree, (n) => (n.f === undefined ? -2 : (FEATURE_INDEX.get(n.f) ?? -1))),
      threshold: Float64Array.from(tree, (n) => n.t ?? 0),
      left: Int32Array.from(tree, (n) => n.l ?? 0),
      right: Int32Array.from(tree, (n) => n.r ?? 0),
      value: Float64Array.from(tree, (n) => n.v),
    }));
    done = { base: scorer.base, trees };
  }
  compiled.set(scorer, done);
  return done;
}

/** Log-odds that the block is article text. */
export function logit(scorer: Scorer, x: Vector): number {
  const c = compile(scorer);
  if ('linear' in c) {
    // in feature order, so the sum is the same whatever the weights' storage; a missing weight adds 0
    const w = c.linear;
    let z = 0;
    for (let i = 0; i < x.length; i++) z += w[i] * x[i];
    return z;
  }
  let z = c.base;
  for (const tree of c.trees) {
    let n = 0;
    for (let f = tree.feature[n]; f !== -2; f = tree.feature[n]) {
      const v = f >= 0 && f < x.length ? x[f] : 0;
      n = v <= tree.threshold[n] ? tree.left[n] : tree.right[n];
    }
    z += tree.value[n];
  }
  return z;
}

/** Each feature's share of the score: its weight times its value, or what its splits added along each tree's path. */
export function contributions(scorer: Scorer, x: Vector): NamedVector {
  const out: NamedVector = {};
  if ('linear' in scorer) {
    for (let i = 0; i < x.length; i++) {
      const k = FEATURES[i];
      if (k !== 'bias' && scorer.linear[k] !== undefined && x[i] !== 0) out[k] = scorer.linear[k] * x[i];
    }
    return out;
  }
  for (const tree of scorer.trees) {
    let n = 0;
    while (tree[n].f !== undefined) {
      const next = valueOf(x, tree[n].f!) <= tree[n].t! ? tree[n].l! : tree[n].r!;
      out[tree[n].f!] = (out[tree[n].f!] ?? 0) + tree[next].v - tree[n].v;
      n = next;
    }
  }
  return out;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed a block's score most, strongest first: `["short (-1.20)", ...]`. */
export function strongestReasons(scorer: Scorer, x: Vector, sign: 1 | -1, n = 3): string[] {
  return Object.entries(contributions(scorer, x))
    .filter(([, v]) => v * sign > 0.005)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, n)
    .map(([k, v]) => `${FEATURE_LABELS[k as FeatureName] ?? k} (${v > 0 ? '+' : ''}${v.toFixed(2)})`);
}
