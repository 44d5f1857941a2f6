// What a page states about itself, apart from its visible text: JSON-LD (schema.org NewsArticle and kin), Open
// Graph and article meta tags, <title> and the first <h1>. JSON-LD and article meta tags are explicit (the
// publisher's own headline, authors and publication time); the rest is a fallback for fields the text gave none.
import { parseFragment } from 'parse5';
import { attr, collapseSpaces, elements, findElement, textContent, type Document } from './dom.js';
import { knownAgency } from '../extract/agencies.js';
import { looksLikeName } from '../extract/names.js';
import { findDate } from '../extract/date.js';
import { isRealDateTime } from '../schema.js';

export interface PageMetadata {
  /** Stated by the publisher for machines: JSON-LD and article meta tags. These win over the text's reading. */
  explicit: { title: string | null; authors: string[]; published: string | null };
  /** Weaker hints, used only where the text gave nothing. */
  fallback: { title: string | null; authors: string[]; published: string | null; section: string[]; agency: string | null };
}

const ARTICLE_TYPE = /^(?:\w+)?(?:Article|BlogPosting|Report|LiveBlogPosting)$/;

export function readMetadata(doc: Document): PageMetadata {
  const meta = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const crumbs = jsonLdBreadcrumbs(doc);
  const h1 = findElement(doc, 'h1');
  const titleEl = findElement(doc, 'title');
  const siteName = meta.get('og:site_name') ?? null;

  const metaPublished = ['article:published_time', 'itemprop:datePublished']
    .map((k) => meta.get(k))
    .find((v) => v !== undefined);
  const looseDate = ['date', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date']
    .map((k) => meta.get(k))
    .find((v) => v !== undefined);
  const metaAuthors = [meta.get('author'), meta.get('article:author'), meta.get('itemprop:author')]
    .filter((v): v is string => v !== undefined)
    .flatMap(splitAuthorList)
    .filter((n) => looksLikeName(n) && !knownAgency(n));

  const section = crumbs.length ? crumbs : meta.get('article:section') ? [meta.get('article:section')!] : [];
  return {
    explicit: {
      title: ld?.headline ?? null,
      authors: ld?.authors ?? [],
      published: isoLocal(ld?.published ?? metaPublished ?? null),
    },
    fallback: {
      title: meta.get('og:title') ?? meta.get('twitter:title') ?? nonEmpty(h1 ? textContent(h1) : null) ?? stripSiteName(titleEl ? textContent(titleEl) : null, siteName),
      authors: metaAuthors,
      published: isoLocal(looseDate ?? null),
      section: section.map(collapseSpaces).filter(Boolean),
      agency: ld?.agency ?? null,
    },
  };
}

/** `<meta name|property|itemprop=K content=V>` and `<time itemprop=datePublished datetime=V>`, first value wins. */
function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const put = (key: string | null, value: string | null) => {
    const v = value === null ? '' : collapseSpaces(value);
    if (key && v && !out.has(key)) out.set(key, v);
  };
  for (const el of elements(doc)) {
    if (el.tagName === 'meta') {
      const content = attr(el, 'content');
      put(attr(el, 'property')?.toLowerCase() ?? null, content);
      put(attr(el, 'name')?.toLowerCase() ?? null, content);
      const itemprop = attr(el, 'itemprop');
      if (itemprop) put(`itemprop:${itemprop}`, content);
    } else if (attr(el, 'itemprop') === 'datePublished') {
      put('itemprop:datePublished', attr(el, 'datetime') ?? attr(el, 'content') ?? textContent(el));
    } else if (attr(el, 'itemprop') === 'author' && el.tagName !== 'meta') {
      const name = findItemprop(el, 'name') ?? el;
      put('itemprop:author', textContent(name));
    }
  }
  return out;
}

function findItemprop(el: Parameters<typeof elements>[0], prop: string) {
  for (const e of elements(el)) if (attr(e, 'itemprop') === prop) return e;
  return null;
}

interface LdArticle {
  headline: string | null;
  authors: string[];
  published: string | null;
  agency: string | null;
}

/** JSON-LD objects of the page, flattened: top-level arrays and @graph lists. Broken JSON is skipped. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const el of elements(doc)) {
    if (el.tagName !== 'script' || !/^application\/ld\+json$/i.test((attr(el, 'type') ?? '').trim())) continue;
    let data: unknown;
    try {
      data = JSON.parse(textContent(el));
    } catch {
      continue;
    }
    // a queue read by position and filled item by item: a @graph of 200,000 items spread into push() would
    // overflow the call's arguments, and shift() would move the rest of the queue at every step
    const queue: unknown[] = [data];
    for (let next = 0; next < queue.length; next++) {
      const item = queue[next];
      if (Array.isArray(item)) for (const x of item) queue.push(x);
      else if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>;
        out.push(obj);
        if (Array.isArray(obj['@graph'])) for (const x of obj['@graph']) queue.push(x);
      }
    }
  }
  return out;
}

function types(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function jsonLdArticle(doc: Document): LdArticle | null {
  const article = jsonLdObjects(doc).find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return null;
  const people: string[] = [];
  let agency: string | null = null;
  const authors = article.author;
  for (const a of Array.isArray(authors) ? authors : authors ? [authors] : []) {
    const name = typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : null;
    if (typeof name !== 'string') continue;
    const clean = unescapeHtml(name);
    const isOrg = typeof a === 'object' && types(a as Record<string, unknown>).includes('Organization');
    if (knownAgency(clean)) agency ??= knownAgency(clean);
    else if (!isOrg) for (const person of splitAuthorList(clean)) if (looksLikeName(person)) people.push(person);
  }
  const headline = typeof article.headline === 'string' ? nonEmpty(unescapeHtml(article.headline)) : null;
  const published = typeof article.datePublished === 'string' ? article.datePublished : null;
  return { headline, authors: [...new Set(people)], published, agency };
}

/** Names of a schema.org BreadcrumbList, without the trailing page itself. */
function jsonLdBreadcrumbs(doc: Document): string[] {
  const list = jsonLdObjects(doc).find((o) => types(o).includes('BreadcrumbList'));
  if (!list || !Array.isArray(list.itemListElement)) return [];
  const items = (list.itemListElement as Record<string, unknown>[])
    .filter((i) => i && typeof i === 'object')
    .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
    .map((i) => {
      const item = i.item as Record<string, unknown> | undefined;
      const name = i.name ?? (item && typeof item === 'object' ? item.name : undefined);
      return typeof name === 'string' ? unescapeHtml(name) : '';
    })
    .filter(Boolean);
  // the last crumb of an article page is usually the article itself, not a section
  return items.length > 1 && items[items.length - 1].split(/\s+/).length > 5 ? items.slice(0, -1) : items;
}

/** An ISO 8601 time as the page's own clock (offset dropped, seconds dropped), or a printed date read as text. */
export function isoLocal(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value.trim());
  if (m) {
    const iso = m[4] !== undefined ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`;
    return isRealDateTime(iso) ? iso : null;
  }
  return findDate(value)?.iso ?? null;
}

function splitAuthorList(s: string): string[] {
  return s
    .replace(/\s+/gu, ' ') // single spaces: the separator's optional spaces cannot rescan a run of them
    .split(/ ?(?:,|;|\band\b|&|\bund\b|\bet\b) ?/u)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** "Headline | Site" or "Headline - Site": the site's name is not part of the headline. */
function stripSiteName(title: string | null, siteName: string | null): string | null {
  const t = nonEmpty(title);
  if (!t) return null;
  const parts = t.replace(/\s+/gu, ' ').split(/ [|–—-] /);
  if (parts.length < 2) return t;
  if (siteName && parts[parts.length - 1].toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(' - ');
  // without a known site name, take the longest part: site names are short
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

function nonEmpty(s: string | null): string | null {
  if (s === null) return null;
  const t = collapseSpaces(s);
  return t === '' ? null : t;
}

/** JSON-LD values are sometimes HTML-escaped by the CMS ("Smith &amp; Jones"): decode with the HTML parser. */
function unescapeHtml(s: string): string {
  return s.includes('&') ? collapseSpaces(textContent(parseFragment(s))) : collapseSpaces(s);
}
