// What the headline ranker sees of a line (src/extract/title-features.ts), on pages written for the test.
import { decideDoc, prepareDoc } from '../../src/pipeline/index.js';
import type { FieldTrace } from '../../src/extract/index.js';
import fc from 'fast-check';
import { FoldedPage, TITLE_FEATURES, type TitleCandidate } from '../../src/extract/title-features.js';
import { resolveOptions } from '../../src/options.js';
import { cleanDocument } from '../../src/index.js';
import { fixture } from '../helpers.js';
import { RUNS } from '../robust/arbitraries.js';

function candidates(text: string): TitleCandidate[] {
  const doc = prepareDoc(text, 'page.txt', resolveOptions());
  const trace: FieldTrace = {};
  decideDoc(doc, { fieldTrace: trace });
  return trace.title?.candidates ?? [];
}

const feature = (c: TitleCandidate | undefined, name: (typeof TITLE_FEATURES)[number]) => c?.features[TITLE_FEATURES.indexOf(name)];

describe('title features', () => {
  it('give a two-word site name that the text mentions less overlap with the text than the headline it shares most words with', () => {
    const all = candidates(fixture('pages/blog-name-mentioned.txt'));
    const site = all.find((c) => c.text === 'Tinker Bench');
    const headline = all.find((c) => c.text.startsWith('Rebuilding a tube radio'));
    expect(site).toBeDefined();
    expect(headline).toBeDefined();
    for (const name of ['overlapNext', 'overlapMain', 'overlapBody'] as const) {
      expect(feature(site, name)).toBeGreaterThan(0);
      expect(feature(site, name)!).toBeLessThan(feature(headline, name)!);
    }
  });

  it("leave out the site's name that its feeds repeat on lynx's link line, and keep the headline a comment feed names", () => {
    const all = candidates(fixture('pages/blog-feed-name.txt'));
    expect(all.map((c) => c.text)).not.toContain('Quiet Orbit');
    expect(all.map((c) => c.text)).toContain('Building a star tracker from a webcam and a stepper motor');
  });

  it('read an html2text heading wrapped onto a second line as one headline, above a share form between wide gaps', () => {
    const all = candidates(fixture('pages/html2text-wrapped-heading.txt'));
    const headline = all.find((c) => c.text.startsWith('Council Agrees'));
    expect(headline?.text).toBe('Council Agrees to Reopen the Old Railway Bridge to Walkers and Cyclists After Repairs');
    const r = cleanDocument(fixture('pages/html2text-wrapped-heading.txt'), { source: 'page.txt' });
    expect(r.ok && r.record.title).toBe('Council Agrees to Reopen the Old Railway Bridge to Walkers and Cyclists After Repairs');
  });

  const titleOf = (page: string) => {
    const r = cleanDocument(fixture(page), { source: 'page.txt' });
    return r.ok ? r.record : null;
  };

  it('tell a headline over its deck (the first of a pair of headings set alike) from the deck', () => {
    const all = candidates(fixture('pages/headline-deck.txt'));
    const headline = all.find((c) => c.text.startsWith('Harbour ferry crews'));
    const deck = all.find((c) => c.text.startsWith('Union says'));
    expect([feature(headline, 'deckBelow'), feature(headline, 'headlineAbove')]).toEqual([1, 0]);
    expect([feature(deck, 'deckBelow'), feature(deck, 'headlineAbove')]).toEqual([0, 1]);
    expect(titleOf('pages/headline-deck.txt')?.title).toBe(headline?.text);
  });

  it("mark the headline that ends the page's breadcrumb trail, not the menu items named after the site", () => {
    const all = candidates(fixture('pages/breadcrumb-headline.txt'));
    expect(all.filter((c) => feature(c, 'breadcrumbEnd') === 1).map((c) => c.text)).toEqual(['Allotment waiting lists double in two years']);
    expect(all.map((c) => c.text)).toContain('Garden Weekly for phones');
    expect(titleOf('pages/breadcrumb-headline.txt')?.title).toBe('Allotment waiting lists double in two years');
  });

  it('mark the headlines of a teaser list by the short line repeated under each, and take the article\'s own', () => {
    const all = candidates(fixture('pages/teasers-read-on.txt'));
    const teasers = all.filter((c) => feature(c, 'teaserFollower') === 1).map((c) => c.text);
    expect(teasers).toHaveLength(3);
    expect(teasers).not.toContain('How a Village Club Kept Chess Alive Through Three Winters');
    expect(titleOf('pages/teasers-read-on.txt')?.title).toBe('How a Village Club Kept Chess Alive Through Three Winters');
  });

  it('take a headline with its byline under it far above the text, past a video player\'s menus', () => {
    const all = candidates(fixture('pages/far-header.txt'));
    const headline = all.find((c) => c.text.startsWith('Lighthouse Keeper'));
    expect(feature(headline, 'farFieldBelow')).toBe(1);
    const record = titleOf('pages/far-header.txt');
    expect(record?.title).toBe("Lighthouse Keeper's Logbooks Found in Attic Go on Display");
    expect(record?.authors).toEqual(['Marta Okonjo']);
  });
});

describe('the folded page', () => {
  it('finds a text above and below a block exactly where a block above or below holds it', () => {
    // folded texts hold no line break; short alphabets make repeats, overlaps with neighbours and empty texts common
    const folded = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '中', '😀'), maxLength: 12 });
    const page = fc.array(folded, { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(page, folded, fc.nat(), (texts, own, pick) => {
        const block = pick % texts.length;
        const whole = FoldedPage.of(texts.length, (j) => texts[j]);
        expect(whole.before(own, block)).toBe(texts.slice(0, block).some((t) => t.includes(own)));
        expect(whole.after(own, block)).toBe(texts.slice(block + 1).some((t) => t.includes(own)));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('marks the headline repeated above it by a breadcrumb trail, and not below it', () => {
    const headline = candidates(fixture('pages/breadcrumb-headline.txt')).find((c) => c.text === 'Allotment waiting lists double in two years');
    expect(headline).toBeDefined();
    expect(feature(headline, 'repeatedAbove')).toBe(1);
    expect(feature(headline, 'repeatedBelow')).toBe(0);
  });
});
