// The parsed tree is no deeper than a browser's: past MAX_DEPTH an element is put beside the element at the cap,
// nothing is lost, and pages within the cap are parsed as they are without it. (That the time is linear in the
// nesting is measured by npm run bench:pathological, shapes nested-*.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { children, findElement, isElement, MAX_DEPTH, parseHtml, type Node } from '../../src/html/dom.js';
import { renderBlocks } from '../../src/html/render.js';
import { resolveOptions } from '../../src/options.js';
import { ROOT } from '../helpers.js';

/** The depth of the deepest element (<html> is 1), found without recursion. */
function depth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (isElement(node)) deepest = Math.max(deepest, d);
    for (const c of children(node)) stack.push([c, isElement(c) ? d + 1 : d]);
  }
  return deepest;
}

/** The tree as text: tags, attributes and text, one node a line, indented by depth. */
function tree(root: Node): string {
  const lines: string[] = [];
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    lines.push(' '.repeat(d) + (isElement(node) ? `<${node.tagName} ${JSON.stringify(node.attrs)}>` : 'value' in node ? JSON.stringify(node.value) : '#document'));
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], d + 1]);
  }
  return lines.join('\n');
}

const page = (body: string) => `<!DOCTYPE html><html><body>${body}</body></html>`;

describe('the depth cap', () => {
  it('puts elements past the cap beside the element at the cap, and keeps their text', () => {
    const n = 2000;
    const body = Array.from({ length: n }, (_, i) => `<div id="d${i}">`).join('') + 'Deep text' + '</div>'.repeat(n) + '<p>After.</p>';
    const dom = parseHtml(page(body));
    expect(depth(dom)).toBe(MAX_DEPTH);
    // <html>, <body>, then divs: the div at the cap and the ones past it are siblings
    const atCap = findElement(dom, 'div')!;
    let parent = atCap;
    for (let d = 3; d < MAX_DEPTH - 1; d++) parent = children(parent).find(isElement)!;
    expect(children(parent).filter(isElement).map((e) => e.attrs.id)).toEqual(Array.from({ length: n - (MAX_DEPTH - 3) }, (_, i) => `d${i + MAX_DEPTH - 3}`));
    expect(renderBlocks(findElement(dom, 'body'), resolveOptions().html).paragraphs.map((p) => p.text)).toEqual(['Deep text', 'After.']);
  });

  it('keeps the text of inline elements nested past the cap once', () => {
    const n = 3000;
    const dom = parseHtml(page(`<p>${'<b><i class="x">'.repeat(n)}Deep text</p><p>After.</p>`));
    expect(depth(dom)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(renderBlocks(findElement(dom, 'body'), resolveOptions().html).paragraphs.map((p) => p.text)).toEqual(['Deep text', 'After.']);
  });

  it('parses pages within the cap as they parse without it', () => {
    const dir = path.join(ROOT, 'fixtures/html');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const name of pages) {
      const html = readFileSync(path.join(dir, name), 'utf8');
      expect([name, tree(parseHtml(html))]).toEqual([name, tree(parseHtml(html, Infinity))]);
    }
    const nested = page('<table><tr><td>' + '<ul><li><b>x'.repeat(100) + '</td></tr></table>');
    expect(tree(parseHtml(nested))).toBe(tree(parseHtml(nested, Infinity)));
  });

  it('also caps elements of SVG and MathML, and end tags past the cap close what they name', () => {
    const n = 1500;
    const dom = parseHtml(page(`${'<svg><g>'.repeat(n)}<text>Deep</text>${'</g></svg>'.repeat(n)}<p>After.</p>`));
    expect(depth(dom)).toBe(MAX_DEPTH);
    expect(findElement(dom, 'p')!.parent).toBe(findElement(dom, 'body'));
  });
});
