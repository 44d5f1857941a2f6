// The field readers' edits to a block keep what other stages compare it by.
import { cutFromText } from '../../src/extract/context.js';
import { paragraphKey } from '../../src/text/tokens.js';
import { blockStarting, page, pipeline } from '../helpers.js';

describe('cutFromText', () => {
  it('gives the block the key of the text that is left, so repeats and layout compare what the body holds', () => {
    const doc = pipeline(
      page(
        'The harbour authority said on Monday that the new quay would open to ferries next spring, two years late.',
        '',
        'Work stopped twice over the cost of the steel. (Editor: Ana Ruiz)',
      ),
    );
    const block = blockStarting(doc, 'Work stopped');
    expect(block.key).toBe(paragraphKey(block.text));
    block.decision = { keep: true, rule: 'content:main', reason: 'kept for this test' };
    cutFromText(block, '(Editor: Ana Ruiz)');
    expect(block.text).toBe('Work stopped twice over the cost of the steel.');
    expect(block.key).toBe('work stopped twice over the cost of the steel');
  });
});
