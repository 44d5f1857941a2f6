// Every tunable threshold of the cleaner, with its default, in one typed and validated place. The library takes
// a partial object and fills in the defaults; the CLI maps its flags onto the same schema.
import { z } from 'zod';
import { FITTED_KEEP_THRESHOLD } from './pipeline/weights.js';

const treeNodeSchema = z.object({ f: z.string().optional(), t: z.number().optional(), l: z.number().int().optional(), r: z.number().int().optional(), v: z.number() });
const scorerSchema = z.union([
  z.object({ linear: z.record(z.string(), z.number()) }),
  z.object({ base: z.number(), trees: z.array(z.array(treeNodeSchema)) }),
]);

export const cleanOptionsSchema = z
  .object({
    /** A kept block at least this long (columns) counts as a paragraph rather than a short line. */
    lengthLow: z.number().int().positive().default(70),
    /** A paragraph at least this long starts the article even when it does not end like a sentence. */
    lengthHigh: z.number().int().positive().default(200),
    /** A heading followed by at least this many headline-like lines is a link list ("We Recommend:"). */
    minLinkListItems: z.number().int().positive().default(3),
    /** Longest line (characters) that still reads as a headline in a link list. */
    maxHeadlineChars: z.number().int().positive().default(120),
    /** A block is kept when the classifier's final score reaches this probability. */
    keepThreshold: z.number().min(0).max(1).default(FITTED_KEEP_THRESHOLD),
    /** Stage-1 score above which a block counts for the densest-region search, below which against it. */
    regionThreshold: z.number().min(0).max(1).default(0.5),
    /** A further dense region counts when it weighs at least this share of the densest one. */
    regionShare: z.number().min(0).max(1).default(0.3),
    /** Corpus profile: a block whose lines recur in at least `corpusMinPages` pages and beyond `corpusOnset` of
     * the corpus's spread (log pages with the line / log corpus pages) loses `corpusWeight` log-odds per unit of
     * spread beyond the onset (see corpusPrior in src/pipeline/classify.ts). */
    corpusMinPages: z.number().int().min(2).default(3),
    corpusOnset: z.number().min(0).max(1).default(0.4),
    corpusWeight: z.number().min(0).default(8),
    /** Classifier weights (see src/pipeline/model.ts); by default those fitted on the development set. */
    weights: z.object({ stage1: scorerSchema, stage2: scorerSchema }).optional(),
    /** Headline ranker weights (see src/extract/title-features.ts); by default those fitted on the real-page set. */
    titleWeights: z.record(z.string(), z.number()).optional(),
    /** Paragraphs at least this similar (Dice coefficient on bigrams) to an earlier one are repeats. */
    nearDuplicateThreshold: z.number().min(0).max(1).default(0.9),
    /** Near-duplicate search only runs on pages with at most this many paragraphs (it is quadratic). */
    nearDuplicateMaxParagraphs: z.number().int().nonnegative().default(200),
    /** Narrowest and widest column a dump can be hard-wrapped at, and how a wrapped page is recognised. */
    minWrapWidth: z.number().int().positive().default(30),
    maxWrapWidth: z.number().int().positive().default(250),
    wrapBand: z.number().int().nonnegative().default(12),
    wrapShare: z.number().min(0).max(1).default(0.4),
    /** Write the reader comments taken out of the body into the record's `comments` (by default they are left out). */
    includeComments: z.boolean().default(false),
    /** HTML pages: a block with at least this share of its text in links is navigation, not prose. */
    htmlLinkDensity: z.number().min(0).max(1).default(0.5),
    /** HTML block model weights (see src/html/decide.ts); by default those fitted on the real set's pages. */
    htmlWeights: z.object({ linear: z.record(z.string(), z.number()), threshold: z.number().min(0).max(1) }).optional(),
  })
  .strict();

export type CleanOptions = z.infer<typeof cleanOptionsSchema>;
export type CleanOptionsInput = z.input<typeof cleanOptionsSchema>;

export function resolveOptions(input: CleanOptionsInput = {}): CleanOptions {
  return cleanOptionsSchema.parse(input);
}
