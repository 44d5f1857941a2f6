// The runner: every input goes through the cleaner in order, and ends up either as a record written to the
// output or as a reject with a reason. Nothing is lost: records + rejects = inputs. The work on one page is
// page.ts; the runner orders the outcomes and marks pages that repeat an earlier one.
import { duplicateReject, type Reject } from '../rejects.js';
import { DuplicateIndex, duplicateMessage, type BodySignature, type PageSignature } from '../corpus/duplicates.js';
import { resolveNearDuplicateOptions, signatureParams, type SignatureParams } from '../corpus/options.js';
import type { Input } from '../io/discover.js';
import type { RecordWriter } from '../io/writers.js';
import { planCorpus, type PendingPage } from './profile-pass.js';
import { inOrder } from './ordered.js';
import { startCleaner } from './cleaner.js';
import { recordParts, withInputOptions, type SerialisedRecord } from './page.js';
import type { JsonlLine, RunOptions, RunSummary } from './run-options.js';

export async function runInputs(inputs: Input[], writer: RecordWriter, options: RunOptions = {}): Promise<RunSummary> {
  const opts = withInputOptions(options);
  const summary: RunSummary = { inputs: inputs.length, records: 0, rejects: [], removed: {}, duplicates: 0 };
  const duplicates = new DuplicateMarker(opts);
  if (opts.shard?.earlier) await duplicates.replay(opts.shard.earlier);
  const reject = (r: Reject) => {
    summary.rejects.push(r);
    opts.onReject?.(r);
  };
  const cleaner = await startCleaner(inputs, { ...opts, signature: duplicates.params });
  try {
    const { profile, pages } = await planCorpus(inputs, opts, {
      into: cleaner.blank ?? undefined,
      counter: cleaner.count,
      inPlace: cleaner.countInPlace,
      window: cleaner.window,
      progress: opts.progress,
    });
    opts.progress?.cleaning();
    cleaner.useProfile(profile);
    // outcomes come in input order, one per input: the order in which duplicates are told apart
    const cleaned = async (page: PendingPage) => ({ input: page.input, outcome: await cleaner.clean(page) });
    for await (const { input, outcome } of inOrder(pages, cleaned, cleaner.window)) {
      if (!outcome.ok) {
        reject(outcome.reject);
        continue;
      }
      const { record, signature } = outcome;
      if (record.warnings) opts.onWarnings?.(input.source, record.warnings);
      // the input's own string for the source, which the duplicate index then keeps instead of a copy
      const marked = duplicates.next(record, input.source, signature);
      if ('reject' in marked) reject(marked.reject);
      else writeRecord(marked.record, writer, summary);
    }
  } finally {
    await cleaner.close();
  }
  summary.duplicates = duplicates.count;
  return summary;
}

/** Write a record and count it, with its removed blocks per rule. */
export function writeRecord(record: SerialisedRecord, writer: RecordWriter, summary: RunSummary): void {
  writer.writeSerialised(...recordParts(record));
  summary.records++;
  for (const [rule, n] of Object.entries(record.removed)) summary.removed[rule] = (summary.removed[rule] ?? 0) + n;
}

/**
 * Pages that repeat an earlier page of the run, in the order the records are given (input order): each gets
 * `duplicate_of`, the id of the first page of its cluster, or with `dropDuplicates` becomes a `duplicate` reject.
 */
export class DuplicateMarker {
  private readonly index: DuplicateIndex;
  /** What a body's signature is made with (workers make them with the same). */
  readonly params: SignatureParams;
  /** Pages found to repeat an earlier one (marked or dropped). */
  count = 0;
  /** The next record's position in the input order; a shard's records come after every page of earlier shards. */
  private position: number;

  constructor(private readonly opts: Pick<RunOptions, 'duplicates' | 'dropDuplicates' | 'shard' | 'onSignature'>) {
    this.index = new DuplicateIndex(resolveNearDuplicateOptions(opts.duplicates));
    this.params = signatureParams(this.index.options);
    this.position = opts.shard?.start ?? 0;
  }

  /** Take in the pages of earlier shards, in input order, as if their records had gone by (unmarked, uncounted). */
  async replay(pages: AsyncIterable<PageSignature>): Promise<void> {
    for await (const page of pages) {
      if (page.position >= this.position) break;
      this.index.add(page);
    }
  }

  /** The record to write, marked when it repeats an earlier one; or the reject of a dropped duplicate. `position`:
   * where the record stands, when the runner numbers records itself (else the one after the last). */
  next(record: SerialisedRecord, source: string, signature: BodySignature, position = this.position, at?: JsonlLine): { record: SerialisedRecord } | { reject: Reject } {
    this.position = position + 1;
    const page = { position, id: record.id, source, ...signature };
    this.opts.onSignature?.(page, record, at);
    const match = this.index.add(page);
    if (!match) return { record };
    this.count++;
    if (this.opts.dropDuplicates) return { reject: duplicateReject(source, duplicateMessage(match), match.first.id) };
    return { record: { ...record, duplicateOf: match.first.id } };
  }
}
