#!/usr/bin/env node
// Linear time on pathological pages: each shape of bench/shapes.json (long runs of spaces, dashes, dots,
// "By By By", unclosed brackets, credits followed by long blank runs, ...) is cleaned at growing sizes, in one
// page, and the time per megabyte is printed. Linear code keeps ms/MB about flat; the last column is the time at
// the largest size divided by the time at the smallest, over the size ratio (about 1 when linear).
//   node bench/pathological.mjs [sizes in MB, default 1,2,5,10] [shape name filter]
// Run `npm run build` first: this measures dist/.
import { readFileSync } from 'node:fs';
import { cleanDocument } from '../dist/index.js';

const sizes = (process.argv[2] ?? '1,2,5,10').split(',').map(Number);
const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
const shapes = JSON.parse(readFileSync(new URL('./shapes.json', import.meta.url), 'utf8'));

export function shapeText(shape, chars) {
  const body = shape.unit.repeat(Math.ceil(chars / shape.unit.length)).slice(0, chars);
  return shape.prefix + body + shape.suffix;
}

console.log(`shape               ${sizes.map((s) => `${s} MB`.padStart(14)).join('')}   growth`);
for (const shape of shapes) {
  if (only && !only.test(shape.name)) continue;
  const times = [];
  for (const mb of sizes) {
    const text = shapeText(shape, Math.round(mb * 1024 * 1024));
    const start = performance.now();
    const result = cleanDocument(text);
    const ms = performance.now() - start;
    times.push({ mb, ms, outcome: result.ok ? 'record' : result.reject.reason });
  }
  const first = times[0];
  const last = times[times.length - 1];
  const growth = last.ms / first.ms / (last.mb / first.mb);
  const cells = times.map((t) => `${t.ms.toFixed(0)} ms`.padStart(14)).join('');
  console.log(`${shape.name.padEnd(20)}${cells}   ${growth.toFixed(2)}  (${last.outcome})`);
}
