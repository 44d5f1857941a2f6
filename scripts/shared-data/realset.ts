// The real set (../shared/realset): 91 real pages with a whole gold body and gold title, authors and published
// date, as lynx, w3m and html2text dumps and as HTML, scored as ../shared/tools/score-real.py scores them. The
// body (the article-extraction benchmark's metric): 4-token shingles per page as multisets, true and false
// positives and negatives normalised per page, precision and recall averaged over pages, F1 their harmonic mean.
// The fields: exact match after folding case and punctuation, authors as a multiset, the date part of
// `published`, counted only on pages whose gold value shows in that dump.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteOf } from './sites.js';
import { elements, parseHtml, textContent } from '../../src/html/dom.js';

export const CONVERTERS = ['lynx', 'w3m', 'html2text'] as const;
export type Converter = (typeof CONVERTERS)[number];
export const SCORED_FIELDS = ['title', 'authors', 'published'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface RealGold {
  articleBody: string;
  title: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
  site_name: string | null;
  lang: string | null;
  /** Whether each field's gold value shows in that converter's dump (fields are scored only where it does). */
  in_dump: Record<Converter, Record<ScoredField, boolean | null>>;
}

export interface RealPage {
  id: string;
  site: string;
  gold: RealGold;
}

export function loadRealset(dir: string): RealPage[] {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, RealGold>;
  return Object.keys(gold)
    .sort()
    .map((id) => ({ id, site: siteOf(gold[id].url, id), gold: gold[id] }));
}

/** A page's dump as one converter printed it, or its HTML. */
export function realFile(dir: string, id: string, converter: Converter | 'html'): string {
  return converter === 'html' ? path.join(dir, 'html', `${id}.html`) : path.join(dir, 'dumps', converter, `${id}.txt`);
}

/** Python's `\w+` under re.UNICODE: letters, digits and numerals, and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of 4-token shingles; a text of fewer tokens gives one shorter shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const toks = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const s = toks.slice(i, i + n);
    if (s.length === 0) continue;
    const key = s.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One page's true positives, false positives and false negatives, as shares of their sum. */
export interface BodyCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function bodyCounts(gold: string, body: string, goldShingles: Map<string, number> = shingles(gold)): BodyCounts {
  const p = shingles(body);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const g = goldShingles.get(k) ?? 0;
    tp += Math.min(g, n);
    fp += Math.max(0, n - g);
  }
  for (const [k, g] of goldShingles) fn += Math.max(0, g - (p.get(k) ?? 0));
  const s = tp + fp + fn;
  return s ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

export interface BodyScore {
  f1: number;
  precision: number;
  recall: number;
}

/** Mean precision and recall over pages (precision skips pages with tp + fp = 0, recall those with tp + fn = 0; a
 * page with fp = fn = 0 scores 1) and their harmonic mean. */
export function bodyScore(counts: BodyCounts[]): BodyScore {
  const score = (tp: number, wrong: number, other: number) => (wrong === 0 && other === 0 ? 1 : tp / (tp + wrong));
  const ps = counts.filter((c) => c.tp + c.fp > 0).map((c) => score(c.tp, c.fp, c.fn));
  const rs = counts.filter((c) => c.tp + c.fn > 0).map((c) => score(c.tp, c.fn, c.fp));
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

// ------------------------------------------------------------------ the fields
export interface PageFields {
  title: string | null;
  authors: string[];
  published: string | null;
}

const NO_FIELDS: PageFields = { title: null, authors: [], published: null };

const PUNCT: Record<string, string> = {
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\ufeff': '',
};
const PUNCT_RE = new RegExp(`[${Object.keys(PUNCT).join('')}]`, 'gu');

/** NFKC, typographic quotes and dashes as ASCII, invisible characters dropped, case folded, spaces as one. */
export function foldForScore(s: string | null | undefined): string {
  const folded = (s ?? '').normalize('NFKC').replace(PUNCT_RE, (c) => PUNCT[c]).toLowerCase().replace(/ß/gu, 'ss');
  return folded.split(/\s+/u).filter(Boolean).join(' ');
}

export function fieldOk(field: ScoredField, gold: RealGold, got: PageFields): boolean {
  if (field === 'published') return /^\s*(\d{4}-\d{2}-\d{2})/u.exec(got.published ?? '')?.[1] === gold.published;
  if (field === 'authors') {
    const sorted = (names: string[]) => names.map(foldForScore).filter(Boolean).sort().join('\n');
    return sorted(gold.authors) === sorted(got.authors);
  }
  return foldForScore(gold.title) === foldForScore(got.title);
}

/** Whether the page counts for the field: its gold value is not empty and shows in this converter's dump (the
 * HTML holds every value the dumps were made from: it counts wherever the gold has one). */
export function counted(field: ScoredField, page: RealPage, converter: Converter | 'html'): boolean {
  const value = page.gold[field];
  return (Array.isArray(value) ? value.length > 0 : Boolean(value)) && (converter === 'html' || page.gold.in_dump[converter][field] === true);
}

/**
 * Whether the gold title is the page's headline: not a heading the page prints with something after it that the
 * heading does not print (" - Wikipedia", " [LWN.net]", "_科技_腾讯网": the <title>'s site suffix, which the gold
 * keeps on some pages and the cleaner leaves out of every headline).
 */
export function goldTitleIsHeadline(html: string, goldTitle: string): boolean {
  const gold = foldForScore(goldTitle);
  const headings = [...elements(parseHtml(html))].filter((el) => HEADING.test(el.tagName)).map((el) => foldForScore(textContent(el)));
  if (headings.includes(gold)) return true;
  return !headings.some((h) => h !== '' && gold.length > h.length && gold.startsWith(h) && !/[\p{L}\p{N}]/u.test(gold[h.length]));
}
const HEADING = /^h[1-6]$/;

export interface FieldScore {
  correct: number;
  n: number;
  accuracy: number;
}

/** Each field's accuracy over the pages that count for it; a page without fields (rejected) counts as wrong. */
export function scoreFields(pages: RealPage[], converter: Converter | 'html', fields: Map<string, PageFields | null>): Record<ScoredField, FieldScore> {
  const out = {} as Record<ScoredField, FieldScore>;
  for (const field of SCORED_FIELDS) {
    const scored = pages.filter((p) => counted(field, p, converter));
    const correct = scored.filter((p) => fieldOk(field, p.gold, fields.get(p.id) ?? NO_FIELDS)).length;
    out[field] = { correct, n: scored.length, accuracy: scored.length ? correct / scored.length : 0 };
  }
  return out;
}
