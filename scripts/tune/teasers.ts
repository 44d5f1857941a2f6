// `npm run tune:teasers [-- --shared DIR]`: choose the limits of the teaser lists (options.teasers, teasers.ts)
// and of the news feeds (options.feeds, ticker.ts) inside folds split by site, and report the held-out figures.
//
// The pages are those the classifier is fitted on (dev set, real set in its three dump flavours), each classified
// once with the committed weights; each candidate value of one limit (the others at their committed values) then
// only reruns the stages after the classifier. For each fold, every limit takes the candidate whose bodies score
// best on the other folds (the classifier fitter's objective: the mean of the dev set's F and the real set's mean
// F1), and the fold's pages are scored with the values chosen together; the values chosen on all pages are
// printed for the code. Pages that a run reads as HTML keep the body of the committed limits.
import path from 'node:path';
import { countsOf, freshDoc, loadFitPages, type FitPage, type PageCounts } from '../fit/classifier-pages.js';
import { figures, type Figures } from '../fit/classifier.js';
import { repoRoot } from '../fit/index.js';
import type { Doc } from '../../src/pipeline/doc.js';
import { finishDoc } from '../../src/pipeline/index.js';
import { classify } from '../../src/pipeline/classify.js';
import { removeTeasers } from '../../src/pipeline/teasers.js';
import { removeFeeds } from '../../src/pipeline/ticker.js';
import { resolveOptions, type CleanOptions } from '../../src/options.js';
import { assembleBody, cleanDocument } from '../../src/index.js';
import { CONVERTERS } from '../shared-data/realset.js';

const FOLDS = 5;

/** Chosen values by `group.key`. */
type Limits = Record<string, number>;

interface Tuned {
  group: 'teasers' | 'feeds';
  key: string;
  candidates: number[];
}

const TUNED: Tuned[] = [
  { group: 'teasers', key: 'minCycles', candidates: [2, 3, 4, 5] },
  { group: 'teasers', key: 'maxCycleGap', candidates: [2, 3, 4, 6] },
  { group: 'teasers', key: 'maxSummaryChars', candidates: [240, 320, 480, 640] },
  { group: 'teasers', key: 'maxFurnitureChars', candidates: [60, 80, 120] },
  { group: 'teasers', key: 'minDoubled', candidates: [2, 3, 4] },
  { group: 'teasers', key: 'minRestChars', candidates: [200, 400, 800] },
  { group: 'feeds', key: 'minItems', candidates: [3, 4, 5] },
  { group: 'feeds', key: 'maxItemGap', candidates: [2, 3, 4, 6] },
  { group: 'feeds', key: 'maxBriefChars', candidates: [120, 200, 300, 450] },
  { group: 'feeds', key: 'minBriefShare', candidates: [0.34, 0.5, 0.67, 0.8] },
];

const DEFAULTS = resolveOptions();
const nameOf = (t: Tuned) => `${t.group}.${t.key}`;
const defaultOf = (t: Tuned) => (DEFAULTS[t.group] as Record<string, number>)[t.key];

/** The default options with these limits set. */
function optionsWith(limits: Limits): CleanOptions {
  const teasers: Record<string, number> = {};
  const feeds: Record<string, number> = {};
  for (const t of TUNED) if (limits[nameOf(t)] !== undefined) (t.group === 'teasers' ? teasers : feeds)[t.key] = limits[nameOf(t)];
  return resolveOptions({ teasers, feeds });
}

/** Each page classified once, with the committed weights and threshold. */
function classified(pages: FitPage[]): Map<FitPage, Doc> {
  const out = new Map<FitPage, Doc>();
  for (const p of pages) {
    if (p.html !== undefined) continue;
    const doc = freshDoc(p, DEFAULTS);
    classify(doc, p.own);
    out.set(p, doc);
  }
  return out;
}

function copyOf(doc: Doc, options: CleanOptions): Doc {
  return { ...doc, options, blocks: doc.blocks.map((b) => ({ ...b })), regions: [...doc.regions], comments: [] };
}

/** The blocks the teaser and feed stages take out with these options (they run first after the classifier): where
 * they are those of the defaults, so is the body. */
function takenOut(doc: Doc, options: CleanOptions): string {
  const copy = copyOf(doc, options);
  removeTeasers(copy);
  removeFeeds(copy);
  return copy.blocks.flatMap((b, i) => (b.decision.keep !== doc.blocks[i].decision.keep ? [i] : [])).join(',');
}

/** Scores pages with given limits, running the stages after the classifier only where the teaser and feed stages
 * take out other blocks than with the defaults. */
class Scorer {
  private readonly defaultOut: string[];
  readonly defaults: PageCounts[];

  constructor(
    private readonly pages: FitPage[],
    private readonly docs: Map<FitPage, Doc>,
    htmlBodies: Map<FitPage, string>,
  ) {
    this.defaults = pages.map((p) => countsOf(p, docs.has(p) ? assembleBody(finishDoc(copyOf(docs.get(p)!, DEFAULTS))) : (htmlBodies.get(p) ?? '')));
    this.defaultOut = pages.map((p) => (docs.has(p) ? takenOut(docs.get(p)!, DEFAULTS) : ''));
  }

  /** Page i's counts with these options, and whether its body differs from the defaults'. */
  counts(i: number, options: CleanOptions): { counts: PageCounts; changed: boolean } {
    const doc = this.docs.get(this.pages[i]);
    if (!doc || takenOut(doc, options) === this.defaultOut[i]) return { counts: this.defaults[i], changed: false };
    return { counts: countsOf(this.pages[i], assembleBody(finishDoc(copyOf(doc, options)))), changed: true };
  }
}

/** Every page's counts for each candidate of each tuned limit (the others at their defaults). */
function countsByCandidate(pages: FitPage[], scorer: Scorer, log: (l: string) => void): Map<string, PageCounts[]> {
  const out = new Map<string, PageCounts[]>();
  for (const t of TUNED) {
    for (const c of t.candidates) {
      const options = optionsWith({ [nameOf(t)]: c });
      let changed = 0;
      out.set(
        `${nameOf(t)}=${c}`,
        pages.map((_, i) => {
          const r = scorer.counts(i, options);
          if (r.changed) changed++;
          return r.counts;
        }),
      );
      log(`tune: ${nameOf(t)}=${c}: ${changed} pages change`);
    }
  }
  return out;
}

/** The figures of the pages in `pick`. */
function scoreOn(counts: PageCounts[], pick: boolean[]): Figures {
  return figures(counts.filter((_, i) => pick[i]));
}

const pct = (x: number) => x.toFixed(3);

function show(f: Figures): string {
  const real = CONVERTERS.map((c) => `${c} ${pct(f.real[c].f1)} (P ${pct(f.real[c].precision)} R ${pct(f.real[c].recall)})`).join(', ');
  return `dev F ${pct(f.dev.f)} (R ${pct(f.dev.recall)} P ${pct(f.dev.precision)}); real F1 ${real}`;
}

/** Each limit's best candidate on the pages in `train`, each chosen with the others at their defaults; a candidate
 * must do better than the default to replace it (a tie changes nothing on these pages). */
function choose(train: boolean[], byCandidate: Map<string, PageCounts[]>, defaults: PageCounts[]): Limits {
  const chosen: Limits = {};
  for (const t of TUNED) {
    let best = defaultOf(t);
    let bestObjective = scoreOn(defaults, train).objective;
    for (const c of t.candidates) {
      const objective = scoreOn(byCandidate.get(`${nameOf(t)}=${c}`)!, train).objective;
      if (objective > bestObjective + 1e-9) {
        best = c;
        bestObjective = objective;
      }
    }
    chosen[nameOf(t)] = best;
  }
  return chosen;
}

function main(argv: string[]): void {
  const at = argv.indexOf('--shared');
  const root = repoRoot();
  const shared = path.resolve(at >= 0 ? argv[at + 1] : path.join(root, '..', 'shared'));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const pages = loadFitPages(shared, FOLDS, log);
  const docs = classified(pages);
  const htmlBodies = new Map<FitPage, string>();
  for (const p of pages) {
    if (p.html === undefined) continue;
    const result = cleanDocument(p.html, { source: p.key, format: 'html', options: DEFAULTS, profile: p.profile });
    htmlBodies.set(p, result.ok ? result.record.body : '');
  }
  const scorer = new Scorer(pages, docs, htmlBodies);
  const byCandidate = countsByCandidate(pages, scorer, log);
  const heldOut: PageCounts[] = new Array(pages.length);
  for (let k = 0; k < FOLDS; k++) {
    const chosen = choose(
      pages.map((p) => p.fold !== k),
      byCandidate,
      scorer.defaults,
    );
    const options = optionsWith(chosen);
    pages.forEach((p, i) => {
      if (p.fold === k) heldOut[i] = scorer.counts(i, options).counts;
    });
    log(`tune: fold ${k + 1}/${FOLDS}: ${JSON.stringify(chosen)}`);
  }
  const all = choose(
    pages.map(() => true),
    byCandidate,
    scorer.defaults,
  );
  const allOptions = optionsWith(all);
  const inSample = figures(pages.map((_, i) => scorer.counts(i, allOptions).counts));
  process.stdout.write(
    `defaults (in-sample): ${show(figures(scorer.defaults))}\n` +
      `held out (${FOLDS} folds by site, limits chosen inside each): ${show(figures(heldOut))}\n` +
      `chosen on all pages: ${JSON.stringify(all)}\n` +
      `with them (in-sample): ${show(inSample)}\n`,
  );
}

main(process.argv.slice(2));
