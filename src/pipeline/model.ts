// The block scorer over named, cheap features. Stage 1 reads a block on its own (its text and its layout); stage 2
// adds its context (how its neighbours scored in stage 1, and whether it lies inside a dense stretch of text). A
// stage is either a logistic model (a weight per feature) or boosted decision trees (small trees whose outputs
// add up to a log-odds score); both explain a score as per-feature contributions. The fitted parameters are
// defaults like any threshold: they live in weights.ts, are produced by scripts/fit-classifier.mjs from the
// development set, and a caller can pass others.
import type { Block } from './doc.js';
import type { Layout } from './layout.js';
import { regionOf, type Region } from './main-content.js';

export type Vector = Record<string, number>;

/** A decision tree as a flat node list (node 0 is the root). Internal nodes send `x[f] <= t` left. */
export interface TreeNode {
  f?: string;
  t?: number;
  l?: number;
  r?: number;
  /** Output at a leaf; at an internal node, the mean output below it (for explaining a score). */
  v: number;
}

export type Scorer = { linear: Vector } | { base: number; trees: TreeNode[][] };

export interface Weights {
  stage1: Scorer;
  stage2: Scorer;
}

/** What each feature means, for `--explain` and for people reading the weights. */
export const FEATURE_LABELS: Record<string, string> = {
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
  p1: 'own stage-1 score',
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

export function ownVector(block: Block, layout: Layout): Vector {
  const f = block.features;
  const c = f.chars;
  const log = (n: number) => Math.log2(1 + n) / 4;
  return {
    bias: 1,
    len20: +(c < 20),
    len50: +(c >= 20 && c < 50),
    len100: +(c >= 50 && c < 100),
    len200: +(c >= 100 && c < 200),
    len400: +(c >= 200 && c < 400),
    stop: f.stopwords,
    stopLong: c >= 100 ? f.stopwords : 0,
    terminal: +f.terminal,
    sentences: Math.min(f.sentences, 5) / 5,
    question: +f.question,
    quote: +f.quoteStart,
    lower: +f.lowerStart,
    colon: +f.endsWithColon,
    capitalised: f.capitalised,
    shout: +(f.upper > 0.6 && f.words >= 2),
    digits: f.digits,
    symbols: f.symbols,
    bullet: +(block.kind === 'bullet'),
    numbered: +(block.kind === 'numbered'),
    nested: +layout.nested,
    indentLess: +(layout.indentDelta < 0),
    indentMore: +(layout.indentDelta > 0),
    group: log(layout.groupSize - 1),
    headlineRun: log(layout.headlineRun),
    listRun: log(layout.listRun),
    linkList: +layout.linkList,
    numberedHeadlines: +layout.numberedHeadlines,
    widget: f.widgetWords,
    counter: +f.counter,
    separated: +f.separated,
    link: +f.linkLike,
    copyright: +f.copyright,
    phrase: +f.boilerplatePhrase,
    phraseShort: +(f.boilerplatePhrase && c < 150),
    caption: +f.caption,
    // a text dump prints table cells apart; HTML says so outright
    table: +(f.tableRow || block.html?.tag === 'tr'),
    dateLike: +f.dateLike,
    lines: log(f.lines - 1),
    repeated: +layout.repeated,
    afterComments: +layout.afterComments,
    corpus: layout.corpus,
    corpusShort: c < 100 ? layout.corpus : 0,
  };
}

/** Stage-2 vector: the block's own vector plus its context on the page. */
/** Stage-2 vector: the block's own vector plus its context on the page. `regions[0]` is the densest region. */
export function contextVector(i: number, own: Vector[], p1: number[], chars: number[], regions: Region[]): Vector {
  const at = (j: number) => (j >= 0 && j < p1.length ? p1[j] : 0);
  let around = 0;
  let aboveMax = 0;
  let belowMax = 0;
  for (const d of [1, 2, 3]) {
    around += at(i - d) + at(i + d);
    aboveMax = Math.max(aboveMax, at(i - d));
    belowMax = Math.max(belowMax, at(i + d));
  }
  let local = 0;
  for (let j = Math.max(0, i - 4); j <= Math.min(p1.length - 1, i + 4); j++) local += (p1[j] - 0.5) * Math.sqrt(chars[j]);
  const main = regions[0];
  const inRegion = regionOf(regions, i) !== undefined;
  const inMain = main !== undefined && i >= main.start && i < main.end;
  let distance = p1.length;
  for (const r of regions) distance = Math.min(distance, i < r.start ? r.start - i : i >= r.end ? i - r.end + 1 : 0);
  // copied key by key, then extended: the same object as `{ ...own[i], p1, ... }` (same keys in the same order,
  // so the same sums), but V8 builds a spread followed by many literal keys some thirty times slower
  const x: Vector = {};
  const mine = own[i];
  for (const k in mine) x[k] = mine[k];
  x.p1 = p1[i];
  x.prev = at(i - 1);
  x.next = at(i + 1);
  x.around = around / 6;
  x.inRegion = +inRegion;
  x.inMain = +inMain;
  x.beforeRegion = +(main !== undefined && i < main.start);
  x.afterRegion = +(main !== undefined && i >= main.end);
  x.regionDistance = Math.log2(1 + distance) / 4;
  x.aboveMax = aboveMax;
  x.belowMax = belowMax;
  x.between = +(aboveMax > 0.5 && belowMax > 0.5);
  x.local = Math.tanh(local / 20);
  x.shortInRegion = +(inRegion && (own[i].len20 === 1 || own[i].len50 === 1));
  x.listInRegion = +(inRegion && (own[i].bullet === 1 || own[i].numbered === 1));
  x.tableInRegion = +(inRegion && own[i].table === 1);
  x.headlineAfterRegion = +(main !== undefined && i >= main.end && own[i].headlineRun > 0);
  return x;
}

/** Log-odds that the block is article text. */
export function logit(scorer: Scorer, x: Vector): number {
  if ('linear' in scorer) {
    let z = 0;
    for (const k in x) {
      const w = scorer.linear[k];
      if (w !== undefined) z += w * x[k];
    }
    return z;
  }
  let z = scorer.base;
  for (const tree of scorer.trees) z += tree[leaf(tree, x)].v;
  return z;
}

function leaf(tree: TreeNode[], x: Vector): number {
  let n = 0;
  while (tree[n].f !== undefined) n = (x[tree[n].f!] ?? 0) <= tree[n].t! ? tree[n].l! : tree[n].r!;
  return n;
}

/** Each feature's share of the score: its weight times its value, or what its splits added along each tree's path. */
export function contributions(scorer: Scorer, x: Vector): Vector {
  const out: Vector = {};
  if ('linear' in scorer) {
    for (const k in x) if (k !== 'bias' && scorer.linear[k] !== undefined && x[k] !== 0) out[k] = scorer.linear[k] * x[k];
    return out;
  }
  for (const tree of scorer.trees) {
    let n = 0;
    while (tree[n].f !== undefined) {
      const next = (x[tree[n].f!] ?? 0) <= tree[n].t! ? tree[n].l! : tree[n].r!;
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
    .map(([k, v]) => `${FEATURE_LABELS[k] ?? k} (${v > 0 ? '+' : ''}${v.toFixed(2)})`);
}
