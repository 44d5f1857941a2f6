// Which element of the page holds the article. Every paragraph of prose votes for the elements around it: its
// container fully, the next one up half, further ones less, by how much it reads like prose (its length, its
// commas); an element's votes shrink with the share of its text that is link text, and grow or shrink when its class
// or id names content ("article-body", "post") or furniture ("comments", "sidebar"). The element with the most
// votes is the article's root; its siblings join it when they draw votes of their own or are plain paragraphs of
// prose, since articles are often split by a gallery or an advertisement into several containers of one parent.
// This is the scoring Readability made familiar; here it is one piece of evidence per block beside the text
// classifier, not the verdict.
import { attr, isElement, type Document, type Element } from './dom.js';
import { nameParts } from './evidence.js';
import type { HtmlOptions } from '../options.js';

/** What the root search needs of each rendered block. */
export interface RootVote {
  /** The innermost block-level element the text sits in. */
  container: Element | null;
  text: string;
  /** In navigation, a side box, a form, or a container named for furniture: such text votes for nothing. */
  furniture: boolean;
}

export interface ElementCounts {
  /** Visible characters (white space left out) inside each rendered element. */
  chars: Map<Element, number>;
  /** Of which inside links. */
  links: Map<Element, number>;
}

const POSITIVE_NAMES = new Set(['article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story']);
const NEGATIVE_NAMES = new Set([
  'hidden', 'banner', 'combx', 'comment', 'comments', 'contact', 'footer', 'masthead', 'media', 'meta', 'outbrain',
  'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'widget',
  'ad', 'ads', 'social', 'nav', 'menu',
]);

/** Paragraph-like containers whose text votes: list items, captions and headings of the top rank vote for nothing
 * (a long list of items is an index or a player's legend as often as it is an article). */
const VOTING_CONTAINERS = new Set(['p', 'td', 'pre', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'article', 'main', 'blockquote']);

/** Tags that start with some votes of their own: a <div> holds prose more often than a list or a heading does. */
const TAG_PRIOR: Record<string, number> = {
  div: 5, article: 5, main: 5, section: 0, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3,
  dt: -3, li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** The elements that make up the article: the best-voted one and the siblings that join it. Empty when no block
 * votes (a page of short lines). */
export function contentRoots(blocks: RootVote[], counts: ElementCounts, o: HtmlOptions): Set<Element> {
  const votes = new Map<Element, number>();
  const vote = (el: Element, v: number) => {
    let current = votes.get(el);
    if (current === undefined) current = (TAG_PRIOR[el.tagName] ?? 0) + nameWeight(el, o);
    votes.set(el, current + v);
  };
  for (const b of blocks) {
    if (!b.container || b.furniture || b.text.length < o.minVotingChars || !VOTING_CONTAINERS.has(b.container.tagName)) continue;
    const score = 1 + commas(b.text) + Math.min(Math.floor(b.text.length / 100), 3);
    // the container is the paragraph; the elements around it are voted for: its parent fully, then less
    let el: Element | Document = b.container;
    for (let level = 0; level < o.voteLevels; level++) {
      const up: Element | Document = el.parent;
      if (!isElement(up) || up.tagName === 'html') break;
      vote(up, score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      el = up;
    }
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  const final = new Map<Element, number>();
  for (const [el, v] of votes) {
    const chars = counts.chars.get(el) ?? 0;
    const density = chars ? (counts.links.get(el) ?? 0) / chars : 0;
    const s = v * (1 - density);
    final.set(el, s);
    if (s > bestScore || (s === bestScore && best !== null && contains(el, best))) {
      best = el;
      bestScore = s;
    }
  }
  if (!best || bestScore <= 0) return new Set();
  best = climb(best, bestScore, final, o);
  best = markedBody(votes.keys(), best, counts, o) ?? best;
  const top = final.get(best) ?? bestScore;
  const roots = new Set<Element>([best]);
  const parent = best.parent;
  if (!isElement(parent)) return roots;
  const threshold = Math.max(o.minSiblingVotes, top * o.siblingShare);
  const kind = classKind(best);
  let inside: Map<Element, number> | undefined;
  for (const sibling of parent.childNodes) {
    if (!isElement(sibling) || sibling === best) continue;
    const bonus = kind && classKind(sibling) === kind ? top * o.siblingShare : 0;
    const s = final.get(sibling) ?? (bonus ? (inside ??= bestInsideChildren(parent, final)).get(sibling) : undefined);
    if (s !== undefined && s + bonus >= threshold) roots.add(sibling);
    else if (sibling.tagName === 'p' && isProseParagraph(sibling, counts, o)) roots.add(sibling);
  }
  for (const cousin of wrappedPieces(best, kind)) if ((final.get(cousin) ?? 0) > 0) roots.add(cousin);
  return roots;
}

/** For each child of `parent`, the best score of an element inside it: a piece of the article whose paragraphs sit
 * deeper than the votes climb (a page built of nested layout wrappers) holds its votes further in. One walk up from
 * each voted element. */
function bestInsideChildren(parent: Element, final: Map<Element, number>): Map<Element, number> {
  const best = new Map<Element, number>();
  for (const [el, s] of final) {
    let child: Element = el;
    for (let up: Element | Document = el.parent; isElement(up); child = up, up = up.parent) {
      if (up !== parent) continue;
      if (s > (best.get(child) ?? -Infinity)) best.set(child, s);
      break;
    }
  }
  return best;
}

/**
 * The article's other pieces when each sits in a wrapper of its own (`div.story-body-supplemental >
 * div.story-body-1`, the same again with `-2` after an advertisement): elements of the root's class kind inside
 * the siblings of the root's wrapper that share the wrapper's class kind.
 */
function wrappedPieces(best: Element, kind: string): Element[] {
  const wrapper = best.parent;
  if (!kind || !isElement(wrapper) || !isElement(wrapper.parent)) return [];
  const wrapperKind = classKind(wrapper);
  if (!wrapperKind) return [];
  const pieces: Element[] = [];
  for (const other of wrapper.parent.childNodes) {
    if (other === wrapper || !isElement(other) || classKind(other) !== wrapperKind) continue;
    for (const piece of other.childNodes) if (isElement(piece) && classKind(piece) === kind) pieces.push(piece);
  }
  return pieces;
}

/**
 * The element the page marks as its article body (`itemprop="articleBody"`), when there is one such element with
 * prose in it, and the best-voted element does not hold it: a gallery of long captions, inside the body or beside
 * it, can outvote the article's paragraphs, but not the site's own word for where its article is. An element that
 * holds the marked one says that more of the article lies around it, and stays the root.
 */
function markedBody(voted: Iterable<Element>, best: Element, counts: ElementCounts, o: HtmlOptions): Element | null {
  let marked: Element | null = null;
  for (const el of voted) {
    if (attr(el, 'itemprop') !== 'articleBody') continue;
    if (marked) return null;
    marked = el;
  }
  if (!marked || (counts.chars.get(marked) ?? 0) < o.minMarkedBodyChars) return null;
  return marked === best || contains(best, marked) ? null : marked;
}

/** Whether a block's container lies inside one of the roots. */
export function insideRoots(container: Element | null, roots: Set<Element>): boolean {
  for (let el: Element | Document | null = container; el && isElement(el); el = el.parent) if (roots.has(el)) return true;
  return false;
}

/**
 * From the best-voted element to the one that holds the article: up to an ancestor that holds several near-winners
 * (an article split into blocks of equal weight), and up past wrappers that are their parent's only child.
 */
function climb(best: Element, bestScore: number, final: Map<Element, number>, o: HtmlOptions): Element {
  const ranked = [...final].filter(([el]) => el !== best).sort((a, b) => b[1] - a[1]);
  const alternatives = ranked.slice(0, o.topCandidates - 1).filter(([, s]) => s >= bestScore * o.alternativeShare).map(([el]) => el);
  if (alternatives.length >= o.minAlternatives) {
    for (let up: Element | Document = best.parent; isElement(up) && up.tagName !== 'body'; up = up.parent) {
      let holds = 0;
      for (const a of alternatives) if (contains(up, a)) holds++;
      if (holds >= o.minAlternatives) {
        best = up;
        break;
      }
    }
  }
  // up while the votes, after falling no lower than a third, rise again: more of the article lies further out
  let last = final.get(best) ?? bestScore;
  const floor = last / 3;
  for (let up: Element | Document = best.parent; isElement(up) && up.tagName !== 'body' && up.tagName !== 'html'; up = up.parent) {
    const s = final.get(up);
    if (s === undefined) continue;
    if (s < floor) break;
    if (s > last) {
      best = up;
      break;
    }
    last = s;
  }
  for (;;) {
    const up: Element | Document = best.parent;
    if (!isElement(up) || up.tagName === 'body' || up.tagName === 'html') break;
    if (up.childNodes.filter(isElement).length !== 1) break;
    best = up;
  }
  return best;
}

function contains(ancestor: Element, el: Element): boolean {
  for (let n: Element | Document = el.parent; isElement(n); n = n.parent) if (n === ancestor) return true;
  return false;
}

function isProseParagraph(p: Element, counts: ElementCounts, o: HtmlOptions): boolean {
  const chars = counts.chars.get(p) ?? 0;
  const links = counts.links.get(p) ?? 0;
  if (chars > o.siblingProseChars) return links / chars < o.siblingProseLinks;
  return chars > 0 && links === 0;
}

/** An element's class names as words, numbers left out: the parts of an article an advertisement splits are
 * often numbered (`story-body story-body-1`, `story-body story-body-2`). Empty without a class. */
function classKind(el: Element): string {
  const cls = attr(el, 'class');
  return cls ? [...new Set(cls.split(/\s+/).flatMap(nameParts))].sort().join(' ') : '';
}

function nameWeight(el: Element, o: HtmlOptions): number {
  let w = 0;
  for (const name of [attr(el, 'class'), attr(el, 'id')]) {
    if (!name) continue;
    let neg = false;
    let pos = false;
    for (const part of name.split(/\s+/).flatMap(nameParts)) {
      if (NEGATIVE_NAMES.has(part)) neg = true;
      else if (POSITIVE_NAMES.has(part)) pos = true;
    }
    if (neg) w -= o.nameWeight;
    if (pos) w += o.nameWeight;
  }
  return w;
}

function commas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}
