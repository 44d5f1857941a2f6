// Input discovery: files as given, directories walked recursively (fast-glob, `*.txt`, `*.html` and `*.htm` by
// default, with the user's include/exclude globs), `-` for standard input. Order is deterministic: arguments in the
// order given, each directory's files sorted by path. A file reached twice is read once, and the run's own output files are
// never taken as input: they are reported as overlaps (overlap.ts), which the command line refuses to run with.
//
// Scraped trees are messy, and nothing in them may be lost silently or hang the walk: a subdirectory that cannot
// be listed, a broken or looping symbolic link and a special file (FIFO, socket, device) each become a reject; a
// symbolic link back to a directory the walk is already inside is not followed (it would walk forever).
import type { Entry as GlobEntry, Options as GlobOptions } from 'fast-glob';
import fs, { fstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { makeReject, type Reject } from '../rejects.js';
import { OverlapFinder, type Overlap, type OutputTarget } from './overlap.js';

export type Input = { kind: 'stdin'; source: '-' } | { kind: 'file'; source: string; path: string };

export interface DiscoverOptions {
  include: string[];
  exclude: string[];
  /** The files the run writes: never taken as input, and reported when they are among the inputs. */
  outputs?: OutputTarget[];
}

/** Text dumps and HTML pages, plain or compressed (gzip, zstd). */
export const DEFAULT_INCLUDE = ['**/*.{txt,html,htm}{,.gz,.zst}'];

/** Files taken from directories with --from-jsonl (unless --include says otherwise). */
export const JSONL_INCLUDE = ['**/*.{jsonl,ndjson}{,.gz,.zst}'];

export interface Discovered {
  inputs: Input[];
  /** Paths that could not become inputs, in argument order. */
  rejects: Reject[];
  /** Directories given as arguments in which no file matched the include globs. */
  emptyDirs: string[];
  /** Outputs found among the inputs (left out of `inputs`). */
  overlaps: Overlap[];
}

export async function discoverInputs(args: string[], opts: DiscoverOptions): Promise<Discovered> {
  const inputs: Input[] = [];
  const rejects: Reject[] = [];
  const emptyDirs: string[] = [];
  const outputs = new OverlapFinder(opts.outputs ?? []);
  const seen = new Set<string>();
  let stdinTaken = false;
  const add = (source: string, file: string, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    if (!outputs.check(source, key, () => statOrUndefined(file))) inputs.push(fileInput(source, file));
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!stdinTaken && !outputs.checkStats('-', stdinStats())) inputs.push({ kind: 'stdin', source: '-' });
      stdinTaken = true;
      continue;
    }
    let stats;
    try {
      stats = statSync(arg);
    } catch (err) {
      rejects.push(makeReject(arg, 'unreadable', describeFsError(err)));
      continue;
    }
    // a file named directly is read whatever it is (`<(command)` gives a pipe), so the user's word stands
    if (!stats.isDirectory()) {
      const key = canonical(path.resolve(arg));
      if (!seen.has(key) && outputs.checkStats(arg, stats)) seen.add(key);
      else add(arg, arg, key);
      continue;
    }
    const walk = await walkDirectory(arg, opts);
    if (walk.files.length === 0 && walk.rejects.length === 0) emptyDirs.push(arg);
    for (const file of walk.files) add(joinSource(arg, file.rel), path.join(arg, file.rel), file.key);
    for (const r of walk.rejects) rejects.push(r);
  }
  return { inputs, rejects, emptyDirs, overlaps: outputs.found };
}

/**
 * A file input whose strings are compact copies, one string when the source and the path are spelled alike. The
 * names a walk joins are chains of the walk's own strings, and an input kept for the whole run kept them alive:
 * about 440 bytes per input at 100,000 files, 110 bytes this way.
 */
function fileInput(source: string, file: string): Input {
  const compact = copyString(source);
  return { kind: 'file', source: compact, path: file === source ? compact : copyString(file) };
}

/** A flat copy of a string, through UTF-8 (lossless for well-formed text; anything else is kept as it is). */
function copyString(s: string): string {
  return s.isWellFormed() ? Buffer.from(s, 'utf8').toString('utf8') : s;
}

interface Walk {
  /** Regular files matching the globs, relative to the directory, with their real paths; sorted, each file once. */
  files: { rel: string; key: string }[];
  rejects: Reject[];
}

/** What the walk's stand-in file system calls saw, for sorting its entries afterwards. */
interface WalkSightings {
  /** Unreadable paths, by source. */
  problems: Map<string, Reject>;
  /** Symbolic links that lead back into a directory they are in. */
  loops: Set<string>;
  /** Directories reached through a symbolic link, each with a trailing separator. */
  linkedDirs: string[];
  /** Paths that fast-glob had to follow (stat) as symbolic links: only these, and what lies under a linked
   * directory, need their real path looked up; any other file's real path is the directory's own plus its path. */
  linkedFiles: Set<string>;
  /** The walked directory's real path. */
  realDir: string;
  /** Real paths, each looked up once. */
  real: (p: string) => string;
}

async function walkDirectory(dir: string, opts: DiscoverOptions): Promise<Walk> {
  const seen: WalkSightings = {
    problems: new Map(),
    loops: new Set(),
    linkedDirs: [],
    linkedFiles: new Set(),
    realDir: canonical(path.resolve(dir)),
    real: cachedRealPath(),
  };
  const walkFs = walkFileSystem(dir, seen);
  // loaded only to walk a directory: `check` on the files a pre-commit hook names starts without it
  const { default: fg } = await import('fast-glob');
  const entries = await fg(opts.include, {
    cwd: dir,
    ignore: opts.exclude,
    onlyFiles: false,
    objectMode: true,
    dot: false,
    followSymbolicLinks: true,
    // fast-glob's types spell out every overload of readdir; ours serves the one its walk calls
    fs: walkFs as unknown as GlobOptions['fs'],
  });
  return sortedWalk(dir, entries, seen);
}

function cachedRealPath(): (p: string) => string {
  const realpaths = new Map<string, string>();
  return (p: string) => {
    let r = realpaths.get(p);
    if (r === undefined) {
      r = canonical(p);
      realpaths.set(p, r);
    }
    return r;
  };
}

/**
 * fast-glob lets us stand in for the file system calls of its walk: a directory that cannot be listed is
 * recorded (and treated as empty) instead of ending or silently thinning the walk; a symbolic link that leads
 * back into one of the directories it is in is reported as not followable, which breaks the cycle.
 */
function walkFileSystem(dir: string, seen: WalkSightings) {
  const relative = (abs: string) => path.relative(path.resolve(dir), abs).split(path.sep).join('/');
  return {
    readdir: (p: string, options: object, callback: (err: NodeJS.ErrnoException | null, entries?: fs.Dirent[]) => void) => {
      fs.readdir(p, options as { withFileTypes: true }, (err, entries) => {
        if (err && err.code !== 'ENOENT') {
          const source = joinSource(dir, relative(p)).replace(/\/$/, '');
          seen.problems.set(source, makeReject(source, 'unreadable', `directory cannot be listed: ${describeFsError(err)}`));
          callback(null, []);
          return;
        }
        callback(err, entries);
      });
    },
    stat: (p: string, callback: (err: NodeJS.ErrnoException | null, stats?: Stats) => void) => {
      fs.stat(p, (err, stats) => {
        if (!err && stats.isDirectory() && leadsToAncestor(p, seen.real)) {
          seen.loops.add(p);
          const loop: NodeJS.ErrnoException = new Error(`symbolic link loop: ${p}`);
          loop.code = 'ELOOP';
          callback(loop);
          return;
        }
        if (!err && stats.isDirectory()) seen.linkedDirs.push(p + path.sep);
        else seen.linkedFiles.add(path.resolve(p));
        callback(err, stats);
      });
    },
  };
}

/** The walk's regular files, each once and sorted, and its unreadable paths, sorted. */
function sortedWalk(dir: string, entries: GlobEntry[], seen: WalkSightings): Walk {
  const { problems } = seen;
  const files = new Map<string, { rel: string; direct: boolean }>();
  for (const entry of entries) {
    const d = entry.dirent;
    if (d.isFile()) {
      // a file reached by several paths is taken once, by its own path rather than through a linked directory
      const abs = path.resolve(dir, entry.path);
      const direct = !seen.linkedDirs.some((link) => abs.startsWith(link));
      // one realpath call per linked file, not one per file: at 100,000 files those calls and their strings
      // were most of the walk's time and memory
      const key = direct && !seen.linkedFiles.has(abs) ? path.join(seen.realDir, entry.path) : seen.real(abs);
      const known = files.get(key);
      if (!known || (direct && !known.direct) || (direct === known.direct && compareCodeUnits(entry.path, known.rel) < 0)) {
        files.set(key, { rel: entry.path, direct });
      }
    }
    else if (d.isDirectory()) continue;
    else if (d.isSymbolicLink()) {
      // following the link failed: broken, or a loop; a cycle back into the walk is not an input at all
      const abs = path.resolve(dir, entry.path);
      if (seen.loops.has(abs)) continue;
      const source = joinSource(dir, entry.path);
      problems.set(source, makeReject(source, 'unreadable', `symbolic link cannot be followed: ${statError(abs)}`));
    } else {
      const source = joinSource(dir, entry.path);
      problems.set(source, makeReject(source, 'unreadable', `not a regular file (${specialKind(d)})`));
    }
  }
  const sorted = [...files].map(([key, f]) => ({ rel: f.rel, key })).sort((a, b) => compareCodeUnits(a.rel, b.rel));
  const rejects = [...problems.values()].sort((a, b) => compareCodeUnits(a.source, b.source));
  return { files: sorted, rejects };
}

/** Whether the directory that link `p` resolves to is `p`'s own parent or one of its ancestors (a cycle). */
function leadsToAncestor(p: string, real: (p: string) => string): boolean {
  const target = real(p);
  for (let dir = path.dirname(p); ; dir = path.dirname(dir)) {
    if (real(dir) === target) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

function statError(p: string): string {
  try {
    statSync(p);
    return 'it changed during the walk';
  } catch (err) {
    return describeFsError(err);
  }
}

function specialKind(d: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (d.isFIFO()) return 'a named pipe';
  if (d.isSocket()) return 'a socket';
  if (d.isCharacterDevice() || d.isBlockDevice()) return 'a device';
  return 'unknown type';
}

/** `seeds` + `a.txt` -> `seeds/a.txt`, keeping the user's spelling of the directory (relative stays relative). */
function joinSource(dir: string, rel: string): string {
  return dir.endsWith('/') ? dir + rel : `${dir}/${rel}`;
}

function stdinStats(): Stats | undefined {
  try {
    return fstatSync(0);
  } catch {
    return undefined; // closed: reading it will say so
  }
}

function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
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

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENXIO: 'no such device or address',
};

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return (e?.code && FS_ERRORS[e.code]) || (e?.message ?? String(err));
}
