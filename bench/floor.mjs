// The I/O floor of the scale benchmark: the least a cleaner must do. Read every file, split it into lines, hash
// each line (the FNV-1a pair the corpus profile uses) and write one JSONL record per file.
import fg from 'fast-glob';
import { openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import { hash2 } from '../dist/corpus/hash.js';

const [dir, out] = process.argv.slice(2);
const files = (await fg('**/*.txt', { cwd: dir, absolute: true })).sort();
const fd = openSync(out, 'w');
let buffer = '';
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let x = 0;
  for (const line of lines) x = (x ^ hash2(line).h1) >>> 0;
  buffer += JSON.stringify({ source: file, lines: lines.length, hash: x.toString(16) }) + '\n';
  if (buffer.length > 1 << 16) {
    writeSync(fd, buffer);
    buffer = '';
  }
}
writeSync(fd, buffer);
closeSync(fd);
