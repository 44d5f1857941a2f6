#!/usr/bin/env node
// Linear time on pathological pages: each shape of bench/shapes.json (long runs of spaces, dashes, dots,
// "By By By", unclosed brackets, credits followed by long blank runs, thousands of short lines or list items,
// HTML nested a million deep, a JSON-LD @graph of 100,000s of items, ...) is cleaned at growing sizes, in one page,
// and the CPU time (user + system, this process: steadier than wall time on a shared machine) is printed. The
// goals: at most 10 CPU-seconds per megabyte for any shape, and twice the size at most 2.3 times the time
// (`x2` is the worst ratio between consecutive sizes that double). `!` marks a shape that misses either.
//   node bench/pathological.mjs [sizes in MB, default 1,2,5,10] [shape name filter]
// Run `npm run build` first: this measures dist/.
import { readFileSync } from 'node:fs';
import { cleanDocument } from '../dist/index.js';

const sizes = (process.argv[2] ?? '1,2,5,10').split(',').map(Number);
const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
const shapes = JSON.parse(readFileSync(new URL('./shapes.json', import.meta.url), 'utf8'));

/** At most this many CPU-seconds per megabyte, and at most this ratio of times for twice the size. */
const MAX_SECONDS_PER_MB = 10;
const MAX_DOUBLING = 2.3;

export function shapeText(shape, chars) {
  const body = shape.unit.repeat(Math.ceil(chars / shape.unit.length)).slice(0, chars);
  return shape.prefix + body + shape.suffix;
}

function cpuSeconds(work) {
  const start = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(start);
  return { seconds: (used.user + used.system) / 1e6, result };
}

console.log(`shape               ${sizes.map((s) => `${s} MB`.padStart(12)).join('')}    s/MB     x2`);
let missed = 0;
for (const shape of shapes) {
  if (only && !only.test(shape.name)) continue;
  const times = [];
  for (const mb of sizes) {
    const text = shapeText(shape, Math.round(mb * 1024 * 1024));
    const { seconds, result } = cpuSeconds(() => cleanDocument(text));
    times.push({ mb, seconds, outcome: result.ok ? 'record' : result.reject.reason });
  }
  const perMb = Math.max(...times.map((t) => t.seconds / t.mb));
  let doubling = null;
  for (let i = 1; i < times.length; i++) {
    if (times[i].mb !== 2 * times[i - 1].mb) continue;
    const ratio = times[i].seconds / Math.max(times[i - 1].seconds, 0.001);
    doubling = Math.max(doubling ?? 0, ratio);
  }
  const bad = perMb > MAX_SECONDS_PER_MB || (doubling !== null && doubling > MAX_DOUBLING);
  if (bad) missed++;
  const cells = times.map((t) => `${t.seconds.toFixed(2)} s`.padStart(12)).join('');
  const x2 = doubling === null ? '     -' : doubling.toFixed(2).padStart(6);
  console.log(`${shape.name.padEnd(20)}${cells}  ${perMb.toFixed(2).padStart(6)} ${x2} ${bad ? '!' : ' '} (${times[times.length - 1].outcome})`);
}
console.log(missed === 0 ? 'every shape within the goals' : `${missed} shape(s) miss the goals`);
