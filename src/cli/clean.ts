// `corpus-clean [inputs...]`: clean pages into records.
import path from 'node:path';
import { discoverInputs, DEFAULT_INCLUDE, type Input } from '../io/discover.js';
import { createWriter, fileSink, outputFormat, OutputClosedError, stdoutSink, temporaryPath } from '../io/writers.js';
import { runInputs, type RunReject } from '../run/runner.js';
import { EXIT, UsageError } from './exit.js';

export interface CleanFlags {
  output?: string;
  format?: 'jsonl' | 'json';
  include?: string[];
  exclude?: string[];
  quiet?: boolean;
}

export async function runClean(args: string[], flags: CleanFlags): Promise<number> {
  if (args.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no inputs: give files, directories or - for standard input');
    args = ['-'];
  }
  const skip = flags.output ? [flags.output, temporaryPath(flags.output)] : [];
  const { inputs, missing } = await discoverInputs(args, {
    include: flags.include ?? DEFAULT_INCLUDE,
    exclude: flags.exclude ?? [],
    skip,
  });
  const rejects: RunReject[] = missing.map((m) => ({ source: m.source, reason: 'unreadable', message: m.message }));
  for (const r of rejects) reportReject(r);

  const format = outputFormat(flags.output, flags.format);
  const writer = createWriter(flags.output ? fileSink(flags.output) : stdoutSink(), format);
  let summary;
  try {
    summary = runInputs(inputs as Input[], writer, { onReject: reportReject });
    writer.close();
  } catch (err) {
    writer.abort();
    if (err instanceof OutputClosedError) return EXIT.ok;
    throw err;
  }
  const rejected = rejects.length + summary.rejects.length;
  if (!flags.quiet) {
    const where = flags.output ? ` to ${path.normalize(flags.output)}` : '';
    process.stderr.write(
      `corpus-clean: ${summary.inputs + missing.length} input(s), ${summary.records} record(s)${where}, ${rejected} rejected\n`,
    );
  }
  return rejected > 0 ? EXIT.rejected : EXIT.ok;
}

function reportReject(r: RunReject): void {
  process.stderr.write(`corpus-clean: ${r.source}: ${r.reason}: ${r.message}\n`);
}
