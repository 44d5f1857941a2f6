// What the headline ranker sees of a line (src/extract/title-features.ts), on pages written for the test.
import { prepareDoc } from '../../src/pipeline/index.js';
import { classify } from '../../src/pipeline/classify.js';
import { extractFields, type FieldTrace } from '../../src/extract/index.js';
import { TITLE_FEATURES, type TitleCandidate } from '../../src/extract/title-features.js';
import { resolveOptions } from '../../src/options.js';
import { fixture } from '../helpers.js';

function candidates(text: string): TitleCandidate[] {
  const doc = prepareDoc(text, 'page.txt', resolveOptions());
  classify(doc);
  const trace: FieldTrace = {};
  extractFields(doc, trace);
  return trace.title?.candidates ?? [];
}

const feature = (c: TitleCandidate | undefined, name: (typeof TITLE_FEATURES)[number]) => c?.features[TITLE_FEATURES.indexOf(name)];

describe('title features', () => {
  it('give a two-word site name that the text mentions less overlap with the text than the headline it shares most words with', () => {
    const all = candidates(fixture('pages/blog-name-mentioned.txt'));
    const site = all.find((c) => c.text === 'Tinker Bench');
    const headline = all.find((c) => c.text.startsWith('Rebuilding a tube radio'));
    expect(site).toBeDefined();
    expect(headline).toBeDefined();
    for (const name of ['overlapNext', 'overlapMain', 'overlapBody'] as const) {
      expect(feature(site, name)).toBeGreaterThan(0);
      expect(feature(site, name)!).toBeLessThan(feature(headline, name)!);
    }
  });
});
