// Render a parsed page into the blocks the cleaning stages work on, as a text browser lays them out: every
// block-level element (paragraph, heading, list item, table row, quotation, division) starts a new block, <br>
// starts a new line, list items get their markers, and inline text is joined with collapsed whitespace. Text the
// reader never sees (<script>, <style>, <noscript>, <template>, form controls, hidden elements) is never
// rendered. Each block carries its HTML evidence (src/html/evidence.ts).
import type { Paragraph } from '../pipeline/doc-parts.js';
import type { BlockKind } from '../pipeline/doc.js';
import { normaliseText } from '../pipeline/normalise.js';
import { isCjk } from '../text/script.js';
import { attr, children, isElement, isText, type Element, type Node } from './dom.js';
import { furnitureHint, isContentName, nameParts, type HtmlEvidence, type Landmark } from './evidence.js';
import type { ElementCounts } from './content-root.js';
import type { HtmlOptions } from '../options.js';

export interface HtmlParagraph extends Paragraph {
  html: HtmlEvidence;
}

export interface Rendered {
  paragraphs: HtmlParagraph[];
  /** The blocks as a text dump: one line per block, a blank line between groups. */
  lines: string[];
  /** Each paragraph's innermost block-level element (null for text straight in the document). */
  containers: (Element | null)[];
  counts: ElementCounts;
}

/** Never rendered: code, styling, embedded objects, form controls. */
const SKIP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'picture', 'img', 'map', 'input', 'select', 'textarea', 'button',
  'option', 'datalist', 'output', 'meter', 'progress', 'link', 'meta', 'base', 'param', 'source', 'track',
]);

const BLOCK = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
]);

/** Siblings of these stay in one group (no blank line between list items or table rows in a dump). */
const LINE_BLOCKS = new Set(['li', 'tr', 'dt', 'dd']);

/** Classes that hide an element in common CSS frameworks (a Bootstrap `modal` dialog until a script opens it). */
const HIDDEN_CLASSES = new Set(['hidden', 'hide', 'd-none', 'sr-only', 'visually-hidden', 'screen-reader-text', 'modal']);

/** Furniture words that name a comment thread. */
const COMMENT_WORDS = new Set(['comment', 'comments', 'disqus']);

type Break = 0 | 1 | 2; // none, new line, new group

interface Scope {
  landmark: Landmark | null;
  hint: HtmlEvidence['hint'];
  /** Visible characters of the comment thread the scope is in (the outermost container named for comments), else 0. */
  threadChars: number;
  inArticle: boolean;
  /** Inside the element marked itemprop=articleBody: a furniture-named container here is a box in the article. */
  inMarkedBody: boolean;
  /** Inside article/aside/main/nav/section: a <header> or <footer> here belongs to that section. */
  sectioned: boolean;
  link: boolean;
  /** The outermost <pre> element the text is in: its lines are kept as written and make one listing. */
  listing: Element | null;
  blockTag: string;
  blockEl: Element | null;
  list: { kind: BlockKind; next: number } | null;
  /** The list item whose marker the next block of text takes. */
  item: { kind: BlockKind; marker: string; used: boolean } | null;
  /** Inside a table row whose cells hold only inline text: the row is one block. */
  row: boolean;
}

interface Segment {
  text: string;
  link: boolean;
}

/** The blocks a page renders to, written as the walk meets text and breaks: inline text gathers into segments until
 * a block boundary flushes them into one paragraph (one per line of preformatted text), and the strongest break
 * asked for since the last paragraph (a new line or a new group) decides whether the next one starts a group. */
class BlockWriter {
  readonly paragraphs: HtmlParagraph[] = [];
  readonly lines: string[] = [];
  readonly containers: (Element | null)[] = [];
  private segs: Segment[] = [];
  private segScope: Scope | null = null;
  private pending: Break = 2;
  private group = -1;
  /** <br> elements in a row with no text between them: two make a blank line. */
  private brRun = 0;
  /** Each listing's number, in the order of its first line. */
  private readonly listings = new Map<Element, number>();

  /** `evidence` false: the lines alone (a corpus profile counts them), without the paragraphs and their evidence. */
  constructor(
    private readonly counts: ElementCounts,
    private readonly evidence = true,
  ) {}

  get hasText(): boolean {
    return this.segs.length > 0;
  }

  lineBreak(b: Break): void {
    if (b > this.pending) this.pending = b;
  }

  addText(text: string, scope: Scope): void {
    if (this.segs.length === 0) {
      if (text.trim() === '' && !scope.listing) return;
      this.segScope = scope;
    }
    if (text.trim() !== '') this.brRun = 0;
    this.segs.push({ text, link: scope.link });
  }

  /** A <br>: ends the line of text before it; two in a row with none between end the group. */
  br(): void {
    if (this.segs.length) {
      this.flush();
      this.brRun = 1;
      this.lineBreak(1);
    } else if (++this.brRun >= 2) this.lineBreak(2);
  }

  /** Writes the text gathered since the last boundary as paragraphs. */
  flush(): void {
    if (this.segs.length === 0 || !this.segScope) return;
    const scope = this.segScope;
    const raw = this.segs.map((s) => s.text).join('');
    const text = collapse(raw, scope.listing !== null);
    let linkChars = 0;
    let allChars = 0;
    for (const s of this.evidence ? this.segs : []) {
      const n = s.text.replace(/\s+/g, '').length;
      allChars += n;
      if (s.link) linkChars += n;
    }
    this.segs = [];
    this.segScope = null;
    // preformatted text keeps its lines; everything else is one block
    for (const line of scope.listing ? text.split('\n') : [text]) {
      const t = line.trim();
      if (t !== '') this.push(t, scope, allChars ? linkChars / allChars : 0);
    }
  }

  rendered(): Rendered {
    return { paragraphs: this.paragraphs, lines: this.lines, containers: this.containers, counts: this.counts };
  }

  private push(text: string, scope: Scope, linkDensity: number): void {
    const groupStart = this.pending === 2 || this.group < 0;
    if (groupStart) {
      this.group++;
      if (this.lines.length) this.lines.push('');
    }
    this.pending = 0;
    let kind: BlockKind = 'text';
    let marker: string | null = null;
    if (scope.item && !scope.item.used) {
      kind = scope.item.kind;
      marker = scope.item.marker;
      scope.item.used = true;
    }
    this.lines.push(marker ? `${marker} ${text}` : text);
    if (!this.evidence) return;
    this.containers.push(scope.blockEl);
    let listing: number | null = null;
    if (scope.listing) {
      listing = this.listings.get(scope.listing) ?? this.listings.size;
      this.listings.set(scope.listing, listing);
    }
    this.paragraphs.push({
      text,
      kind,
      marker,
      indent: 0,
      startLine: this.lines.length,
      endLine: this.lines.length,
      group: this.group,
      groupStart,
      html: { tag: scope.blockTag, linkDensity, landmark: scope.landmark, hint: scope.hint, inArticle: scope.inArticle, inRoot: false, listing,
        containerChars: scope.blockEl ? this.counts.chars.get(scope.blockEl) ?? 0 : 0 },
    });
  }
}

/** What the walk reads of the whole page: its visible characters, each element's counts, the options, and
 * whether it gathers the blocks' evidence (which the lines never depend on). */
interface PageContext {
  pageChars: number;
  counts: ElementCounts;
  o: HtmlOptions;
  evidence: boolean;
}

/** A step of the walk: enter a node in a scope, or leave an element (ending its block if it is one). */
type Step = { node: Node; scope: Scope } | { leave: Element; block: boolean };

export function renderBlocks(body: Node | null, o: HtmlOptions): Rendered {
  return render(body, o, true);
}

/** The lines alone of what renderBlocks renders (`lines`, the same): what a corpus profile counts of a page. The
 * walk skips what only the evidence needs (element counts, landmarks, furniture names, link density), which is most
 * of its work. */
export function renderLines(body: Node | null, o: HtmlOptions): string[] {
  return render(body, o, false).lines;
}

function render(body: Node | null, o: HtmlOptions, evidence: boolean): Rendered {
  const counts: ElementCounts = { chars: new Map(), links: new Map() };
  const writer = new BlockWriter(counts, evidence);
  if (!body) return writer.rendered();
  if (evidence) countVisible(body, counts);
  const pageChars = isElement(body) ? counts.chars.get(body) ?? 0 : sumChildren(body, counts.chars);
  const root: Scope = {
    landmark: null, hint: null, threadChars: 0, inArticle: false, inMarkedBody: false, sectioned: false, link: false, listing: null, blockTag: 'body',
    blockEl: isElement(body) ? body : null, list: null, item: null, row: false,
  };
  const page: PageContext = { pageChars, counts, o, evidence };
  // an explicit stack of enter and leave steps: real pages nest deep enough to overflow recursion
  const stack: Step[] = isElement(body) ? [{ node: body, scope: root }] : children(body).map((node) => ({ node, scope: root })).reverse();
  while (stack.length) {
    const step = stack.pop()!;
    if ('leave' in step) {
      if (step.block) endBlock(writer, step.leave.tagName);
    } else if (isText(step.node)) writer.addText(step.node.value, step.scope);
    else if (isElement(step.node)) visitElement(step.node, step.scope, writer, stack, page);
  }
  writer.flush();
  return writer.rendered();
}

/** Ends the text before a block-level element's start or end: list items and table rows stay in their group. */
function endBlock(writer: BlockWriter, tag: string): void {
  writer.flush();
  writer.lineBreak(LINE_BLOCKS.has(tag) ? 1 : 2);
}

/** Renders what entering `el` writes at once, and pushes the steps that walk its children and leave it. */
function visitElement(el: Element, scope: Scope, writer: BlockWriter, stack: Step[], page: PageContext): void {
  const tag = el.tagName;
  if (SKIP.has(tag) || isHidden(el)) return;
  if (tag === 'br') {
    writer.br();
    return;
  }
  const inner = enter(el, scope, page);
  const cellInRow = scope.row && (tag === 'td' || tag === 'th');
  const block = BLOCK.has(tag) && !cellInRow;
  if (block) {
    endBlock(writer, tag);
    inner.blockTag = tag;
    inner.blockEl = el;
  } else if (cellInRow && writer.hasText) {
    writer.addText(' ', scope);
  }
  if (writeBreadcrumb(el, inner, writer)) return;
  stack.push({ leave: el, block });
  const kids = children(el);
  for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], scope: inner });
}

/** A breadcrumb list renders as one trail ("Home > World > Europe"), the way sites print it inline; false when
 * `el` is not a breadcrumb of two labels or more. */
function writeBreadcrumb(el: Element, inner: Scope, writer: BlockWriter): boolean {
  if (!isBreadcrumb(el)) return false;
  const items = breadcrumbItems(el);
  if (items.length < 2) return false;
  writer.flush();
  writer.addText(items.join(' > '), inner);
  writer.flush();
  writer.lineBreak(2);
  return true;
}

/** The scope inside `el`. */
function enter(el: Element, outer: Scope, page: PageContext): Scope {
  const scope: Scope = { ...outer };
  if (page.evidence) enterEvidence(el, outer, scope, page);
  const tag = el.tagName;
  if (tag === 'a' && attr(el, 'href') !== null) scope.link = true;
  if (tag === 'pre' && !outer.listing) scope.listing = el;
  if (tag === 'ul' || tag === 'menu' || tag === 'dir') scope.list = { kind: 'bullet', next: 1 };
  if (tag === 'ol') scope.list = { kind: 'numbered', next: Number.parseInt(attr(el, 'start') ?? '1', 10) || 1 };
  if (tag === 'li') {
    const list = outer.list ?? { kind: 'bullet' as BlockKind, next: 1 };
    const marker = list.kind === 'numbered' ? `${list.next++}.` : '*';
    scope.item = { kind: list.kind, marker, used: false };
    scope.list = null;
  }
  if (tag === 'table') scope.row = false;
  if (tag === 'tr') scope.row = !hasBlockInside(el);
  return scope;
}

/** The evidence part of the scope inside `el`: landmark, furniture name, article, comment thread. */
function enterEvidence(el: Element, outer: Scope, scope: Scope, page: PageContext): void {
  const { pageChars, counts, o } = page;
  const tag = el.tagName;
  const role = attr(el, 'role');
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  const landmark = landmarkOf(el, outer.sectioned);
  const chars = counts.chars.get(el) ?? 0;
  const wraps = () => pageChars > 0 && chars > pageChars * o.wrapperShare;
  if (landmark && !wraps()) scope.landmark = landmark;
  if (['article', 'aside', 'main', 'nav', 'section'].includes(tag)) scope.sectioned = true;
  const articleBody = attr(el, 'itemprop') === 'articleBody';
  if (tag === 'article' || tag === 'main' || role === 'main' || articleBody) {
    scope.inArticle = true;
    scope.hint = null;
  }
  // a comment's own text is often named as an article's is ("post-text", "entry-content"): inside a comment thread
  // only an element holding most of the thread's text is the article that the thread's container wraps
  if (isContentName(cls, id) && !(outer.threadChars > 0 && chars <= outer.threadChars * o.wrapperShare)) {
    scope.hint = null;
    scope.threadChars = 0;
  }
  // the markup's own word for the article body outweighs a widget's id on the same element ("share-buttons-parent");
  // an id made from the element's heading ("sharing-your-work") names the section, not its role
  const hint = articleBody ? null : furnitureHint(cls, id && !isHeadingSlug(el, id, counts, o) ? id : null);
  // a comment thread is furniture however much of the page it fills (long threads outweigh the article), and so is
  // a box inside the marked article body (a gallery of fifty captions outweighs the article's paragraphs)
  if (hint && (COMMENT_WORDS.has(hint.word) || outer.inMarkedBody || !wraps())) {
    scope.hint = hint;
    // the thread is the outermost container named for comments: each comment in it is often named so too
    scope.threadChars = COMMENT_WORDS.has(hint.word) ? outer.threadChars || chars : 0;
  }
  if (articleBody) scope.inMarkedBody = true;
}

/** Whether `id` spells the text of the element's first heading (or its own short text) of four words or more: an
 * anchor made from a section's title, as documentation and wiki generators and many editors make them. A box's
 * label is shorter ("Related stories", "Share this"), and an id made from it still names the box. */
function isHeadingSlug(el: Element, id: string, counts: ElementCounts, o: HtmlOptions): boolean {
  const parts = nameParts(id);
  if (parts.length < o.minSlugWords) return false;
  const heading = el.childNodes.find(isElement);
  const source = heading && /^h[1-6]$/.test(heading.tagName) ? heading : el;
  if ((counts.chars.get(source) ?? 0) > o.maxSlugChars) return false;
  const words = visibleText(source).toLowerCase().match(/\p{L}+/gu);
  return words !== null && words.join(' ') === parts.join(' ');
}

function landmarkOf(el: Element, sectioned: boolean): Landmark | null {
  switch (attr(el, 'role')) {
    case 'navigation':
      return 'nav';
    case 'complementary':
      return 'aside';
    case 'search':
      return 'form';
    case 'banner':
      return 'header';
    case 'contentinfo':
      return 'footer';
  }
  switch (el.tagName) {
    case 'nav':
      return 'nav';
    case 'aside':
      return 'aside';
    case 'form':
      return 'form';
    case 'header':
      return sectioned ? null : 'header';
    case 'footer':
      return sectioned ? null : 'footer';
  }
  return null;
}

function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const cls = attr(el, 'class');
  return cls !== null && cls.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c.toLowerCase()));
}

function isBreadcrumb(el: Element): boolean {
  if (/breadcrumb/i.test(attr(el, 'aria-label') ?? '') || /BreadcrumbList/.test(attr(el, 'itemtype') ?? '')) return true;
  const names = [...(attr(el, 'class') ?? '').split(/\s+/), attr(el, 'id') ?? ''];
  return names.some((n) => nameParts(n).some((p) => p === 'breadcrumb' || p === 'breadcrumbs'));
}

/** The labels of a breadcrumb: its list items, else its links. */
function breadcrumbItems(el: Element): string[] {
  const items = itemsTagged(el, 'li');
  return items.length >= 2 ? items : itemsTagged(el, 'a');
}

/** The visible text of each `tag` element inside `el` (not of those inside another), in document order; an
 * explicit stack, as in renderBlocks. */
function itemsTagged(el: Element, tag: string): string[] {
  const items: string[] = [];
  const stack: Node[] = [];
  const kids = children(el);
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node) || SKIP.has(node.tagName) || isHidden(node)) continue;
    if (node.tagName === tag) {
      const t = collapse(visibleText(node), false);
      if (t) items.push(t);
      continue;
    }
    const inner = children(node);
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]);
  }
  return items;
}

function hasBlockInside(el: Element): boolean {
  const stack: Node[] = [...children(el)];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.tagName !== 'td' && n.tagName !== 'th' && BLOCK.has(n.tagName)) return true;
    if (n.tagName === 'br') return true;
    for (const c of children(n)) stack.push(c);
  }
  return false;
}

/** Text a reader would see inside `el` (hidden and skipped elements left out). */
function visibleText(el: Element): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) {
      out += n.value;
      continue;
    }
    if (!isElement(n) || (n !== el && (SKIP.has(n.tagName) || isHidden(n)))) continue;
    if (n.tagName === 'br' || BLOCK.has(n.tagName)) out += ' ';
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/**
 * The visible characters (white space left out) inside each element that renders, and how many of them are link
 * text, counted in one pass from the leaves up: whether a landmark wraps most of the page is asked of every
 * landmark, and nested ones would otherwise count the same text again at each level.
 */
function countVisible(root: Node, counts: ElementCounts): void {
  // post-order without recursion: an element is pushed twice, its count summed on the second visit
  const stack: { el: Element; done: boolean }[] = [];
  const pushKids = (n: Node) => {
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (isElement(k) && !SKIP.has(k.tagName) && !isHidden(k)) stack.push({ el: k, done: false });
    }
  };
  if (isElement(root)) stack.push({ el: root, done: false });
  else pushKids(root);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (!top.done) {
      top.done = true;
      pushKids(top.el);
      continue;
    }
    stack.pop();
    let n = 0;
    let links = 0;
    for (const k of top.el.childNodes) {
      if (isText(k)) n += nonSpaceChars(k.value);
      else {
        n += counts.chars.get(k) ?? 0;
        links += counts.links.get(k) ?? 0;
      }
    }
    counts.chars.set(top.el, n);
    counts.links.set(top.el, top.el.tagName === 'a' && attr(top.el, 'href') !== null ? n : links);
  }
}

function sumChildren(node: Node, counts: Map<Element, number>): number {
  let n = 0;
  for (const k of children(node)) n += isText(k) ? nonSpaceChars(k.value) : counts.get(k) ?? 0;
  return n;
}

function nonSpaceChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // ASCII white space and the no-break and other Unicode spaces \s matches
    if (c > 32 && c !== 160 && !(c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000)) && c !== 0x1680 && c !== 0xfeff) n++;
  }
  return n;
}

/** Collapse whitespace as a browser does; a line break between two CJK characters is no space at all. */
function collapse(raw: string, pre: boolean): string {
  const text = normaliseText(raw).text;
  if (pre) return text.replace(/[ ]+/g, ' ');
  return text
    .replace(/\s+/g, (ws, offset: number) =>
      ws.includes('\n') && isCjk(text.charAt(offset - 1)) && isCjk(text.charAt(offset + ws.length)) ? '' : ' ',
    )
    .trim();
}
