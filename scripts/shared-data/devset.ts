// The development set (../shared/devset): 883 real pages as lynx dumps with snippets a body must keep (`with`)
// and must not show (`without`), scored as ../shared/tools/score-devset.mjs scores them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteOf } from './sites.js';

export interface DevPage {
  /** The page's name: its dump is `pages/<key>.txt`. */
  key: string;
  file: string;
  site: string;
  with: string[];
  without: string[];
}

interface SnippetEntry {
  url?: string;
  with: string[];
  without: string[];
}

export function loadDevset(dir: string): DevPage[] {
  const snippets = JSON.parse(readFileSync(path.join(dir, 'snippets.json'), 'utf8')) as Record<string, SnippetEntry>;
  return Object.entries(snippets).map(([key, s]) => ({
    key,
    file: path.join(dir, 'pages', `${key}.txt`),
    site: siteOf(s.url, key),
    with: s.with,
    without: s.without,
  }));
}

/** The scorer's normalisation of both sides: soft hyphens and zero-width characters out, white-space runs as one space. */
export function snippetNorm(text: string): string {
  return text.replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '').replace(/\s+/g, ' ').trim();
}

/** Snippets of one page found in its body. */
export interface SnippetCounts {
  with: number;
  withFound: number;
  without: number;
  withoutLeaked: number;
}

export function snippetCounts(page: DevPage, body: string): SnippetCounts {
  const b = snippetNorm(body);
  return {
    with: page.with.length,
    withFound: page.with.filter((s) => b.includes(snippetNorm(s))).length,
    without: page.without.length,
    withoutLeaked: page.without.filter((s) => b.includes(snippetNorm(s))).length,
  };
}

export interface DevScore {
  /** Share of `with` snippets in the bodies. */
  recall: number;
  /** Share of `without` snippets absent from the bodies. */
  removal: number;
  /** Kept `with` / (kept `with` + leaked `without`), as trafilatura's table has it. */
  precision: number;
  /** Harmonic mean of precision and recall. */
  f: number;
}

/** Snippets pooled over the pages. */
export function devScore(counts: SnippetCounts[]): DevScore {
  let w = 0;
  let found = 0;
  let wo = 0;
  let leaked = 0;
  for (const c of counts) {
    w += c.with;
    found += c.withFound;
    wo += c.without;
    leaked += c.withoutLeaked;
  }
  const recall = w ? found / w : 0;
  const precision = found + leaked ? found / (found + leaked) : 0;
  return {
    recall,
    removal: wo ? (wo - leaked) / wo : 0,
    precision,
    f: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
