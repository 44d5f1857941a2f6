// Quality on real HTML pages: the real set's 91 pages (../shared/realset/html, gold in its gold.json) cleaned in
// one process with the corpus profile a run makes, scored as ../shared/tools/score-real.py scores them (body:
// 4-token shingles, precision and recall averaged over pages; fields: exact after case and punctuation folding,
// authors as a set, published by its date), over every page whose gold has the field. Fails when the body F1
// falls more than 0.01 below the figure reached, or a field more than 0.02. `npm run measure:html` prints the
// same figures with the speed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanPage } from '../../src/run/page.js';
import { profileInputs } from '../../src/run/profile-pass.js';
import { bodyScore, fieldMatches, loadRealSet, pageCounts, type BodyCounts } from '../../scripts/fit/real-set.js';
import { ROOT } from '../helpers.js';

const REALSET = path.join(ROOT, '..', 'shared', 'realset');

/** Figures reached (in-sample for the fitted block model: its weights were fitted on these pages). The title stops
 * at 84/91: the other seven gold titles keep a suffix that the page's <h1> does not print (" - Wikipedia",
 * " [LWN.net]", "_科技_腾讯网", " - John C. Welch - Medium", ...), as Readability's raw metadata title does; the
 * headline without it is the one this tool means to give, so those seven are not fitted to. */
const REACHED = { body: 0.958, title: 0.923, authors: 0.983, published: 1 };

(existsSync(REALSET) ? describe : describe.skip)('the real set, as HTML', () => {
  it('keeps its body F1 and field accuracy', async () => {
    const pages = loadRealSet(REALSET);
    const profile = await profileInputs(pages.map((p) => ({ kind: 'file' as const, source: p.file, path: p.file })));
    const counts: BodyCounts[] = [];
    const fields = { title: [0, 0], authors: [0, 0], published: [0, 0] };
    for (const page of pages) {
      const r = cleanPage(readFileSync(page.file), page.file, { profile });
      const record = 'ok' in r && r.ok ? r.record : null;
      counts.push(pageCounts(page.gold.articleBody, record?.body ?? ''));
      for (const [field, tally] of Object.entries(fields)) {
        const ok = fieldMatches(field as keyof typeof fields, page.gold, record);
        if (ok === null) continue;
        tally[1]++;
        if (ok) tally[0]++;
      }
    }
    const got = {
      body: bodyScore(counts).f1,
      title: fields.title[0] / fields.title[1],
      authors: fields.authors[0] / fields.authors[1],
      published: fields.published[0] / fields.published[1],
    };
    expect(got.body).toBeGreaterThanOrEqual(REACHED.body - 0.01);
    for (const f of ['title', 'authors', 'published'] as const) expect(got[f]).toBeGreaterThanOrEqual(REACHED[f] - 0.02);
  }, 120_000);
});
