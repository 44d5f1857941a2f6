// What a run over many inputs is told and tells back: options beyond one page's, and the summary of outcomes.
import type { PageWarning } from '../schema.js';
import type { Reject } from '../rejects.js';
import type { PageSignature } from '../corpus/duplicates.js';
import type { NearDuplicateOptionsInput } from '../corpus/options.js';
import type { CorpusPassProgress } from './profile-pass.js';
import type { PageOptions, SerialisedRecord } from './page.js';

/** Where a --from-jsonl record was read: its input file and line. */
export interface JsonlLine {
  source: string;
  line: number;
}

export interface RunSummary {
  inputs: number;
  records: number;
  rejects: Reject[];
  /** Removed blocks per rule, over all records. */
  removed: Record<string, number>;
  /** Pages found to duplicate an earlier page (marked with duplicate_of, or dropped with --drop-duplicates). */
  duplicates: number;
}

export interface RunOptions extends PageOptions {
  /** Worker threads cleaning pages; 1 (the default) cleans in this thread, with no start-up cost. */
  jobs?: number;
  /** Pages buffered to profile a stream that cannot be read twice (see planCorpus). */
  warmup?: number;
  onReject?: (reject: Reject) => void;
  onWarnings?: (source: string, warnings: PageWarning[]) => void;
  /** Duplicate detection across the inputs (threshold and signature options). */
  duplicates?: NearDuplicateOptionsInput;
  /** Later copies become rejects (`duplicate`) instead of records marked with duplicate_of. */
  dropDuplicates?: boolean;
  /** A shard of a larger run: where its first input stands in the whole input list, and the signatures of the
   * pages before it (in input order; any later ones are not read), so that it marks copies of them as one run
   * over all inputs does. */
  shard?: { start: number; earlier?: AsyncIterable<PageSignature> };
  /** Told every record's signature, with its position in the whole input list (a signature file of the shard),
   * and the record as cleaned (before it is marked as a duplicate); `at`: the file and line of a --from-jsonl
   * record. */
  onSignature?: (page: PageSignature, record: SerialisedRecord, at?: JsonlLine) => void;
  /** Told of the corpus pass, when there is one, as it reads the pages; `cleaning()` when the cleaning begins. */
  progress?: CorpusPassProgress & { cleaning(): void };
}
