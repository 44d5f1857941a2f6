// `npm run fit -- --check` compares what each fitter makes with the committed file, byte for byte.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runFitters } from '../../scripts/fit/index.js';
import type { Fitter } from '../../scripts/fit/fitter.js';
import { ROOT } from '../helpers.js';
import { scratch } from '../scratch.js';

const fitter = (output: string, content: string): Fitter => ({ name: output, output, run: async () => content });

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
});
