// The record contract: the single source of truth for what corpus-clean writes. Everything that emits a record
// validates it here first, and the TypeScript type is inferred from the schema so the two cannot drift apart.
import { z } from 'zod';

/** `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, or that with the zone the page printed (`Z`, `+01:00`), and a real calendar
 * date/time (no 2013-02-30, no 25:00, no offset beyond -12:00..+14:00). */
export const isoDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?$/, 'expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM±HH:MM')
  .refine(isRealDateTime, 'not a real calendar date or time');

export function isRealDateTime(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?:Z|([+-])(\d{2}):(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return false;
  if (m[6] !== undefined) {
    const offset = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
    if (Number(m[8]) > 59 || offset > 14 * 60 || offset < -12 * 60) return false;
  }
  return true;
}

/** A record id: the id a --from-jsonl input record carried (kept as given), else `idSchema`. */
export const recordIdSchema = z.string().min(1, 'id is empty');

/** A page hash: the first 16 hex digits of the SHA-256 of the page's raw bytes (the id of a page read from a file). */
export const idSchema = z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 lowercase hex digits');

const nonBlank = z.string().min(1).refine((s) => s.trim() === s && s !== '', 'must be trimmed and non-empty');

export const datelineSchema = z
  .object({
    place: nonBlank,
    date: nonBlank.nullable(),
    agency: nonBlank.nullable(),
  })
  .strict();

/** What the cleaner removed, so users can audit it: counts of removed blocks per rule id. */
export const statsSchema = z
  .object({
    lines: z.number().int().nonnegative(),
    blocks: z.number().int().nonnegative(),
    kept: z.number().int().nonnegative(),
    removed: z.record(z.string(), z.number().int().positive()),
  })
  .strict();

/** Something wrong with the page's bytes that did not stop it from being cleaned (invalid bytes replaced, an
 * encoding guessed, a cut-off end): the record says so, so that no damage passes silently. */
export const warningSchema = z
  .object({
    reason: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'expected a reason code such as invalid-bytes'),
    message: z.string().min(1),
    line: z.number().int().positive().optional(),
  })
  .strict();

/** A reader comment taken out of the body (`--include-comments`): who wrote it and when, as the page prints them
 * (null where it does not), and its text, paragraphs one blank line apart. */
export const commentSchema = z
  .object({
    author: nonBlank.nullable(),
    time: nonBlank.nullable(),
    text: z
      .string()
      .min(1, 'comment text is empty')
      .refine((s) => !/[ \t]$/m.test(s), 'comment text has trailing whitespace on a line'),
  })
  .strict();

export const recordSchema = z
  .object({
    /** 16 hex digits of the page's hash, or the id a --from-jsonl input record carried (kept as given). */
    id: recordIdSchema,
    source: z.string().min(1),
    title: nonBlank.nullable(),
    section: z.array(nonBlank),
    published: isoDateTimeSchema.nullable(),
    dateline: datelineSchema.nullable(),
    agency: nonBlank.nullable(),
    authors: z.array(nonBlank),
    editors: z.array(nonBlank),
    body: z
      .string()
      .min(1, 'body is empty')
      .refine((s) => !/[ \t]$/m.test(s), 'body has trailing whitespace on a line'),
    /** Reader comments below the article, in page order; present only with `--include-comments`. */
    comments: z.array(commentSchema).optional(),
    stats: statsSchema,
    /** The id of the first page, in input order, of the duplicates this page belongs to (the same body, or a
     * near duplicate by word shingles); null when no earlier page is one. It comes after the fields read from
     * the page itself because it is the one that depends on the rest of the corpus. */
    duplicate_of: recordIdSchema.nullable(),
    /** Present only when reading the page met a problem. */
    warnings: z.array(warningSchema).min(1).optional(),
    /** The other fields of a --from-jsonl input record, passed through untouched; present only when there are any. */
    passthrough: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export type Dateline = z.infer<typeof datelineSchema>;
export type Stats = z.infer<typeof statsSchema>;
export type RecordComment = z.infer<typeof commentSchema>;
export type PageWarning = z.infer<typeof warningSchema>;
export type CleanRecord = z.infer<typeof recordSchema>;

/** Field order of a record, as written. */
export const RECORD_FIELDS = Object.keys(recordSchema.shape) as (keyof CleanRecord)[];
