// `corpus-clean [inputs...]`: clean pages into records.
import path from 'node:path';
import { discoverInputs, DEFAULT_INCLUDE } from '../io/discover.js';
import { isKnownEncoding } from '../io/decode.js';
import {
  createWriter,
  fileSink,
  outputFormat,
  OutputClosedError,
  OutputError,
  stdoutSink,
  temporaryPath,
  type RecordWriter,
} from '../io/writers.js';
import { runInputs } from '../run/runner.js';
import type { Reject } from '../rejects.js';
import type { PageWarning } from '../schema.js';
import { EXIT, UsageError } from './exit.js';
import { onInterrupt } from './interrupt.js';

export interface CleanFlags {
  output?: string;
  format?: 'jsonl' | 'json';
  include?: string[];
  exclude?: string[];
  quiet?: boolean;
  /** Write rejects to this file (JSONL) instead of standard error. */
  rejects?: string;
  encoding?: string;
  maxBytes?: number;
  dropDuplicates?: boolean;
  nearThreshold?: number;
}

export async function runClean(args: string[], flags: CleanFlags): Promise<number> {
  if (args.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no inputs: give files, directories or - for standard input');
    args = ['-'];
  }
  if (flags.encoding !== undefined && !isKnownEncoding(flags.encoding)) {
    throw new UsageError(`unknown encoding "${flags.encoding}" (for example utf-8, windows-1252, gb18030, big5, shift_jis, euc-kr)`);
  }
  if (flags.rejects === '-') throw new UsageError('--rejects needs a file name: standard output carries the records');
  if (flags.output && flags.rejects && path.resolve(flags.output) === path.resolve(flags.rejects)) {
    throw new UsageError('-o and --rejects name the same file');
  }

  let records: RecordWriter | undefined;
  let rejectsFile: RecordWriter | undefined;
  const abortAll = () => {
    records?.abort();
    rejectsFile?.abort();
  };
  let stopWatching = () => {};
  try {
    // open the outputs first: a run that cannot write its results fails before reading anything
    records = createWriter(flags.output ? fileSink(flags.output) : stdoutSink(), outputFormat(flags.output, flags.format));
    rejectsFile = flags.rejects ? createWriter(fileSink(flags.rejects), 'jsonl') : undefined;
    // signals are watched from here on: opening a named pipe as output blocks until its reader comes, and Ctrl-C
    // must end the program then too (a temporary file already made is removed by the next run)
    stopWatching = onInterrupt(abortAll);
    const onReject = (r: Reject) => (rejectsFile ? rejectsFile.write(r) : reportReject(r));

    const outputs = [flags.output, flags.rejects].filter((p): p is string => p !== undefined);
    const found = await discoverInputs(args, {
      include: flags.include ?? DEFAULT_INCLUDE,
      exclude: flags.exclude ?? [],
      skip: [...outputs, ...outputs.map(temporaryPath)],
    });
    if (!flags.quiet) {
      for (const dir of found.emptyDirs) warn(`${display(dir)}: warning: no files matching ${(flags.include ?? DEFAULT_INCLUDE).join(', ')}`);
    }
    found.rejects.forEach(onReject);
    const summary = await runInputs(found.inputs, records, {
      encoding: flags.encoding,
      maxBytes: flags.maxBytes,
      onReject,
      onWarnings: flags.quiet ? undefined : reportWarnings,
      duplicates: { threshold: flags.nearThreshold },
      dropDuplicates: flags.dropDuplicates,
    });
    records.close();
    rejectsFile?.close();

    // duplicates dropped on request are reported like rejects but are no failure: they leave the exit code alone
    const dropped = flags.dropDuplicates ? summary.duplicates : 0;
    const rejected = found.rejects.length + summary.rejects.length - dropped;
    if (!flags.quiet) {
      const where = flags.output ? ` to ${path.normalize(flags.output)}` : '';
      const listed = flags.rejects && rejected + dropped > 0 ? ` (listed in ${path.normalize(flags.rejects)})` : '';
      const dups = summary.duplicates > 0 ? ` (${summary.duplicates} ${flags.dropDuplicates ? 'duplicate(s) dropped' : 'marked duplicate_of'})` : '';
      warn(`${summary.inputs + found.rejects.length} input(s), ${summary.records} record(s)${where}, ${rejected} rejected${listed}${dups}`);
    }
    return rejected > 0 ? EXIT.rejected : EXIT.ok;
  } catch (err) {
    abortAll();
    if (err instanceof OutputClosedError) return EXIT.ok;
    if (err instanceof OutputError) {
      warn(err.message);
      return EXIT.failed;
    }
    throw err;
  } finally {
    stopWatching();
  }
}

function reportReject(r: Reject): void {
  warn(`${display(r.source)}${r.line ? `:${r.line}` : ''}: ${r.reason}: ${r.message}`);
}

function reportWarnings(source: string, warnings: PageWarning[]): void {
  for (const w of warnings) warn(`${display(source)}${w.line ? `:${w.line}` : ''}: warning: ${w.reason}: ${w.message}`);
}

function warn(line: string): void {
  process.stderr.write(`corpus-clean: ${line}\n`);
}

/** A path as printed in one line of standard error: names with line breaks or other controls are quoted. */
function display(source: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(source) ? JSON.stringify(source) : source;
}
