// The real-page set's HTML pages (../shared/realset/html) as the HTML fitter and measurements read them: pages,
// gold, the site each belongs to (folds are split by site, so that no site is both fitted and scored), and the body
// metric of the article-extraction benchmark that ../shared/tools/score-real.py computes (4-token shingles,
// precision and recall averaged over pages, F1 their harmonic mean); fields are compared by realset.ts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bodyCounts, bodyScore, fieldOk, tokens, type BodyCounts, type BodyScore, type PageFields, type RealGold, type ScoredField } from '../shared-data/realset.js';

export interface GoldPage {
  articleBody: string;
  title: string;
  authors: string[];
  published: string | null;
  url: string | null;
  site_name: string | null;
}

export interface RealPage {
  id: string;
  file: string;
  site: string;
  gold: GoldPage;
}

/** Second-level labels under which a country code holds registrable names (news.bbc.co.uk -> bbc). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'ne', 'or']);

/** A page's site: the registrable name of its URL's host, else its file name without a trailing number. */
export function siteOf(id: string, url: string | null): string {
  if (url) {
    const labels = new URL(url).hostname.split('.');
    let i = labels.length - 2;
    if (i > 0 && SECOND_LEVEL.has(labels[i]) && labels[labels.length - 1].length === 2) i--;
    if (i >= 0) return labels[i];
  }
  return id.replace(/-\d+$/, '');
}

export function loadRealSet(dir: string): RealPage[] {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, GoldPage>;
  const files = readdirSync(path.join(dir, 'html')).filter((f) => f.endsWith('.html')).sort();
  return files
    .map((f) => ({ id: f.replace(/\.html$/, ''), file: path.join(dir, 'html', f) }))
    .filter((p) => p.id in gold)
    .map((p) => ({ ...p, gold: gold[p.id], site: siteOf(p.id, gold[p.id].url) }));
}

/** Folds by site: every page of a site in the same fold, sites dealt round-robin in order of a stable hash. */
export function siteFolds(pages: RealPage[], k: number): number[] {
  const sites = [...new Set(pages.map((p) => p.site))].sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : 1));
  const foldOf = new Map(sites.map((s, i) => [s, i % k]));
  return pages.map((p) => foldOf.get(p.site)!);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A page's shares of true positives, false positives and false negatives among its shingles, as the shared
 * scorer counts them (scripts/shared-data/realset.ts holds the metric). */
export function pageCounts(gold: string, predicted: string): BodyCounts {
  return bodyCounts(gold, predicted);
}

export { bodyScore, tokens, type BodyCounts, type BodyScore };

/** Whether a record's field matches the gold, as score-real.py compares them: null when the gold has none. */
export function fieldMatches(field: ScoredField, gold: GoldPage, record: PageFields | null): boolean | null {
  const value = gold[field];
  if (Array.isArray(value) ? value.length === 0 : !value) return null;
  return fieldOk(field, gold as unknown as RealGold, record ?? { title: null, authors: [], published: null });
}
