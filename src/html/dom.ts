// The parsed page as a plain tree of elements and text. htmlparser2's tokenizer reads the markup (entities decoded,
// <script> and <style> as raw text, implied end tags such as a <p> closed by the next block, void elements) and this
// module keeps only what the renderer and the metadata reader look at: tag names, attributes, text. No comments,
// no DOM methods, no spec tree-building beyond that: on the real set's pages it parses ten times faster than
// parse5's browser-exact tree, and the real set's pages scored the same with either (body F1 and fields).
//
// The tree is no deeper than a browser's (Blink caps it at 512): an element opened past the cap is put beside the
// element at the cap instead of inside it, and nothing is lost. htmlparser2 keeps its open elements in an array it
// adds to at the front and searches for every end tag, so without the cap n nested <div>s took time in n²; with
// it, its stack holds at most MAX_DEPTH names and a page nested a million deep parses in linear time.
import { Parser } from 'htmlparser2';

/** The deepest an element that can hold content is put, counting the outermost element as 1
 * (Blink's kMaximumHTMLParserDOMTreeDepth). An empty element (<br>, <img>) may sit in one at the cap. */
export const MAX_DEPTH = 512;

/** The parser's own stacks, newest first, which the cap trims (htmlparser2 declares them private). */
interface ParserStacks {
  stack: string[];
  foreignContext: boolean[];
}

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

/** `maxDepth` is for tests: the tree the cap leaves is the one without it on any page within it. */
export function parseHtml(html: string, maxDepth = MAX_DEPTH): Document {
  const doc: Document = { nodeName: '#document', childNodes: [] };
  const open: (Element | Document)[] = [doc];
  let current: Element | Document = doc;
  let lastText: TextNode | null = null;
  const close = () => {
    if (open.length > 1) open.pop();
    current = open[open.length - 1];
    lastText = null;
  };
  const parser: Parser = new Parser(
    {
      onopentagname() {
        // called once the parser has put the new element on its stack: past the cap, the element at the cap
        // (second on the stack) is closed, so the new one becomes its sibling
        const stacks = parser as unknown as ParserStacks;
        if (stacks.stack.length <= maxDepth) return;
        stacks.stack.splice(1, 1);
        if (stacks.foreignContext.length > maxDepth) stacks.foreignContext.length = maxDepth;
        close();
      },
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
      // called for every element the parser closes, implied or not, void elements included
      onclosetag: close,
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
