// The corpus-scale benchmark (`npm run bench`): on two corpora, a generated one (bench/corpus.mjs; never committed,
// under bench/out/ or --dir) and the real dumps of the shared sets (the dev set's pages and the real set's lynx,
// w3m and html2text dumps; --real-dirs), it measures in one run
//   (a) the two-pass floor (bench/floor.mjs): read, split and count lines; read again, look each line up, write
//       one JSONL record per file;
//   (b) corpus-clean --jobs 1;  (c) corpus-clean --jobs <cores>;
//   (d) the machine's ceiling for (c): <cores> separate `--jobs 1` processes at once, each on its own shard of
//       the corpus (`--shard i/<cores>`), which share nothing and wait on nothing; (b)'s time over theirs is the
//       most that any number of threads could gain over (b) on this machine (the cores share caches and memory);
// with MB/s, pages/s, CPU seconds and peak RSS of each, the ratios to the floor (by wall time, and by CPU time,
// which a busy machine disturbs less), and the start-up time of
// `corpus-clean --version` and of cleaning one small file. Figures go to standard output and to a JSON file.
//
//   npm run bench -- [--corpus both|generated|real] [--pages 20000] [--jobs N] [--runs 1]
//                    [--out bench/out/scale.json] [--dir DIR] [--real-dirs D1,D2] [--keep]
// With --runs R, the measurements take turns R times (floor, -j 1, all cores, floor, ...), and each figure
// is the run of median wall time (peak RSS: the largest of the runs): on a machine whose speed drifts, taking
// turns puts the drift on all of them alike.
//   npm run bench -- --scaling 25000,50000,100000     (time and peak RSS at each size, all cores, generated)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { writeCorpus } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/corpus-clean.js');
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const PAGES = Number(arg('pages', 20000));
const JOBS = Number(arg('jobs', availableParallelism()));
const OUT = path.resolve(arg('out', path.join(ROOT, 'bench/out/scale.json')));
const WORK = path.resolve(arg('dir', path.join(ROOT, 'bench/out')));
const SCALING = arg('scaling', null);
const KEEP = argv.includes('--keep');
const RUNS = Math.max(1, Number(arg('runs', 1)));
const CORPUS = arg('corpus', 'both');
if (!['both', 'generated', 'real'].includes(CORPUS)) throw new Error(`--corpus ${CORPUS}: one of both, generated, real`);
// real dumps of many sites and three converters: the shared dev set and the real set's dumps
const REAL_DIRS = arg('real-dirs', '../shared/devset/pages,../shared/realset/dumps')
  .split(',')
  .map((d) => path.resolve(ROOT, d));

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** A command as run under /usr/bin/time, which writes its CPU seconds and peak RSS to `stats` (as is without it). */
function timed(cmd, args, stats) {
  return TIME ? [TIME, ['-f', '%U %S %M', '-o', stats, cmd, ...args]] : [cmd, args];
}

/** CPU seconds and peak RSS (MB) of a command run by `timed` (null without /usr/bin/time); `stats` is removed. */
function timeStats(stats) {
  if (!TIME) return { cpu: null, rssMB: null };
  const [user, sys, kb] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(stats, { force: true });
  return { cpu: user + sys, rssMB: kb / 1024 };
}

/** Run a command; wall seconds, CPU seconds and peak RSS (MB) of the process and its threads. */
function measure(cmd, args, opts = {}) {
  const stats = path.join(tmpdir(), `cc-bench-${process.pid}.time`);
  const start = process.hrtime.bigint();
  const r = spawnSync(...timed(cmd, args, stats), { stdio: ['ignore', 'ignore', 'pipe'], ...opts });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { wall, ...timeStats(stats) };
}

/** Run commands at once; wall seconds until the last ends, CPU seconds and peak RSS (MB) added up. */
async function measureTogether(commands) {
  const start = process.hrtime.bigint();
  const done = commands.map(([cmd, args], i) => {
    const stats = path.join(tmpdir(), `cc-bench-${process.pid}-${i}.time`);
    const child = spawn(...timed(cmd, args, stats), { stdio: 'ignore' });
    return new Promise((resolve, reject) =>
      child.on('exit', (code) => (code !== 0 && code !== 1 ? reject(new Error(`${cmd} ${args.join(' ')} failed (${code})`)) : resolve(timeStats(stats)))),
    );
  });
  const each = await Promise.all(done);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const sum = (key) => (TIME ? each.reduce((n, e) => n + e[key], 0) : null);
  return { wall, cpu: sum('cpu'), rssMB: sum('rssMB') };
}

/** The run of median wall time, with the largest peak RSS of all the runs. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.wall - b.wall);
  const rss = runs.map((r) => r.rssMB).filter((x) => x !== null);
  return { ...sorted[Math.floor(sorted.length / 2)], rssMB: rss.length ? Math.max(...rss) : null };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function corpusDir(pages) {
  const dir = path.join(WORK, `corpus-${pages}`);
  const stamp = path.join(dir, '.complete');
  if (existsSync(stamp)) return { dirs: [dir], bytes: Number(readFileSync(stamp, 'utf8')) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`generating ${pages} pages in ${dir} ... `);
  const t = Date.now();
  const bytes = writeCorpus(dir, pages);
  writeFileSync(stamp, String(bytes));
  process.stderr.write(`${(bytes / 1e6).toFixed(0)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  return { dirs: [dir], bytes };
}

function figures(m, bytes, pages) {
  return { ...m, mbPerS: bytes / 1e6 / m.wall, pagesPerS: pages / m.wall, mbPerCpuS: m.cpu ? bytes / 1e6 / m.cpu : null };
}

function clean(dirs, jobs, out) {
  return measure(process.execPath, [BIN, ...dirs, '-q', '--jobs', String(jobs), '-o', out]);
}

/** JOBS processes of one thread each, on a shard each, at once (see (d) above). */
function independentShards(dirs) {
  const commands = Array.from({ length: JOBS }, (_, i) => [
    process.execPath,
    [BIN, ...dirs, '-q', '--jobs', '1', '--shard', `${i + 1}/${JOBS}`, '-o', path.join(WORK, `shard-${i + 1}.jsonl`)],
  ]);
  return measureTogether(commands).finally(() => commands.forEach((_, i) => rmSync(path.join(WORK, `shard-${i + 1}.jsonl`), { force: true })));
}

function startup() {
  const version = [];
  for (let i = 0; i < 10; i++) version.push(measure(process.execPath, [BIN, '--version']).wall * 1000);
  const small = path.join(ROOT, 'fixtures/seeds', readdirFirst(path.join(ROOT, 'fixtures/seeds')));
  const one = [];
  for (let i = 0; i < 5; i++) one.push(measure(process.execPath, [BIN, small, '-q']).wall * 1000);
  // Node's own start-up, the part of the figures above that corpus-clean cannot change
  const node = [];
  for (let i = 0; i < 10; i++) node.push(measure(process.execPath, ['-e', '0']).wall * 1000);
  return { versionMs: median(version), oneSmallFileMs: median(one), nodeMs: median(node), extraCaCerts: Boolean(process.env.NODE_EXTRA_CA_CERTS) };
}

function readdirFirst(dir) {
  return spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').filter((n) => n.endsWith('.txt')).sort()[0];
}

const fmt = (x, d = 2) => (x === null || x === undefined ? 'n/a' : x.toFixed(d));
function row(name, f, floor) {
  return `${name.padEnd(22)} ${fmt(f.wall, 1).padStart(8)} s ${fmt(f.cpu, 1).padStart(8)} cpu-s ${fmt(f.mbPerS).padStart(8)} MB/s ${fmt(f.pagesPerS, 0).padStart(7)} pages/s ${fmt(f.rssMB, 0).padStart(6)} MB RSS ${floor ? `${fmt(f.mbPerS / floor.mbPerS, 3)} x floor${f.cpu && floor.cpu ? ` (by CPU time ${fmt(floor.cpu / f.cpu, 3)})` : ''}` : ''}`;
}

/** Every *.txt under the real-dump directories that exist: their count and bytes (null when there are none). */
function realCorpus() {
  const dirs = REAL_DIRS.filter((d) => existsSync(d));
  let pages = 0;
  let bytes = 0;
  for (const d of dirs) {
    for (const file of fg.sync('**/*.txt', { cwd: d, absolute: true })) {
      pages++;
      bytes += statSync(file).size;
    }
  }
  return pages ? { dirs, pages, bytes } : null;
}

/** The floor, -j 1, all cores and (with more than one core) independent shards on one corpus, in turns. */
async function benchCorpus({ name, dirs, pages, bytes, generated }) {
  const outs = ['floor', 'one', 'all'].map((n) => path.join(WORK, `${n}.jsonl`));
  const runs = { floor: [], one: [], all: [], shards: [] };
  let identical = true;
  for (let r = 0; r < RUNS; r++) {
    runs.floor.push(figures(measure(process.execPath, [path.join(ROOT, 'bench/floor.mjs'), outs[0], ...dirs]), bytes, pages));
    runs.one.push(figures(clean(dirs, 1, outs[1]), bytes, pages));
    runs.all.push(figures(clean(dirs, JOBS, outs[2]), bytes, pages));
    identical &&= readFileSync(outs[1]).equals(readFileSync(outs[2]));
    if (JOBS > 1) runs.shards.push(figures(await independentShards(dirs), bytes, pages));
  }
  const [floor, one, all] = [runs.floor, runs.one, runs.all].map(medianRun);
  const shards = JOBS > 1 ? medianRun(runs.shards) : null;
  const figuresOf = {
    name,
    pages,
    mb: bytes / 1e6,
    dirs: dirs.map((d) => path.relative(ROOT, d)),
    ...(RUNS > 1 ? { runs } : {}),
    floor,
    oneWorker: { ...one, ratioToFloor: one.mbPerS / floor.mbPerS, cpuRatioToFloor: one.cpu && floor.cpu ? floor.cpu / one.cpu : null },
    allWorkers: { ...all, ratioToFloor: all.mbPerS / floor.mbPerS, speedupOverOne: all.mbPerS / one.mbPerS, identicalToOne: identical },
    ...(shards ? { independentShards: { ...shards, speedupOverOne: shards.mbPerS / one.mbPerS } } : {}),
  };
  console.log(`${name}: ${pages} pages, ${fmt(bytes / 1e6, 1)} MB (${figuresOf.dirs.join(', ')})${RUNS > 1 ? `; median of ${RUNS} runs taken in turns` : ''}`);
  if (RUNS > 1) {
    const walls = (xs) => xs.map((x) => fmt(x.wall, 1)).join(', ');
    console.log(`  wall times (s): floor ${walls(runs.floor)}; --jobs 1 ${walls(runs.one)}; --jobs ${JOBS} ${walls(runs.all)}`);
    console.log(`  --jobs ${JOBS} / --jobs 1 run by run: ${runs.one.map((o, i) => fmt(o.wall / runs.all[i].wall)).join(', ')}`);
    if (shards) console.log(`  ${JOBS} shards at once: ${walls(runs.shards)}; / --jobs 1 run by run: ${runs.one.map((o, i) => fmt(o.wall / runs.shards[i].wall)).join(', ')}`);
  }
  console.log(row('  two-pass floor', floor));
  console.log(row('  corpus-clean --jobs 1', one, floor));
  console.log(row(`  corpus-clean --jobs ${JOBS}`, all, floor));
  if (shards) console.log(row(`  ${JOBS} x --jobs 1 shards`, shards, floor));
  console.log(`  --jobs ${JOBS} / --jobs 1: ${fmt(figuresOf.allWorkers.speedupOverOne)} x; output identical: ${identical}`);
  if (shards) {
    const ceiling = figuresOf.independentShards.speedupOverOne;
    console.log(`  machine ceiling (${JOBS} shards at once / --jobs 1): ${fmt(ceiling)} x; --jobs ${JOBS} reaches ${fmt((100 * figuresOf.allWorkers.speedupOverOne) / ceiling, 0)}% of it`);
  }
  for (const o of outs) rmSync(o, { force: true });
  if (generated && !KEEP) rmSync(dirs[0], { recursive: true, force: true });
  return figuresOf;
}

mkdirSync(path.dirname(OUT), { recursive: true });
mkdirSync(WORK, { recursive: true });
const result = { date: new Date().toISOString(), node: process.version, cores: availableParallelism(), jobs: JOBS };

if (SCALING) {
  const sizes = SCALING.split(',').map(Number);
  result.scaling = [];
  for (const pages of sizes) {
    const { dirs, bytes } = corpusDir(pages);
    const f = figures(clean(dirs, JOBS, path.join(WORK, 'scaling-out.jsonl')), bytes, pages);
    result.scaling.push({ pages, mb: bytes / 1e6, ...f, msPerPage: (f.wall * 1000) / pages });
    console.log(`${String(pages).padStart(7)} pages ${fmt(bytes / 1e6, 0).padStart(6)} MB: ${row(`--jobs ${JOBS}`, f)}`);
    if (!KEEP) rmSync(dirs[0], { recursive: true, force: true });
  }
  rmSync(path.join(WORK, 'scaling-out.jsonl'), { force: true });
} else {
  const corpora = [];
  if (CORPUS !== 'real') corpora.push({ name: 'generated', ...corpusDir(PAGES), pages: PAGES, generated: true });
  if (CORPUS !== 'generated') {
    const real = realCorpus();
    if (real) corpora.push({ name: 'real dumps', ...real });
    else console.log(`real dumps: none found under ${REAL_DIRS.join(', ')} (--real-dirs), skipped`);
  }
  result.corpora = [];
  for (const corpus of corpora) result.corpora.push(await benchCorpus(corpus));
  result.startup = startup();
  const { versionMs, oneSmallFileMs, nodeMs, extraCaCerts } = result.startup;
  console.log(`start-up: --version ${fmt(versionMs, 0)} ms, one small file ${fmt(oneSmallFileMs, 0)} ms (node -e 0: ${fmt(nodeMs, 0)} ms)`);
  // Node loads the certificates of NODE_EXTRA_CA_CERTS at every start, before any script runs
  if (extraCaCerts) console.log('  NODE_EXTRA_CA_CERTS is set: every Node start-up above includes reading that file');
}
writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
console.log(`figures written to ${path.relative(process.cwd(), OUT) || OUT}`);
