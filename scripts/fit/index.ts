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

/**
 * Every fitter in its own process, in order, the code compiled again after a file changed: a fitter reads what
 * the ones before it made (the field fitter runs the classifier), so one run leaves files that a check accepts.
 */
function fitInTurn(root: string, fitters: Fitter[], argv: string[]): number {
  const self = fileURLToPath(import.meta.url);
  const rest = argv.filter((a, i) => a !== '--only' && argv[i - 1] !== '--only');
  let stale = false;
  for (const fitter of fitters) {
    if (stale) {
      const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.scripts.json')], { stdio: 'inherit' });
      if (tsc.status !== 0) return 2;
      stale = false;
    }
    const file = path.join(root, fitter.output);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
    const child = spawnSync(process.execPath, [self, '--only', fitter.name, ...rest], { stdio: 'inherit' });
    if (child.status !== 0) return child.status ?? 2;
    stale = readFileSync(file, 'utf8') !== before;
  }
  return 0;
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
