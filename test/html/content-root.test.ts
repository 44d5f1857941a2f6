// The element that holds the article: prose votes for its containers, link text and furniture names weigh against.
import { attr, pageBody, parseHtml } from '../../src/html/dom.js';
import { renderBlocks } from '../../src/html/render.js';
import { contentRoots } from '../../src/html/content-root.js';
import { resolveOptions } from '../../src/options.js';

const html = resolveOptions().html;
import { cleanDocument } from '../../src/index.js';

const sentence = 'The harbour board said on Tuesday that the new ferry pier, delayed twice by storms, would open in spring, ';
const para = (n: number) => `<p>${sentence.repeat(n)}and that fares would not rise this year.</p>`;

/** The ids (or tags) of the roots found in a page. */
function roots(body: string): string[] {
  const { paragraphs, containers, counts } = renderBlocks(pageBody(parseHtml(`<!doctype html><html><body>${body}</body></html>`)), html);
  const votes = paragraphs.map((p, i) => ({ container: containers[i], text: p.text, furniture: p.html.landmark !== null || p.html.hint !== null }));
  return [...contentRoots(votes, counts, html)].map((el) => attr(el, 'id') ?? el.tagName).sort();
}

describe('contentRoots', () => {
  it('finds the container of the prose, not a box of teasers beside it', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<div><a href="/s/${i}">Teaser headline number ${i} about something else, with more words</a></div>`).join('');
    expect(roots(`<div id="page"><div id="teasers">${teasers}</div><div id="story">${para(2)}${para(3)}${para(2)}</div></div>`)).toEqual(['story']);
  });

  it('takes in a sibling that carries on the article after a box, and plain paragraphs beside it', () => {
    const story = `<div id="part1">${para(3)}${para(3)}${para(2)}</div><div id="ad">Advertisement</div><div id="part2">${para(2)}${para(2)}</div>`;
    expect(roots(`<div id="page"><div id="menu"><a href="/">Home</a></div><div id="story">${story}<p id="coda">${sentence}</p></div></div>`)).toEqual(['story']);
    expect(roots(`<div id="page">${story}<p id="coda">${sentence}</p></div>`)).toEqual(['page']);
    expect(roots(`<div id="page"><div id="a">${para(3)}${para(3)}</div><div id="b">${para(3)}${para(3)}</div><p id="coda">${sentence}</p></div>`)).toEqual(['page']);
  });

  it('takes in the pieces of an article that an advertisement split into numbered containers, each in a wrapper of its own', () => {
    const piece = (n: number, paras: string) =>
      `<div class="story-wrap"><div id="part${n}" class="story-text story-text-${n}">${paras}</div><div class="slot"><p>Advertisement</p></div></div>`;
    const page = `<div id="page"><h1>Ferry pier</h1>${piece(1, para(1) + para(1))}${piece(2, para(3) + para(3) + para(2))}</div>`;
    expect(roots(page)).toEqual(['part1', 'part2']);
    // a container of another kind in a wrapper of the same kind is not a piece of the article
    expect(roots(page.replace('class="story-text story-text-1"', 'class="teaser-text"'))).toEqual(['part2']);
  });

  it('takes in a piece of the article of the same kind whose paragraphs sit deeper than the votes climb', () => {
    const nest = (paras: string) => `<div class="l1"><div class="l2"><section class="l3"><div class="l4"><div class="l5"><div class="l6">${paras}</div></div></div></section></div></div>`;
    const piece = (id: string, paras: string) => `<div id="${id}" class="story-part">${paras}</div>`;
    const figure = (n: number) => `<figure id="fig${n}"><figcaption>Photo ${n}</figcaption></figure>`;
    const page = `<div id="page">${piece('part1', para(3) + para(3) + para(3) + para(2))}${figure(1)}${piece('part2', nest(para(3) + para(2) + para(2)))}${figure(2)}${piece('part3', para(2))}</div>`;
    expect(roots(page)).toEqual(expect.arrayContaining(['part1', 'part2', 'part3']));
    // a sibling of another kind with its prose as deep is no piece of the article
    expect(roots(page.replace('id="part2" class="story-part"', 'id="part2" class="gallery"'))).not.toContain('part2');
  });

  it('gives no votes to text in furniture containers, however long', () => {
    const comments = Array.from({ length: 6 }, () => para(3)).join('');
    const page = `<div id="story">${para(2)}${para(2)}</div><div id="comments" class="comment-list"><div id="c">${comments}</div></div>`;
    expect(roots(`<div id="page">${page}</div>`)).toEqual(['story']);
  });

  it('takes the element marked as the article body over a gallery of long captions inside it that outvotes it', () => {
    const captions = Array.from({ length: 20 }, (_, i) => `<li><h2>${i + 1}/20 A picture</h2>${para(2)}</li>`).join('');
    const page = (marked: string) =>
      `<div id="page"><div id="body"${marked}>${para(1)}${para(1)}<div id="gallery"><div><ul>${captions}</ul></div></div></div><div id="more">More</div></div>`;
    expect(roots(page(' itemprop="articleBody"'))).toEqual(['body']);
    expect(roots(page(''))).not.toContain('body');
  });

  it('finds nothing on a page without prose', () => {
    expect(roots('<ul><li><a href="/">Home</a></li><li><a href="/a">About</a></li></ul>')).toEqual([]);
  });
});

describe('the article root in the decision', () => {
  it('removes prose that lies outside the element holding the article', () => {
    const aside = '<p>Our sister paper reports that the county fair, which drew record crowds last year, will move to a new site.</p>';
    const html = `<!doctype html><html><body><div id="page"><div id="post">${para(2)}${para(3)}${para(2)}${para(3)}</div><div id="box">${aside}</div></div></body></html>`;
    const r = cleanDocument(html, { source: 't.html' });
    if (!r.ok) throw new Error(r.reject.message);
    expect(r.record.body).toContain('fares would not rise');
    expect(r.doc.blocks.find((b) => b.text.startsWith('Our sister paper'))?.decision.rule).toBe('chrome:html-outside-article');
  });
});
