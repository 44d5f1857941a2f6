// The runner for `--from-jsonl`: every line of every JSONL input is a page from another tool. Each non-blank line
// ends up as a record (the page cleaned, the input record's id, source and other fields kept) or as a reject that
// names the file and line, in input order, so nothing is lost: records + rejects = lines read. Pages that repeat
// an earlier one are marked with duplicate_of (or dropped with --drop-duplicates) as in a run over files.
//
// A shard of a JSONL run knows where its first file stands among all the inputs, but not how many records the
// files before it hold; so in a shard a record's place in the whole run (its signature's position, by which
// shards' signatures are merged and earlier shards' pages told from this shard's) is a key of its file's position
// and its number within the file.
import { makeReject, type Reject } from '../rejects.js';
import type { Input } from '../io/discover.js';
import { readJsonlInput } from '../io/jsonl-input.js';
import type { RecordWriter } from '../io/writers.js';
import { cleanTextSerialised } from './page.js';
import { DuplicateMarker, writeRecord } from './runner.js';
import type { JsonlLine, RunOptions, RunSummary } from './run-options.js';
import { LongPageWorker, MAIN_THREAD_BYTES } from './long-pages.js';
import { DEFAULT_MAX_BYTES } from '../io/read-input.js';
import { resolveOptions } from '../options.js';

export interface JsonlRunOptions extends RunOptions {
  /** The field of each input record that holds the page text. */
  textField: string;
}

export const DEFAULT_TEXT_FIELD = 'text';

/** Records a JSONL file may hold in a shard (keys of file and record stay below 2^53 with up to 2^21 files). */
const RECORDS_PER_FILE = 2 ** 32;

/** The most JSONL files a sharded run can place its records in (see RECORDS_PER_FILE). */
export const MAX_SHARDED_JSONL_FILES = 2 ** 21;

/** The place in the whole run of a shard's record: the n-th record (from 0) of the file at `file` among all inputs. */
export function jsonlPosition(file: number, n: number): number {
  if (file >= MAX_SHARDED_JSONL_FILES || n >= RECORDS_PER_FILE) throw new Error(`record ${n} of input ${file}: past the ${MAX_SHARDED_JSONL_FILES} files of 2^32 records a sharded JSONL run can place`);
  return file * RECORDS_PER_FILE + n;
}

export async function runJsonlInputs(inputs: Input[], writer: RecordWriter, opts: JsonlRunOptions): Promise<RunSummary> {
  const summary: RunSummary = { inputs: 0, records: 0, rejects: [], removed: {}, duplicates: 0 };
  const { shard } = opts;
  const duplicates = new DuplicateMarker({ ...opts, shard: shard && { ...shard, start: jsonlPosition(shard.start, 0) } });
  if (shard?.earlier) await duplicates.replay(shard.earlier);
  const reject = (r: Reject) => {
    summary.inputs++;
    summary.rejects.push(r);
    opts.onReject?.(r);
  };
  const pageOptions = { clean: resolveOptions(opts.clean), maxBytes: opts.maxBytes, layout: opts.layout, signature: duplicates.params };
  const long = new LongPageWorker(pageOptions, () => null);
  try {
    for (const [file, input] of inputs.entries()) {
      let records = 0;
      for await (const item of readJsonlInput(input, { textField: opts.textField, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES })) {
        if (!item.ok) {
          reject(item.reject);
          continue;
        }
        const page = { source: item.source, text: item.text, id: item.id, warnings: item.warnings, passthrough: item.passthrough };
        // a long text is cleaned on a worker (its characters, as many as its bytes or fewer)
        const outcome = item.text.length > MAIN_THREAD_BYTES ? await long.clean({ page }) : cleanTextSerialised(page, pageOptions);
        if (!outcome.ok) {
          // the input file and line say where the page was; the record's own source is in the message
          reject(makeReject(input.source, outcome.reject.reason, outcome.reject.message + own(item.source, { source: input.source, line: item.line }), item.line));
          continue;
        }
        const { record, signature } = outcome;
        if (record.warnings) opts.onWarnings?.(item.source, record.warnings);
        const at = { source: input.source, line: item.line };
        const position = shard ? jsonlPosition(shard.start + file, records++) : undefined;
        const marked = duplicates.next(record, item.source, signature, position, at);
        if ('reject' in marked) {
          reject(rejectAtLine(marked.reject, item.source, at));
          continue;
        }
        summary.inputs++;
        writeRecord(marked.record, writer, summary);
      }
    }
  } finally {
    await long.close();
  }
  summary.duplicates = duplicates.count;
  return summary;
}

/** The reject of a record (its own source `source`) given at the file and line it was read from. */
export function rejectAtLine(r: Reject, source: string, at: JsonlLine): Reject {
  return { ...r, source: at.source, line: at.line, message: r.message + own(source, at) };
}

/** The record's own source, for a reject message, when it is not just the file and line. */
function own(source: string, at: JsonlLine): string {
  return source === `${at.source}:${at.line}` ? '' : ` (source ${source})`;
}
