import { INSERT_LABEL } from '../../src/text/vocabulary.js';
import { blockStarting, fixture, fixtureBody as body, pipeline } from '../helpers.js';

describe('links to other stories set inside the article', () => {
  it('takes out a label over a headline and its caption, and a label over two bulleted links, and keeps the prose around them', () => {
    const doc = pipeline(fixture('pages/inserts-related.txt'));
    for (const start of ['Island school fights', 'Children waiting for the morning boat', 'Storm damage closes', 'Council approves new waiting room']) {
      expect(blockStarting(doc, start).decision.rule).toBe('chrome:insert');
    }
    const text = body('pages/inserts-related.txt');
    expect(text).not.toMatch(/Related|Island school|morning boat|Storm damage|waiting room/);
    expect(text).toMatch(/^The ferry between the harbour/);
    expect(text).toMatch(/a year-round service\.\n\nUntil now the boat stopped/);
    expect(text).toMatch(/passed unanimously\.\n\nFares will stay the same/);
    expect(text).toMatch(/second week of November\.$/);
  });

  it('takes a label printed as the last line of the paragraph above off that paragraph, and the headline under it out (html2text)', () => {
    const doc = pipeline(fixture('pages/inserts-lesen-sie-auch.txt'));
    expect(blockStarting(doc, 'Bürgermeisterin Eva Stein').decision.keep).toBe(true);
    const text = body('pages/inserts-lesen-sie-auch.txt');
    expect(text).not.toMatch(/Lesen Sie auch|Bahnhof|Bahnsteig|Dorfladen/);
    expect(text).toMatch(/eingestellt worden war\.\n\nDie Busse fahren/);
    expect(text).toMatch(/in die Stadt fahren müssten\.\n\nDie Kosten für den Betrieb/);
    expect(text).toMatch(/am Abend verdichtet werden kann\.$/);
  });

  it('keeps sub-headings, a "Related:" sentence, a quoted title and a label with no links under it', () => {
    const doc = pipeline(fixture('pages/inserts-lookalikes.txt'));
    expect(doc.blocks.some((b) => b.decision.rule === 'chrome:insert')).toBe(false);
    const text = body('pages/inserts-lookalikes.txt');
    for (const kept of [
      'Related: the library\'s budget rose by a third',
      'What changes for readers',
      '"Related Stories of the Valley"',
      'the new one are related, the architect said',
      'The café will be run by a local bakery.',
      'The library is open every day except Monday.',
    ]) {
      expect(text).toContain(kept);
    }
  });

  it('knows the labels of the major news languages, as a line of their own only', () => {
    for (const label of ['Related', 'READ ALSO:', 'See also', 'Lesen Sie auch', 'À lire aussi', 'Lee también', 'Leggi anche', 'Leia também',
      'Czytaj także', 'Související', 'Читайте также', 'Baca juga', '相关阅读', '# Related Stories', '*Lees ook*']) {
      expect(INSERT_LABEL.test(label)).toBe(true);
    }
    for (const line of ['Related: the budget rose', 'Related Stories of the Valley', 'Read also the report', 'related']) {
      expect(INSERT_LABEL.test(line)).toBe(line === 'related');
    }
  });
});
