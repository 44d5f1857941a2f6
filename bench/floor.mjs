// The floor of the scale benchmark: the least any two-pass cleaner must do (corpus-clean's first pass counts the
// lines of the whole corpus, its second cleans each page against those counts). Pass 1: read every file, split it
// into lines, hash each line (the FNV-1a pair the corpus profile uses) and count it. Pass 2: read every file
// again, split it, look each line's count up, and write one JSONL record per file.
//
//   node bench/floor.mjs OUT.jsonl DIR [DIR ...]     (every *.txt under the directories, in sorted order)
import fg from 'fast-glob';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hash2 } from '../dist/corpus/hash.js';

const [out, ...dirs] = process.argv.slice(2);
const files = [];
for (const dir of dirs) files.push(...(await fg('**/*.txt', { cwd: dir, absolute: true })).sort());

const lineKey = (line) => {
  const { h1, h2 } = hash2(line);
  return h1 * 0x200000 + (h2 & 0x1fffff);
};

const counts = new Map();
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const key = lineKey(line);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

const fd = openSync(out, 'w');
let buffer = '';
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let repeated = 0;
  for (const line of lines) if (counts.get(lineKey(line)) > 1) repeated++;
  buffer += JSON.stringify({ source: file, lines: lines.length, repeated }) + '\n';
  if (buffer.length > 1 << 16) {
    writeSync(fd, buffer);
    buffer = '';
  }
}
writeSync(fd, buffer);
closeSync(fd);
