// The classifier's keep threshold: the best objective among the thresholds that keep sentences whole.
import { bestThreshold } from '../../scripts/fit/classifier.js';

const tried = (rows: [number, number, number][]) => rows.map(([t, objective, splitSentences]) => [t, { objective, splitSentences }] as [number, { objective: number; splitSentences: number }]);

describe('keep threshold choice', () => {
  it('takes the best objective among the thresholds within the split-sentence bound', () => {
    // 0.4 scores best but cuts sentences in 13% of the bodies
    expect(bestThreshold(tried([[0.4, 0.91, 0.13], [0.45, 0.9, 0.115], [0.5, 0.89, 0.11]]), 0.12)[0]).toBe(0.45);
  });

  it('takes the best objective of all when every threshold is over the bound', () => {
    expect(bestThreshold(tried([[0.4, 0.91, 0.2], [0.45, 0.9, 0.15]]), 0.12)[0]).toBe(0.4);
  });

  it('keeps the first tried on a tie', () => {
    expect(bestThreshold(tried([[0.5, 0.9, 0.1], [0.45, 0.9, 0.1]]), 0.12)[0]).toBe(0.5);
  });
});
