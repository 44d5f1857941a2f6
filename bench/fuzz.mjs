#!/usr/bin/env node
// The promise under hostile input, checked at scale: pages and --from-jsonl lines made by mutating real pages (cut
// anywhere, even inside a character; doubled; lines repeated thousands of times; nested in deep HTML; re-encoded as
// UTF-16 with and without a byte order mark, windows-1252, gzip; NUL and control bytes, zero-width characters,
// lone surrogates, big-number ids, JSON cut short) are cleaned by the CLI in batches, and every batch must end with
// exit 0 or 1, nothing on standard error but reject lines, and records + rejects = inputs, with every record
// passing `corpus-clean check`. Reject reasons are tallied; an `internal-error` (a bug caught by the page guard) is
// counted as a failure too.
//   node bench/fuzz.mjs [--inputs N (default 100000: half pages, half JSONL lines)] [--batch N (default 5000)]
//                       [--seed S] [--pages DIR ...]
// The pages mutated are fixtures/ (seeds, pages, HTML) and, when there, ../shared's dev set and real set HTML.
// Run `npm run build` first: this runs bin/corpus-clean.js.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BIN = path.join(ROOT, 'bin/corpus-clean.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const total = Number(option('--inputs', 100_000));
const batch = Number(option('--batch', 5_000));
const seed = Number(option('--seed', 26));
const extraDirs = args.flatMap((a, i) => (a === '--pages' ? [args[i + 1]] : []));

/** mulberry32: the same inputs for the same seed. */
function prng(s) {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(seed);
const int = (n) => Math.floor(random() * n);
const pick = (xs) => xs[int(xs.length)];

function pagesIn(dir, depth = 0) {
  if (!existsSync(dir) || depth > 3) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return pagesIn(p, depth + 1);
    return /\.(txt|html?)$/.test(e.name) ? [readFileSync(p)] : [];
  });
}
const sources = [
  ...['fixtures/seeds', 'fixtures/pages', 'fixtures/html'].flatMap((d) => pagesIn(path.join(ROOT, d))),
  ...['../shared/devset', '../shared/realset/html'].flatMap((d) => pagesIn(path.resolve(ROOT, d)).slice(0, 400)),
  ...extraDirs.flatMap((d) => pagesIn(d)),
];
if (sources.length === 0) throw new Error('no pages to mutate');

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\u202e', '\u034f', '\ufeff', '\u00ad'];

/** One mutation of a page's bytes: what a crawl's worst gives. */
const MUTATIONS = [
  (b) => b.subarray(0, int(b.length + 1)), // cut anywhere, inside a character too
  (b) => b.subarray(int(b.length)), // the head lost
  (b) => Buffer.concat([b, b]), // doubled
  (b) => {
    const lines = b.toString('utf8').split('\n');
    const line = pick(lines);
    return Buffer.from([...lines.slice(0, 5), ...Array(1 + int(300)).fill(line), ...lines.slice(5)].join('\n'));
  },
  (b) => Buffer.from(`<html><body>${'<div>'.repeat(int(1500))}${b.toString('utf8')}</body></html>`), // nested
  (b) => Buffer.from(`${'<ul><li>'.repeat(int(600))}<p>${b.toString('utf8').slice(0, 4000)}</p>`),
  (b) => Buffer.from(b.toString('utf8'), 'utf16le'), // UTF-16LE without a mark
  (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]),
  (b) => Buffer.from(b.toString('utf8'), 'utf16le').swap16(), // UTF-16BE without a mark
  (b) => Buffer.from(b.toString('utf8'), 'latin1'), // re-encoded, characters beyond lost
  (b) => {
    const c = Buffer.from(b);
    for (let i = 0; i < 1 + int(20); i++) c[int(c.length)] = int(256); // bytes flipped
    return c;
  },
  (b) => {
    const c = Buffer.from(b);
    for (let i = 0; i < 1 + int(5); i++) c[int(c.length)] = 0; // NULs
    return c;
  },
  (b) => Buffer.concat([b, Buffer.alloc(int(5000))]), // NUL padding
  (b) => {
    const t = b.toString('utf8');
    const at = int(t.length);
    return Buffer.from(t.slice(0, at) + Array.from({ length: 1 + int(200) }, () => pick(ZERO_WIDTH)).join('') + t.slice(at));
  },
  () => Buffer.from(Array.from({ length: int(50) }, () => pick(ZERO_WIDTH)).join('')), // nothing visible
  () => Buffer.alloc(0),
  (b) => Buffer.from(b.toString('utf8').replace(/\n/g, pick(['\r\n', '\r', '\n\n\n', ' ']))),
  (b) => Buffer.from(b.toString('utf8').replace(/ /g, () => pick([' ', '\u00a0', '\t', '  ', '\u3000']))),
  (b) => Buffer.from(`<meta charset="${pick(['utf-16', 'gbk', 'shift_jis', 'x-nonsense', 'iso-8859-1'])}">${b.toString('latin1')}`),
  (b) => Buffer.from(`<script type="application/ld+json">{"@graph":[${'{"@type":"Thing"},'.repeat(int(2000))}{}]}</script>${b.toString('utf8')}`),
  (b) => Buffer.from(b.toString('utf8').toUpperCase()),
  (b) => Buffer.from('By '.repeat(int(500)) + b.toString('utf8')),
];

/** A page's first bytes, up to 12 KB (a whole short page, the head of a long one): the run stays short enough for
 * 100,000 inputs, and the slow shapes are bench:pathological's business. */
function mutate(bytes) {
  let b = bytes.subarray(0, 12_000);
  for (let i = 0, n = 1 + int(2); i < n; i++) b = pick(MUTATIONS)(b);
  return b;
}

/** A --from-jsonl line for a mutated page: its text in a record with odd ids and fields, or a broken line. */
function jsonlLine(bytes) {
  const text = new TextDecoder().decode(bytes);
  const id = pick([undefined, '12345678901234567890', 'x', '', 7, null, true]);
  const record = { text };
  if (id !== undefined) record.id = id;
  if (random() < 0.3) record.meta = { nested: Array.from({ length: int(5) }, (_, i) => i), __proto__x: 1 };
  let line = JSON.stringify(record);
  if (typeof id === 'string' && /^\d+$/.test(id) && random() < 0.5) line = line.replace(`"id":"${id}"`, `"id":${id}`);
  const form = int(12);
  if (form === 0) line = line.slice(0, int(line.length)); // cut short
  else if (form === 1) line = JSON.stringify([text]); // not an object
  else if (form === 2) line = JSON.stringify({ body: text }); // no text field
  else if (form === 3) line = line.replace('"text":"', '"text":"\\ud800'); // a lone surrogate
  else if (form === 4) line = `{"text":1e400,"n":${'9'.repeat(40)}}`;
  else if (form === 5) line = `{"text":"a","deep":${'['.repeat(5000)}${']'.repeat(5000)}}`;
  // a line is never blank (a blank line is no input) and holds no line end
  return line.trim() === '' ? '{}' : line.replace(/[\n\r]/g, ' ');
}

const EXTENSIONS = ['.txt', '.txt', '.txt', '.html', '.htm', '.txt.gz'];

function runBatch(dir, inputs, jsonl) {
  const out = path.join(dir, 'out.jsonl');
  const rejects = path.join(dir, 'rejects.jsonl');
  const summary = path.join(dir, 'summary.json');
  const input = jsonl ? ['--from-jsonl', path.join(dir, 'lines.jsonl')] : [path.join(dir, 'pages')];
  const r = spawnSync(process.execPath, [BIN, ...input, '-o', out, '--rejects', rejects, '--summary-json', summary, '-q', '-j', '2'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const problems = [];
  if (r.status !== 0 && r.status !== 1) problems.push(`exit ${r.status} (signal ${r.signal}): ${r.stderr.slice(0, 2000)}`);
  if (r.stderr.trim() !== '') problems.push(`standard error: ${r.stderr.slice(0, 2000)}`);
  if (!existsSync(out) || !existsSync(summary)) return { problems: [...problems, 'no output written'], reasons: {} };
  const records = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
  const rejectLines = readFileSync(rejects, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const s = JSON.parse(readFileSync(summary, 'utf8'));
  if (records + rejectLines.length !== inputs) problems.push(`records ${records} + rejects ${rejectLines.length} != inputs ${inputs}`);
  if (s.inputs !== inputs || s.records !== records) problems.push(`summary says ${s.inputs} inputs, ${s.records} records`);
  const check = spawnSync(process.execPath, [BIN, 'check', '-q', out], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (records > 0 && check.status !== 0) problems.push(`check: ${check.stdout.slice(0, 2000)}`);
  const reasons = {};
  for (const rj of rejectLines) reasons[rj.reason] = (reasons[rj.reason] ?? 0) + 1;
  if (reasons['internal-error']) problems.push(`${reasons['internal-error']} internal-error: ${rejectLines.find((x) => x.reason === 'internal-error').message}`);
  return { problems, reasons, records };
}

const work = mkdtempSync(path.join(tmpdir(), 'cc-fuzz-'));
const tally = { inputs: 0, records: 0, reasons: {}, failures: 0 };
const started = process.hrtime.bigint();
try {
  for (let done = 0, round = 0; done < total; round++) {
    const jsonl = round % 2 === 1;
    const n = Math.min(batch, total - done);
    const dir = path.join(work, `batch-${round}`);
    mkdirSync(path.join(dir, 'pages'), { recursive: true });
    if (jsonl) {
      const lines = Array.from({ length: n }, () => jsonlLine(mutate(pick(sources))));
      writeFileSync(path.join(dir, 'lines.jsonl'), lines.join('\n') + '\n');
    } else {
      for (let i = 0; i < n; i++) {
        const ext = pick(EXTENSIONS);
        const bytes = mutate(pick(sources));
        writeFileSync(path.join(dir, 'pages', `p${String(i).padStart(6, '0')}${ext}`), ext.endsWith('.gz') ? gzipSync(bytes) : bytes);
      }
    }
    const { problems, reasons, records } = runBatch(dir, n, jsonl);
    tally.inputs += n;
    tally.records += records ?? 0;
    for (const [k, v] of Object.entries(reasons)) tally.reasons[k] = (tally.reasons[k] ?? 0) + v;
    const what = `batch ${round} (${n} ${jsonl ? 'JSONL lines' : 'pages'})`;
    if (problems.length > 0) {
      tally.failures++;
      console.log(`${what}: FAILED\n  ${problems.join('\n  ')}\n  kept in ${dir}`);
    } else {
      console.log(`${what}: ${records} records + ${n - records} rejects = ${n} inputs`);
      rmSync(dir, { recursive: true, force: true });
    }
    done += n;
  }
} finally {
  if (tally.failures === 0) rmSync(work, { recursive: true, force: true });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`${tally.inputs} inputs: ${tally.records} records, rejects ${JSON.stringify(tally.reasons)}; ${seconds.toFixed(0)} s`);
console.log(tally.failures === 0 ? 'records + rejects = inputs in every batch; no crash' : `${tally.failures} batch(es) failed`);
process.exitCode = tally.failures === 0 ? 0 : 1;
