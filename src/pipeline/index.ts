// The stages in order. A document goes in as text and comes out with every block decided and the fields read;
// assembling the record from it is the library's job (src/index.ts).
import type { Block, Doc, Fields } from './doc.js';
import type { Paragraph } from './doc-parts.js';
import { emptyFields, KEEP_DEFAULT } from './doc.js';
import { normaliseText } from './normalise.js';
import { segment } from './segment.js';
import { splitColumns } from './columns.js';
import { detectWrapWidth, reflow } from './reflow.js';
import { blockWords, computeFeatures, type Features } from './features.js';
import { classify, type OwnFeatures } from './classify.js';
import { removeRepeats } from './dedup.js';
import { pruneOrphanHeadings } from './headings.js';
import { takeComments } from './comments.js';
import { removeTeasers } from './teasers.js';
import { removeInserts } from './inserts.js';
import { removeFeeds } from './ticker.js';
import { removeGalleries } from './galleries.js';
import { keepCodeListings } from './code-listings.js';
import { keepDataLists } from './data-lists.js';
import { extractFields, type FieldTrace } from '../extract/index.js';
import type { CleanOptions } from '../options.js';
import type { CorpusProfile } from '../corpus/profile.js';
import { guessLanguagesOf } from '../text/stopwords.js';

/** Stages 1-4: text to blocks with their features, nothing decided yet. */
export function prepareDoc(input: string, source: string, options: CleanOptions): Doc {
  const { text } = normaliseText(input);
  const pageLines = text.split('\n');
  const split = splitColumns(pageLines, options.columns);
  const lines = split?.lines ?? pageLines;
  const wrapWidth = detectWrapWidth(lines, options);
  const paragraphs = reflow(segment(lines, options.reflow, wrapWidth), wrapWidth, options.reflow);
  const doc = prepareBlocks(paragraphs, { source, text, lines, wrapWidth }, options);
  if (split) doc.lineNumbers = split.lineNumbers;
  return doc;
}

/** Input that is not a text dump (an HTML page) joins here with its blocks made, and may add steps of its own. */
export interface StageHooks {
  /** After the classifier, before the fields are read. */
  afterClassify?: (doc: Doc) => void;
  /** After the text extractors; returns the fields to keep. */
  afterFields?: (doc: Doc) => Fields;
  /** Filled with what the field extractors considered (the headline ranker's candidates), for the fitter. */
  fieldTrace?: FieldTrace;
}

export interface PageText {
  source: string;
  text: string;
  lines: string[];
  wrapWidth: number | null;
}

/** Stage 4 for blocks made by any front end (text reflow, HTML rendering): their features. */
export function prepareBlocks(paragraphs: Paragraph[], page: PageText, options: CleanOptions): Doc {
  const { source, text, lines, wrapWidth } = page;
  const own = paragraphs.map((p) => blockWords(p.text));
  // the page's language from its blocks' words, without the list markers of its lines: text browsers bullet nested
  // list items with "o", a function word of Portuguese, Italian, Romanian and Polish, and a menu's worth of them
  // outvoted a German article
  const language = guessLanguagesOf(
    own.map((w) => w.lower),
    own.map((w) => w.languages),
  );
  const blocks: Block[] = paragraphs.map((p, index) => newBlock(p, index, own[index].key, computeFeatures(p, index, paragraphs.length, language, options.fields, own[index])));
  return { source, text, lines, wrapWidth, language, blocks, regions: [], fields: emptyFields(), comments: [], options, profile: null };
}

/** A block, undecided. Written out key by key: V8 builds `{ ...p, index, ... }` (a spread followed by literal
 * keys) far more slowly, and this runs for every block of every page. */
function newBlock(p: Paragraph & { html?: Block['html'] }, index: number, key: string, features: Features): Block {
  const block: Block = {
    index,
    text: p.text,
    key,
    kind: p.kind,
    marker: p.marker,
    indent: p.indent,
    startLine: p.startLine,
    endLine: p.endLine,
    group: p.group,
    groupStart: p.groupStart,
    features,
    score: 0,
    textClass: 'short',
    decision: KEEP_DEFAULT,
  };
  // blocks rendered from HTML carry what the markup said about them
  if (p.html !== undefined) block.html = p.html;
  return block;
}

/** Stages 5-8 on a prepared document: classify, take out comments, read the fields, drop orphan headings and repeats. `features`:
 * the classifier's weight-free part, when it was computed on this doc before (see classify). */
export function decideDoc(doc: Doc, hooks: StageHooks = {}, features?: OwnFeatures): Doc {
  classify(doc, features);
  hooks.afterClassify?.(doc);
  return finishDoc(doc, hooks);
}

/** Stages 6-8, after the classifier: take out teaser lists, links to other stories set inside the article, news feeds and picture galleries, end the article at a comment thread, read
 * the fields, drop orphan headings and repeats. */
export function finishDoc(doc: Doc, hooks: StageHooks = {}): Doc {
  keepCodeListings(doc);
  keepDataLists(doc);
  removeTeasers(doc);
  removeInserts(doc);
  removeFeeds(doc);
  removeGalleries(doc);
  doc.comments = takeComments(doc);
  doc.fields = extractFields(doc, hooks.fieldTrace);
  if (hooks.afterFields) doc.fields = hooks.afterFields(doc);
  pruneOrphanHeadings(doc);
  removeRepeats(doc);
  return doc;
}

export function runPipeline(input: string, source: string, options: CleanOptions, profile: CorpusProfile | null = null): Doc {
  const doc = prepareDoc(input, source, options);
  doc.profile = profile;
  return decideDoc(doc);
}
