// `corpus-clean report INPUTS -o report.html`: clean the inputs as `corpus-clean` would and write one HTML file
// that shows, page by page, the fields, the kept body and every removed block with the rule that removed it.
import path from 'node:path';
import { createRequire } from 'node:module';
import { DEFAULT_INCLUDE } from '../io/discover.js';
import { discoverInputsAside } from '../io/discover-thread.js';
import { fileSink, stdoutSink, type Sink } from '../io/writers.js';
import { viewBytes, withInputOptions } from '../run/page.js';
import { readInput } from '../io/read-input.js';
import type { Reject } from '../rejects.js';
import { isChatty } from './terminal.js';
import { display } from './display.js';
import { requiredInputs, type FileListFlags } from './file-list.js';
import { ReportCollector } from '../report/collect.js';
import { renderReport } from '../report/html.js';
import { EXIT, outputFailure, UsageError } from './exit.js';
import { encodingFlag } from './encoding-flag.js';
import { onInterrupt } from './interrupt.js';
import { checkedOutputs, refuseOverlaps } from './outputs.js';
import { countByReason, isError, rejectsExit } from './rejects-exit.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export interface ReportFlags extends FileListFlags {
  output?: string;
  include?: string[];
  exclude?: string[];
  maxPages?: number;
  quiet?: boolean;
  encoding?: string;
  maxBytes?: number;
  verbose?: boolean;
}

export const DEFAULT_MAX_PAGES = 200;

export async function runReport(args: string[], flags: ReportFlags): Promise<number> {
  // a page of HTML and script is no use on a terminal: it goes to a file, or to a pipe that asked for it
  if (!flags.output && process.stdout.isTTY) throw new UsageError('report writes an HTML file: give -o report.html (or redirect standard output)');
  encodingFlag(flags.encoding);
  args = await requiredInputs(args, flags, 'pages to report on');
  const page = withInputOptions({ encoding: flags.encoding, maxBytes: flags.maxBytes });
  const outputs = checkedOutputs([['-o', flags.output]], { stdout: !flags.output });
  const { inputs, rejects, overlaps } = await discoverInputsAside(args, { include: flags.include ?? DEFAULT_INCLUDE, exclude: flags.exclude ?? [], outputs });
  refuseOverlaps(overlaps);
  // the output is opened before any page is read: a file that cannot be written fails the run at once
  let sink: Sink;
  try {
    sink = flags.output ? fileSink(flags.output) : stdoutSink();
  } catch (err) {
    return outputFailure(err);
  }
  // Ctrl-C and SIGTERM remove the temporary output, leaving any previous file as it was (interrupt.ts)
  const stopWatching = onInterrupt(() => sink.abort());
  const rejected: Reject[] = [];
  const chatty = isChatty(flags);
  try {
    const collector = new ReportCollector(inputs.length + rejects.length, flags.maxPages ?? DEFAULT_MAX_PAGES);
    const reject = (r: Reject) => {
      rejected.push(r);
      // errors always; the pages the report shows as rejected, with the summary
      if (isError(r.reason) || chatty) process.stderr.write(`corpus-clean: ${display(r.source)}: ${r.reason}: ${r.message}\n`);
    };
    for (const r of rejects) {
      reject(r);
      collector.add(r.source, { ok: false, reject: r, doc: null, format: null });
    }
    for (const input of inputs) {
      const read = await readInput(input, flags.maxBytes);
      if ('reject' in read) {
        reject(read.reject);
        collector.add(input.source, { ok: false, reject: read.reject, doc: null, format: null });
        continue;
      }
      const view = viewBytes(read.bytes, input.source, page);
      if (!view.ok) reject(view.reject);
      collector.add(input.source, view);
    }
    sink.write(renderReport(collector.finish(), { version }));
    sink.close();
  } catch (err) {
    sink.abort();
    return outputFailure(err);
  } finally {
    stopWatching();
  }
  if (chatty) {
    const where = flags.output ? ` to ${path.normalize(flags.output)}` : '';
    process.stderr.write(`corpus-clean: report of ${inputs.length + rejects.length} page(s)${where}, ${rejected.length} rejected\n`);
  }
  return rejectsExit(countByReason(rejected));
}
