import { readFileSync } from 'node:fs';
import { cleanBytes } from '../../src/run/runner.js';
import { profileInputs } from '../../src/run/profile-pass.js';
import { bodyScore, loadRealSet, pageCounts } from './real-set.js';
const pages = loadRealSet('/work/shared/realset');
const profile = await profileInputs(pages.map((p) => ({ kind: 'file' as const, source: p.file, path: p.file })));
for (const w of process.argv.slice(2)) {
  const htmlWeights = JSON.parse(w);
  const c = pages.map((page) => { const r = cleanBytes(readFileSync(page.file), page.file, { profile, clean: { htmlWeights } }); return pageCounts(page.gold.articleBody, 'ok' in r && r.ok ? r.record.body : ''); });
  console.log(w, bodyScore(c));
}
