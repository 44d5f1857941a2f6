// What a profile file may hold, as a zod schema: every field checked before any is used, so a profile written by
// hand or damaged (`"pages": -5`, a fraction, a missing field, counters of another shape) is refused with the field
// named, never read into counts that silently change the records. The TypeScript type is inferred from it.
import { z } from 'zod';
import { countedPagesSchema } from './counted-pages.js';

export const PROFILE_FORMAT = 'corpus-clean-profile';
export const PROFILE_VERSION = 1;

/** The most counter memory a profile may ask for (its counters are inflated into it): 8 times the default shape. */
export const MAX_COUNTER_BYTES = 256 * 1024 * 1024;

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const profileFileSchema = z
  .object({
    format: z.literal(PROFILE_FORMAT),
    version: z.literal(PROFILE_VERSION),
    pages: count,
    /** Line occurrences counted (each page's distinct lines), for the collision noise. */
    lines: count,
    sketch: z.object({
      width: z.number().int().positive(),
      depth: z.number().int().positive().max(64),
      encoding: z.literal('deflate-base64-u32le'),
      counts: z.string(),
    }),
    heavyHitters: z.number().int().nonnegative().max(1_000_000),
    /** Most frequent lines first: [pages, text]. */
    heavy: z.array(z.tuple([count, z.string()])),
    /** The pages counted (a profile made by `profile`), so that merges count a page and its copy once. */
    counted: countedPagesSchema.optional(),
  })
  .refine((f) => f.sketch.width * f.sketch.depth * 4 <= MAX_COUNTER_BYTES, {
    message: `counters larger than ${MAX_COUNTER_BYTES / 1024 / 1024} MiB`,
    path: ['sketch'],
  });

export type ProfileFile = z.infer<typeof profileFileSchema>;

/** The profile file, or an error saying what is wrong with it (the first problem, with its field). */
export function parseProfileFile(value: unknown): ProfileFile {
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== PROFILE_FORMAT) throw new Error('not a corpus-clean profile');
  const version = (value as { version?: unknown }).version;
  if (version !== PROFILE_VERSION) throw new Error(`profile version ${String(version)} is not supported (expected ${PROFILE_VERSION})`);
  const parsed = profileFileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
  throw new Error(`${field || 'the profile'}: ${issue.message}`);
}
