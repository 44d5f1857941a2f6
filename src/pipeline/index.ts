// The stages in order. A document goes in as text and comes out with every block decided and the fields read;
// assembling the record from it is the library's job (src/index.ts).
import type { Block, Doc, Fields } from './doc.js';
import type { Paragraph } from './reflow.js';
import { emptyFields, KEEP_DEFAULT } from './doc.js';
import { normaliseText } from './normalise.js';
import { segment } from './segment.js';
import { detectWrapWidth, reflow } from './reflow.js';
import { computeFeatures } from './features.js';
import { classify } from './classify.js';
import { selectMainContent } from './main-content.js';
import { removeRepeats } from './dedup.js';
import { pruneOrphanHeadings } from './headings.js';
import { extractFields } from '../extract/index.js';
import type { CleanOptions } from '../options.js';
import { words } from '../text/tokens.js';
import { guessLanguages } from '../text/stopwords.js';

export function runPipeline(input: string, source: string, options: CleanOptions): Doc {
  const { text } = normaliseText(input);
  const lines = text.split('\n');
  const wrapWidth = detectWrapWidth(lines, options);
  const paragraphs = reflow(segment(lines), wrapWidth);
  return runBlockStages(paragraphs, { source, text, lines, wrapWidth }, options);
}

/** Input that is not a text dump (an HTML page) joins here with its blocks made, and may add steps of its own. */
export interface StageHooks {
  /** After the classifier, before the main-content search. */
  afterClassify?: (doc: Doc) => void;
  /** After the text extractors; returns the fields to keep. */
  afterFields?: (doc: Doc) => Fields;
}

export interface PageText {
  source: string;
  text: string;
  lines: string[];
  wrapWidth: number | null;
}

/** The stages after reflow: features, classify, main content, fields, headings, repeats. */
export function runBlockStages(paragraphs: Paragraph[], page: PageText, options: CleanOptions, hooks: StageHooks = {}): Doc {
  const { source, text, lines, wrapWidth } = page;
  const language = guessLanguages(words(text.toLowerCase()));
  const blocks: Block[] = paragraphs.map((p, index) => ({
    ...p,
    index,
    features: computeFeatures(p, index, paragraphs.length, language),
    cls: 'short',
    decision: KEEP_DEFAULT,
  }));
  const doc: Doc = { source, text, lines, wrapWidth, language, blocks, fields: emptyFields(), options };
  classify(doc);
  hooks.afterClassify?.(doc);
  selectMainContent(doc);
  doc.fields = extractFields(doc);
  if (hooks.afterFields) doc.fields = hooks.afterFields(doc);
  pruneOrphanHeadings(doc);
  removeRepeats(doc);
  return doc;
}
