#!/usr/bin/env node
// Precision and recall of duplicate detection on a generated corpus (bench/neardup/corpus.mjs): pages of
// stories on shared topics, copies of each story changed in the ways corpora hold them, all cleaned by the
// cleaner, then clustered as the CLI does (pages in input order; duplicate_of = first page of the cluster the
// page joins). The "final" column shows the clusters as they stand once every page is in (a later page can join
// two clusters; see DuplicateIndex.clusterFirsts).
//   node bench/neardup-eval.mjs [--topics 150] [--stories 4] [--variants 3] [--seed 1] [--threshold 0.8]
// Prints, per kind of labelled pair, how many were found duplicates, with the exact Jaccard similarity of the
// cleaned bodies' shingle sets; then precision and recall over the labelled pairs and over every pair of pages.
// Run `npm run build` first: this measures dist/.
import { cleanDocument } from '../dist/index.js';
import { DuplicateIndex, pageSignature } from '../dist/corpus/duplicates.js';
import { resolveNearDuplicateOptions } from '../dist/corpus/options.js';
import { jaccard, shingleSet } from '../dist/corpus/shingles.js';
import { generateCorpus, NEGATIVE_KINDS, POSITIVE_KINDS } from './neardup/corpus.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const options = resolveNearDuplicateOptions({ threshold: Number(args.threshold ?? 0.8) });
const spec = { seed: Number(args.seed ?? 1), topics: Number(args.topics ?? 150), storiesPerTopic: Number(args.stories ?? 4), variantsPerStory: Number(args.variants ?? 3) };

const t0 = performance.now();
const { pages, pairs } = generateCorpus(spec);
const t1 = performance.now();
const records = pages.map((p, i) => {
  const r = cleanDocument(p.text, { source: `page-${i}.txt` });
  if (!r.ok) throw new Error(`page ${i} (${p.kind} on ${p.site}) rejected: ${r.reject.message}`);
  return r.record;
});
const t2 = performance.now();
const signatures = records.map((record, i) => pageSignature(i, record, options));
const t3 = performance.now();
const index = new DuplicateIndex(options);
const online = signatures.map((s) => index.add(s)).map((m, i) => (m ? m.first.position : i));
const t4 = performance.now();
const final = index.clusterFirsts();

const sets = records.map((r) => shingleSet(r.body, options.shingleWords));
const exact = pairs.map(({ a, b }) => jaccard(sets[a], sets[b]));

/** Labelled-pair and all-pair figures for one clustering (`first[i]`: position of page i's cluster's first page). */
function score(first) {
  const rows = new Map([...POSITIVE_KINDS, ...NEGATIVE_KINDS].map((k) => [k, { pairs: 0, found: 0 }]));
  const c = { tp: 0, fp: 0, fn: 0, tn: 0, above: 0, aboveFound: 0, below: 0, belowFound: 0 };
  pairs.forEach(({ a, b, kind, duplicate }, k) => {
    const found = first[a] === first[b];
    rows.get(kind).pairs++;
    if (found) rows.get(kind).found++;
    if (duplicate) found ? c.tp++ : c.fn++;
    else found ? c.fp++ : c.tn++;
    if (exact[k] >= options.threshold) [c.above, c.aboveFound] = [c.above + 1, c.aboveFound + (found ? 1 : 0)];
    else [c.below, c.belowFound] = [c.below + 1, c.belowFound + (found ? 1 : 0)];
  });
  const count = (labels) => labels.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map());
  const pairsIn = (m) => [...m.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const all = {
    predicted: pairsIn(count(first)),
    truth: pairsIn(count(pages.map((p) => p.story))),
    agree: pairsIn(count(pages.map((p, i) => `${first[i]}/${p.story}`))),
  };
  return { rows, c, all };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const quantile = (xs, q) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const [on, fin] = [score(online), score(final)];
console.log(`corpus: ${pages.length} pages (${spec.topics} topics x ${spec.storiesPerTopic} stories x ${1 + spec.variantsPerStory} pages), seed ${spec.seed}`);
console.log(`options: threshold ${options.threshold}, ${options.shingleWords}-word shingles, ${options.permutations} permutations, ${index.layout.bands} bands x ${index.layout.rows} rows`);
console.log('');
console.log('kind                pairs   found (rate)   final (rate)   exact Jaccard of the cleaned bodies: min / median / max');
for (const [kind, r] of on.rows) {
  if (r.pairs === 0) continue;
  const f = fin.rows.get(kind);
  const js = exact.filter((_, k) => pairs[k].kind === kind);
  console.log(
    `${(POSITIVE_KINDS.includes(kind) ? `+ ${kind}` : `- ${kind}`).padEnd(18)}${String(r.pairs).padStart(6)}` +
      `${String(r.found).padStart(8)} ${`(${pct(r.found / r.pairs)})`.padEnd(8)}${String(f.found).padStart(7)} ${`(${pct(f.found / f.pairs)})`.padEnd(8)}` +
      `   ${quantile(js, 0).toFixed(3)} / ${quantile(js, 0.5).toFixed(3)} / ${quantile(js, 1).toFixed(3)}`,
  );
}
for (const [name, { c, all }] of [['as written (duplicate_of)', on], ['final clusters', fin]]) {
  console.log('');
  console.log(`${name}:`);
  console.log(`  labelled pairs (${pairs.length}: ${c.tp + c.fn} duplicates, ${c.fp + c.tn} not): precision ${pct(c.tp / (c.tp + c.fp || 1))}, recall ${pct(c.tp / (c.tp + c.fn || 1))} (TP ${c.tp}, FP ${c.fp}, FN ${c.fn}, TN ${c.tn})`);
  console.log(`    by exact Jaccard of the cleaned bodies: found ${c.aboveFound}/${c.above} pairs at or above ${options.threshold}, ${c.belowFound}/${c.below} below`);
  console.log(`  all ${(pages.length * (pages.length - 1)) / 2} pairs of pages, same cluster against same story: precision ${pct(all.agree / (all.predicted || 1))}, recall ${pct(all.agree / (all.truth || 1))} (${all.predicted - all.agree} wrong, ${all.truth - all.agree} missed)`);
}
console.log('');
console.log(`time: generate ${(t1 - t0).toFixed(0)} ms, clean ${(t2 - t1).toFixed(0)} ms, signatures ${(t3 - t2).toFixed(0)} ms, index ${(t4 - t3).toFixed(0)} ms`);
