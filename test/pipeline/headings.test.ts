import { pruneOrphanHeadings } from '../../src/pipeline/headings.js';
import { keep, remove, type Doc } from '../../src/pipeline/doc.js';
import { blockStarting, fixture, pipeline, page } from '../helpers.js';

/** A page whose blocks are all kept, so each test decides by hand what the classifier would have removed. */
function keptPage(...lines: string[]): Doc {
  const doc = pipeline(page(...lines));
  for (const b of doc.blocks) keep(b, 'content:main', 'test');
  return doc;
}

describe('pruneOrphanHeadings', () => {
  it('drops a heading whose text was removed, and keeps one whose text was kept', () => {
    const doc = keptPage(
      'Related coverage:', '',
      'A list of other stories that the classifier removed.', '',
      'Background', '',
      'The volcano last erupted in 1998, when the airport was closed for almost a week.',
    );
    remove(doc.blocks[1], 'chrome:link-list', 'test');
    pruneOrphanHeadings(doc);
    expect(doc.blocks.map((b) => b.decision.rule)).toEqual(['chrome:orphan-heading', 'chrome:link-list', 'content:main', 'content:main']);
  });

  it('drops a heading at the end of the page', () => {
    const doc = keptPage('The article ends with this sentence, which is long enough to be a paragraph.', '', 'Share this story');
    pruneOrphanHeadings(doc);
    expect(doc.blocks[1].decision.rule).toBe('chrome:orphan-heading');
  });

  it('leaves short lines that touch the next one alone (a verse is not a heading)', () => {
    const doc = keptPage('Roses are red and violets blue', 'Sugar is sweet and so are you', '', 'And a paragraph follows.');
    remove(doc.blocks[1], 'chrome:boilerplate', 'test');
    pruneOrphanHeadings(doc);
    expect(doc.blocks[0].decision.rule).toBe('content:main');
  });

  it('leaves the lines of a listing printed at the margin alone when the last one was removed', () => {
    // the classifier removes a listing's last line often enough (few words, many symbols); the lines above it touch
    // each other at the same margin, so none of them is a heading introducing it
    const doc = keptPage(...fixture('pages/margin-listing.txt').split('\n'));
    remove(blockStarting(doc, 'unbind-key'), 'chrome:link-list', 'test');
    pruneOrphanHeadings(doc);
    expect(blockStarting(doc, 'set-option').decision.rule).toBe('content:main');
    expect(blockStarting(doc, 'bind-key').decision.rule).toBe('content:main');
  });

  it('keeps a sentence ending with a colon whose listing was removed, and drops a label ending with one', () => {
    const doc = keptPage(...fixture('pages/colon-sentences.txt').split('\n'));
    for (const start of ['SELECT day', 'FROM server_log', 'GROUP BY', 'Counting words', 'Reading logs', 'Ten years']) remove(blockStarting(doc, start), 'chrome:outside-main', 'test');
    pruneOrphanHeadings(doc);
    expect(blockStarting(doc, 'First, we count the requests').decision.rule).toBe('content:main');
    expect(blockStarting(doc, 'See also:').decision.rule).toBe('chrome:orphan-heading');
  });

  it('drops a sentence ending with a colon that nothing kept stands above', () => {
    const doc = keptPage('Here are the official links of this blog and its team:', '', 'Home', '', 'About');
    for (const start of ['Home', 'About']) remove(blockStarting(doc, start), 'chrome:link-list', 'test');
    pruneOrphanHeadings(doc);
    expect(doc.blocks[0].decision.rule).toBe('chrome:orphan-heading');
  });
});
