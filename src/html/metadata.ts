// What a page states about itself, apart from its visible text: JSON-LD (schema.org NewsArticle and kin), Open
// Graph and article meta tags, <title> and the first <h1>. JSON-LD and article meta tags are explicit (the
// publisher's own headline, authors and publication time); the rest is a fallback for fields the text gave none.
import { furnitureHint, nameParts } from './evidence.js';
import { attr, collapseSpaces, elements, findElement, isElement, isText, parseHtml, textContent, type Document, type Element, type Node } from './dom.js';
import { knownAgency } from '../extract/agencies.js';
import { looksLikeName, nameCase } from '../extract/names.js';
import { parseByline, type Byline } from '../extract/byline.js';
import { findDate, type DateOptions } from '../extract/date.js';
import { isoOffset } from '../extract/time-zone.js';
import { isRealDateTime } from '../schema.js';
import type { CleanOptions, HtmlOptions } from '../options.js';

export interface PageMetadata {
  /** Stated by the publisher: JSON-LD, Open Graph and article meta tags, the <title>, the byline the markup marks.
   * These win over the text's reading. */
  explicit: { title: string | null; authors: string[]; published: string | null };
  /** Weaker hints, used only where the text gave nothing. */
  fallback: { title: string | null; authors: string[]; published: string | null; section: string[]; agency: string | null };
}

/** schema.org's article types: Article and its kin (NewsArticle, Report), and the postings of blogs, social media and
 * forums (BlogPosting, SocialMediaPosting), which a blog platform marks its posts with. */
const ARTICLE_TYPE = /^(?:\w+)?(?:Article|Posting|Report)$/;
const CDATA_EDGES = /^\s*<!\[CDATA\[|\]\]>\s*$/g;

/** `options`: the HTML group, and the field group's rules for reading a printed date. */
export function readMetadata(doc: Document, options: Pick<CleanOptions, 'html' | 'fields'>): PageMetadata {
  const o = options.html;
  const dates = options.fields;
  const meta = metaTags(doc);
  const objects = jsonLdObjects(doc);
  const ld = jsonLdArticle(objects);
  const crumbs = jsonLdBreadcrumbs(objects);
  const h1 = findElement(doc, 'h1');
  const titleEl = findElement(doc, 'title');
  const siteName = meta.get('og:site_name') ?? null;
  const titleText = titleEl ? textContent(titleEl) : null;
  const metaTitle = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title'].map((k) => meta.get(k)).find((v) => v !== undefined);

  const metaPublished = ['article:published_time', 'itemprop:datePublished']
    .map((k) => meta.get(k))
    .find((v) => v !== undefined);
  const looseDate = ['date', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date']
    .map((k) => meta.get(k))
    .find((v) => v !== undefined);
  const metaAuthors = personNames(
    ['author', 'article:author', 'itemprop:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator']
      .map((k) => meta.get(k))
      .filter((v): v is string => v !== undefined)
      .flatMap((v) => splitAuthorList(withoutLinks(v))),
    siteName,
  );
  const markedAuthors = markedBylines(doc, metaAuthors, siteName, o, dates);
  const ldAuthors = personNames(ld?.authors ?? [], siteName);

  const section = crumbs.length ? crumbs : meta.get('article:section') ? [meta.get('article:section')!] : [];
  return {
    explicit: {
      title: withoutSiteName(
        headlineOf(ldTitle(ld, titleText, o), h1) ?? headlineOf(metaTitle ?? null, h1) ?? printedHeadline(titleText, h1) ?? headlineOfTitle(titleText, doc),
        siteName,
        o,
      ),
      authors: ldAuthors.length ? ldAuthors : markedAuthors ?? metaAuthors,
      published: isoDateTime(ld?.published ?? metaPublished ?? null, dates),
    },
    fallback: {
      title: nonEmpty(h1 ? textContent(h1) : null),
      authors: metaAuthors,
      published: isoDateTime(looseDate ?? null, dates),
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
  name: string | null;
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
      // some CMSs wrap the script's JSON in a CDATA section, as XHTML wanted
      data = JSON.parse(textContent(el).replace(CDATA_EDGES, ''));
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

function jsonLdArticle(objects: Record<string, unknown>[]): LdArticle | null {
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
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
    else if (!isOrg) for (const person of splitAuthorList(clean).map(withoutAside)) if (looksLikeName(person)) people.push(person);
  }
  const headline = typeof article.headline === 'string' ? nonEmpty(unescapeHtml(article.headline)) : null;
  const name = typeof article.name === 'string' ? nonEmpty(unescapeHtml(article.name)) : null;
  const published = typeof article.datePublished === 'string' ? article.datePublished : null;
  return { headline, name, authors: [...new Set(people)], published, agency };
}

/** Names of a schema.org BreadcrumbList, without the trailing page itself. */
function jsonLdBreadcrumbs(objects: Record<string, unknown>[]): string[] {
  const list = objects.find((o) => types(o).includes('BreadcrumbList'));
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

/** An ISO 8601 time as the page's own clock (seconds dropped, its offset kept), or a printed date read as text. */
export function isoDateTime(value: string | null, dates: DateOptions): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim());
  if (m) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    const iso = m[4] === undefined ? date : `${date}T${m[4]}:${m[5]}${m[6] === undefined ? '' : isoOffset(offsetMinutes(m[6]))}`;
    return isRealDateTime(iso) ? iso : null;
  }
  return findDate(value, dates)?.iso ?? null;
}

/** Minutes east of UTC of `Z`, `+0100` or `-05:00`. */
function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  return (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** Brackets and stops around a name in a list ("(Ann Lee, Bo Kim)"). */
const EDGE_PUNCTUATION = new Set([...' ()[]{}.,;:']);

/** `s` without edge punctuation, walked in from both ends (an end-anchored pattern rescans long runs). */
function trimEdgePunctuation(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && EDGE_PUNCTUATION.has(s[start])) start++;
  while (end > start && EDGE_PUNCTUATION.has(s[end - 1])) end--;
  return s.slice(start, end);
}

function splitAuthorList(s: string): string[] {
  return s
    .replace(/\s+/gu, ' ') // single spaces: the separator's optional spaces cannot rescan a run of them
    .split(/ ?(?:,|;|\band\b|&|\bund\b|\bet\b|\(?\b(?:with|avec|mit|con|com)\b) ?/u)
    .map(trimEdgePunctuation)
    .filter(Boolean);
}

/**
 * The JSON-LD headline, or its name where the two differ and only the name matches the page's <title> (some
 * publishers put a description in the headline, others their own name in the name).
 */
function ldTitle(ld: LdArticle | null, title: string | null, o: HtmlOptions): string | null {
  if (!ld) return null;
  if (!ld.name || !ld.headline || ld.name === ld.headline) return ld.headline ?? ld.name;
  const t = title ?? '';
  const headlineShare = wordShare(ld.headline, t);
  return headlineShare < o.titleMatch && wordShare(ld.name, t) > headlineShare ? ld.name : ld.headline;
}

/** Share of the words of `a` that occur in `b`, ignoring case. */
function wordShare(a: string, b: string): number {
  const words = a.toLowerCase().split(/\s+/).filter(Boolean);
  const inB = new Set(b.toLowerCase().split(/\s+/));
  return words.length ? words.filter((w) => inB.has(w)).length / words.length : 0;
}

/** A trailing segment naming the site (" | Site", " - Site.com", " · Site") is not part of the headline, and
 * neither is a short one after a bar, which names a section or a site. */
function withoutSiteName(title: string | null, siteName: string | null, o: HtmlOptions): string | null {
  const t = nonEmpty(title);
  if (!t) return t;
  const separators = [...t.matchAll(/ [|–—·-] /g)];
  if (!separators.length) return t;
  const cut = separators[separators.length - 1].index!;
  const last = t.slice(cut + 3);
  const site = siteName ? bareSite(siteName) : null;
  const bar = t[cut + 1] === '|' || t[cut + 1] === '·';
  return (site && bareSite(last) === site) || (bar && wordCount(last) <= o.maxSectionWords) ? t.slice(0, cut) : t;
}

function bareSite(name: string): string {
  return name.trim().toLowerCase().replace(/\.[a-z]{2,6}$/, '');
}

/**
 * The headline in a <title>, which pages write as "Headline | Section | Site" or "Site: Headline": the part before
 * the last separator, or after the first when that leaves too few words; after a colon only when no heading prints
 * the whole title; the <h1> when the title is too short or too long to be a headline. A result of four words or
 * fewer that is not the title less one separated part is no headline: the whole title stands (the heuristics of
 * Mozilla's Readability, which news pages have long been written to suit).
 */
export function headlineOfTitle(title: string | null, doc: Document): string | null {
  const original = nonEmpty(title);
  if (!original) return null;
  let t = original;
  let hierarchical = false;
  const separators = [...original.matchAll(/ [|\-–—\\/>»] /g)];
  if (separators.length) {
    hierarchical = / [\\/>»] /.test(original);
    t = original.slice(0, separators[separators.length - 1].index);
    if (wordCount(t) < 3) t = original.slice(separators[0].index! + 3);
  } else if (original.includes(': ')) {
    const printed = [...elements(doc)].some((el) => (el.tagName === 'h1' || el.tagName === 'h2') && collapseSpaces(textContent(el)) === original);
    if (!printed) {
      t = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(t) < 3) t = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) t = original;
    }
  } else if (original.length > 150 || original.length < 15) {
    const h1s = [...elements(doc)].filter((el) => el.tagName === 'h1');
    if (h1s.length === 1) t = collapseSpaces(textContent(h1s[0]));
  }
  t = collapseSpaces(t);
  const words = wordCount(t);
  if (words <= 4 && (!hierarchical || words !== wordCount(original.replace(/[|\-–—\\/>»]+/g, '')) - 1)) return original;
  return t || original;
}

/** The <h1> when the <title> or og:title is that headline with something after it (a site, a section or a series,
 * joined by any mark: "Headline_News Centre", "Headline | Site", "Chapter Two: Title - Serial's Name"). */
function printedHeadline(title: string | null, h1: Element | null): string | null {
  const t = nonEmpty(title);
  const h = nonEmpty(h1 ? textContent(h1) : null);
  return t && h && t.length > h.length && t.startsWith(h) && !/[\p{L}\p{N}]/u.test(t[h.length]) ? h : null;
}

/** A stated title, or the <h1> it extends: publishers append their name, a section or the writer to the headline in
 * JSON-LD and og:title as in the <title> ("Headline - Ann Lee - Site"), while the page prints the headline alone. */
function headlineOf(stated: string | null, h1: Element | null): string | null {
  return printedHeadline(stated, h1) ?? stated;
}

function wordCount(s: string): number {
  return s.trim().split(/\s+/).length;
}

/** A bracketed aside inside a name (a middle name, a nickname or a handle: "Bruno (Henrique) Rodrigues", "Ann Lee
 * (annlee)") is no part of the name a byline gives; a name that is all aside stays as it is. */
function withoutAside(name: string): string {
  if (!name.includes('(')) return name;
  const bare = collapseSpaces(name.replace(/\([^()]*\)/gu, ' '));
  return bare === '' ? name : bare;
}

/** Names of people, those in capitals in name case as the text's bylines give them: not URLs or handles, not the
 * site, no repeats (compared without case or spacing). */
function personNames(names: string[], siteName: string | null): string[] {
  const seen = new Set<string>();
  const site = siteName?.trim().toLowerCase() ?? null;
  const out: string[] = [];
  for (const raw of names) {
    const name = nameCase(withoutAside(collapseSpaces(raw)));
    const key = name.toLowerCase();
    if (!looksLikeName(name) || knownAgency(name) || key === site || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * The authors of the byline the markup marks: rel=author links, itemprop=author, and short elements whose class or
 * id names the byline or the author, read as "By ..." lines, else as the names linked to the authors' pages, else
 * as a list of names. Bylines in boxes beside the article (teasers of other stories, lists of columnists, author
 * cards with buttons) are as often marked the same way, so: bylines inside navigation, a side box, the page's
 * footer or a container named for furniture only when there is no other; and where the page's meta tags name the authors, the first byline
 * that agrees with them, else those names. Without meta authors, a "By ..." line comes before names read otherwise.
 * Null when no byline is marked.
 */
function markedBylines(doc: Document, metaAuthors: string[], siteName: string | null, o: HtmlOptions, dates: DateOptions): string[] | null {
  const candidates: { names: string[]; stated: boolean }[] = [];
  const beside: { names: string[]; stated: boolean }[] = [];
  for (const el of elements(doc)) {
    if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'head' || el.tagName === 'meta') continue;
    if (!isMarkedByline(el)) continue;
    const itemprop = attr(el, 'itemprop');
    const holder = itemprop && /\bauthor\b/.test(itemprop) ? findItemprop(el, 'name') ?? el : el;
    const text = spacedText(holder);
    if (text === '' || text.length > o.maxMarkedByline) continue;
    const byline = parseByline(text, dates) ?? enclosingByline(el, text, o, dates);
    const names = personNames(byline?.authors.length ? byline.authors : namesInByline(holder, text), siteName);
    if (names.length) (besideArticle(el) ? beside : candidates).push({ names, stated: Boolean(byline?.authors.length) });
  }
  // a page whose own byline is not marked often lists its story, byline and all, among the boxes of the moment
  if (!candidates.length) candidates.push(...beside);
  if (metaAuthors.length) {
    const meta = new Set(metaAuthors.map((n) => n.toLowerCase()));
    const agrees = candidates.find((c) => c.names.some((n) => meta.has(n.toLowerCase())));
    return agrees ? agrees.names : null;
  }
  return (candidates.find((c) => c.stated) ?? candidates[0])?.names ?? null;
}

/** Names linked to the authors' pages (beside buttons and labels: a name has two words or more, a one-word link is a
 * button such as "Profile"), unless the text read as a list of names holds them and more ("Ann Lee (with Bo Kim
 * and Cy Day)", only the first linked); else that list. */
function namesInByline(holder: Element, text: string): string[] {
  const listed = splitAuthorList(text.replace(/^(?:by|von|par|por|door|di)\s+/i, ''));
  const isList = listed.length > 0 && listed.every(looksLikeName);
  const linked = [...elements(holder)].filter((a) => a.tagName === 'a').map(spacedText).filter((n) => looksLikeName(n) && wordCount(n) >= 2);
  if (!linked.length) return isList ? listed : [];
  const inList = new Set(listed.map((n) => n.toLowerCase()));
  return isList && listed.length > linked.length && linked.every((n) => inList.has(n.toLowerCase())) ? listed : linked;
}

/**
 * The byline around a marked name: pages that mark each author's name on its own, or only the last one
 * ("By <span>Ann Lee</span>, <span>Bo Kim</span> and <span class=last-byline>Cy Day</span>"), print the byline as the
 * element around the names. The nearest enclosing element, short as a byline is, that reads as one naming this
 * element's text among its authors.
 */
function enclosingByline(el: Element, text: string, o: HtmlOptions, dates: DateOptions): Byline | null {
  const key = text.toLowerCase();
  for (let up: Element | Document = el.parent; isElement(up) && up.tagName !== 'body'; up = up.parent) {
    const around = spacedText(up);
    if (around.length > o.maxMarkedByline) return null;
    if (around === text) continue;
    const byline = parseByline(around, dates);
    return byline && byline.authors.some((name) => name.toLowerCase() === key) ? byline : null;
  }
  return null;
}

function isMarkedByline(el: Element): boolean {
  const rel = attr(el, 'rel');
  const itemprop = attr(el, 'itemprop');
  if ((rel !== null && /\bauthor\b/.test(rel)) || (itemprop !== null && /\bauthor\b/.test(itemprop))) return true;
  const names = [attr(el, 'class'), attr(el, 'id')].filter((n): n is string => n !== null).join(' ');
  return names !== '' && BYLINE_NAME.test(names) && !isFollowButton(names);
}

/** "author-follow", "followAuthor": a button or box to follow a writer of the site, who need not be this page's. */
function isFollowButton(names: string): boolean {
  return names.split(/\s+/).some((name) => nameParts(name).some((part) => part.startsWith('follow') || part.endsWith('follow')));
}

/** Whether the element sits in navigation, a side box, the page's footer or a container named for furniture. */
function besideArticle(el: Element): boolean {
  for (let up: Element | Document = el.parent; isElement(up) && up.tagName !== 'body'; up = up.parent) {
    if (up.tagName === 'nav' || up.tagName === 'aside' || up.tagName === 'footer') return true;
    if (furnitureHint(attr(up, 'class'), attr(up, 'id')) !== null) return true;
  }
  return false;
}

/** A meta author's value without the web addresses some sites add to the name ("Ann Lee (https://example.org/ann)"). */
function withoutLinks(value: string): string {
  // the address runs to the next space (a closing bracket with it); nothing after it to backtrack into
  return value.replace(/\(?(?:https?:\/\/|www\.)\S*/giu, ' ');
}

/** An element's text with a space wherever an element starts or ends (a name and the button after it stay two
 * words), scripts, styles and controls left out. */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) parts.push(n.value);
    else if (isElement(n) && !UNREAD.has(n.tagName)) {
      parts.push(' ');
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
    }
  }
  return collapseSpaces(parts.join(''));
}

const UNREAD = new Set(['script', 'style', 'button', 'svg', 'noscript', 'template', 'select', 'option']);

const BYLINE_NAME = /(?:^|[\s_-])(?:byline|author|authors|writtenby|p-author)(?:$|[\s_-])/i;

function nonEmpty(s: string | null): string | null {
  if (s === null) return null;
  const t = collapseSpaces(s);
  return t === '' ? null : t;
}

/** JSON-LD values are sometimes HTML-escaped by the CMS ("Smith &amp; Jones"): decode with the HTML parser. */
function unescapeHtml(s: string): string {
  return s.includes('&') ? collapseSpaces(textContent(parseHtml(s))) : collapseSpaces(s);
}
