// The parsed page: parse5 builds the same tree a browser would (implied <p> ends, misnested tags, tables), so the
// renderer and the metadata reader work on real elements rather than on tag soup matched by regular expressions.
import type { DefaultTreeAdapterMap, DefaultTreeAdapterTypes } from 'parse5';
import { DepthCappedParser } from './depth-cap.js';

export type Node = DefaultTreeAdapterTypes.Node;
export type ChildNode = DefaultTreeAdapterTypes.ChildNode;
export type Element = DefaultTreeAdapterTypes.Element;
export type Document = DefaultTreeAdapterTypes.Document;
export type TextNode = DefaultTreeAdapterTypes.TextNode;

export function parseHtml(html: string): Document {
  // scripting on: <noscript> content stays raw text, as in a browser with JavaScript, and is never rendered;
  // the tree no deeper than a browser's (depth-cap.ts)
  return DepthCappedParser.parse<DefaultTreeAdapterMap>(html, { scriptingEnabled: true });
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

export function attr(el: Element, name: string): string | null {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return null;
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
    // a <template>'s children live in its content fragment, which is never rendered
    const kids = children(n);
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
