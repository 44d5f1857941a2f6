// Every tunable of the cleaner (thresholds, weights, cut-offs, window sizes, word counts), with its default and
// what it decides, in one typed and validated place. The library takes a partial object and fills in the
// defaults; the CLI maps its flags onto the same schema. The first options stand at the top level; the others are
// grouped by the stage that reads them (`teasers`, `comments`, ...), each group filled in from its defaults when
// it is left out or given in part. Facts that nobody would tune (Unicode ranges, format sizes) stay named
// constants in their modules (test/module-constants.json says why each one is not an option).
import { z } from 'zod';
import { FITTED_KEEP_THRESHOLD } from './pipeline/weights.js';

const treeNodeSchema = z.object({ f: z.string().optional(), t: z.number().optional(), l: z.number().int().optional(), r: z.number().int().optional(), v: z.number() });
const scorerSchema = z.union([
  z.object({ linear: z.record(z.string(), z.number()) }),
  z.object({ base: z.number(), trees: z.array(z.array(treeNodeSchema)) }),
]);

/** A count (of blocks, lines, words, characters, columns) with its default. */
const count = (defaultValue: number, description: string) => z.number().int().nonnegative().default(defaultValue).describe(description);
/** A share between 0 and 1 with its default. */
const share = (defaultValue: number, description: string) => z.number().min(0).max(1).default(defaultValue).describe(description);
/** A group of options, filled in from its defaults when it is left out or given in part. Every member has a
 * default, so the empty object is a valid input (which TypeScript cannot see through the generic shape). */
const group = <T extends Record<string, z.ZodDefault>>(shape: T, description: string) => {
  const schema = z.object(shape).strict();
  return schema.prefault({} as z.input<typeof schema>).describe(description);
};

const teasers = group(
  {
    minCycles: count(3, 'Headline + summary cycles that make a teaser list: two could be an article\'s short sections.'),
    maxCycleGap: count(4, 'Short lines allowed between one cycle\'s summary and the next headline (kicker, byline, number, credit).'),
    maxHeadlineChars: count(150, 'A teaser headline is a few words on one line no longer than this (columns).'),
    minHeadlineWords: count(2, 'Fewest words of a teaser headline.'),
    maxHeadlineWords: count(20, 'Most words of a teaser headline.'),
    minSummaryChars: count(40, 'Shortest teaser summary (columns).'),
    maxSummaryChars: count(320, 'Longest teaser summary (columns); a longer paragraph is the article\'s.'),
    maxSummarySentences: count(3, 'Most sentences of a teaser summary; more make an article paragraph.'),
    minSharedTails: count(3, 'Blocks ending with the same few link words ("Read now") that make a teaser list.'),
    maxTailGap: count(2, 'Blocks from one shared-tail block to the next at most.'),
    maxTailWords: count(4, 'Most words of a shared tail.'),
    maxTailChars: count(40, 'Longest shared tail (columns).'),
    minDoubled: count(2, 'Doubled (or echoed) headlines that make a teaser list.'),
    maxDoubledGap: count(3, 'Blocks from one doubled headline to the next at most.'),
    minDoubledChars: count(12, 'Shortest phrase that counts as a doubled or echoed headline (columns).'),
    minCut: count(3, 'Summaries cut off with an ellipsis that make a teaser list.'),
    maxCutGap: count(2, 'Blocks from one cut summary to the next at most.'),
    minCutChars: count(60, 'Shortest cut summary (columns).'),
    maxFurnitureChars: count(80, 'Longest line of furniture between a teaser box\'s stories (columns).'),
    minRestChars: count(400, 'Kept text (columns) the page must have outside its teaser runs for them to go: otherwise the list is the page.'),
  },
  'Teaser lists: boxes of other stories printed as headline and summary (src/pipeline/teasers.ts).',
);

const inserts = group(
  {
    maxItems: count(4, 'Most short items under one label of links set inside the article: three headlines, or a headline with its caption and a kicker.'),
    maxItemChars: count(200, 'Longest such item (columns): a headline or a caption, not a paragraph.'),
    minProseChars: count(80, 'Shortest paragraph (columns) that shows the article going on around an insert; an item ending like a sentence stays under it.'),
  },
  'Links to other stories set inside the article: a label line such as "Related" over a few short items, then the article again (src/pipeline/inserts.ts).',
);

const feeds = group(
  {
    minItems: count(3, 'Items under time stamps that make a news feed: two could be an article\'s timeline of a morning.'),
    maxItemGap: count(4, 'Most blocks from one time stamp to the next (an item\'s headline, its picture, an embedded post).'),
    maxBriefChars: count(200, 'A brief feed item: its text, time stamp left out, is at most this long (columns).'),
    minBriefShare: share(0.5, 'Share of a feed\'s items that are brief and printed as one entry; a live blog\'s entries are not.'),
    minNewestFirst: share(0.75, 'Share of steps between a feed\'s clock times that go back in time: feeds print the newest first, an article\'s timeline runs forward.'),
    minRestChars: count(400, 'Kept text (columns) the page must have outside its feeds for them to go: otherwise the feed is the page.'),
  },
  'News feeds: live tickers and timed briefs, each item under a time stamp (src/pipeline/ticker.ts).',
);

const galleries = group(
  {
    minSlides: count(3, 'Slide counters (`1/50`, `2 of 12`) that make a picture gallery: two could be an article\'s fractions.'),
    maxSlideBlocks: count(6, 'Most blocks from one slide counter to the next (the slide\'s caption, text and credit).'),
    minConsecutiveShare: share(0.75, 'Share of steps between a gallery\'s counters that go up by one: a slideshow counts its slides one by one.'),
    minRestChars: count(400, 'Kept text (columns) the page must have outside its galleries for them to go: otherwise the gallery is the page.'),
  },
  'Picture galleries: slides each opening with a counter out of the same total (src/pipeline/galleries.ts).',
);

const columns = group(
  {
    minGap: count(3, 'Spaces between two columns printed side by side at least: words and table cells are set closer.'),
    slack: count(2, 'Columns left of the boundary the right column\'s text may start at on a line (an item set a little out).'),
    minRows: count(6, 'Lines with text in both columns that make a two-column stretch: a few could be a table\'s rows.'),
    minAligned: share(0.6, 'Share of those lines whose right column starts exactly at the boundary.'),
    minLeftColumns: count(40, 'Columns from the page\'s edge to the boundary at least, and columns of a wrapped line\'s text in the left column: a body column, not a table\'s first cells.'),
    margin: count(8, 'Columns between a wrapped line\'s end and the gap at most: text wrapped at the left column\'s margin.'),
    minWrappedLines: count(3, 'Consecutive lines of text wrapped at the left column\'s margin that show it is a column of its own.'),
    maxBoundaries: count(4, 'Column boundaries tried on a page, the ones most lines start text at first: a bound on time (each is tried against every line).'),
    minNarrowColumns: count(12, 'Columns from the page\'s edge to the boundary at least for a narrow left column (a sidebar of short items), split only beside wrapped prose: a narrower one is an indent or a bullet.'),
    minMidSentence: count(4, 'Lines of a narrow left column printed beside the middle of a right-column sentence: a table\'s first cell stands beside the start of its row\'s text.'),
    wideGap: count(40, 'A gap at least this wide (columns) on every line with text on both sides shows two columns on its own: a table\'s cells stand closer.'),
  },
  'Two columns of the page printed side by side, read one after the other (src/pipeline/columns.ts).',
);

const comments = group(
  {
    minHeads: count(3, 'Comment heads (a name and a time) needed for a thread: two could be a byline and a dateline, or a quoted exchange.'),
    maxGap: count(12, 'Most blocks from one comment head to the next (a comment of several paragraphs, its reply button and rating).'),
    maxHeadChars: count(100, 'Longest comment head line (characters).'),
    maxNameWords: count(4, 'Most words of a commenter\'s name before the time stamp.'),
    maxLabelDistance: count(12, 'Blocks between a comment section\'s heading and its first head (the comment form, sorting buttons).'),
    minArticleChars: count(200, 'Article text (characters kept) that must come before a thread: comments answer an article.'),
  },
  'Reader comments below the article (src/pipeline/comments.ts).',
);

const reflow = group(
  {
    longLine: share(0.6, 'A line at least this share of the wrap width long runs up to the margin: a long line.'),
    minNextWords: count(3, 'Words the line after a break needs to go on the sentence: buttons under a paragraph ("email", "share this") are short and may be lower-case.'),
    firstLineIndent: count(2, 'Characters a paragraph\'s first line may stand further in than its other lines (a leading space, a quotation dash hung into the margin, the two full-width spaces that open a CJK paragraph).'),
  },
  'Lines into paragraphs: hard wraps joined, paragraph breaks kept (src/pipeline/segment.ts, src/pipeline/reflow.ts).',
);

const classifier = group(
  {
    maxCaptionChars: count(150, 'A caption line shorter than this (characters) is a caption and nothing else; a longer block that carries a credit may be prose.'),
    ownStoryShare: share(0.5, 'Share of a page\'s article-like text that is its own at or above which corpus evidence counts in full.'),
    sharedStoryShare: share(0.25, 'Share of a page\'s article-like text that is its own at or below which corpus evidence counts not at all (a copied story).'),
    articleHeaderLines: count(3, 'Lines above the first paragraph that may be the article\'s own header (headline, byline, date), never part of a link list.'),
    maxLabelWords: count(5, 'Most words of a label ending with a colon ("Read more:", "Das könnte Sie auch interessieren:"); a longer line ending with one is a sentence introducing what follows, and stays when that was removed.'),
    dataListMinItems: count(3, 'Items (lines opening with a quantity, or a label and its value) a run of short lines needs to be a data list inside the article: ingredients, specifications (src/pipeline/data-lists.ts).'),
    dataListMaxChars: count(120, 'Longest item of a data list opening with a quantity, in characters.'),
    dataListMaxLabelChars: count(60, 'Longest item of a data list that is a label and its value ("Weight: 1.2 kg"), in characters: a longer one is a teaser or a link with its description.'),
    dataListMaxValueWords: count(3, 'Most words of a data list\'s labelled value that holds no figure: a longer one is a headline under a rubric ("Video: …").'),
    dataListMaxGapChars: count(40, 'Longest line inside a data list that is not an item (an ingredient without a quantity: "salt"), in characters.'),
    dataListGaps: count(2, 'Such lines a data list may hold in a row.'),
    dataListReach: count(6, 'Blocks above or below a data list within which the article\'s kept text must stand for the list to be kept.'),
  },
  'The block classifier\'s rules beside its fitted weights (src/pipeline/classify.ts, src/pipeline/layout.ts).',
);

const title = group(
  {
    minWords: count(3, 'Shortest headline in words (a line of one or two words is a headline only where the text starts with it).'),
    minCjkChars: count(6, 'Shortest headline in characters, in a script written without spaces.'),
    standfirstMinWords: count(12, 'A standfirst under a heading has at least this many words (or standfirstMinChars columns) and standfirstRatio times the heading\'s.'),
    standfirstMinChars: count(80, 'A standfirst under a heading has at least this many columns (or standfirstMinWords words) and standfirstRatio times the heading\'s.'),
    standfirstRatio: z.number().min(1).default(1.3).describe('How many times longer than the heading above it (in words or columns) a standfirst is.'),
    headlineMinWords: count(5, 'Words of a heading over a standfirst: a one-word kicker ("Analysis") is no headline.'),
    interfaceMaxWords: count(5, 'Most words of an interface line between a headline and its text ("Listen to this article", "5 min read").'),
    dateReach: count(60, 'How far into a line (characters) a date makes it a date line or a dated list entry rather than a headline; the date must start in the first half of it.'),
    maxDigitShare: share(0.4, 'A line with more than this share of digits is a date or a score line, not a headline.'),
    maxDistance: count(80, 'How far above the article\'s first paragraph (blocks) a line may stand and still be a headline candidate.'),
    belowStart: count(8, 'How far below the article\'s first paragraph (blocks) a line may stand and still be a candidate (a headline under a first paragraph that was page chrome).'),
    overlapPrior: count(2, 'A line\'s share of words that the text repeats is taken as if it had this many more words, none repeated: a short site name shared with the text weighs less than a headline. A fixed prior, not fitted.'),
    overlapParagraphs: count(3, 'How many paragraphs after a line its words are looked for in.'),
    fieldBelow: count(4, 'How many blocks after a candidate a byline or date line may follow it.'),
    fieldAbove: count(2, 'How many blocks before a candidate a byline or date line may precede it.'),
    minRepeatChars: count(12, 'Shortest text whose repeats on the page are counted (shorter lines repeat by chance).'),
    wrappedLine: count(70, 'A line at least this long (characters) may have been wrapped by a text browser, the rest of the headline set apart as a line of its own.'),
    restMaxWords: count(6, 'Most words of the rest of a wrapped headline.'),
    opening: count(200, 'How far into the text a one- or two-word headline must be named (characters of its first two paragraphs).'),
    maxNotice: count(300, 'Longest copyright notice looked through for the site\'s name (characters).'),
    deckReach: count(2, 'How many lines (furniture aside) above and below a heading a second heading set the same way is looked for (a deck, a kicker).'),
    teaserLineWords: count(4, 'Most words of a line that a list of teasers repeats under each headline ("Read on", "Read more").'),
    teaserLineRepeats: count(3, 'How often a short line must stand on the page to be read as the line under each teaser of a list.'),
  },
  'The headline: which lines are candidates and the features the headline ranker weighs (src/extract/title.ts, src/extract/title-features.ts).',
);

const byline = group(
  {
    closingReach: count(2, 'How many blocks at the end of the article and after it may hold a closing byline.'),
    belowTitle: count(24, 'How far below the headline (blocks, before the text) the byline is looked for.'),
    aboveTitle: count(8, 'How far above the headline (blocks) the byline is looked for.'),
    textTop: count(6, 'How many blocks with words at the top of the text may hold the byline (a lead paragraph and a photo with its caption can come first).'),
    firstParagraphReach: count(10, 'How far above the page\'s first paragraph (blocks) a labelled byline is looked for when the headline\'s window has none.'),
    maxDateRest: count(50, 'Longest text beside a name (characters) that can be its date.'),
    repeatReach: count(5, 'How far below a name (blocks) its repeat may stand (an author\'s box prints the name under the photo and as a link).'),
    bareNameMinWords: count(2, 'Fewest words of a name printed without a label: one word is as often an outlet.'),
    bareNameMaxWords: count(4, 'Most words of a name printed without a label.'),
  },
  'The byline: where it is looked for around the headline (src/extract/byline.ts).',
);

const fields = group(
  {
    maxFieldLine: count(200, 'Longest line (characters) that can be a line of fields; longer blocks are prose even when they start with a credit.'),
    maxLinedBlock: count(2000, 'Longest block (characters) whose physical lines are read one by one for fields.'),
    mastheadBlocks: count(3, 'How many blocks at the top of the page may hold its masthead (a paper crediting itself names no agency).'),
    maxCopyrightLine: count(300, 'Longest block (characters) read as a masthead or a copyright line.'),
    leadReach: count(2, 'Of the article\'s first paragraphs, how many may open with the dateline (a standfirst may come first).'),
    maxDateLine: count(120, 'Longest line (characters) read as a date line.'),
    shortDateMaxChars: count(40, 'Longest text (characters) a numeric date with a two-digit year (9/11/13) is read from: such numbers are also scores, versions and ratios.'),
    maxOtherWords: count(2, 'Other words a date line may hold beside its labels: a name or two ("Ruth K. - March 5, 2019") but not a headline.'),
    publishedAboveTitle: count(2, 'How many blocks above the headline may still hold its date ("March 4, 2019 | Politics" above it).'),
    imageTextRun: count(3, 'Most blocks after its first that an image\'s bracketed text may run over and still count as one block at the top of the text (a wide gap in a caption\'s line starts a block).'),
    breadcrumbMaxParts: count(7, 'Most parts of a breadcrumb trail.'),
    breadcrumbMaxPartWords: count(5, 'Most words of one part of a breadcrumb trail.'),
    breadcrumbMinLabels: count(2, 'Labels that must remain when a trailing headline is dropped from a trail: "Home > <headline>" is not a section.'),
  },
  'The record\'s other fields: field lines, agency, dateline, publication date, section (src/extract/).',
);

const input = group(
  {
    htmlMinTags: count(8, 'Known HTML tags an input needs near its start (without a doctype or <html> first) to be read as an HTML page.'),
    htmlCharsPerTag: count(500, 'An input read as HTML holds at least one known tag for every this many characters of its start.'),
    htmlMinClosingTags: count(3, 'Closed elements an input read as HTML needs: prose that mentions tags rarely closes them.'),
    htmlMinTaggedLines: share(0.4, 'Share of an input\'s non-blank lines that must hold a tag for it to be read as HTML: a text dump quoting a page\'s source has tags only on the lines of the quote.'),
    dumpMinLinkNumbers: count(5, 'Numbered links ("[12]Home") that mark an input as a text browser\'s dump, never an HTML page.'),
    utf8Evidence: count(4, 'Well-formed multi-byte characters per invalid byte sequence that keep damaged UTF-8 UTF-8 rather than a legacy encoding.'),
    guessConfidence: z.number().min(0).max(100).default(50).describe('The encoding detector\'s confidence (0-100) under which its guess is reported in the record\'s warnings, and Windows-1252 is preferred among Latin code pages.'),
    maxInvalidShare: share(0.5, 'An input with more than this share of undecodable characters is rejected (`decode`) rather than cleaned.'),
    maxControlShare: share(0.05, 'An input with more than this share of control bytes is not text (`binary`): text has next to none, random bytes about 10%.'),
  },
  'Reading an input before it is a page: whether it is text at all (src/io/binary.ts), HTML or a text dump (src/html/detect.ts), and its encoding when it has no byte order mark and no --encoding (src/io/decode.ts). Read before a page\'s other options apply: a run resolves them once (resolveInputOptions).',
);

const html = group(
  {
    minVotingChars: count(25, 'HTML pages: blocks shorter than this (characters) cast no vote for the article\'s root element (captions, buttons, bylines).'),
    voteLevels: count(5, 'How many elements up from its container a block votes for.'),
    nameWeight: count(25, 'The votes a class or id that names content ("article-body") or furniture ("sidebar") adds or takes away.'),
    siblingShare: share(0.2, 'A sibling of the root joins it with this share of the root\'s votes (and at least minSiblingVotes).'),
    minSiblingVotes: count(10, 'Fewest votes with which a sibling joins the root.'),
    siblingProseChars: count(80, 'A paragraph sibling this long (characters) joins the root when little of it is link text (siblingProseLinks).'),
    siblingProseLinks: share(0.25, 'Most share of link text of a long paragraph sibling that joins the root.'),
    alternativeShare: share(0.75, 'Near-winners of the root search: elements with this share of the best votes; when several sit in one ancestor, that is the root.'),
    minAlternatives: count(3, 'Near-winners in one ancestor that make it the root.'),
    minMarkedBodyChars: count(500, 'Visible characters an element marked as the article body (itemprop=articleBody) needs to be taken as the root.'),
    topCandidates: count(5, 'How many of the best-voted elements are looked at for near-winners (the best among them).'),
    shortWords: count(5, 'Fewer words than this make a short line for the HTML block model (a feature its fitted weights read).'),
    bylineReach: count(3, 'How far into the article (blocks after the first kept one) a bare author line that the metadata names may stand.'),
    titleMatch: share(0.75, 'Share of its words a JSON-LD headline shares with the <title> to be taken as the title it names.'),
    maxSectionWords: count(3, 'Most words of a trailing "| Section" segment taken off the <title>.'),
    maxMarkedByline: count(100, 'Longest element marked as a byline (characters); a longer one is an author box or a biography.'),
    wrapperShare: share(0.5, 'A landmark or furniture container holding more than this share of the page\'s text wraps the page, not chrome.'),
    minSlugWords: count(4, 'An id that spells its section\'s heading in at least this many words names the section, not a box ("sharing-your-work").'),
    maxSlugChars: count(200, 'Longest heading (characters) an id may be made from.'),
  },
  'HTML pages: the article\'s root element, the markup\'s evidence, the page\'s metadata (src/html/).',
);

export const cleanOptionsSchema = z
  .object({
    lengthLow: z.number().int().positive().default(70).describe('A kept block at least this long (columns) counts as a paragraph rather than a short line.'),
    lengthHigh: z.number().int().positive().default(200).describe('A paragraph at least this long starts the article even when it does not end like a sentence.'),
    minLinkListItems: z.number().int().positive().default(3).describe('A heading followed by at least this many headline-like lines is a link list ("We Recommend:").'),
    maxHeadlineChars: z.number().int().positive().default(120).describe('Longest line (characters) that still reads as a headline in a link list.'),
    keepThreshold: z.number().min(0).max(1).default(FITTED_KEEP_THRESHOLD).describe('A block is kept when the classifier\'s final score reaches this probability (fitted; src/pipeline/weights.ts).'),
    regionThreshold: share(0.5, 'Stage-1 score above which a block counts for the densest-region search, below which against it.'),
    regionShare: share(0.3, 'A further dense region counts when it weighs at least this share of the densest one.'),
    corpusMinPages: z.number().int().min(2).default(3).describe('Corpus profile: a block whose lines recur in at least this many pages can lose score as chrome (see corpusPrior in src/pipeline/classify.ts).'),
    corpusOnset: share(0.4, 'Corpus profile: the spread of a line over the corpus (log pages with the line / log corpus pages) beyond which a block loses score.'),
    corpusWeight: z.number().min(0).default(8).describe('Corpus profile: log-odds a block loses per unit of spread beyond corpusOnset.'),
    weights: z.object({ stage1: scorerSchema, stage2: scorerSchema }).optional().describe('Classifier weights (see src/pipeline/model.ts); by default those fitted on the development set.'),
    titleWeights: z.record(z.string(), z.number()).optional().describe('Headline ranker weights (see src/extract/title-features.ts); by default those fitted on the real-page set.'),
    nearDuplicateThreshold: share(0.9, 'Paragraphs at least this similar (Dice coefficient on bigrams) to an earlier one are repeats.'),
    nearDuplicateMinChars: count(40, 'Paragraphs shorter than this (characters) are never near-duplicates of each other (too little evidence).'),
    nearDuplicateMaxParagraphs: z.number().int().nonnegative().default(200).describe('Near-duplicate search only runs on pages with at most this many paragraphs (it is quadratic).'),
    minWrapWidth: z.number().int().positive().default(30).describe('Narrowest column a dump can be hard-wrapped at.'),
    maxWrapWidth: z.number().int().positive().default(250).describe('Widest column a dump can be hard-wrapped at.'),
    wrapBand: z.number().int().nonnegative().default(12).describe('Lines within this many columns of the wrap width count as full lines.'),
    wrapShare: share(0.4, 'Share of long lines that must be full lines for the page to count as hard-wrapped.'),
    includeComments: z.boolean().default(false).describe('Write the reader comments taken out of the body into the record\'s `comments` (by default they are left out).'),
    htmlLinkDensity: share(0.5, 'HTML pages: a block with at least this share of its text in links is navigation, not prose.'),
    htmlWeights: z
      .object({ linear: z.record(z.string(), z.number()), threshold: z.number().min(0).max(1) })
      .optional()
      .describe('HTML block model weights (see src/html/decide.ts); by default those fitted on the real set\'s pages.'),
    teasers,
    inserts,
    feeds,
    galleries,
    comments,
    columns,
    reflow,
    classifier,
    title,
    byline,
    fields,
    html,
    input,
  })
  .strict();

export type CleanOptions = z.infer<typeof cleanOptionsSchema>;
export type CleanOptionsInput = z.input<typeof cleanOptionsSchema>;
export type TeaserOptions = CleanOptions['teasers'];
export type InsertOptions = CleanOptions['inserts'];
export type FeedOptions = CleanOptions['feeds'];
export type GalleryOptions = CleanOptions['galleries'];
export type CommentOptions = CleanOptions['comments'];
export type ReflowOptions = CleanOptions['reflow'];
export type ColumnOptions = CleanOptions['columns'];
export type ClassifierOptions = CleanOptions['classifier'];
export type TitleOptions = CleanOptions['title'];
export type BylineOptions = CleanOptions['byline'];
export type FieldOptions = CleanOptions['fields'];
export type HtmlOptions = CleanOptions['html'];
export type InputOptions = CleanOptions['input'];

/** Options this module resolved. Resolving takes longer than cleaning a short page, so a run resolves its options
 * once and hands the result to every page: given back to resolveOptions, it is returned as it is. */
const RESOLVED = new WeakSet<object>();

/** A run's options resolved once for all its pages; options that do not resolve are given back as they are, so that
 * each page fails on them as its own reject (nothing ends a run). */
export function resolveRunOptions(input: CleanOptionsInput | undefined): CleanOptionsInput | undefined {
  const resolved = cleanOptionsSchema.safeParse(input ?? {});
  if (!resolved.success) return input;
  RESOLVED.add(resolved.data);
  return resolved.data;
}

export function resolveOptions(input: CleanOptionsInput = {}): CleanOptions {
  if (RESOLVED.has(input)) return input as CleanOptions;
  const options = cleanOptionsSchema.parse(input);
  RESOLVED.add(options);
  return options;
}

/** The input-reading group alone, from a run's options (`clean.input`): what the sniffer and the decoder read,
 * resolved once by whoever starts a run (the runner, the profile pass, the library's cleanBytes, the CLI). */
export function resolveInputOptions(clean: CleanOptionsInput = {}): InputOptions {
  return input.parse(clean.input);
}

/** `resolveInputOptions` for a run, once before its first page; undefined when the options do not resolve, so that
 * each page fails on them as its own reject (see resolveRunOptions). */
export function resolveRunInputOptions(clean: CleanOptionsInput = {}): InputOptions | undefined {
  const resolved = input.safeParse(clean.input);
  return resolved.success ? resolved.data : undefined;
}
