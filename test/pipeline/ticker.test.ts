import { findFeeds } from '../../src/pipeline/ticker.js';
import { lineStamp } from '../../src/text/time-stamps.js';
import { blockStarting, fixture, fixtureBody as body, pipeline } from '../helpers.js';

describe('news feeds under time stamps', () => {
  it('reads clock times and ages that open or close a line', () => {
    expect(lineStamp('16:52 Council votes')).toEqual({ minutes: 16 * 60 + 52, rest: 'Council votes' });
    expect(lineStamp('7:05 p.m. Storm warning')).toEqual({ minutes: 19 * 60 + 5, rest: 'Storm warning' });
    expect(lineStamp('14h10 Séisme')?.minutes).toBe(14 * 60 + 10);
    expect(lineStamp('vor 5 Minuten')).toEqual({ minutes: null, rest: '' });
    expect(lineStamp('Museum gets a new director 5 hours ago')).toEqual({ minutes: null, rest: 'Museum gets a new director' });
    // a score and a price are no time stamps
    expect(lineStamp('57:33 in the second leg')).toBeNull();
    expect(lineStamp('12.50 euros a ticket')).toBeNull();
    expect(lineStamp('Five hours ago the ferry left')).toBeNull();
  });

  it('takes out a ticker of timed briefs, newest first, and a list of headlines with their ages', () => {
    const doc = pipeline(fixture('pages/ticker-feed.txt'));
    expect(findFeeds(doc.blocks, doc.options.feeds).map((f) => f.items)).toEqual([6, 3]);
    for (const start of ['16:52 Council votes', '16:05 Fishing.', '14:58 New footbridge', 'Bakery on the pier', 'Museum of the sea']) {
      const b = blockStarting(doc, start);
      expect(b.decision.keep ? 'kept' : 'removed').toBe('removed');
    }
    expect(blockStarting(doc, '16:05 Fishing.').decision.rule).toBe('chrome:ticker');
    const text = body('pages/ticker-feed.txt');
    expect(text).toMatch(/^The island ferry company/);
    expect(text).toMatch(/further down the coast\.$/);
    expect(text).not.toMatch(/cod quota/);
  });

  it("keeps a live blog's entries set apart from their time stamps, and an article's timeline that runs forward", () => {
    const doc = pipeline(fixture('pages/ticker-lookalikes.txt'));
    expect(findFeeds(doc.blocks, doc.options.feeds)).toEqual([]);
    expect(doc.blocks.some((b) => b.decision.rule === 'chrome:ticker')).toBe(false);
  });

  it('leaves a page that is nothing but a feed as it is', () => {
    const feed = fixture('pages/ticker-feed.txt').split('Latest news')[1].split('Most read')[0];
    const doc = pipeline(`Latest news\n\n${feed}`);
    expect(doc.blocks.some((b) => b.decision.rule === 'chrome:ticker')).toBe(false);
  });
});
