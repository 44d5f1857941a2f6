// Runs the field fitter and writes its file, or with --check only says whether the committed file equals a fresh
// fit (exit 0) or not (exit 1). A stand-in until the project's fit runner (npm run fit) takes the fitters over.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fitter from './fields.js';

// compiled to .fit-build/scripts/fit/, three levels below the repository's root
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const check = process.argv.includes('--check');
const log = (line: string) => process.stderr.write(`${line}\n`);
const content = await fitter.run({ root, log, verbose: process.argv.includes('--verbose') });
const target = path.join(root, fitter.output);
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // no file yet
}
if (check) {
  log(current === content ? `${fitter.output}: up to date` : `${fitter.output}: differs from a fresh fit`);
  process.exit(current === content ? 0 : 1);
}
writeFileSync(target, content);
log(`${fitter.output}: written`);
