// The reject contract: every input that does not become a record becomes a reject with one of these reason codes
// and a message for people, so nothing is lost silently. The codes are stable (scripts match on them); the
// `--rejects` file holds one reject per line, in this shape.
import { z } from 'zod';
import { recordIdSchema } from './schema.js';

export const REJECT_REASONS = {
  unreadable: 'the path could not be read: missing, permission denied, a broken or looping symbolic link, not a regular file, an I/O error',
  'is-directory': 'a directory where a file was to be read (standard input redirected from a directory)',
  'too-large': 'the file (or a line of a --from-jsonl input) is larger than --max-bytes; it was not loaded',
  'invalid-json': 'a line of a --from-jsonl input is not valid JSON',
  'bad-input-record': 'a --from-jsonl record is not an object, lacks the --text-field string, or has an id or source that is not usable',
  binary: 'not text: NUL bytes, control bytes, or the signature of an image, archive or executable',
  empty: 'nothing to read: no bytes, only whitespace or invisible characters, or only NUL bytes',
  decode: 'most of the page could not be decoded in its encoding',
  'no-body': 'no article text found: every block was classified as page chrome',
  'invalid-record': 'the record failed schema validation (a bug: please report it)',
  'internal-error': 'the cleaner failed on this page (a bug: please report it with the page); the other pages went on',
  duplicate: 'with --drop-duplicates: the page repeats an earlier one (same body, or a near duplicate); duplicate_of names it',
} as const;

export type RejectReason = keyof typeof REJECT_REASONS;

/** Rejects that are errors: an input that could not be read, or a bug. The others say what a page turned out to be
 * (empty, binary, no article text, a duplicate, ...), an outcome of cleaning it; only errors make a run exit 1. */
export const FAILURE_REASONS: ReadonlySet<string> = new Set<RejectReason>(['unreadable', 'is-directory', 'invalid-record', 'internal-error']);

export function isFailure(reason: string): boolean {
  return FAILURE_REASONS.has(reason);
}

export const rejectSchema = z
  .object({
    source: z.string().min(1),
    reason: z.enum(Object.keys(REJECT_REASONS) as [RejectReason, ...RejectReason[]]),
    message: z.string().min(1),
    /** 1-based line of the page where the problem is, when there is one. */
    line: z.number().int().positive().optional(),
    /** For a `duplicate`: the id of the first page of its cluster, which the output keeps. */
    duplicate_of: recordIdSchema.optional(),
  })
  .strict();

export type Reject = z.infer<typeof rejectSchema>;

/** A reject with its fields in the documented order. */
export function makeReject(source: string, reason: RejectReason, message: string, line?: number): Reject {
  return line === undefined ? { source, reason, message } : { source, reason, message, line };
}

/** Anything thrown while one page was worked on, as that page's reject: one page never ends the run. */
export function internalError(source: string, err: unknown, line?: number): Reject {
  const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return makeReject(source, 'internal-error', `the cleaner failed on this page (a bug: please report it with the page): ${what}`, line);
}

/** A page left out as a later copy of another (`--drop-duplicates`), with the id of the page kept in its place. */
export function duplicateReject(source: string, message: string, duplicateOf: string): Reject {
  return { source, reason: 'duplicate', message, duplicate_of: duplicateOf };
}
