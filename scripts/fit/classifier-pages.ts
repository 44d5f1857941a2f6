// The pages the block classifier is fitted on, prepared once: every dev-set page and every real-set page in each
// dump flavour, read as a run reads them (with the profile of their own set as corpus), with each block's feature
// vector and, where the gold says, its label.
//  - dev set: a block holding a must-keep snippet is article text, one holding a must-drop snippet is chrome,
//    weighted by the number of snippets; other blocks are unlabelled.
//  - real set: the gold is the whole article, so every block with words is labelled by how much of it the gold
//    holds (its 4-token shingles, or for a shorter block its words as a line of the gold), weighted by its share
//    of the page's words, so that each page counts alike whatever its length.
// The two sets weigh the same in total.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc } from '../../src/pipeline/doc.js';
import { emptyFields } from '../../src/pipeline/doc.js';
import { prepareDoc } from '../../src/pipeline/index.js';
import { ownFeatures, type OwnFeatures } from '../../src/pipeline/classify.js';
import { resolveOptions, type CleanOptions } from '../../src/options.js';
import type { CorpusProfile } from '../../src/corpus/profile.js';
import { decodeInput } from '../../src/run/page.js';
import { corpusProfile } from '../shared-data/clean.js';
import { loadDevset, snippetCounts, snippetNorm, type DevPage, type SnippetCounts } from '../shared-data/devset.js';
import { bodyCounts, CONVERTERS, loadRealset, realFile, shingles, tokens, type BodyCounts, type Converter, type RealPage } from '../shared-data/realset.js';
import { foldOf } from '../shared-data/sites.js';

export interface Label {
  y: 0 | 1;
  weight: number;
}

export interface FitPage {
  set: 'dev' | Converter;
  key: string;
  site: string;
  fold: number;
  /** The page prepared (blocks and features) with only its certain chrome decided (ownFeatures): copied afresh for
   * every decision (freshDoc). */
  doc: Doc;
  profile: CorpusProfile | null;
  own: OwnFeatures;
  labels: (Label | null)[];
  /** A dump that a run reads as HTML (it holds enough markup): cleaned as a run cleans it, and never labelled. */
  html?: string;
  dev?: DevPage;
  real?: { page: RealPage; gold: Map<string, number> };
  scored?: Map<string, PageCounts>;
}

export type PageCounts = { set: 'dev'; counts: SnippetCounts } | { set: Converter; counts: BodyCounts };

/** A copy of the prepared page to decide with these options (with page.own, which its blocks' decisions match). */
export function freshDoc(page: FitPage, options: CleanOptions): Doc {
  const d = page.doc;
  const blocks = d.blocks.map((b) => ({ ...b, score: 0, textClass: 'short' as const, layout: undefined }));
  return { ...d, blocks, regions: [], fields: emptyFields(), comments: [], options, profile: page.profile };
}

/** How the page's body scores against its gold (the last few bodies' scores are kept: a threshold search meets
 * the same body again and again). */
export function countsOf(page: FitPage, body: string): PageCounts {
  const cache = (page.scored ??= new Map());
  let counts = cache.get(body);
  if (counts === undefined) {
    counts = page.set === 'dev' ? { set: 'dev', counts: snippetCounts(page.dev!, body) } : { set: page.set, counts: bodyCounts(page.real!.page.gold.articleBody, body, page.real!.gold) };
    if (cache.size >= 8) cache.delete(cache.keys().next().value!);
    cache.set(body, counts);
  }
  return counts;
}

interface Source {
  set: FitPage['set'];
  key: string;
  site: string;
  file: string;
  dev?: DevPage;
  real?: RealPage;
}

export function loadFitPages(shared: string, folds: number, log: (line: string) => void): FitPage[] {
  const options = resolveOptions();
  const dev: Source[] = loadDevset(path.join(shared, 'devset')).map((p) => ({ set: 'dev', key: p.key, site: p.site, file: p.file, dev: p }));
  const realDir = path.join(shared, 'realset');
  const real = loadRealset(realDir);
  const sets: Source[][] = [dev, ...CONVERTERS.map((c) => real.map((p): Source => ({ set: c, key: p.id, site: p.site, file: realFile(realDir, p.id, c), real: p })))];
  const pages: FitPage[] = [];
  for (const set of sets) {
    // each set is a corpus of its own, as a run over its directory would read it
    const sorted = [...set].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const bytes = sorted.map((s) => readFileSync(s.file));
    const profile = corpusProfile(sorted, bytes);
    sorted.forEach((s, i) => {
      const input = decodeInput(bytes[i], s.file);
      if (!input.ok) return;
      const doc = prepareDoc(input.format === 'html' ? '' : input.text, s.file, options);
      doc.profile = profile;
      const own = ownFeatures(doc);
      const page: FitPage = { set: s.set, key: s.key, site: s.site, fold: foldOf(s.site, folds), doc, profile, own, labels: [] };
      if (input.format === 'html') page.html = input.text;
      if (s.dev) page.dev = s.dev;
      else page.real = { page: s.real!, gold: shingles(s.real!.gold.articleBody) };
      if (!page.html) page.labels = s.dev ? devLabels(doc, s.dev) : realLabels(doc, s.real!.gold.articleBody, page.real!.gold);
      pages.push(page);
    });
  }
  balanceSets(pages);
  const labelled = pages.reduce((n, p) => n + p.labels.filter(Boolean).length, 0);
  log(`classifier: ${pages.length} pages (${dev.length} dev-set, ${real.length} x ${CONVERTERS.length} real-set), ${labelled} labelled blocks`);
  return pages;
}

function devLabels(doc: Doc, page: DevPage): (Label | null)[] {
  const withs = page.with.map(snippetNorm);
  const withouts = page.without.map(snippetNorm);
  return doc.blocks.map((b) => {
    const t = snippetNorm(b.text);
    const w = withs.filter((s) => t.includes(s)).length;
    const wo = withouts.filter((s) => t.includes(s)).length;
    if (w && !wo) return { y: 1, weight: w };
    if (wo && !w) return { y: 0, weight: wo };
    return null;
  });
}

/** Share of a block's shingles the gold must hold for the block to count as article text, and at most for chrome;
 * a block in between mixes both (a caption run into a paragraph) and teaches nothing. */
const ARTICLE_SHARE = 0.6;
const CHROME_SHARE = 0.3;

function realLabels(doc: Doc, gold: string, goldShingles: Map<string, number>): (Label | null)[] {
  const goldLines = new Set(gold.split('\n').map((l) => tokens(l).join(' ')).filter(Boolean));
  const goldText = ` ${tokens(gold).join(' ')} `;
  const sizes = doc.blocks.map((b) => tokens(b.text).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  return doc.blocks.map((b, i): Label | null => {
    const n = sizes[i];
    if (n === 0) return null;
    const weight = n / total;
    if (n < 4) {
      const words = tokens(b.text).join(' ');
      if (goldLines.has(words)) return { y: 1, weight };
      return goldText.includes(` ${words} `) ? null : { y: 0, weight };
    }
    const own = shingles(b.text);
    let inGold = 0;
    let all = 0;
    for (const [k, c] of own) {
      all += c;
      inGold += Math.min(c, goldShingles.get(k) ?? 0);
    }
    const share = inGold / all;
    if (share >= ARTICLE_SHARE) return { y: 1, weight };
    if (share <= CHROME_SHARE) return { y: 0, weight };
    return null;
  });
}

/** The dev set and the real set weigh the same in total. */
function balanceSets(pages: FitPage[]): void {
  const sum = (dev: boolean) => pages.filter((p) => (p.set === 'dev') === dev).reduce((s, p) => s + p.labels.reduce((t, l) => t + (l?.weight ?? 0), 0), 0);
  const devTotal = sum(true);
  const realTotal = sum(false);
  if (devTotal === 0 || realTotal === 0) return;
  for (const p of pages) if (p.set !== 'dev') for (const l of p.labels) if (l) l.weight *= devTotal / realTotal;
}
