#!/usr/bin/env node
// Time and memory of duplicate detection at scale: `--pages` generated bodies (bench/neardup/corpus.mjs, about a
// fifth of them edited or exact copies of a recent story), each turned into its signature and added to one
// DuplicateIndex in input order, as the runner does after cleaning a page. Bodies are generated one at a time
// and dropped once signed, so the memory measured is the index's (signatures, buckets, clusters), not the corpus.
// With --clean, each body is first rendered as a page of a generated site and cleaned by cleanDocument: the
// whole per-page cost of a run (without file I/O).
//   node --expose-gc bench/neardup-scale.mjs [--pages 100000] [--seed 1] [--threshold 0.8] [--clean]
// Prints the time of each part, pages per second, comparisons made (all pairs would be n(n-1)/2), the
// duplicates found against the generator's truth, and peak RSS (process.resourceUsage().maxRSS).
// Run `npm run build` first: this measures dist/.
import { cleanDocument } from '../dist/index.js';
import { DuplicateIndex, pageSignature } from '../dist/corpus/duplicates.js';
import { resolveNearDuplicateOptions } from '../dist/corpus/options.js';
import { generateBodies, renderPage, SITE_NAMES } from './neardup/corpus.mjs';

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const count = Number(arg('pages', 100000));
const seed = Number(arg('seed', 1));
const clean = argv.includes('--clean');
const options = resolveNearDuplicateOptions({ threshold: Number(arg('threshold', 0.8)) });

const mib = (bytes) => `${(bytes / 1048576).toFixed(0)} MiB`;
const rssBefore = process.memoryUsage().rss;
const index = new DuplicateIndex(options);
const meta = { domain: 'news', town: 'Riverton', author: 'Anna Okafor', editor: 'Bruno Moreau', date: 'May 2, 2024', isoDate: '2024-05-02 10:00:00', related: ['Other story one', 'Other story two'] };
let [tGen, tClean, tSig, tIndex] = [0, 0, 0, 0];
let found = 0;
let truth = 0;
let agree = 0;
const storyOf = new Int32Array(count);
const start = performance.now();
let t = start;
const lap = () => {
  const now = performance.now();
  const d = now - t;
  t = now;
  return d;
};
let position = 0;
for (const { body: generated, story } of generateBodies(count, { seed })) {
  let body = generated;
  tGen += lap();
  if (clean) {
    const title = generated.slice(0, generated.indexOf(' ', 40)).replace(/[.,]$/, '');
    const page = renderPage(SITE_NAMES[position % SITE_NAMES.length], { title, paragraphs: generated.split('\n\n').map((p) => [p]) }, meta);
    const r = cleanDocument(page, { source: `page-${position}.txt` });
    if (!r.ok) throw new Error(`page ${position} rejected: ${r.reject.message}`);
    body = r.record.body;
    tClean += lap();
  }
  const sig = pageSignature(position, { id: position.toString(16).padStart(16, '0'), source: `page-${position}.txt`, body }, options);
  tSig += lap();
  const match = index.add(sig);
  tIndex += lap();
  storyOf[position] = story;
  if (story !== position) truth++;
  if (match) {
    found++;
    if (storyOf[match.first.position] === story) agree++;
  }
  position++;
}
const total = performance.now() - start;
const usage = process.resourceUsage();
// what the index holds once the garbage of the generated bodies is gone (run with --expose-gc to see it)
globalThis.gc?.();
const retained = globalThis.gc ? `; after GC: heap ${mib(process.memoryUsage().heapUsed)}, array buffers ${mib(process.memoryUsage().arrayBuffers)}` : '';
console.log(`pages: ${count} generated bodies (seed ${seed}), threshold ${options.threshold}, ${index.layout.bands} bands x ${index.layout.rows} rows${clean ? ', rendered and cleaned' : ''}`);
console.log(`time: total ${(total / 1000).toFixed(1)} s (${Math.round(count / (total / 1000))} pages/s): generate ${(tGen / 1000).toFixed(1)} s, ${clean ? `clean ${(tClean / 1000).toFixed(1)} s, ` : ''}signatures ${(tSig / 1000).toFixed(1)} s, index ${(tIndex / 1000).toFixed(1)} s`);
console.log(`comparisons: ${index.comparisons} (${(index.comparisons / count).toFixed(2)} per page; all pairs would be ${((count * (count - 1)) / 2).toExponential(2)})`);
console.log(`duplicates: ${found} found, ${agree} of them of the right story; ${truth} generated copies`);
console.log(`memory: peak RSS ${mib(usage.maxRSS * 1024)} (RSS at start ${mib(rssBefore)}); heap used now ${mib(process.memoryUsage().heapUsed)}, array buffers ${mib(process.memoryUsage().arrayBuffers)}${retained}`);
