// Rendering HTML into blocks: block-level elements, line breaks, lists, tables, and text that must never render.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { findElement, pageBody, parseHtml, type Element } from '../../src/html/dom.js';
import { renderBlocks, renderLines } from '../../src/html/render.js';
import { resolveOptions } from '../../src/options.js';
import { fixture, ROOT } from '../helpers.js';

const html = resolveOptions().html;

function render(body: string) {
  return renderBlocks(findElement(parseHtml(`<!doctype html><html><body>${body}</body></html>`), 'body'), html).paragraphs;
}
const texts = (body: string) => render(body).map((p) => (p.marker ? `${p.marker} ${p.text}` : p.text));

describe('renderBlocks', () => {
  it('gives one block per paragraph and heading, with inline markup and whitespace collapsed', () => {
    expect(texts('<h1>A  headline</h1>\n<p>First <b>bold</b>\n  words and <a href="/x">a link</a>.</p><div>Second</div>')).toEqual([
      'A headline',
      'First bold words and a link.',
      'Second',
    ]);
  });

  it('never renders scripts, styles, noscript, templates, form controls or hidden elements', () => {
    const out = texts(
      '<p>Kept text<script>var secret = 1;</script></p><style>p{}</style><noscript>Enable JS</noscript>' +
        '<template><p>tpl</p></template><p hidden>hidden attr</p><p style="color:red; display: none">styled away</p>' +
        '<p aria-hidden="true">aria</p><p class="sr-only">screen reader</p><button>Click</button><select><option>One</option></select>' +
        '<p>Also kept</p>',
    );
    expect(out).toEqual(['Kept text', 'Also kept']);
  });

  it('never renders a dialog that a script opens (a Bootstrap modal), while its name inside other classes is no hint', () => {
    const out = texts(
      '<p>Story text</p><div class="modal fade"><div class="modal-dialog"><h4>Sign up to comment</h4><p>You need an account.</p></div></div>' +
        '<div class="modal-free-zone"><p>Closing text</p></div>',
    );
    expect(out).toEqual(['Story text', 'Closing text']);
  });

  it("gives each block its container's length: a paragraph broken into lines by <br> is one long paragraph", () => {
    const blocks = render('<p>The first line of a paragraph<br>and its second line.</p><div>Short</div>');
    expect(blocks.map((b) => [b.text, b.html.containerChars])).toEqual([
      ['The first line of a paragraph', 41],
      ['and its second line.', 41],
      ['Short', 5],
    ]);
  });

  it('splits at <br>, keeping single breaks in one group and double breaks as new paragraphs', () => {
    const blocks = render('<div>One<br>Two<br><br>Three</div>');
    expect(blocks.map((b) => [b.text, b.groupStart])).toEqual([
      ['One', true],
      ['Two', false],
      ['Three', true],
    ]);
  });

  it('marks list items as bullets or numbers, one group per list', () => {
    const blocks = render('<ul><li>Apples</li><li>Pears</li></ul><ol start="3"><li>Third</li><li>Fourth</li></ol>');
    expect(blocks.map((b) => [b.kind, b.marker, b.text, b.groupStart])).toEqual([
      ['bullet', '*', 'Apples', true],
      ['bullet', '*', 'Pears', false],
      ['numbered', '3.', 'Third', true],
      ['numbered', '4.', 'Fourth', false],
    ]);
  });

  it('renders a table of inline cells as one block per row, and a layout table cell by cell', () => {
    expect(texts('<table><tr><th>City</th><th>People</th></tr><tr><td>Lyon</td><td>522,000</td></tr></table>')).toEqual([
      'City People',
      'Lyon 522,000',
    ]);
    expect(texts('<table><tr><td><a href="/">Home</a></td><td><p>Story text.</p><p>More text.</p></td></tr></table>')).toEqual([
      'Home',
      'Story text.',
      'More text.',
    ]);
  });

  it('joins CJK text broken across source lines without a space', () => {
    expect(texts('<p>记者从当地\n政府了解到</p>')).toEqual(['记者从当地政府了解到']);
  });

  it('renders a breadcrumb list as one trail', () => {
    expect(texts('<nav class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/w">World</a></li><li>Asia</li></ol></nav>')).toEqual([
      'Home > World > Asia',
    ]);
  });

  it('records landmarks, furniture class names and link density', () => {
    const [nav, header, story, related, links] = render(
      '<nav><p>Menu text</p></nav><header><p>Site header</p></header>' +
        '<article><header><p>Article header text</p></header></article>' +
        '<div class="related-stories"><p>Other story</p></div><p><a href="/a">All of this</a> is a link</p>',
    );
    expect(nav.html.landmark).toBe('nav');
    expect(header.html.landmark).toBe('header');
    expect(story.html).toMatchObject({ landmark: null, inArticle: true });
    expect(related.html.hint).toEqual({ word: 'related', name: 'related-stories' });
    expect(links.html.linkDensity).toBeCloseTo(9 / 16, 2);
  });

  it('does not take a container that wraps most of the page for furniture', () => {
    const prose = '<p>' + 'A long sentence of the article that goes on. '.repeat(10) + '</p>';
    const [block] = render(`<div id="content-with-sidebar">${prose}</div><div class="sidebar"><p>Box</p></div>`);
    expect(block.html.hint).toBeNull();
    expect(render(`<div id="content-with-sidebar">${prose}</div><div class="sidebar"><p>Box</p></div>`)[1].html.hint?.word).toBe('sidebar');
  });

  it("reads no furniture in an id made from a section heading, nor in the article body's own id", () => {
    const [section, box] = render(
      '<div class="section" id="sharing-notes-with-your-team"><h2>Sharing notes with your team</h2><p>Section text</p></div>' +
        '<div id="share-this-story"><h3>Share this story</h3><p>Buttons</p></div>',
    ).filter((b) => b.html.tag === 'p');
    expect(section.html.hint).toBeNull();
    expect(box.html.hint?.word).toBe('share');
    const [body] = render('<div itemprop="articleBody" id="social-share-buttons-parent"><p>The story itself.</p></div>');
    expect(body.html).toMatchObject({ hint: null, inArticle: true });
  });

  it('takes a furniture-named box inside the marked article body for furniture, however much of the page it holds', () => {
    const captions = '<p>' + 'A long caption of a picture in the gallery, one of many. '.repeat(20) + '</p>';
    const page = (marked: string) => render(`<div${marked}><p>The story.</p><div class="gallery-widget">${captions}</div></div>`);
    expect(page(' itemprop="articleBody"')[1].html.hint?.word).toBe('widget');
    expect(page('')[1].html.hint).toBeNull();
  });

  it('does not take a page-wrapping <form> (ASP.NET pages) for a form', () => {
    const prose = '<p>' + 'The council voted on the new budget on Monday evening. '.repeat(8) + '</p>';
    const blocks = render(`<form id="aspnetForm">${prose}<form><p>Search</p></form></form>`);
    expect(blocks[0].html.landmark).toBeNull();
  });

  it('does not overflow on very deep nesting', () => {
    // built by hand: parsing 50,000 nested tags is slow in any parser, and only the walk is under test here
    const body = findElement(parseHtml('<body><div>Deep text</div></body>'), 'body')!;
    let inner = body.childNodes[0] as Element;
    for (let i = 0; i < 50000; i++) {
      const div: Element = { ...inner, parent: inner, childNodes: inner.childNodes, attrs: {} };
      inner.childNodes = [div];
      inner = div;
    }
    expect(renderBlocks(body, html).paragraphs.map((p) => p.text)).toEqual(['Deep text']);
  });
});

describe('renderLines', () => {
  it('gives the lines renderBlocks gives, on every HTML test page and on landmarks, lists, tables and breadcrumbs', () => {
    const pages = readdirSync(path.join(ROOT, 'fixtures', 'html')).filter((f) => f.endsWith('.html')).map((f) => fixture(`html/${f}`));
    pages.push(
      '<html><body><nav class="breadcrumb"><a href="/">Home</a><a href="/w">World</a></nav><main><h1>Title</h1><ol start="3"><li>Three</li><li><p>Four</p></li></ol>' +
        '<table><tr><td>a</td><td>b</td></tr><tr><td><p>c</p></td></tr></table><pre>line one\n  line two</pre><p>One<br>two<br><br>three</p></main>' +
        '<aside class="related-stories"><ul><li><a href="/x">Other story</a></li></ul></aside><footer>Imprint</footer></body></html>',
    );
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const dom = parseHtml(page);
      const lines = renderBlocks(pageBody(dom), html).lines;
      expect(lines.length).toBeGreaterThan(3);
      expect(renderLines(pageBody(dom), html)).toEqual(lines);
    }
  });
});
