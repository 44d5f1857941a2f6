#!/usr/bin/env node
// Start-up time of the CLI, as a pre-commit hook pays it on every commit: `corpus-clean --version` and
// `corpus-clean check` on one small JSONL file (one record), each run as a new process, after warm-up runs.
// Prints the median, the fastest and the 90th percentile in milliseconds. Target: --version under 150 ms.
//   node bench/startup.mjs [runs, default 30]
// Run `npm run build` first: this measures dist/ through bin/corpus-clean.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/corpus-clean.js');
const runs = Number(process.argv[2] ?? 30);

// one small corpus file: the record corpus-clean makes of a test page
const dir = mkdtempSync(path.join(tmpdir(), 'cc-startup-'));
const small = path.join(dir, 'small.jsonl');
const made = spawnSync(process.execPath, [bin, path.join(root, 'fixtures/pages/related-list.txt'), '-q'], { encoding: 'utf8' });
writeFileSync(small, made.stdout);

const cases = [
  ['corpus-clean --version', ['--version']],
  ['corpus-clean check small.jsonl', ['check', small]],
  ['corpus-clean check --raw page.txt', ['check', '--raw', path.join(root, 'fixtures/pages/related-list.txt')]],
];

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`corpus-clean ${args.join(' ')} exited with ${r.status}`);
  return ms;
}

console.log(`node ${process.version}, ${runs} runs each (${readFileSync(small, 'utf8').length} bytes in small.jsonl)`);
console.log(`${'command'.padEnd(36)}${'median'.padStart(9)}${'min'.padStart(9)}${'p90'.padStart(9)}`);
for (const [name, args] of cases) {
  for (let i = 0; i < 3; i++) time(args); // warm the file cache
  const ms = Array.from({ length: runs }, () => time(args)).sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  console.log(`${name.padEnd(36)}${at(0.5).toFixed(1).padStart(9)}${ms[0].toFixed(1).padStart(9)}${at(0.9).toFixed(1).padStart(9)}`);
}
