// Input discovery: files as given, directories walked recursively (fast-glob, `*.txt`, `*.html` and `*.htm` by
// default, with the user's include/exclude globs), `-` for standard input. Order is deterministic: arguments in the order given,
// each directory's files sorted by path. A file reached twice is read once, and the run's own output file is
// never read back as input.
import fg from 'fast-glob';
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export type Input = { kind: 'stdin'; source: '-' } | { kind: 'file'; source: string; path: string };

export interface MissingInput {
  source: string;
  message: string;
}

export interface DiscoverOptions {
  include: string[];
  exclude: string[];
  /** Paths never to take as input (the output file being written). */
  skip?: string[];
}

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.html', '**/*.htm'];

export interface Discovered {
  inputs: Input[];
  missing: MissingInput[];
}

export async function discoverInputs(args: string[], opts: DiscoverOptions): Promise<Discovered> {
  const inputs: Input[] = [];
  const missing: MissingInput[] = [];
  const seen = new Set<string>((opts.skip ?? []).map((p) => canonical(path.resolve(p))));
  let stdinTaken = false;
  const add = (source: string, file: string) => {
    const key = canonical(path.resolve(file));
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', source, path: file });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!stdinTaken) inputs.push({ kind: 'stdin', source: '-' });
      stdinTaken = true;
      continue;
    }
    let stats;
    try {
      stats = statSync(arg);
    } catch (err) {
      missing.push({ source: arg, message: describeFsError(err) });
      continue;
    }
    if (!stats.isDirectory()) {
      add(arg, arg);
      continue;
    }
    const found = await fg(opts.include, {
      cwd: arg,
      ignore: opts.exclude,
      onlyFiles: true,
      dot: false,
      followSymbolicLinks: true,
      suppressErrors: true,
    });
    found.sort(compareCodeUnits);
    for (const rel of found) add(joinSource(arg, rel), path.join(arg, rel));
  }
  return { inputs, missing };
}

/** `seeds` + `a.txt` -> `seeds/a.txt`, keeping the user's spelling of the directory (relative stays relative). */
function joinSource(dir: string, rel: string): string {
  return dir.endsWith('/') ? dir + rel : `${dir}/${rel}`;
}

function canonical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return e?.message ?? String(err);
  }
}
