// What the headline ranker sees of a line (src/extract/title-features.ts), on pages written for the test.
import { prepareDoc } from '../../src/pipeline/index.js';
import { classify } from '../../src/pipeline/classify.js';
import { extractFields, type FieldTrace } from '../../src/extract/index.js';
import { TITLE_FEATURES, type TitleCandidate } from '../../src/extract/title-features.js';
import { resolveOptions } from '../../src/options.js';
import { cleanDocument } from '../../src/index.js';
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

  it("leave out the site's name that its feeds repeat on lynx's link line, and keep the headline a comment feed names", () => {
    const all = candidates(fixture('pages/blog-feed-name.txt'));
    expect(all.map((c) => c.text)).not.toContain('Quiet Orbit');
    expect(all.map((c) => c.text)).toContain('Building a star tracker from a webcam and a stepper motor');
  });

  it('read an html2text heading wrapped onto a second line as one headline, above a share form between wide gaps', () => {
    const all = candidates(fixture('pages/html2text-wrapped-heading.txt'));
    const headline = all.find((c) => c.text.startsWith('Council Agrees'));
    expect(headline?.text).toBe('Council Agrees to Reopen the Old Railway Bridge to Walkers and Cyclists After Repairs');
    const r = cleanDocument(fixture('pages/html2text-wrapped-heading.txt'), { source: 'page.txt' });
    expect(r.ok && r.record.title).toBe('Council Agrees to Reopen the Old Railway Bridge to Walkers and Cyclists After Repairs');
  });
});
