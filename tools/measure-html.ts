// `npm run measure:html`: the HTML path on the real set's 91 pages (../shared/realset/html): body F1 and field
// accuracy against its gold (as test/html/realset-quality.test.ts measures them; fields over every page whose gold
// has one, the title also over the pages whose gold title is their printed headline), and pages per second of one
// `corpus-clean --jobs 1` process over them, the median of --runs runs.
// With --against DIR (another checkout, built) the two builds run in turns, so that both meet the same load on a
// shared machine, and the ratio of their speeds is printed.
//
//   npm run measure:html [-- --runs 5] [-- --against /tmp/main-build]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyScore, fieldMatches, loadRealSet, pageCounts, type RealPage } from '../scripts/fit/real-set.js';
import { goldTitleIsHeadline } from '../scripts/shared-data/realset.js';

// compiled to dist-scripts/tools/: the repository is two levels up
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REALSET = path.join(ROOT, '..', 'shared', 'realset');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
const against = option('--against');
const out = mkdtempSync(path.join(tmpdir(), 'measure-html-'));

/** One timed run of a build's CLI over the real set's HTML; its records by page id. */
function run(checkout: string, name: string): { seconds: number; records: Map<string, Record<string, unknown>> } {
  const file = path.join(out, `${name}.jsonl`);
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, [path.join(checkout, 'bin', 'corpus-clean.js'), path.join(REALSET, 'html'), '-o', file, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'ignore'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const records = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    records.set(path.basename(String(r.source)).replace(/\.html?$/, ''), r);
  }
  return { seconds, records };
}

function quality(pages: RealPage[], records: Map<string, Record<string, unknown>>): string {
  const body = bodyScore(pages.map((p) => pageCounts(p.gold.articleBody, String(records.get(p.id)?.body ?? ''))));
  const parts = [`body F1 ${body.f1.toFixed(3)} (P ${body.precision.toFixed(3)} R ${body.recall.toFixed(3)})`];
  for (const field of ['title', 'authors', 'published'] as const) {
    parts.push(`${field} ${accuracy(field, pages, records)}`);
    if (field === 'title') parts.push(`title where the gold title is the page's headline ${accuracy(field, pages.filter((p) => headline.has(p.id)), records)}`);
  }
  return parts.join(', ');
}

function accuracy(field: 'title' | 'authors' | 'published', pages: RealPage[], records: Map<string, Record<string, unknown>>): string {
  let ok = 0;
  let n = 0;
  for (const p of pages) {
    const m = fieldMatches(field, p.gold, (records.get(p.id) as never) ?? null);
    if (m === null) continue;
    n++;
    if (m) ok++;
  }
  return `${(ok / n).toFixed(3)} (${ok}/${n})`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pages = loadRealSet(REALSET);
/** Pages whose gold title is the headline they print, not that headline with the site's suffix after it. */
const headline = new Set(pages.filter((p) => goldTitleIsHeadline(readFileSync(p.file, 'utf8'), p.gold.title)).map((p) => p.id));
const builds = against ? [['this', ROOT], ['other', path.resolve(against)]] : [['this', ROOT]];
const times = new Map<string, number[]>(builds.map(([name]) => [name, []]));
const last = new Map<string, Map<string, Record<string, unknown>>>();
for (let i = 0; i < runs; i++) {
  for (const [name, checkout] of i % 2 ? [...builds].reverse() : builds) {
    const r = run(checkout, name);
    times.get(name)!.push(r.seconds);
    last.set(name, r.records);
  }
}
console.log(`real set, HTML: ${pages.length} pages, corpus-clean --jobs 1, median of ${runs} runs${against ? ' in turns' : ''}`);
for (const [name, checkout] of builds) {
  const s = median(times.get(name)!);
  console.log(`${name === 'this' ? 'this build ' : `${checkout}`}: ${(pages.length / s).toFixed(1)} pages/s (${s.toFixed(2)} s); ${quality(pages, last.get(name)!)}`);
}
if (against) console.log(`speed ratio this / other: ${(median(times.get('other')!) / median(times.get('this')!)).toFixed(2)}`);
console.log(
  '(in-sample: the block model was fitted on these pages, `npm run fit -- --only html` prints the held-out body; the headline ranker on their dumps, `npm run fit -- --only fields` prints the held-out fields)',
);
