// Every tunable threshold of the cleaner, with its default, in one typed and validated place. The library takes
// a partial object and fills in the defaults; the CLI maps its flags onto the same schema.
import { z } from 'zod';

export const cleanOptionsSchema = z
  .object({
    /** Blocks shorter than this (characters) are "short": their neighbours decide (jusText's length_low). */
    lengthLow: z.number().int().positive().default(70),
    /** Blocks at least this long with enough stop words are "good" on their own (jusText's length_high). */
    lengthHigh: z.number().int().positive().default(200),
    /** A block with enough stop words that ends like a sentence is "good" from this length on. */
    sentenceLength: z.number().int().positive().default(100),
    /** Stop-word density at or above which a block reads as prose (jusText's stopwords_low / _high). */
    stopwordsLow: z.number().min(0).max(1).default(0.2),
    stopwordsHigh: z.number().min(0).max(1).default(0.25),
    /** A heading is kept when good text follows within this many characters (jusText's max_heading_distance). */
    maxHeadingDistance: z.number().int().nonnegative().default(200),
    /** A heading followed by at least this many headline-like lines is a link list ("We Recommend:"). */
    minLinkListItems: z.number().int().positive().default(3),
    /** Longest line (characters) that still reads as a headline in a link list. */
    maxHeadlineChars: z.number().int().positive().default(120),
    /** In the main-content search, each character of a boilerplate block costs this many content characters. */
    boilerplatePenalty: z.number().nonnegative().default(1),
    /** Paragraphs at least this similar (Dice coefficient on bigrams) to an earlier one are repeats. */
    nearDuplicateThreshold: z.number().min(0).max(1).default(0.9),
    /** Near-duplicate search only runs on pages with at most this many paragraphs (it is quadratic). */
    nearDuplicateMaxParagraphs: z.number().int().nonnegative().default(200),
    /** Narrowest and widest column a dump can be hard-wrapped at, and how a wrapped page is recognised. */
    minWrapWidth: z.number().int().positive().default(30),
    maxWrapWidth: z.number().int().positive().default(250),
    wrapBand: z.number().int().nonnegative().default(12),
    wrapShare: z.number().min(0).max(1).default(0.4),
    /** HTML pages: a block with at least this share of its text in links is navigation, not prose. */
    htmlLinkDensity: z.number().min(0).max(1).default(0.5),
  })
  .strict();

export type CleanOptions = z.infer<typeof cleanOptionsSchema>;
export type CleanOptionsInput = z.input<typeof cleanOptionsSchema>;

export function resolveOptions(input: CleanOptionsInput = {}): CleanOptions {
  return cleanOptionsSchema.parse(input);
}
