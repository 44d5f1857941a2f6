// What `corpus-clean check` says of a corpus file and of one record, for the command and for the library: each
// record validated against the record schema (in corpus-clean's layout or datatrove's), with the problems named
// by field and located at the line of the file that holds the field.
import type { Input } from '../io/discover.js';
import { fromDatatrove } from '../io/layout.js';
import { readCorpusFile } from './corpus-file.js';
import { recordProblems, type FieldPath } from './record-problems.js';

export interface CheckProblem {
  /** The line of the file (1-based) holding the field, or the line that could not be read; absent for a record
   * given alone, or a file that cannot be read at all. */
  line?: number;
  /** The field, as `title`, `authors[0]`, `stats.removed.chrome:widget`, `metadata.title` (datatrove's layout),
   * `(record)` for the record as a whole, or `error` when the file or a line of it is not records. */
  field: string;
  message: string;
}

/** One entry of a corpus file: a record with its problems (none when it is sound), or a part that is no record. */
export type CheckedEntry = { kind: 'record'; problems: CheckProblem[] } | { kind: 'error'; problem: CheckProblem };

/** The problems of one record (a parsed JSON value), in corpus-clean's layout or datatrove's; [] when sound. */
export function checkRecord(value: unknown): CheckProblem[] {
  return located(value, () => undefined);
}

/** The entries of a corpus file (JSONL, or a JSON array; gzip or zstd compressed by the name), in file order,
 * streamed: a corpus of any size is checked in constant memory. */
/** `maxBytes` bounds a JSONL line and a JSON file, as readCorpusFile says. */
export async function* checkEntries(input: Input, maxBytes?: number): AsyncGenerator<CheckedEntry> {
  for await (const entry of readCorpusFile(input, maxBytes)) {
    if (entry.kind === 'error') yield { kind: 'error', problem: { ...(entry.line ? { line: entry.line } : {}), field: 'error', message: entry.message } };
    else yield { kind: 'record', problems: located(entry.value, entry.locate) };
  }
}

/** Checks a corpus file: the records read and every problem found (a file that cannot be read is one problem). */
export async function checkFile(file: string): Promise<{ records: number; problems: CheckProblem[] }> {
  let records = 0;
  const problems: CheckProblem[] = [];
  for await (const entry of checkEntries({ kind: 'file', source: file, path: file })) {
    if (entry.kind === 'error') problems.push(entry.problem);
    else {
      records++;
      problems.push(...entry.problems);
    }
  }
  return { records, problems };
}

// a record in datatrove's layout is checked as the record it holds, its problems named where the file has the
// field (text, metadata.title)
function located(value: unknown, locate: (path: FieldPath) => number | undefined): CheckProblem[] {
  const datatrove = fromDatatrove(value);
  return recordProblems(datatrove ? datatrove.record : value).map((p) => {
    const at = datatrove ? datatrove.pathInFile(p.path) : p.path;
    const line = locate(at);
    return { ...(line !== undefined ? { line } : {}), field: fieldName(at), message: p.message };
  });
}

/** `stats.removed.chrome:widget`, `authors[0]`, or `(record)` for the record as a whole. */
export function fieldName(path: FieldPath): string {
  if (path.length === 0) return '(record)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
