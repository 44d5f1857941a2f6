// Layout features found in one pass: the link-list runs (a heading above a run of headlines) marked by the
// linear scan are exactly those of the plain scan that walks each heading's run anew, which took time in n² on a
// page of thousands of short lines (npm run bench:pathological, shape short-lines).
import fc from 'fast-check';
import { computeLayout, isHeadingLike, isHeadline, isListLabel } from '../../src/pipeline/layout.js';
import type { Block } from '../../src/pipeline/doc.js';
import type { CleanOptions } from '../../src/options.js';
import { pipeline } from '../helpers.js';
import { RUNS } from '../robust/arbitraries.js';

/** The link-list and labelled marks as the plain scan finds them: for each heading, walk its run of headlines. */
function plainScan(blocks: Block[], opts: CleanOptions): { linkList: boolean[]; labelled: boolean[] } {
  const headline = blocks.map((b) => isHeadline(b, opts));
  const isProse = (b: Block) => b.features.chars >= 150 && b.features.terminal && b.features.stopwords >= 0.2;
  let firstProse = blocks.findIndex(isProse);
  if (firstProse < 0) firstProse = blocks.length;
  const linkList = blocks.map(() => false);
  const labelled = blocks.map(() => false);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!(isHeadingLike(b, opts) || (b.features.endsWithColon && b.features.words <= 6))) continue;
    let j = i + 1;
    const limit = i < firstProse ? firstProse - 3 : blocks.length;
    while (j < limit && headline[j]) j++;
    if (j - i - 1 < opts.minLinkListItems) continue;
    for (let k = i; k < j; k++) {
      linkList[k] = true;
      labelled[k] ||= isListLabel(b);
    }
  }
  return { linkList, labelled };
}

const PROSE =
  'The council voted on Tuesday to rebuild the old harbour wall, which was damaged in the winter storms, and said that the work would begin in the spring and last for most of the year.';
const LINE = fc.constantFrom('Short line', 'Related stories', 'Most read', 'See also:', 'Council approves new budget', '1. Headline here', '* Item in a list', PROSE, '');

describe('computeLayout', () => {
  it('marks the same link-list runs as the plain scan, on any page of short lines, labels and prose', () => {
    fc.assert(
      fc.property(fc.array(LINE, { minLength: 1, maxLength: 120 }), (lines) => {
        const doc = pipeline(lines.join('\n'));
        const layout = computeLayout(doc.blocks, doc.options);
        const plain = plainScan(doc.blocks, doc.options);
        expect(layout.map((l) => l.linkList)).toEqual(plain.linkList);
        expect(layout.map((l) => l.labelledList)).toEqual(plain.labelled);
      }),
      { numRuns: RUNS },
    );
  });
});
