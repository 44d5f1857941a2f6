// `--summary-json FILE`: the end-of-run summary for machines (a CI step, a dashboard), written whatever --quiet
// says. Counts are keyed by reason and rule in name order, so two runs over the same input differ only in time.
import { fileSink, type Committable } from '../io/writers.js';
import { failedCount, type RunTotals } from './terminal.js';

export interface RunSummaryJson {
  files: number;
  inputs: number;
  records: number;
  /** Rejects that are failures (not duplicates dropped on request). */
  rejected: number;
  rejects: Record<string, number>;
  removed: Record<string, number>;
  duplicates: number;
  seconds: number;
}

export function summaryJson(totals: RunTotals): RunSummaryJson {
  return {
    files: totals.files,
    inputs: totals.inputs,
    records: totals.records,
    rejected: failedCount(totals.rejects),
    rejects: byName(totals.rejects),
    removed: byName(totals.removed),
    duplicates: totals.duplicates,
    seconds: Math.round(totals.seconds * 1000) / 1000,
  };
}

export interface SummaryJsonFile extends Committable {
  write(totals: RunTotals): void;
}

/** Opened with the other outputs, before any input is read (a run that cannot write it fails at once), and written
 * like them: to a temporary file renamed into place with the others (commitAll), so a reader never sees half of it. */
export function openSummaryJson(target: string): SummaryJsonFile {
  const sink = fileSink(target);
  return {
    write(totals) {
      sink.write(JSON.stringify(summaryJson(totals)) + '\n');
    },
    finish: () => sink.finish(),
    commit: () => sink.commit(),
    abort: () => sink.abort(),
  };
}

function byName(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
