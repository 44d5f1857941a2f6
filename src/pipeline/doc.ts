// The document that flows through the pipeline stages. Each stage reads and annotates it; nothing in here prints.
// Every block carries the decision taken about it (kept or removed, by which rule, why), so statistics,
// `--explain` and reports are views over the same data rather than separate code paths.
import type { Features } from './features.js';
import type { CorpusProfile } from '../corpus/profile.js';
import type { CleanOptions } from '../options.js';
import type { Dateline } from '../schema.js';
import type { PageLanguages } from '../text/stopwords.js';
import type { HtmlEvidence } from '../html/evidence.js';
import type { Comment, Layout, Paragraph, Region } from './doc-parts.js';
export type { BlockKind } from './doc-parts.js';


/** What the block is once decided: a kept paragraph of prose length (`prose`), a kept short line (`short`), or
 * removed (`removed`). The field readers look for the article's first paragraphs by it. */
export type BlockClass = 'prose' | 'short' | 'removed';

export interface Decision {
  keep: boolean;
  /** `family:rule`, e.g. `chrome:link-list`, `dup:paragraph`, `field:title`, `content:dense`. */
  rule: string;
  reason: string;
}

export interface Block extends Paragraph {
  index: number;
  /** `paragraphKey(text)`, made with the block's features: the layout, the repeats and the HTML fields compare
   * blocks by it. Whoever changes `text` sets it again. */
  key: string;
  features: Features;
  /** Where the block sits on the page (set by the classifier). */
  layout?: Layout;
  /** The classifier's final probability that the block is article text (0 for certain chrome). */
  score: number;
  /** What the markup said about the block, for pages read as HTML (src/html/evidence.ts). */
  html?: HtmlEvidence;
  textClass: BlockClass;
  decision: Decision;
}

export interface Fields {
  title: string | null;
  section: string[];
  published: string | null;
  dateline: Dateline | null;
  agency: string | null;
  authors: string[];
  editors: string[];
}

export interface Doc {
  source: string;
  /** Normalised text (LF line endings, no BOM, no trailing spaces). */
  text: string;
  /** The lines the blocks were cut from; block line numbers index them. */
  lines: string[];
  /** The page's line number of each of `lines`, where they are not the page's own (two columns read one after the
   * other, columns.ts). */
  lineNumbers?: number[];
  /** Column at which the page was hard-wrapped, when it was. */
  wrapWidth: number | null;
  /** Languages whose stop words best cover the page (CJK characters and other words), for stop-word density. */
  language: PageLanguages;
  blocks: Block[];
  /** The dense stretches of text the classifier found, the densest first. */
  regions: Region[];
  fields: Fields;
  /** Reader comments taken out of the body (comments.ts), in page order. */
  comments: Comment[];
  options: CleanOptions;
  /** What the rest of the corpus says about the page's lines (a first pass over the corpus), if known. */
  profile: CorpusProfile | null;
}

export function emptyFields(): Fields {
  return { title: null, section: [], published: null, dateline: null, agency: null, authors: [], editors: [] };
}

export const KEEP_DEFAULT: Decision = { keep: true, rule: 'content:default', reason: 'not classified yet' };

/** A reason as text, or as a function that writes it when it is first read. */
export type Reason = string | (() => string);

export function keep(block: Block, rule: string, reason: Reason): void {
  block.decision = decision(true, rule, reason);
}

export function remove(block: Block, rule: string, reason: Reason): void {
  block.decision = decision(false, rule, reason);
}

/** Reasons given as functions are written only when read (--explain, reports, tests): ranking the features
 * behind a classifier score costs more than the score, and most runs write records, not reasons. */
function decision(keep: boolean, rule: string, reason: Reason): Decision {
  if (typeof reason === 'string') return { keep, rule, reason };
  let text: string | undefined;
  return {
    keep,
    rule,
    get reason() {
      return (text ??= reason());
    },
  };
}

export function kept(doc: Doc): Block[] {
  return doc.blocks.filter((b) => b.decision.keep);
}
