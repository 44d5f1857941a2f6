// The parsed tree is no deeper than a browser's: past MAX_DEPTH an element is put beside the element at the cap,
// nothing is lost, and pages within the cap are parsed exactly as parse5 parses them. (That the time is linear
// in the nesting is measured by npm run bench:pathological, shapes nested-*.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, serialize } from 'parse5';
import { MAX_DEPTH } from '../../src/html/depth-cap.js';
import { children, findElement, isElement, parseHtml, type Node } from '../../src/html/dom.js';
import { renderBlocks } from '../../src/html/render.js';
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
    expect(children(parent).filter(isElement).map((e) => e.attrs[0].value)).toEqual(Array.from({ length: n - (MAX_DEPTH - 3) }, (_, i) => `d${i + MAX_DEPTH - 3}`));
    expect(renderBlocks(findElement(dom, 'body')).paragraphs.map((p) => p.text)).toEqual(['Deep text', 'After.']);
  });

  it('closes formatting elements at the cap for good: their text comes once', () => {
    const n = 3000;
    const dom = parseHtml(page(`<p>${'<b><i class="x">'.repeat(n)}Deep text</p><p>After.</p>`));
    expect(depth(dom)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(renderBlocks(findElement(dom, 'body')).paragraphs.map((p) => p.text)).toEqual(['Deep text', 'After.']);
  });

  it('parses pages within the cap exactly as parse5 does', () => {
    const dir = path.join(ROOT, 'fixtures/html');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const name of pages) {
      const html = readFileSync(path.join(dir, name), 'utf8');
      expect([name, serialize(parseHtml(html))]).toEqual([name, serialize(parse(html, { scriptingEnabled: true }))]);
    }
    const nested = page('<table><tr><td>' + '<ul><li><b>x'.repeat(100) + '</td></tr></table>');
    expect(serialize(parseHtml(nested))).toBe(serialize(parse(nested, { scriptingEnabled: true })));
  });
});
