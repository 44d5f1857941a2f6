// `npm run fit -- --check` compares what each fitter makes with the committed file, byte for byte.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runFitters, staleFitters } from '../../scripts/fit/index.js';
import { FITTERS } from '../../scripts/fit/fitters.js';
import type { Fitter } from '../../scripts/fit/fitter.js';
import { ROOT } from '../helpers.js';
import { scratch } from '../scratch.js';

const fitter = (output: string, content: string, reads: string[] = []): Fitter => ({ name: output, output, reads, run: async () => content });

describe('fit runner', () => {
  it('finds the repository root from its own folder', () => {
    expect(repoRoot()).toBe(ROOT);
  });

  it('tells a committed file that equals a fresh fit from one that does not, or is missing', async () => {
    const root = scratch('fit');
    mkdirSync(path.join(root, 'gen'));
    writeFileSync(path.join(root, 'gen/a.ts'), 'export const A = 1;\n');
    writeFileSync(path.join(root, 'gen/b.ts'), 'export const B = 1;\n');
    const results = await runFitters({ root, shared: root, log: () => {} }, [
      fitter('gen/a.ts', 'export const A = 1;\n'),
      fitter('gen/b.ts', 'export const B = 2;\n'),
      fitter('gen/c.ts', 'export const C = 1;\n'),
    ]);
    expect(results.map((r) => r.same)).toEqual([true, false, false]);
    expect(results[1].content).toBe('export const B = 2;\n');
  });

  it('declares what each fitter reads among the others\' files, the classifier and the headline ranker in a cycle', () => {
    const outputs = new Set(FITTERS.map((f) => f.output));
    for (const f of FITTERS) for (const file of f.reads) expect(outputs).toContain(file);
    const classifier = FITTERS.find((f) => f.name === 'classifier')!;
    const fields = FITTERS.find((f) => f.name === 'fields')!;
    expect(classifier.reads).toContain(fields.output);
    expect(fields.reads).toContain(classifier.output);
  });

  it('runs again a fitter whose input changed after it ran, and no other', () => {
    const a = fitter('gen/a.ts', '', ['gen/b.ts']);
    const b = fitter('gen/b.ts', '', ['gen/a.ts']);
    const c = fitter('gen/c.ts', '', ['gen/a.ts']);
    const ran = new Map([
      ['gen/a.ts', 1],
      ['gen/b.ts', 2],
      ['gen/c.ts', 3],
    ]);
    // a changed (b and c ran after it and saw it), then b changed: a ran before that and must run again
    expect(staleFitters([a, b, c], ran, new Map([['gen/a.ts', 1], ['gen/b.ts', 2]]))).toEqual([a]);
    // a ran again and changed: b and c read it
    ran.set('gen/a.ts', 4);
    expect(staleFitters([a, b, c], ran, new Map([['gen/a.ts', 4], ['gen/b.ts', 2]]))).toEqual([b, c]);
    // nothing changed after the last runs: settled
    expect(staleFitters([a, b, c], ran, new Map([['gen/b.ts', 2]]))).toEqual([]);
  });
});
