// The files a command writes, told apart from one another and from its inputs before anything is written
// (src/io/overlap.ts): an output that is also an input, or two outputs that are one file, is a usage error.
import { statSync } from 'node:fs';
import { describeTarget, OverlapFinder, outputTargets, overlapMessage, sameOutputs, stdoutTarget, type Overlap, type OutputTarget } from '../io/overlap.js';
import { UsageError } from './exit.js';

/**
 * The outputs named by `named` (flag and path; unnamed ones left out), and standard output when it carries the
 * data to a regular file. Throws a UsageError when two of them are one file, or when one is a file the command
 * reads besides its inputs (`others`: a profile).
 */
export function checkedOutputs(named: [flag: string, name: string | undefined][], opts: { stdout: boolean; others?: [flag: string, name: string | undefined][] }): OutputTarget[] {
  const targets = outputTargets(named);
  const stdout = opts.stdout ? stdoutTarget() : null;
  if (stdout) targets.push(stdout);
  const [pair] = sameOutputs(targets);
  if (pair) throw new UsageError(`${describeTarget(pair[0])} and ${describeTarget(pair[1])} are the same file: give each output a file of its own`);
  const finder = new OverlapFinder(targets);
  for (const [flag, name] of opts.others ?? []) {
    if (name === undefined) continue;
    try {
      finder.checkStats(`${flag} ${name}`, statSync(name));
    } catch {
      // not there: reading it will say so
    }
  }
  refuseOverlaps(finder.found);
  return targets;
}

/** A usage error when an output is among the inputs found. */
export function refuseOverlaps(overlaps: Overlap[]): void {
  if (overlaps.length > 0) throw new UsageError(overlapMessage(overlaps));
}
