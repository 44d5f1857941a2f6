// Field quality on real pages: the cleaner runs on the shared real set (its three dump flavours) as a run over
// each folder would, and the title, authors and published date must each stay within 0.02 of the accuracy
// reached, scored as ../shared/tools/score-real.py scores them. The figures are in-sample (the headline ranker was
// fitted on these pages, and the byline and date rules were written while reading them; scripts/fit/fields.ts
// reports held-out ones): they guard against a change that loses a field, not for generality. A field is scored on
// few pages (published on 17-19), so losing one page fails the test.
import { CONVERTERS, scoreFields, SCORED_FIELDS } from '../../scripts/shared-data/realset.js';
import { cleanedRealset, requireShared } from './shared-sets.js';

/** How far a field's accuracy may fall below the one reached. */
const TOLERANCE = 0.02;

const REACHED = {
  lynx: { title: 0.912, authors: 0.875, published: 0.947 },
  w3m: { title: 0.851, authors: 0.875, published: 0.947 },
  html2text: { title: 0.877, authors: 0.824, published: 0.882 },
};

describe('field quality on the shared real set', () => {
  beforeAll(requireShared);

  it.each(CONVERTERS)('keeps the title, authors and published figures on %s dumps', (converter) => {
    const { pages, records } = cleanedRealset(converter);
    const score = scoreFields(pages, converter, records);
    const fallen = SCORED_FIELDS.filter((f) => score[f].accuracy < REACHED[converter][f] - TOLERANCE).map(
      (f) => `${converter} ${f} ${score[f].accuracy.toFixed(3)} (${score[f].correct}/${score[f].n}) < ${REACHED[converter][f]} - ${TOLERANCE}`,
    );
    expect(fallen).toEqual([]);
  }, 180_000);
});
