import { findGalleries, slideCounter } from '../../src/pipeline/galleries.js';
import { blockStarting, fixture, fixtureBody as body, pipeline } from '../helpers.js';

describe('picture galleries counted slide by slide', () => {
  it('reads a slide counter that opens a line, in any of the ways galleries print it', () => {
    expect(slideCounter('1/50 United goin down')).toEqual({ slide: 1, total: 50 });
    expect(slideCounter('***** 12/50  Blockbusters aid expansion *****')).toEqual({ slide: 12, total: 50 });
    expect(slideCounter('Photo 2 of 12')).toEqual({ slide: 2, total: 12 });
    expect(slideCounter('Bild 3 von 8: Der Hafen')).toEqual({ slide: 3, total: 8 });
    expect(slideCounter('(4/9)')).toEqual({ slide: 4, total: 9 });
    // a date, a score past its total and a sentence are no counters
    expect(slideCounter('3/12/2024 Council meeting')).toBeNull();
    expect(slideCounter('9/4 is the date of the vote')).toBeNull();
    expect(slideCounter('The mayor said 2 of 12 members voted')).toBeNull();
  });

  it('takes out a gallery of other pictures beside the article, each slide with its caption, text and credit', () => {
    const doc = pipeline(fixture('pages/gallery-beside.txt'));
    expect(findGalleries(doc.blocks, doc.options.galleries).map((g) => [g.slides, g.total])).toEqual([[5, 5]]);
    for (const start of ['Hundreds of paper lanterns', 'Pickers at the orchard', 'A bench in memory', 'Early walkers found the valley']) {
      expect(blockStarting(doc, start).decision.keep ? 'kept' : 'removed').toBe('removed');
    }
    expect(blockStarting(doc, 'Pickers at the orchard').decision.rule).toBe('chrome:gallery');
    const text = body('pages/gallery-beside.txt');
    expect(text).toMatch(/^The town library opened/);
    expect(text).toMatch(/during term time\.$/);
    expect(text).not.toMatch(/lanterns|orchard|Photo:/);
  });

  it('keeps a gallery that holds the article, and a page that is nothing but a gallery', () => {
    const doc = pipeline(fixture('pages/gallery-article.txt'));
    expect(findGalleries(doc.blocks, doc.options.galleries).map((g) => g.slides)).toEqual([7]);
    expect(doc.blocks.some((b) => b.decision.rule === 'chrome:gallery')).toBe(false);
    const text = body('pages/gallery-article.txt');
    expect(text).toMatch(/lighthouse that visitors can climb/);
    expect(text).toMatch(/check the return crossing before you set out\.$/);
    const slides = fixture('pages/gallery-beside.txt').split('The week in pictures')[1].split('More from Local')[0];
    const only = pipeline(`The week in pictures\n\n${slides}`);
    expect(only.blocks.some((b) => b.decision.rule === 'chrome:gallery')).toBe(false);
  });

  it('does not take fractions and numbered steps for a gallery', () => {
    const recipe = ['1/2 cup of flour, sifted twice', '1/4 cup of sugar', '3/4 cup of milk, warmed', 'Step 1 of 3: mix the flour and the sugar.'].join('\n\n');
    const doc = pipeline(`Pancakes for a Sunday morning\n\n${recipe}\n`);
    expect(findGalleries(doc.blocks, doc.options.galleries)).toEqual([]);
  });
});
