import { findTeaserRuns } from '../../src/pipeline/teasers.js';
import { blockStarting, fixture, fixtureBody as body, pipeline } from '../helpers.js';

describe('teaser lists of other stories', () => {
  it('takes out a box of headline + summary cycles set apart by kickers, bylines and numbers, label and all', () => {
    const doc = pipeline(fixture('pages/teasers-cycles.txt'));
    for (const start of ['Evening classes return', 'After complaints about missed flights', 'Organisers say', 'By Ida Vik', '4.']) {
      expect(blockStarting(doc, start).decision.rule).toBe('chrome:teasers');
    }
    const text = body('pages/teasers-cycles.txt');
    expect(text).toMatch(/^The regional water board/);
    expect(text).toMatch(/to take three years\.$/);
  });

  it('takes out blocks that end with the same link words, and bullets that print their headline twice over a summary', () => {
    const doc = pipeline(fixture('pages/teasers-tails.txt'));
    const shapes = findTeaserRuns(doc.blocks, doc.options.teasers).map((r) => [r.shape, r.count]);
    expect(shapes).toEqual([
      ['shared-tail', 3],
      ['doubled-headline', 3],
    ]);
    const text = body('pages/teasers-tails.txt');
    expect(text).not.toMatch(/Lire la suite|ostréiculteurs|cerfs-volants|piscine/);
    expect(text).toMatch(/quatre millions d'euros\.$/);
  });

  it('takes out bullets that print their picture\'s alt text in brackets, the same headline and a summary', () => {
    const doc = pipeline(fixture('pages/teasers-bracketed.txt'));
    expect(findTeaserRuns(doc.blocks, doc.options.teasers).map((r) => [r.shape, r.count])).toEqual([['doubled-headline', 3]]);
    const text = body('pages/teasers-bracketed.txt');
    expect(text).toMatch(/^The railway company will run sleeper trains/);
    expect(text).toMatch(/since the service ended\.$/);
    expect(text).not.toMatch(/bridge|museum|vegetables/i);
  });

  it('takes out headlines that repeat the line above them over a summary, and excerpts cut off with an ellipsis', () => {
    const doc = pipeline(fixture('pages/teasers-echoes.txt'));
    expect(findTeaserRuns(doc.blocks, doc.options.teasers).map((r) => [r.shape, r.count])).toEqual([
      ['echoed-headline', 3],
      ['cut-summaries', 3],
    ]);
    for (const start of ['Verkehr im Tal', 'Warum der Bus', 'PETRA HOLZ', 'EVA STEIN', 'Parkplätze an der Talstation', 'Seit dem Sturm']) {
      expect(blockStarting(doc, start).decision.rule).toBe('chrome:teasers');
    }
    expect(body('pages/teasers-echoes.txt')).toMatch(/ermäßigten Preis geben\.$/);
  });

  it('takes out a stream of headlines each under a line giving it with section, source and comment count, and keeps the article printed so', () => {
    const doc = pipeline(fixture('pages/teasers-metadata.txt'));
    expect(findTeaserRuns(doc.blocks, doc.options.teasers).map((r) => [r.shape, r.count])).toEqual([['metadata-headline', 3]]);
    const text = body('pages/teasers-metadata.txt');
    expect(text).toMatch(/^Glaciers in the northern valleys/);
    expect(text).toMatch(/middle of the century," the survey's chief glaciologist said\.$/);
    expect(text).not.toMatch(/tram|festival|ski resort|Comments/i);
  });

  it('counts only kept blocks between two headlines under their metadata: related links and a sponsored item the classifier took out do not part them', () => {
    const doc = pipeline(fixture('pages/teasers-metadata-related.txt'));
    // the three stories and the sponsored item between them, printed alike
    const runs = findTeaserRuns(doc.blocks, doc.options.teasers).filter((r) => r.shape === 'metadata-headline');
    expect(runs.map((r) => r.count)).toEqual([4]);
    const text = body('pages/teasers-metadata-related.txt');
    expect(text).toMatch(/^Inspectors found cracks/);
    expect(text).toMatch(/a precaution," the head of the authority told reporters\.$/);
    expect(text).not.toMatch(/glacier|tram|festival|Comments/i);
  });

  it("keeps a how-to's numbered steps, sections that touch their one paragraph, bracketed source notes, doubled captions and quotes that trail off", () => {
    const doc = pipeline(fixture('pages/teasers-lookalikes.txt'));
    expect(findTeaserRuns(doc.blocks, doc.options.teasers)).toEqual([]);
    expect(doc.blocks.some((b) => b.decision.rule === 'chrome:teasers')).toBe(false);
  });

  it('leaves a page that is nothing but a teaser list as it is', () => {
    const list = fixture('pages/teasers-cycles.txt').split('More from the Courier')[1];
    const doc = pipeline(`Valley Courier front page\n\n${list}`);
    expect(doc.blocks.some((b) => b.decision.rule === 'chrome:teasers')).toBe(false);
  });
});
