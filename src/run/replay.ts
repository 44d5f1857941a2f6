// The cleaning round of a shard whose signature round kept what it cleaned (outcome-file.ts): its records and
// rejects are written as they were cleaned, in input order, and each record is marked (or dropped) when it repeats
// an earlier page, of an earlier shard (the merged signatures) or of this one, as a run that cleans them marks it.
import type { RecordWriter } from '../io/writers.js';
import type { Reject } from '../rejects.js';
import type { Outcome } from './outcome-file.js';
import { rejectAtLine } from './jsonl.js';
import { DuplicateMarker, writeRecord } from './runner.js';
import type { RunOptions, RunSummary } from './run-options.js';

export async function replayOutcomes(outcomes: AsyncIterable<Outcome>, writer: RecordWriter, opts: RunOptions): Promise<RunSummary> {
  const summary: RunSummary = { inputs: 0, records: 0, rejects: [], removed: {}, duplicates: 0 };
  const duplicates = new DuplicateMarker(opts);
  if (opts.shard?.earlier) await duplicates.replay(opts.shard.earlier);
  const reject = (r: Reject) => {
    summary.rejects.push(r);
    opts.onReject?.(r);
  };
  for await (const outcome of outcomes) {
    summary.inputs++;
    if ('reject' in outcome) {
      reject(outcome.reject);
      continue;
    }
    const { record, page, at } = outcome;
    if (record.warnings) opts.onWarnings?.(page.source, record.warnings);
    const marked = duplicates.next(record, page.source, { hash: page.hash, minhash: page.minhash }, page.position, at);
    if ('reject' in marked) reject(at ? rejectAtLine(marked.reject, page.source, at) : marked.reject);
    else writeRecord(marked.record, writer, summary);
  }
  summary.duplicates = duplicates.count;
  return summary;
}
