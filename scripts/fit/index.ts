// `npm run fit [-- --only NAME] [--check] [--shared DIR]`: run the fitters (fitters.ts) on the shared data and
// write the files they make, or with --check compare them with the committed files and exit 1 on a difference.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FitContext, Fitter } from './fitter.js';
import { FITTERS } from './fitters.js';

/** The repository's root: the nearest folder above this module with a package.json (the module runs compiled, from
 * dist-scripts/, or as TypeScript under jest). */
export function repoRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export interface FitResult {
  fitter: Fitter;
  content: string;
  /** Whether the committed file holds exactly this content. */
  same: boolean;
}

export async function runFitters(ctx: FitContext, fitters: Fitter[] = FITTERS): Promise<FitResult[]> {
  const out: FitResult[] = [];
  for (const fitter of fitters) {
    const content = await fitter.run(ctx);
    const file = path.join(ctx.root, fitter.output);
    const same = existsSync(file) && readFileSync(file, 'utf8') === content;
    out.push({ fitter, content, same });
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = repoRoot();
  const shared = path.resolve(value('--shared') ?? path.join(root, '..', 'shared'));
  const only = value('--only');
  const fitters = only === undefined ? FITTERS : FITTERS.filter((f) => f.name === only);
  if (fitters.length === 0) {
    process.stderr.write(`fit: no fitter named ${only} (there are: ${FITTERS.map((f) => f.name).join(', ')})\n`);
    return 2;
  }
  if (!check && fitters.length > 1) return fitInTurn(root, fitters, argv);
  const ctx: FitContext = { root, shared, verbose: argv.includes('--verbose'), log: (line) => process.stderr.write(`${line}\n`) };
  const results = await runFitters(ctx, fitters);
  let failed = 0;
  for (const r of results) {
    if (check) {
      if (!r.same) failed++;
      process.stderr.write(`fit: ${r.fitter.output} ${r.same ? 'matches a fresh fit' : 'differs from a fresh fit: run npm run fit'}\n`);
    } else {
      writeFileSync(path.join(root, r.fitter.output), r.content);
      process.stderr.write(`fit: wrote ${r.fitter.output}${r.same ? ' (unchanged)' : ''}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** Rounds `npm run fit` runs at most before it gives up on the fitters' cycle settling. */
const MAX_ROUNDS = 3;

/**
 * Every fitter in its own process, in order, the code compiled again after a file changed, so each reads what the
 * ones before it made. A fitter that reads the output of one after it (`reads`: the classifier reads the headline
 * ranker's weights) ran on the old file when that file changed: it runs again in another round, and so do the
 * ones reading what it then changes, until a round changes nothing its readers have not seen. A run that settles
 * leaves files that a check accepts; one that does not within MAX_ROUNDS says so and fails.
 */
function fitInTurn(root: string, fitters: Fitter[], argv: string[]): number {
  const self = fileURLToPath(import.meta.url);
  const rest = argv.filter((a, i) => a !== '--only' && argv[i - 1] !== '--only');
  const ranAt = new Map<string, number>();
  const changedAt = new Map<string, number>();
  let step = 0;
  let stale = false;
  let due = fitters;
  for (let round = 1; due.length > 0; round++) {
    if (round > MAX_ROUNDS) {
      process.stderr.write(`fit: still changing after ${MAX_ROUNDS} rounds (${due.map((f) => f.name).join(', ')} would run again)\n`);
      return 1;
    }
    if (round > 1) process.stderr.write(`fit: round ${round}: ${due.map((f) => `${f.name} (reads ${changedInputs(f, ranAt, changedAt).join(', ')})`).join('; ')}\n`);
    for (const fitter of fitters.filter((f) => due.includes(f))) {
      if (stale) {
        const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.scripts.json')], { stdio: 'inherit' });
        if (tsc.status !== 0) return 2;
        stale = false;
      }
      const file = path.join(root, fitter.output);
      const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
      const child = spawnSync(process.execPath, [self, '--only', fitter.name, ...rest], { stdio: 'inherit' });
      if (child.status !== 0) return child.status ?? 2;
      ranAt.set(fitter.name, ++step);
      if (readFileSync(file, 'utf8') !== before) {
        changedAt.set(fitter.output, step);
        stale = true;
      }
    }
    due = staleFitters(fitters, ranAt, changedAt);
  }
  return 0;
}

/** The inputs of `fitter` that changed after it last ran (a fitter not run yet has seen none of them). */
function changedInputs(fitter: Fitter, ranAt: Map<string, number>, changedAt: Map<string, number>): string[] {
  const ran = ranAt.get(fitter.name) ?? 0;
  return fitter.reads.filter((file) => (changedAt.get(file) ?? 0) > ran);
}

/** The fitters that must run again: one of the files they read changed after they ran. */
export function staleFitters(fitters: Fitter[], ranAt: Map<string, number>, changedAt: Map<string, number>): Fitter[] {
  return fitters.filter((f) => ranAt.has(f.name) && changedInputs(f, ranAt, changedAt).length > 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`fit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(2);
    },
  );
}
