// A data list beside an article's text (ingredients, nutrition facts, specifications) stays in the body; a menu, a
// ranked box of headlines, a tag line and headlines under rubrics between the same paragraphs stay out.
import { keepDataLists } from '../../src/pipeline/data-lists.js';
import { remove, type Doc } from '../../src/pipeline/doc.js';
import { blockStarting, fixture, pipeline } from '../helpers.js';

/** The doc as the classifier would leave it had it scored the blocks from `first` to `last` (block texts' starts)
 * as chrome: removed by their score, not by a certain rule. */
function scoredOut(doc: Doc, first: string, last: string): Doc {
  const from = blockStarting(doc, first).index;
  const to = blockStarting(doc, last).index + 1;
  for (const b of doc.blocks.slice(from, to)) {
    b.score = 0.2;
    remove(b, 'chrome:boilerplate', 'scored as chrome');
  }
  return doc;
}

describe('data lists', () => {
  test('ingredients with a sub-heading and an item without a quantity go back into the body', () => {
    const doc = scoredOut(pipeline(fixture('pages/data-list.txt')), '250 g plain flour', '1/2 tsp cinnamon');
    keepDataLists(doc);
    for (const start of ['250 g plain flour', '2 eggs', 'salt', '750 g ripe plums', 'For the crumble:', '1/2 tsp cinnamon']) {
      expect([start, blockStarting(doc, start).decision.rule]).toEqual([start, 'content:data-list']);
    }
  });

  test('labelled values go back into the body', () => {
    const doc = scoredOut(pipeline(fixture('pages/data-list.txt')), 'Energy: 310 kcal', 'Carbohydrates: 44 g');
    keepDataLists(doc);
    for (const start of ['Energy: 310 kcal', 'Carbohydrates: 44 g']) expect(blockStarting(doc, start).decision.rule).toBe('content:data-list');
  });

  test('the whole page: every ingredient and value is in the body', () => {
    const doc = pipeline(fixture('pages/data-list.txt'));
    for (const start of ['250 g plain flour', '2 eggs', '1 tsp baking powder', '80 g flour', 'Energy: 310 kcal', 'Fat: 12 g']) {
      expect([start, blockStarting(doc, start).decision.keep]).toEqual([start, true]);
    }
  });

  test('a menu, a ranked box of headlines, a tag line and headlines under rubrics stay out', () => {
    const doc = pipeline(fixture('pages/data-list-lookalikes.txt'));
    scoredOut(doc, 'News', 'Weather');
    scoredOut(doc, '1 School roof', '4 Harbour festival');
    scoredOut(doc, 'Tags: ferry', 'Gallery: The harbour');
    keepDataLists(doc);
    for (const start of ['News', 'Weather', '1 School roof', '3 Library opens', 'Tags: ferry', 'Video: Where', 'Gallery: The harbour']) {
      expect([start, blockStarting(doc, start).decision.keep]).toEqual([start, false]);
    }
  });

  test('a list far from the article\'s kept text stays out', () => {
    const doc = scoredOut(pipeline(fixture('pages/data-list.txt')), '250 g plain flour', '1/2 tsp cinnamon');
    for (const b of doc.blocks) if (b.decision.keep) remove(b, 'chrome:boilerplate', 'scored as chrome');
    keepDataLists(doc);
    expect(blockStarting(doc, '250 g plain flour').decision.keep).toBe(false);
  });
});
