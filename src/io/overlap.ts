// Outputs that are also inputs. `corpus-clean a.txt -o a.txt`, `corpus-clean dir -o dir/page.txt`, `--rejects`
// as a link to the `-o` file: each would replace a page (or another output) with records, and the page would be
// gone. Every output is told apart from every input, and from every other output, before anything is written:
// by device and inode when the file exists (hard links, symbolic links and `..` spellings are one file), and by
// the real path it would be created at when it does not exist yet.
import { fstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** An output as the run will write it, and what it is on disk. */
export interface OutputTarget {
  /** How the user named it: `-o`, `--rejects`, `standard output`, ... */
  flag: string;
  /** The path as given (none for standard output). */
  name: string;
  /** Real path of the file, or of where it will be created; null when unknown (standard output). */
  real: string | null;
  /** `device:inode` of an existing regular file; null when there is none yet or it is not a regular file. */
  inode: string | null;
  /** Hard links to that file: above 1, a file found under another name may be this one. */
  links: number;
}

/** An output that is also an input: what the user named, and the input it would replace. */
export interface Overlap {
  output: string;
  input: string;
}

export function inodeOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

/** The output targets of a run, from the flags that name them (unnamed ones left out). A device, pipe or socket
 * is written directly and replaces nothing, so it is no target. */
export function outputTargets(named: [flag: string, name: string | undefined][]): OutputTarget[] {
  const targets: OutputTarget[] = [];
  for (const [flag, name] of named) {
    if (name === undefined) continue;
    let stats: Stats | undefined;
    try {
      stats = statSync(name);
    } catch {
      // not there yet (or cannot be looked at: writing it will say why)
    }
    if (stats && !stats.isFile()) continue;
    targets.push(stats ? { flag, name, real: realOf(name), inode: inodeOf(stats), links: stats.nlink } : { flag, name, real: whereCreated(name), inode: null, links: 0 });
  }
  return targets;
}

/** Standard output when it is redirected to a regular file (`corpus-clean dir > dir/out.txt`): an output too. */
export function stdoutTarget(): OutputTarget | null {
  let stats: Stats;
  try {
    stats = fstatSync(1);
  } catch {
    return null;
  }
  if (!stats.isFile()) return null;
  let real: string | null = null;
  try {
    real = realpathSync('/proc/self/fd/1');
  } catch {
    // no /proc: the file is told apart by its inode alone, every input looked at
  }
  // with no real path to compare, the inode is compared with every input's (as for a file with several links)
  return { flag: 'standard output', name: '', real, inode: inodeOf(stats), links: real === null ? Infinity : stats.nlink };
}

/** Pairs of outputs that are one file: a usage error. */
export function sameOutputs(targets: OutputTarget[]): [OutputTarget, OutputTarget][] {
  const pairs: [OutputTarget, OutputTarget][] = [];
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const [a, b] = [targets[i], targets[j]];
      if ((a.inode !== null && a.inode === b.inode) || (a.real !== null && a.real === b.real)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * Finds the outputs among the inputs of a run. `real` is an input's real path; `stats` gives its status, called
 * only when an output could be it under another name (a hard link), so that a walk of many files costs no
 * system call per file.
 */
export class OverlapFinder {
  private readonly byReal = new Map<string, OutputTarget>();
  private readonly byInode = new Map<string, OutputTarget>();
  private readonly linked: boolean;
  readonly found: Overlap[] = [];

  constructor(readonly targets: OutputTarget[]) {
    for (const t of targets) {
      if (t.real !== null) this.byReal.set(t.real, t);
      if (t.inode !== null) this.byInode.set(t.inode, t);
    }
    this.linked = targets.some((t) => t.links > 1);
  }

  /** Whether the input `source` is an output; recorded if so. */
  check(source: string, real: string, stats?: () => Stats | undefined): boolean {
    let target = this.byReal.get(real);
    if (!target && this.linked && this.byInode.size > 0) {
      const s = stats?.();
      if (s?.isFile()) target = this.byInode.get(inodeOf(s));
    }
    if (target) this.found.push({ output: describeTarget(target), input: source });
    return target !== undefined;
  }

  /** `check` for an input whose status is already known (a file named directly, standard input). */
  checkStats(source: string, stats: Stats | undefined): boolean {
    const target = stats?.isFile() ? this.byInode.get(inodeOf(stats)) : undefined;
    if (target) this.found.push({ output: describeTarget(target), input: source });
    return target !== undefined;
  }
}

export function describeTarget(t: OutputTarget): string {
  return t.name === '' ? t.flag : `${t.flag} ${t.name}`;
}

/** One line for a usage error: which output would replace which input, and what to do. */
export function overlapMessage(overlaps: Overlap[]): string {
  const first = overlaps[0];
  const more = overlaps.length > 1 ? ` (and ${overlaps.length - 1} more)` : '';
  return `${first.output} is also an input (${first.input})${more}: writing it would replace that file; write the output elsewhere, or leave the file out of the inputs (--exclude)`;
}

function realOf(name: string): string {
  try {
    return realpathSync(name);
  } catch {
    return path.resolve(name);
  }
}

/** Where a file not there yet will be created: a dangling symbolic link is replaced itself (see fileSink), so the
 * link's own place, in the real directory. */
function whereCreated(name: string): string {
  const abs = path.resolve(name);
  let dir = path.dirname(abs);
  try {
    dir = realpathSync(dir);
  } catch {
    // a missing directory: writing will fail and say so
  }
  return path.join(dir, path.basename(abs));
}

