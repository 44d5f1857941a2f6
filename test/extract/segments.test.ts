// A line without any break is one part without being split: the same parts as the split gives. A cut (U+0000, what
// the field labels are replaced by) at its end sends a line through the split, and makes an empty last piece, which
// the split drops: the line with it is the reference.
import fc from 'fast-check';
import { partsOf } from '../../src/extract/segments.js';
import { RUNS } from '../robust/arbitraries.js';

const pieces = ['By', 'Jane Doe', 'Source', ':', ' ', '  ', '\t', '\u00a0', '\u3000', '|', '｜', ' • ', '·', 'x', 'March 4, 2019', '\u0000', '\n', '\u2028', 'é', 'Updated', 'NewsMarch 4'];
const line = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(''));

describe('partsOf', () => {
  it('gives a line as the split does, whether a break can match or not', () => {
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ maxLength: 60 })), (t) => {
        expect(partsOf(t)).toEqual(partsOf(`${t}\u0000`));
      }),
      { numRuns: RUNS * 20, examples: [[''], ['  '], ['By  Jane Doe'], ['a\u3000b'], ['x\u0000y'], [' one part '], ['By']] },
    );
  });
});
