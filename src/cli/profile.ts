// `corpus-clean profile`: the corpus pass on its own. `profile INPUTS -o profile.json` counts the lines of the
// inputs (or of one shard of them); `profile --merge a.json b.json -o all.json` adds shard profiles up into the
// profile of the whole corpus. `corpus-clean --profile all.json` then cleans with it instead of a first pass.
import path from 'node:path';
import { DEFAULT_INCLUDE } from '../io/discover.js';
import { discoverInputsAside } from '../io/discover-thread.js';
import { fileSink, OutputError, stdoutSink, type Sink } from '../io/writers.js';
import { CorpusProfile } from '../corpus/profile.js';
import { profileInputs } from '../run/profile-pass.js';
import { EXIT, UsageError } from './exit.js';
import { profileArgument, shardFlag, takeShard } from './corpus-options.js';
import { threads } from './jobs.js';
import { checkedOutputs, refuseOverlaps } from './outputs.js';
import { countByReason, rejectsExit } from './rejects-exit.js';
import { display } from './display.js';
import { isChatty } from './terminal.js';
import { requiredInputs, type FileListFlags } from './file-list.js';
import { encodingFlag } from './encoding-flag.js';
import type { Reject } from '../rejects.js';

export interface ProfileFlags extends FileListFlags {
  output?: string;
  merge?: boolean;
  include?: string[];
  exclude?: string[];
  shard?: string;
  encoding?: string;
  maxBytes?: number;
  quiet?: boolean;
  verbose?: boolean;
  jobs?: number;
}

export async function runProfile(args: string[], flags: ProfileFlags): Promise<number> {
  args = await requiredInputs(args, flags, flags.merge ? 'profile files to merge' : 'files or directories to profile');
  const shard = shardFlag(flags.shard);
  encodingFlag(flags.encoding);
  if (flags.merge && shard) throw new UsageError('--merge and --shard do not go together: merge the profiles of all shards');

  let profile: CorpusProfile;
  let what: string;
  /** Paths of the inputs (of this shard) that could not be read: errors, reported, and exit 1. */
  let unread: Reject[] = [];
  if (flags.merge) {
    const parts = args.map(profileArgument);
    profile = parts[0];
    for (const [i, part] of parts.slice(1).entries()) {
      if (part.sketch.width !== profile.sketch.width || part.sketch.depth !== profile.sketch.depth) {
        throw new UsageError(`${args[i + 1]}: its counters have another shape than ${args[0]}'s; profiles merge only with profiles made alike`);
      }
      profile.merge(part);
    }
    what = `${parts.length} profile(s) merged`;
  } else {
    const outputs = checkedOutputs([['-o', flags.output]], { stdout: !flags.output });
    const found = await discoverInputsAside(args, { include: flags.include ?? DEFAULT_INCLUDE, exclude: flags.exclude ?? [], outputs });
    refuseOverlaps(found.overlaps);
    const inputs = takeShard(found.inputs, shard);
    unread = takeShard(found.rejects, shard);
    for (const r of unread) process.stderr.write(`corpus-clean: ${display(r.source)}: ${r.reason}: ${r.message}\n`);
    const options = { encoding: flags.encoding, maxBytes: flags.maxBytes };
    const jobs = threads(flags, inputs.length);
    if (jobs > 1) {
      // pages are read and counted on every core, and added up here in input order (the same profile as -j 1)
      const { CleanPool } = await import('../run/pool.js');
      const pool = new CleanPool(jobs, options, null);
      try {
        profile = await profileInputs(inputs, options, { counter: (input, withLines) => pool.count(input, withLines), window: 4 * jobs });
      } finally {
        await pool.close();
      }
    } else {
      profile = await profileInputs(inputs, options);
    }
    what = `${inputs.length} input(s) profiled`;
  }

  let sink: Sink | undefined;
  try {
    sink = flags.output ? fileSink(flags.output) : stdoutSink();
    sink.write(JSON.stringify(profile.toJSON()) + '\n');
    sink.close();
  } catch (err) {
    sink?.abort();
    if (err instanceof OutputError) {
      process.stderr.write(`corpus-clean: ${err.message}\n`);
      return EXIT.failed;
    }
    throw err;
  }
  if (isChatty(flags)) process.stderr.write(`corpus-clean: ${what}: ${profile.pages} page(s), ${profile.lines} line(s)${flags.output ? ` to ${path.normalize(flags.output)}` : ''}\n`);
  return rejectsExit(countByReason(unread));
}
