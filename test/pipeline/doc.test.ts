// Document helpers: decisions whose reason is written on first read (the same reason, written once, present
// wherever a decision is copied or serialised), and block keys that follow the block's text.
import { remove } from '../../src/pipeline/doc.js';
import { prepareDoc } from '../../src/pipeline/index.js';
import { classify } from '../../src/pipeline/classify.js';
import { resolveOptions } from '../../src/options.js';
import { pipeline, fixture } from '../helpers.js';

describe('decision reasons', () => {
  it('writes a reason given as a function once, when first read, and serialises it', () => {
    const doc = pipeline('Some words here.\n');
    const block = doc.blocks[0];
    let calls = 0;
    remove(block, 'chrome:test', () => {
      calls++;
      return 'because';
    });
    expect(calls).toBe(0);
    expect(block.decision.reason).toBe('because');
    expect(block.decision.reason).toBe('because');
    expect(calls).toBe(1);
    expect(JSON.parse(JSON.stringify(block.decision))).toEqual({ keep: false, rule: 'chrome:test', reason: 'because' });
    expect({ ...block.decision }).toEqual({ keep: false, rule: 'chrome:test', reason: 'because' });
  });

  it('gives every classified block of a page a score and its strongest features as the reason', () => {
    const doc = prepareDoc(fixture('pages/related-list.txt'), 'test', resolveOptions());
    classify(doc);
    // blocks removed before scoring (certain chrome, labelled lists) have a score of 0 and reasons of their own
    const scored = doc.blocks.filter((b) => b.score > 0);
    expect(scored.length).toBeGreaterThan(3);
    for (const b of scored) expect(b.decision.reason).toMatch(/score \d\.\d\d: .*\([+-]\d+\.\d\d\)/);
  });
});
