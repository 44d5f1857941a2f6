// The shared real-page set (`../shared/realset`, see its README): pages as three text browsers dump them, each with
// its gold title, authors and publication date, and the field score of `../shared/tools/score-real.py` (exact
// match after folding case and punctuation, authors as a multiset, the date part of `published`), counted only on
// pages whose gold value shows in that dump. Used by the field fitter (scripts/fit/fields.ts) and the quality test
// (test/quality/fields.test.ts), which must score exactly as the shared tool does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanDocument, type CleanOptionsInput } from '../../src/index.js';
import { CorpusProfile } from '../../src/corpus/profile.js';
import { normaliseText } from '../../src/pipeline/normalise.js';
import type { Doc } from '../../src/pipeline/doc.js';

export const CONVERTERS = ['lynx', 'w3m', 'html2text'] as const;
export type Converter = (typeof CONVERTERS)[number];
export const SCORED_FIELDS = ['title', 'authors', 'published'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface RealGold {
  title: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
  site_name: string | null;
  in_dump: Record<Converter, Record<ScoredField, boolean | null>>;
}

export interface RealPage {
  id: string;
  /** The site the page comes from (its web address's host, else its site name, else its id): folds split here. */
  site: string;
  text: string;
  gold: RealGold;
}

/** The real set beside the project (`../shared/realset`), or null where it is not there. */
export function realsetDir(root: string): string | null {
  const dir = path.resolve(root, '..', 'shared', 'realset');
  return existsSync(path.join(dir, 'gold.json')) ? dir : null;
}

export function loadRealset(dir: string, converter: Converter): RealPage[] {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, RealGold>;
  const dumps = path.join(dir, 'dumps', converter);
  return readdirSync(dumps)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => f.slice(0, -4))
    .filter((id) => gold[id] !== undefined)
    .map((id) => ({ id, site: siteOf(id, gold[id]), text: readFileSync(path.join(dumps, `${id}.txt`), 'utf8'), gold: gold[id] }));
}

function siteOf(id: string, gold: RealGold): string {
  if (gold.url) {
    try {
      return new URL(gold.url).hostname.replace(/^www\d*\./u, '');
    } catch {
      // not a web address: fall through to the site's name
    }
  }
  return gold.site_name ?? id;
}

/** A profile of the pages' lines, as the command line's first pass makes for a corpus (smaller: 91 pages). */
export function profileOf(pages: RealPage[]): CorpusProfile {
  const profile = new CorpusProfile({ width: 1 << 16, depth: 4, heavyHitters: 0 });
  for (const page of pages) profile.addPage(normaliseText(page.text).text);
  return profile;
}

export interface PageFields {
  title: string | null;
  authors: string[];
  published: string | null;
}

/** Each page cleaned in this process, with the corpus profile of the set; a rejected page gives no fields. */
export function cleanPages(
  pages: RealPage[],
  profile: CorpusProfile | null = profileOf(pages),
  options: CleanOptionsInput = {},
): Map<string, { fields: PageFields; doc: Doc | null }> {
  const out = new Map<string, { fields: PageFields; doc: Doc | null }>();
  for (const page of pages) {
    const result = cleanDocument(page.text, { source: `${page.id}.txt`, profile, options });
    const fields = result.ok ? result.record : { title: null, authors: [], published: null };
    out.set(page.id, { fields: { title: fields.title, authors: fields.authors, published: fields.published }, doc: result.doc });
  }
  return out;
}

// ------------------------------------------------------------------ scoring, as score-real.py does it
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

/** Whether the page counts for the field: its gold value is not empty and shows in this converter's dump. */
export function counted(field: ScoredField, page: RealPage, converter: Converter): boolean {
  const value = page.gold[field];
  return (Array.isArray(value) ? value.length > 0 : Boolean(value)) && page.gold.in_dump[converter][field] === true;
}

export interface FieldScore {
  correct: number;
  n: number;
  accuracy: number;
}

export function scoreFields(pages: RealPage[], converter: Converter, fields: Map<string, PageFields>): Record<ScoredField, FieldScore> {
  const out = {} as Record<ScoredField, FieldScore>;
  for (const field of SCORED_FIELDS) {
    const scored = pages.filter((p) => counted(field, p, converter));
    const correct = scored.filter((p) => fieldOk(field, p.gold, fields.get(p.id) ?? { title: null, authors: [], published: null })).length;
    out[field] = { correct, n: scored.length, accuracy: scored.length ? correct / scored.length : 0 };
  }
  return out;
}
