// The types of a document's parts that the pipeline's stages fill in and doc.ts gathers: below both, so that a
// stage and the document never import each other.
export type BlockKind = 'text' | 'bullet' | 'numbered';

export interface Run {
  kind: BlockKind;
  marker: string | null;
  indent: number;
  /** Column where the item's text starts (after the marker), for list continuation lines. */
  textIndent: number;
  /** Lines without their indentation (and without the marker for list items). */
  lines: string[];
  /** Indentation of each line, as printed. */
  indents: number[];
  startLine: number;
  group: number;
  groupStart: boolean;
}

/** A paragraph as reflow makes it from a run of lines; the pipeline's blocks are paragraphs with what the stages
 * learn about them. */
export interface Paragraph {
  /** Text of the paragraph with hard wraps joined, trimmed. */
  text: string;
  kind: BlockKind;
  /** The list marker as printed (`*`, `1.`), or null. */
  marker: string | null;
  indent: number;
  /** 1-based first and last physical line of the paragraph in the normalised input. */
  startLine: number;
  endLine: number;
  /** Index of the blank-line-separated group the paragraph belongs to; paragraphs of one group touch each other. */
  group: number;
  /** True when the paragraph is the first of its group (a blank line, or the start of the page, precedes it). */
  groupStart: boolean;
}

export interface Layout {
  /** -1: indented less than the page's prose (a heading in a text dump); 0: the same; 1: more (and not a list item). */
  indentDelta: -1 | 0 | 1;
  /** Blocks in the same blank-line group (menus are long groups of touching lines). */
  groupSize: number;
  /** Length of the run of consecutive headline-like blocks this one belongs to (0 if it is not headline-like). */
  headlineRun: number;
  /** Length of the run of consecutive list items this one belongs to (0 if it is not a list item). */
  listRun: number;
  /** A list item nested deeper than the page's outermost list level. */
  nested: boolean;
  /** Part of a heading followed by at least `minLinkListItems` headline-like lines. */
  linkList: boolean;
  /** Part of such a run whose heading labels a box of links ("Related stories", "We Recommend:", "Most read"). */
  labelledList: boolean;
  /** The same text stands in another block of the page (menus printed twice, a title repeated in a breadcrumb). */
  repeated: boolean;
  /** Below the heading of a comment section ("12 Comments", "Leave a Reply"). */
  afterComments: boolean;
  /** How widely the block's lines recur in the corpus: log(pages) / log(corpus pages), 0 for a line of this page
   * only or without a profile. The least frequent line of a block counts (a block repeats when all of it does). */
  corpus: number;
  /** Pages of the corpus that hold the block's least frequent line (0 without a profile). */
  corpusPages: number;
  /** Part of a run of at least `minLinkListItems` numbered headlines ("Most read"). */
  numberedHeadlines: boolean;
}

export interface Region {
  start: number;
  /** Exclusive. */
  end: number;
  weight: number;
}

export interface Comment {
  author: string | null;
  time: string | null;
  text: string;
}
