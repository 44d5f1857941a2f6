// A date line's Chinese labels are only looked for in a text with Han characters (src/extract/published.ts): every
// match of the labels is Han characters alone, so a text without them has none to take out.
import fc from 'fast-check';
import { CJK_LABELS } from '../../src/extract/published.js';
import { RUNS } from '../robust/arbitraries.js';

describe('CJK_LABELS', () => {
  it('matches Han characters only', () => {
    const pieces = ['发布', '更新', '时间', '日期', '于', '发表于', '星期一', '星期天', '周三', '北京时间', '2019', ' ', 'x', '年', 'ア', '：'];
    const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join('')), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(text, (t) => {
        for (const m of t.matchAll(CJK_LABELS)) expect(m[0]).toMatch(/^\p{Script=Han}+$/u);
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
