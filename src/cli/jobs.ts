// How many worker threads a run starts: what -j asks (by default one per core), but never more than the cores
// available, nor than the inputs. Threads beyond the cores only take turns on them, each with a heap of its own:
// -j 32 on 32 pages took 6.9 s and 860 MB where -j 2 took 1.3 s and 132 MB, and -j 300 on 300 pages 438 s and
// 6.3 GB.
import { availableParallelism } from 'node:os';

export interface WorkerThreads {
  jobs: number;
  /** Why fewer threads than -j asked for, for people on a terminal; null when -j was not given or is met. */
  note: string | null;
}

export function workerThreads(requested: number | undefined, inputs: number, cores = availableParallelism()): WorkerThreads {
  const jobs = Math.max(1, Math.min(requested ?? cores, cores, inputs));
  if (requested === undefined || jobs >= requested) return { jobs, note: null };
  const why = jobs === cores && cores < inputs ? `the cores available` : jobs === 1 ? 'the one input' : `one per input`;
  return { jobs, note: `-j ${requested}: ${jobs} worker thread${jobs === 1 ? '' : 's'}, ${why}` };
}

/** The worker threads for a run of `inputs` inputs, saying on a terminal (once, unless quiet) when -j was lowered. */
export function threads(flags: { jobs?: number; quiet?: boolean }, inputs: number): number {
  const { jobs, note } = workerThreads(flags.jobs, inputs);
  if (note && !flags.quiet && process.stderr.isTTY) process.stderr.write(`corpus-clean: ${note}\n`);
  return jobs;
}
