// `corpus-clean report INPUTS -o report.html`: clean the inputs as `corpus-clean` would and write one HTML file
// that shows, page by page, the fields, the kept body and every removed block with the rule that removed it.
import path from 'node:path';
import { createRequire } from 'node:module';
import { discoverInputs, DEFAULT_INCLUDE } from '../io/discover.js';
import { fileSink, OutputClosedError, stdoutSink, temporaryPath } from '../io/writers.js';
import { cleanBytes, inputFormat, readInput } from '../run/runner.js';
import { ReportCollector } from '../report/collect.js';
import { renderReport } from '../report/html.js';
import { EXIT } from './exit.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export interface ReportFlags {
  output?: string;
  include?: string[];
  exclude?: string[];
  maxPages?: number;
  quiet?: boolean;
}

export const DEFAULT_MAX_PAGES = 200;

export async function runReport(args: string[], flags: ReportFlags): Promise<number> {
  const skip = flags.output ? [flags.output, temporaryPath(flags.output)] : [];
  const { inputs, missing } = await discoverInputs(args, { include: flags.include ?? DEFAULT_INCLUDE, exclude: flags.exclude ?? [], skip });
  const collector = new ReportCollector(inputs.length + missing.length, flags.maxPages ?? DEFAULT_MAX_PAGES);
  let rejected = 0;
  const reject = (source: string, reason: string, message: string) => {
    rejected++;
    process.stderr.write(`corpus-clean: ${source}: ${reason}: ${message}\n`);
  };
  for (const m of missing) {
    reject(m.source, 'unreadable', m.message);
    collector.add(m.source, null, { source: m.source, reason: 'unreadable', message: m.message });
  }
  for (const input of inputs) {
    const read = readInput(input);
    if ('error' in read) {
      reject(input.source, 'unreadable', read.error);
      collector.add(input.source, null, { source: input.source, reason: 'unreadable', message: read.error });
      continue;
    }
    const result = cleanBytes(read.bytes, input.source);
    if ('ok' in result && !result.ok) reject(input.source, result.reject.reason, result.reject.message);
    collector.add(input.source, inputFormat(read.bytes, input.source), result);
  }
  const html = renderReport(collector.finish(), { version });
  const sink = flags.output ? fileSink(flags.output) : stdoutSink();
  try {
    sink.write(html);
    sink.close();
  } catch (err) {
    sink.abort();
    if (err instanceof OutputClosedError) return EXIT.ok;
    throw err;
  }
  if (!flags.quiet) {
    const where = flags.output ? ` to ${path.normalize(flags.output)}` : '';
    process.stderr.write(`corpus-clean: report of ${inputs.length + missing.length} page(s)${where}, ${rejected} rejected\n`);
  }
  return rejected > 0 ? EXIT.rejected : EXIT.ok;
}
