// `corpus-clean profile`: the corpus pass on its own. `profile INPUTS -o profile.json` counts the lines of the
// inputs (or of one shard of them); `profile --merge a.json b.json -o all.json` adds shard profiles up into the
// profile of the whole corpus. `corpus-clean --profile all.json` then cleans with it instead of a first pass.
// For shards cleaned apart, `profile INPUTS --profile all.json --shard I/N -o sig-I.jsonl` writes the duplicate
// signatures of the shard's pages cleaned with that profile, `profile --merge sig-*.jsonl` merges them, and
// `corpus-clean --profile all.json --signatures sigs.jsonl --shard I/N` marks copies of pages of earlier shards.
import path from 'node:path';
import { DEFAULT_INCLUDE, JSONL_INCLUDE } from '../io/discover.js';
import { DEFAULT_TEXT_FIELD, runJsonlInputs } from '../run/jsonl.js';
import type { PageSignature } from '../corpus/duplicates.js';
import { discoverInputsAside } from '../io/discover-thread.js';
import { commitAll, fileSink, stdoutSink, type Committable, type RecordWriter, type Sink } from '../io/writers.js';
import { createOutcomeWriter, outcomeHeader } from '../run/outcome-file.js';
import { withInputOptions, type SerialisedRecord } from '../run/page.js';
import type { JsonlLine } from '../run/run-options.js';
import type { Layout } from '../io/layout.js';
import { CorpusProfile } from '../corpus/profile.js';
import { profileInputs, sharedProfile } from '../run/profile-pass.js';
import { mergeProfiles, ProfileMergeError } from '../run/profile-merge.js';
import { CountedPages } from '../corpus/counted-pages.js';
import { DEFAULT_MAX_BYTES } from '../io/read-input.js';
import { runInputs } from '../run/runner.js';
import { createSignatureWriter, isSignatureFile, mergeSignatureFiles, SignatureFileError } from '../corpus/signature-file.js';
import { resolveNearDuplicateOptions, signatureParams } from '../corpus/options.js';
import type { Input } from '../io/discover.js';
import { asUsageError, EXIT, outputFailure, UsageError } from './exit.js';
import { profileArgument, shardFlag, shardStart, checkShardedJsonlFiles, takeShard, type Shard } from './corpus-options.js';
import { threads } from './jobs.js';
import { checkedOutputs, refuseOverlaps } from './outputs.js';
import { onInterrupt } from './interrupt.js';
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
  /** The merged profile of the whole corpus: write the signatures of the pages cleaned with it. */
  profile?: string;
  /** Inputs are JSONL records from another tool, cleaned without a profile: write their signatures. */
  fromJsonl?: boolean;
  textField?: string;
  /** With the signatures, keep what was cleaned in this file, for the cleaning round (`clean --cleaned`). */
  cleaned?: string;
  /** Cleaning options of the records kept with --cleaned. */
  layout?: Layout;
  includeComments?: boolean;
}

export async function runProfile(args: string[], flags: ProfileFlags): Promise<number> {
  args = await requiredInputs(args, flags, flags.merge ? 'profile files to merge' : 'files or directories to profile');
  const shard = shardFlag(flags.shard);
  encodingFlag(flags.encoding);
  if (flags.merge && shard) throw new UsageError('--merge and --shard do not go together: merge the profiles of all shards');
  if (flags.merge && flags.profile !== undefined) throw new UsageError('--merge and --profile do not go together: --profile makes the signatures of a shard');
  if (flags.fromJsonl && (flags.merge || flags.profile !== undefined)) {
    throw new UsageError('--from-jsonl makes the signatures of JSONL records, which are cleaned without a profile: it goes with neither --merge nor --profile');
  }
  if (flags.textField !== undefined && !flags.fromJsonl) throw new UsageError('--text-field is for JSONL inputs: add --from-jsonl');
  if (flags.merge) {
    const signatures = args.filter(isSignatureFile);
    if (signatures.length === args.length) return mergeSignatures(args, flags);
    if (signatures.length > 0) throw new UsageError(`${signatures[0]} holds signatures and ${args.find((a) => !signatures.includes(a))} does not: merge profiles and signatures apart`);
    const parts = args.map((file) => ({ file, profile: profileArgument(file) }));
    let profile: CorpusProfile;
    try {
      profile = await mergeProfiles(parts);
    } catch (err) {
      throw asUsageError(err, ProfileMergeError);
    }
    return writeProfile(profile, `${parts.length} profile(s) merged`, flags);
  }

  if (flags.cleaned !== undefined && flags.profile === undefined && !flags.fromJsonl) throw new UsageError('--cleaned keeps the records of a signature round: it goes with --profile FILE or --from-jsonl');
  if ((flags.layout !== undefined || flags.includeComments) && flags.cleaned === undefined) throw new UsageError('--layout and --include-comments shape the records kept with --cleaned: add --cleaned FILE');
  const outputs = checkedOutputs(
    [
      ['-o', flags.output],
      ['--cleaned', flags.cleaned],
    ],
    { stdout: !flags.output, others: [['--profile', flags.profile]] },
  );
  const found = await discoverInputsAside(args, { include: flags.include ?? (flags.fromJsonl ? JSONL_INCLUDE : DEFAULT_INCLUDE), exclude: flags.exclude ?? [], outputs });
  refuseOverlaps(found.overlaps);
  if (flags.fromJsonl) checkShardedJsonlFiles(found.inputs.length);
  const inputs = takeShard(found.inputs, shard);
  const unread = takeShard(found.rejects, shard);
  for (const r of unread) process.stderr.write(`corpus-clean: ${display(r.source)}: ${r.reason}: ${r.message}\n`);
  if (flags.profile !== undefined || flags.fromJsonl) return writeSignatures(inputs, shardStart(found.inputs.length, shard), unread, flags);
  const profile = await profileShard(inputs, flags);
  const exit = await writeProfile(profile, `${inputs.length} input(s) profiled`, flags);
  return exit === EXIT.ok ? rejectsExit(countByReason(unread)) : exit;
}

/** The line profile of the inputs: pages read and counted on every core, added up in input order (the same
 * profile as -j 1). */
async function profileShard(inputs: Input[], flags: ProfileFlags): Promise<CorpusProfile> {
  const options = withInputOptions({ encoding: flags.encoding, maxBytes: flags.maxBytes });
  // the file lists the pages it counted, so that merges count a page and its copy in another shard once
  const into = sharedProfile();
  into.counted = new CountedPages(flags.encoding ?? null, flags.maxBytes ?? DEFAULT_MAX_BYTES);
  const jobs = threads(flags, inputs.length);
  if (jobs === 1) return profileInputs(inputs, options, { into });
  const { CleanPool } = await import('../run/pool.js');
  const pool = new CleanPool(jobs, options, null);
  try {
    return await profileInputs(inputs, options, { into, counter: (input, withLines) => pool.count(input, withLines), window: 4 * jobs });
  } finally {
    await pool.close();
  }
}

async function writeProfile(profile: CorpusProfile, what: string, flags: ProfileFlags): Promise<number> {
  const exit = await writeOutput(flags, async (sink) => sink.write(JSON.stringify(profile.toJSON()) + '\n'));
  if (exit === EXIT.ok && isChatty(flags)) process.stderr.write(`corpus-clean: ${what}: ${profile.pages} page(s), ${profile.lines} line(s)${target(flags)}\n`);
  return exit;
}

/**
 * The signatures of the inputs' cleaned bodies, made as `corpus-clean --profile` (or `--from-jsonl`) makes them
 * (the same cleaning, records thrown away), each with its position in the whole input list (`start`: the shard's
 * first input).
 */
async function writeSignatures(inputs: Input[], start: number, unread: Reject[], flags: ProfileFlags): Promise<number> {
  const profile = flags.fromJsonl ? null : profileArgument(flags.profile!);
  const rejects: Reject[] = [...unread];
  let pages = 0;
  const params = signatureParams(resolveNearDuplicateOptions());
  const others: Committable[] = [];
  const exit = await writeOutput(
    flags,
    async (sink) => {
      const signatures = createSignatureWriter(sink, params, profile?.digest());
      const cleaned = flags.cleaned === undefined ? undefined : createOutcomeWriter(flags.cleaned, outcomeHeader(profile, start, inputs.length, flags, params));
      if (cleaned) others.push(cleaned);
      const options = {
        clean: flags.includeComments ? { includeComments: true } : undefined,
        layout: flags.layout,
        encoding: flags.encoding,
        maxBytes: flags.maxBytes,
        shard: { start },
        onSignature: (page: PageSignature, record: SerialisedRecord, at?: JsonlLine) => (signatures.write(page), cleaned?.record(page, record, at), pages++),
        onReject: (r: Reject) => (rejects.push(r), cleaned?.reject(r)),
      };
      if (profile === null) await runJsonlInputs(inputs, discarded(), { ...options, textField: flags.textField ?? DEFAULT_TEXT_FIELD });
      else await runInputs(inputs, discarded(), { ...options, profile, jobs: threads(flags, inputs.length) });
    },
    others,
  );
  if (exit !== EXIT.ok) return exit;
  if (isChatty(flags)) process.stderr.write(`corpus-clean: ${inputs.length} input(s) cleaned: ${pages} signature(s)${target(flags)}\n`);
  return rejectsExit(countByReason(rejects));
}

/** Signature files of shards, merged into one in input order. */
async function mergeSignatures(files: string[], flags: ProfileFlags): Promise<number> {
  let pages = 0;
  const exit = await writeOutput(flags, async (sink) => {
    try {
      const merged = await mergeSignatureFiles(files);
      const writer = createSignatureWriter(sink, merged.params!, merged.profile ?? undefined);
      for await (const page of merged.pages) (writer.write(page), pages++);
    } catch (err) {
      throw asUsageError(err, SignatureFileError);
    }
  });
  if (exit === EXIT.ok && isChatty(flags)) process.stderr.write(`corpus-clean: ${files.length} signature file(s) merged: ${pages} signature(s)${target(flags)}\n`);
  return exit;
}

/** A writer for records nobody reads (the signature pass cleans pages only for their bodies). */
function discarded(): RecordWriter {
  const nothing = () => {};
  return { write: nothing, writeSerialised: nothing, finish: nothing, commit: nothing, close: nothing, abort: nothing };
}

function target(flags: ProfileFlags): string {
  return flags.output ? ` to ${path.normalize(flags.output)}` : '';
}

/** The output written by `write` as it goes, put in place only when complete (interrupted: the old file stays),
 * together with the `others` that `write` opens. */
async function writeOutput(flags: ProfileFlags, write: (sink: Sink) => Promise<void>, others: Committable[] = []): Promise<number> {
  let sink: Sink | undefined;
  const abortAll = () => [sink, ...others].forEach((o) => o?.abort());
  const stopWatching = onInterrupt(abortAll);
  try {
    sink = flags.output ? fileSink(flags.output) : stdoutSink();
    await write(sink);
    commitAll([sink, ...others]);
    return EXIT.ok;
  } catch (err) {
    abortAll();
    return outputFailure(err);
  } finally {
    stopWatching();
  }
}
