// HTML evidence deciding blocks: landmarks, furniture class names, link-dense blocks; fields from headings.
import { furnitureHint, nameParts } from '../../src/html/evidence.js';
import { cleanDocument } from '../../src/index.js';

const prose = (s: string) => `<p>${s} ${'The committee met for three hours and agreed to publish its findings next month. '.repeat(2)}</p>`;

/** The fate (+kept/-removed and rule) of the block starting with the given text. */
function fates(body: string): (start: string) => string {
  const r = cleanDocument(`<!doctype html><html><body>${body}</body></html>`, { source: 't.html' });
  return (start) => {
    const b = r.doc!.blocks.find((x) => x.text.startsWith(start));
    return b ? `${b.decision.keep ? '+' : '-'}${b.decision.rule}` : 'no such block';
  };
}

describe('class and id names', () => {
  it('splits names into parts and matches whole parts only', () => {
    expect(nameParts('shareBar ad_slot-2')).toEqual(['share', 'bar', 'ad', 'slot']);
    expect(furnitureHint('story related-links', null)).toEqual({ word: 'related', name: 'related-links' });
    expect(furnitureHint(null, 'comments')).toEqual({ word: 'comments', name: 'comments' });
    // "header", "loaded", "commentary", "shared-content" hold no furniture word as a whole part ... except share
    expect(furnitureHint('loaded header commentary', 'adventure')).toBeNull();
  });

  it('reads a furniture word run together with what the box holds, and the common boxes named in other languages', () => {
    expect(furnitureHint('jp-relatedposts', null)).toEqual({ word: 'related', name: 'jp-relatedposts' });
    expect(furnitureHint('post-sharebar', null)).toEqual({ word: 'share', name: 'post-sharebar' });
    expect(furnitureHint(null, 'commentlist')).toEqual({ word: 'comment', name: 'commentlist' });
    expect(furnitureHint('noticias-relacionadas', null)).toEqual({ word: 'relacionadas', name: 'noticias-relacionadas' });
    expect(furnitureHint('bloc-commentaires', null)).toEqual({ word: 'commentaires', name: 'bloc-commentaires' });
    // only a whole word joined to a container's name: not the start of another word
    expect(furnitureHint('shared-content adresse sidebarred related-ness', null)).toEqual({ word: 'related', name: 'related-ness' });
    expect(furnitureHint('shareholders advisory commentary', null)).toBeNull();
  });
});

describe('decideHtmlBlocks: markup evidence', () => {
  it('removes navigation, side boxes, forms and furniture with their own rules, and keeps the article', () => {
    const f = fates(
      '<nav><p>Sections of this newspaper and its many regional editions online</p></nav>' +
        `<article><h1>Committee reports on water</h1>${prose('First.')}${prose('Second.')}</article>` +
        '<aside><p>A box beside the story with a long sentence about something else entirely.</p></aside>' +
        '<form><p>Sign in to your account to save articles and follow topics.</p></form>' +
        '<div class="comments"><p>Reader comment: I think the committee should have met much earlier than this.</p></div>',
    );
    expect(f('Sections of this newspap')).toBe('-chrome:html-nav');
    expect(f('First. The committee met')).toBe('+content:main');
    expect(f('A box beside the story w')).toBe('-chrome:html-aside');
    expect(f('Sign in to your account')).toBe('-chrome:html-form');
    expect(f('Reader comment: I think')).toBe('-chrome:html-hint');
  });

  it('removes a block that is mostly link text, but not prose with a link in it', () => {
    const f = fates(
      `${prose('Opening.')}<p><a href="/x">Read our full coverage of the water committee hearings</a> here</p>` +
        `<p>Officials said <a href="/r">the report</a> would be published on the council website within four weeks of the meeting.</p>${prose('Closing.')}`,
    );
    expect(f('Read our full coverage o')).toBe('-chrome:html-link-dense');
    expect(f('Officials said the repor')).toBe('+content:main');
  });

  it("leaves the linked lines of the article's own lists and tables to the model, not those under a link-box label", () => {
    const source = (n: number, title: string) => `<li><a href="/s${n}">${title}</a>, Harbour Board annual report, 2023</li>`;
    const f = fates(
      `<nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></nav>` +
        `<article>${prose('The harbour board published its figures.')}${prose('Dredging costs rose again.')}` +
        `<h2>Sources</h2><ul>${source(1, 'Dredging volumes by berth and by month')}${source(2, 'Ferry timetable changes after the storm')}${source(3, 'Tonnage handled at the container terminal')}</ul>` +
        `${prose('The board meets again in May.')}` +
        `<h3>Related stories</h3><ul><li><a href="/r1">Harbour master retires after thirty years</a></li><li><a href="/r2">New crane arrives at the quay</a></li><li><a href="/r3">Fishing fleet shrinks again</a></li></ul></article>`,
    );
    expect(f('Dredging volumes by berth')).toMatch(/^\+/);
    expect(f('Tonnage handled')).toMatch(/^\+/);
    expect(f('Harbour master retires')).toMatch(/^-/);
    expect(f('New crane arrives')).toMatch(/^-/);
  });

  it("keeps the short lines of the article's own text in its element, not those of its header above the first paragraph", () => {
    const step = (n: number, text: string) => `<div class="step-title">Step ${n}</div><p>${text} ${'Leave it to rest for ten minutes before you go on, and keep the lid closed. '.repeat(2)}</p>`;
    const f = fates(
      `<div id="recipe"><h1>Bread without a machine</h1><div class="role">Food Desk</div>${prose('Intro.')}` +
        `<p>You will need:</p><ul><li>Flour</li><li>Salt</li><li>Fresh yeast</li><li>Warm water</li></ul>` +
        `${step(1, 'Mix the flour and the salt.')}${step(2, 'Add the yeast and the water.')}${step(3, 'Knead the dough well.')}</div>`,
    );
    expect(f('Food Desk')).toMatch(/^-/);
    expect(f('Step 1')).toMatch(/^\+/);
    expect(f('Step 3')).toMatch(/^\+/);
    expect(f('Fresh yeast')).toMatch(/^\+/);
  });

  it('keeps a page header and footer that belong to the article', () => {
    const r = cleanDocument(
      `<!doctype html><body><header><p>The Daily Example</p></header><article><header><h1>Water report due</h1><p>By Lena Park</p></header>${prose('A.')}${prose('B.')}<footer><p>Editing by Tom Ash</p></footer></article><footer><p>Copyright notice and the small print of the site.</p></footer></body>`,
      { source: 't.html' },
    );
    if (!r.ok) throw new Error(r.reject.message);
    expect(r.record).toMatchObject({ title: 'Water report due', authors: ['Lena Park'], editors: ['Tom Ash'] });
    const rules = r.doc.blocks.map((b) => b.decision.rule);
    expect(rules).toContain('chrome:html-footer');
  });

  it('takes the <h1> for the headline over a nearer heading-like line', () => {
    const r = cleanDocument(
      `<!doctype html><body><h1>Water report due next month</h1><p>By Lena Park</p><p>Chief Reporter</p>${prose('A.')}${prose('B.')}</body>`,
      { source: 't.html' },
    );
    if (!r.ok) throw new Error(r.reject.message);
    expect(r.record.title).toBe('Water report due next month');
  });
});
