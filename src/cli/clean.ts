// `corpus-clean [inputs...]`: clean pages into records.
import path from 'node:path';
import { DEFAULT_INCLUDE, JSONL_INCLUDE, type Discovered, type Input } from '../io/discover.js';
import { discoverInputsAside } from '../io/discover-thread.js';
import {
  commitAll,
  createWriter,
  fileSink,
  outputFormat,
  stdoutSink,
  type RecordWriter,
} from '../io/writers.js';
import { runInputs } from '../run/runner.js';
import type { RunOptions, RunSummary } from '../run/run-options.js';
import type { CorpusProfile } from '../corpus/profile.js';
import { differentParams, openSignatureFile, SignatureFileError, type OpenSignatureFile } from '../corpus/signature-file.js';
import { resolveNearDuplicateOptions, signatureParams, type NearDuplicateOptionsInput } from '../corpus/options.js';
import { DEFAULT_TEXT_FIELD, jsonlPosition, runJsonlInputs } from '../run/jsonl.js';
import { differentHeader, openOutcomeFile, OutcomeFileError, outcomeHeader, type Outcome, type OutcomeHeader } from '../run/outcome-file.js';
import { replayOutcomes } from '../run/replay.js';
import type { Reject } from '../rejects.js';
import type { PageWarning } from '../schema.js';
import { asUsageError, EXIT, outputFailure, UsageError } from './exit.js';
import { onInterrupt } from './interrupt.js';
import { createReporter, type RunReporter } from './terminal.js';
import { openSummaryJson, type SummaryJsonFile } from './summary-json.js';
import { display } from './display.js';
import { profileFlag, shardFlag, shardStart, checkShardedJsonlFiles, takeShard, type Shard } from './corpus-options.js';
import { threads } from './jobs.js';
import { checkedOutputs, refuseOverlaps } from './outputs.js';
import { countByReason, isError, rejectsExit } from './rejects-exit.js';
import { withListedFiles, type FileListFlags } from './file-list.js';
import type { Layout } from '../io/layout.js';
import type { OutputTarget } from '../io/overlap.js';
import { encodingFlag } from './encoding-flag.js';

export interface CleanFlags extends FileListFlags {
  output?: string;
  format?: 'jsonl' | 'json';
  /** How records are laid out: corpus-clean's own, or datatrove's. */
  layout?: Layout;
  include?: string[];
  exclude?: string[];
  quiet?: boolean;
  /** The summary and per-page lines on standard error even when it is not a terminal. */
  verbose?: boolean;
  /** Write rejects to this file (JSONL) instead of standard error. */
  rejects?: string;
  encoding?: string;
  maxBytes?: number;
  /** Inputs are JSONL records from another tool, the page text in `textField`. */
  fromJsonl?: boolean;
  textField?: string;
  /** Write the end-of-run summary as JSON to this file. */
  summaryJson?: string;
  dropDuplicates?: boolean;
  nearThreshold?: number;
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /** A profile file to use instead of a first pass; false (`--no-profile`): no corpus evidence. */
  profile?: string | false;
  /** `I/N`: clean only shard I of N of the inputs. */
  shard?: string;
  /** The merged signature file of all shards (`profile --profile`, `profile --merge`): copies of pages of earlier
   * shards are marked as in one run. */
  signatures?: string;
  /** What this shard's signature round cleaned (`profile --cleaned`): written instead of cleaning again. */
  cleaned?: string;
  /** Pages to profile before cleaning a stream (standard input). */
  warmup?: number;
  /** Exit 1 when any page is rejected, not only when an input cannot be read. */
  strict?: boolean;
  /** Records carry the reader comments taken out of the body. */
  includeComments?: boolean;
}

export async function runClean(args: string[], flags: CleanFlags): Promise<number> {
  args = await inputArgs(args, flags);
  const { shard, profile, targets } = checkedCleanFlags(flags);

  const started = performance.now();
  const reporter: RunReporter = createReporter({ quiet: flags.quiet, verbose: flags.verbose, recordsToStdout: !flags.output });
  const warn = (line: string) => reporter.log(`corpus-clean: ${line}`);
  let records: RecordWriter | undefined;
  let rejectsFile: RecordWriter | undefined;
  let summaryFile: SummaryJsonFile | undefined;
  const abortAll = () => {
    reporter.stop();
    records?.abort();
    rejectsFile?.abort();
    summaryFile?.abort();
  };
  let stopWatching = () => {};
  try {
    // open the outputs first: a run that cannot write its results fails before reading anything
    records = tickingRecords(createWriter(flags.output ? fileSink(flags.output) : stdoutSink(), outputFormat(flags.output, flags.format)), reporter);
    rejectsFile = flags.rejects ? createWriter(fileSink(flags.rejects), 'jsonl') : undefined;
    summaryFile = flags.summaryJson ? openSummaryJson(flags.summaryJson) : undefined;
    // signals are watched from here on: opening a named pipe as output blocks until its reader comes, and Ctrl-C
    // must end the program then too (a temporary file already made is removed by the next run)
    stopWatching = onInterrupt(abortAll);
    const onReject = rejectHandler(rejectsFile, reporter, flags.strict, warn);

    const found = await findInputs(args, flags, targets, warn);
    if (flags.fromJsonl && flags.signatures !== undefined) checkShardedJsonlFiles(found.inputs.length);
    // JSONL inputs hold an unknown number of records until read
    const inputs = takeShard(found.inputs, shard);
    const shardRejects = takeShard(found.rejects, shard);
    reporter.start(flags.fromJsonl ? null : inputs.length + shardRejects.length);
    shardRejects.forEach(onReject);
    const summary = await cleanInputs(inputs, records, flags, {
      reporter,
      onReject,
      warn,
      profile,
      shardStart: shardStart(found.inputs.length, shard),
    });

    const rejects = countByReason([...shardRejects, ...summary.rejects]);
    const totals = {
      files: inputs.length + shardRejects.length,
      inputs: summary.inputs + shardRejects.length,
      records: summary.records,
      rejects,
      removed: summary.removed,
      duplicates: summary.duplicates,
      seconds: (performance.now() - started) / 1000,
    };
    summaryFile?.write(totals);
    // every output complete before any is put in place: they change together, or none does
    commitAll([records, rejectsFile, summaryFile]);
    reporter.finish(totals, {
      output: flags.output && path.normalize(flags.output),
      rejectsFile: flags.rejects && path.normalize(flags.rejects),
      unit: flags.fromJsonl ? 'line' : 'page',
    });
    return rejectsExit(rejects, flags.strict);
  } catch (err) {
    abortAll();
    return outputFailure(err);
  } finally {
    stopWatching();
  }
}

/** The inputs named on the command line or in a file list; standard input when there are none. */
async function inputArgs(args: string[], flags: CleanFlags): Promise<string[]> {
  args = await withListedFiles(args, flags);
  // with a list, standard input is the list (or the list is elsewhere): never a page by default
  if (args.length === 0 && flags.filesFrom === undefined) {
    if (process.stdin.isTTY) throw new UsageError('no inputs: give files, directories or - for standard input');
    args = ['-'];
  }
  return args;
}

/** Flags checked together before anything is opened: a usage error leaves no file behind. */
function checkedCleanFlags(flags: CleanFlags): { shard: Shard | undefined; profile: CorpusProfile | null | undefined; targets: OutputTarget[] } {
  encodingFlag(flags.encoding);
  const shard = shardFlag(flags.shard);
  const profile = profileFlag(flags.profile);
  if (flags.rejects === '-') throw new UsageError('--rejects needs a file name: standard output carries the records');
  if (flags.summaryJson === '-') throw new UsageError('--summary-json needs a file name: standard output carries the records');
  if (flags.textField !== undefined && !flags.fromJsonl) throw new UsageError('--text-field is for JSONL inputs: add --from-jsonl');
  if (flags.signatures !== undefined && typeof flags.profile !== 'string' && !flags.fromJsonl) {
    throw new UsageError('--signatures goes with --profile FILE, the profile the signatures were made with (or with --from-jsonl, whose records are cleaned without one)');
  }
  const targets = checkedOutputs(
    [
      ['-o', flags.output],
      ['--rejects', flags.rejects],
      ['--summary-json', flags.summaryJson],
    ],
    {
      stdout: !flags.output,
      others: [
        ['--profile', typeof flags.profile === 'string' ? flags.profile : undefined],
        ['--signatures', flags.signatures],
        ['--cleaned', flags.cleaned],
      ],
    },
  );
  return { shard, profile, targets };
}

/** The record writer, each record written counted as one input done for the progress bar. */
function tickingRecords(writer: RecordWriter, reporter: RunReporter): RecordWriter {
  return {
    ...writer,
    write: (record) => (writer.write(record), reporter.tick('record')),
    writeSerialised: (...parts) => (writer.writeSerialised(...parts), reporter.tick('record')),
  };
}

function rejectHandler(rejectsFile: RecordWriter | undefined, reporter: RunReporter, strict: boolean | undefined, warn: (line: string) => void): (r: Reject) => void {
  return (r: Reject) => {
    rejectsFile?.write(r);
    // an error (an input that could not be read) is always shown; other rejects are outcomes, shown with the
    // summary unless --rejects lists them
    if (isError(r.reason, strict) || (!rejectsFile && reporter.chatty)) warn(rejectLine(r));
    reporter.tick('reject');
  };
}

/** The inputs the arguments name, with a warning for each directory that holds none. */
async function findInputs(args: string[], flags: CleanFlags, targets: OutputTarget[], warn: (line: string) => void): Promise<Discovered> {
  const include = flags.include ?? (flags.fromJsonl ? JSONL_INCLUDE : DEFAULT_INCLUDE);
  const found = await discoverInputsAside(args, { include, exclude: flags.exclude ?? [], outputs: targets });
  refuseOverlaps(found.overlaps);
  if (!flags.quiet) {
    for (const dir of found.emptyDirs) warn(`${display(dir)}: warning: no files matching ${include.join(', ')}`);
  }
  return found;
}

interface CleanContext {
  reporter: RunReporter;
  onReject: (r: Reject) => void;
  warn: (line: string) => void;
  profile: CorpusProfile | null | undefined;
  /** Where this shard's inputs start among all the inputs. */
  shardStart: number;
}

/** Cleans this shard's inputs into the record writer: JSONL records from another tool, or pages. */
async function cleanInputs(inputs: Input[], records: RecordWriter, flags: CleanFlags, ctx: CleanContext): Promise<RunSummary> {
  const { reporter, warn, profile } = ctx;
  const onWarnings = !reporter.chatty ? undefined : (source: string, warnings: PageWarning[]) => warnings.forEach((w) => warn(warningLine(source, w)));
  const runOptions = {
    clean: flags.includeComments ? { includeComments: true } : undefined,
    encoding: flags.encoding,
    maxBytes: flags.maxBytes,
    onReject: ctx.onReject,
    onWarnings,
    duplicates: { threshold: flags.nearThreshold },
    dropDuplicates: flags.dropDuplicates,
    layout: flags.layout,
  };
  const shard = flags.signatures === undefined ? undefined : await earlierShards(flags.signatures, flags.fromJsonl ? null : profile!, ctx.shardStart, runOptions.duplicates);
  if (flags.cleaned !== undefined) {
    const expected = outcomeHeader(flags.fromJsonl ? null : profile!, ctx.shardStart, inputs.length, flags, signatureParams(resolveNearDuplicateOptions(runOptions.duplicates)));
    const cleaned = await cleanedOutcomes(flags.cleaned, expected);
    const start = flags.fromJsonl ? jsonlPosition(ctx.shardStart, 0) : ctx.shardStart;
    return replayOutcomes(cleaned, records, { ...runOptions, shard: { ...shard, start } });
  }
  if (flags.fromJsonl) return runJsonlInputs(inputs, records, { ...runOptions, textField: flags.textField ?? DEFAULT_TEXT_FIELD, shard });
  return runInputs(inputs, records, {
    ...runOptions,
    jobs: threads(flags, inputs.length),
    progress: reporter.corpusPass,
    profile,
    warmup: flags.warmup,
    shard,
  });
}

function rejectLine(r: Reject): string {
  return `${display(r.source)}${r.line ? `:${r.line}` : ''}: ${r.reason}: ${r.message}`;
}

function warningLine(source: string, w: PageWarning): string {
  return `${display(source)}${w.line ? `:${w.line}` : ''}: warning: ${w.reason}: ${w.message}`;
}

/** The outcomes a signature round kept, checked to be what this run would clean (the same profile, shard, inputs,
 * options and signature parameters). */
async function cleanedOutcomes(file: string, expected: OutcomeHeader): Promise<AsyncGenerator<Outcome>> {
  try {
    const { header, outcomes, close } = await openOutcomeFile(file, expected);
    const differs = differentHeader(header, expected);
    if (differs.length > 0) {
      close();
      throw new UsageError(`--cleaned ${file}: not made for this run: its ${differs.join(', ')} ${differs.length === 1 ? 'differs' : 'differ'}; keep the signature round's flags`);
    }
    return asUsageErrors(outcomes);
  } catch (err) {
    throw asUsageError(err, OutcomeFileError);
  }
}

/** The outcomes, a damaged line found on the way a usage error (the run's outputs are then left as they were). */
async function* asUsageErrors(outcomes: AsyncGenerator<Outcome>): AsyncGenerator<Outcome> {
  try {
    yield* outcomes;
  } catch (err) {
    throw asUsageError(err, OutcomeFileError);
  }
}

/** The pages of earlier shards in a merged signature file, checked to be comparable with this run's: the same
 * signature parameters, bodies cleaned with the same profile (none for --from-jsonl records). */
async function earlierShards(file: string, profile: CorpusProfile | null, start: number, duplicates: NearDuplicateOptionsInput): Promise<RunOptions['shard']> {
  let opened: OpenSignatureFile;
  try {
    opened = await openSignatureFile(file);
  } catch (err) {
    throw asUsageError(err, SignatureFileError);
  }
  const params = signatureParams(resolveNearDuplicateOptions(duplicates));
  const differs = differentParams(opened.params, params);
  const problem =
    differs.length > 0
      ? `its signatures are made with other parameters (${differs.join(', ')})`
      : opened.profile !== (profile?.digest() ?? null)
        ? profile
          ? 'its pages were cleaned with another profile than --profile'
          : 'its pages were cleaned with a corpus profile, and --from-jsonl records are cleaned without one'
        : null;
  if (problem) {
    opened.close();
    throw new UsageError(`--signatures ${file}: ${problem}`);
  }
  return { start, earlier: opened.pages };
}
