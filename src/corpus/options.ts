// Options of duplicate detection across a corpus, with their defaults. Kept apart from the page options
// (src/options.ts): they concern the corpus, and the signature part must be the same for every shard of a run.
import { z } from 'zod';

export const nearDuplicateOptionsSchema = z
  .object({
    /** Pages whose sets of word shingles have at least this Jaccard similarity are near duplicates. */
    threshold: z.number().gt(0).max(1).default(0.8),
    /** Words per shingle: five words are specific enough that unrelated stories rarely share one. */
    shingleWords: z.number().int().min(1).max(32).default(5),
    /** MinHash values per signature: more gives a closer similarity estimate, at 4 bytes each per page. */
    permutations: z.number().int().min(16).max(1024).default(128),
    /** Seed of the hash functions; signatures made with different seeds cannot be compared. */
    seed: z.number().int().min(0).max(0xffffffff).default(0x5eed1e55),
    /** LSH bands; by default the fewest candidates that still find a pair at the threshold (see lsh.ts). */
    bands: z.number().int().positive().optional(),
  })
  .strict()
  .refine((o) => o.bands === undefined || o.bands <= o.permutations, { message: 'bands cannot exceed permutations', path: ['bands'] });

export type NearDuplicateOptions = z.infer<typeof nearDuplicateOptionsSchema>;
export type NearDuplicateOptionsInput = z.input<typeof nearDuplicateOptionsSchema>;

/** What a signature depends on: two signatures can be compared only when these agree. */
export interface SignatureParams {
  shingleWords: number;
  permutations: number;
  seed: number;
}

export function resolveNearDuplicateOptions(input: NearDuplicateOptionsInput = {}): NearDuplicateOptions {
  return nearDuplicateOptionsSchema.parse(input);
}

export function signatureParams(o: SignatureParams): SignatureParams {
  return { shingleWords: o.shingleWords, permutations: o.permutations, seed: o.seed };
}
