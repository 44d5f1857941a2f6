// Runs fitters and writes what each generates: `npm run fit:html` (all fitters of this folder, or those named).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import html from './html.js';

const FITTERS = [html];
// compiled to .fit-build/scripts/fit/: the repository is three levels up
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const wanted = process.argv.slice(2);
for (const fitter of FITTERS) {
  if (wanted.length && !wanted.includes(fitter.name)) continue;
  const text = await fitter.run({ root: ROOT, log: (line) => process.stderr.write(`${line}\n`) });
  writeFileSync(path.join(ROOT, fitter.output), text);
  process.stderr.write(`${fitter.name}: wrote ${fitter.output}\n`);
}
