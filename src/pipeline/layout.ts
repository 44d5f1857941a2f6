// Layout features: what a block's place on the page says about it, relative to the page's own conventions.
// Text dumps indent body text in their own way (lynx: three spaces; a browser's "save as text": none), so
// indentation is measured against the page's prose; menus are long groups of touching short lines; related-link
// boxes are a heading followed by a run of headline-like lines; "Most read" boxes are numbered headlines.
import type { Block } from './doc.js';
import type { CleanOptions } from '../options.js';
import type { CorpusProfile } from '../corpus/profile.js';
import { COMMENTS_LABEL, LIST_LABEL } from '../text/vocabulary.js';
import { isBlank } from '../text/script.js';
import type { Layout } from './doc-parts.js';
export type { Layout } from './doc-parts.js';

/** A line that reads like a headline in a list of links: short, not ending like a sentence or a label. */
export function isHeadline(block: Block, opts: CleanOptions): boolean {
  const f = block.features;
  return f.chars <= opts.maxHeadlineChars && !/[.:;,。：；，]$/u.test(block.text) && f.words >= 1 && f.words <= 18;
}

/** A line that reads like a heading: short, not a sentence, not a list item. */
export function isHeadingLike(block: Block, opts: CleanOptions): boolean {
  const f = block.features;
  return f.chars > 0 && f.chars <= opts.maxHeadlineChars && !f.terminal && f.list === null && f.words <= 20;
}

export function computeLayout(blocks: Block[], opts: CleanOptions, lines: string[] = [], profile: CorpusProfile | null = null): Layout[] {
  const proseIndent = dominantProseIndent(blocks);
  // a loop, not Math.min(...indents): a page of 200,000 list items would overflow the call's arguments
  let listIndent = Infinity;
  for (const b of blocks) if (b.kind !== 'text' && b.indent < listIndent) listIndent = b.indent;
  const groupSizes = new Map<number, number>();
  for (const b of blocks) groupSizes.set(b.group, (groupSizes.get(b.group) ?? 0) + 1);
  const headline = blocks.map((b) => isHeadline(b, opts));
  const headlineRun = runLengths(headline);
  const listRun = runLengths(blocks.map((b) => b.kind !== 'text'));
  let firstProse = blocks.findIndex(isProse);
  if (firstProse < 0) firstProse = blocks.length;
  const linkList = new Array<boolean>(blocks.length).fill(false);
  const labelled = new Array<boolean>(blocks.length).fill(false);
  const numbered = new Array<boolean>(blocks.length).fill(false);
  // where the run of headlines from each block ends, found from the end in one pass: the scan below stays linear
  // on a page of thousands of short lines, each a heading above the rest
  const runEnd = new Int32Array(blocks.length + 1);
  runEnd[blocks.length] = blocks.length;
  for (let i = blocks.length - 1; i >= 0; i--) runEnd[i] = headline[i] ? runEnd[i + 1] : i;
  // the ends of the runs marked so far: later runs end no earlier, so each block is marked once at most
  let linkListEnd = 0;
  let labelledEnd = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // a heading (or a short label ending with a colon) above a run of headlines
    if (isHeadingLike(b, opts) || (b.features.endsWithColon && b.features.words <= 6)) {
      // above the article, the run stops short of the lines just before the first paragraph of prose: those are
      // the article's own headline, byline and date
      const limit = i < firstProse ? firstProse - opts.classifier.articleHeaderLines : blocks.length;
      const j = Math.max(i + 1, Math.min(limit, runEnd[i + 1]));
      if (j - i - 1 >= opts.minLinkListItems) {
        for (let k = Math.max(i, linkListEnd); k < j; k++) linkList[k] = true;
        linkListEnd = Math.max(linkListEnd, j);
        if (isListLabel(b)) {
          for (let k = Math.max(i, labelledEnd); k < j; k++) labelled[k] = true;
          labelledEnd = Math.max(labelledEnd, j);
        }
      }
    }
    if (b.kind === 'numbered' && headline[i] && (i === 0 || !numbered[i - 1])) {
      let j = i;
      while (j < blocks.length && blocks[j].kind === 'numbered' && headline[j]) j++;
      if (j - i >= opts.minLinkListItems) for (let k = i; k < j; k++) numbered[k] = true;
    }
  }
  const keys = blocks.map((b) => b.key);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const commentsStart = blocks.findIndex((b) => b.features.chars <= 60 && COMMENTS_LABEL.test(b.text));
  return blocks.map((b, i) => {
    // no spread of corpusSpread's object amid the literal keys: V8 builds such literals far more slowly
    const { corpus, corpusPages } = corpusSpread(b, lines, profile);
    return {
      indentDelta: b.kind !== 'text' ? 0 : b.indent < proseIndent ? -1 : b.indent > proseIndent ? 1 : 0,
      groupSize: groupSizes.get(b.group) ?? 1,
      headlineRun: headlineRun[i],
      listRun: listRun[i],
      nested: b.kind !== 'text' && b.indent > listIndent,
      linkList: linkList[i],
      labelledList: labelled[i],
      repeated: keys[i] !== '' && (counts.get(keys[i]) ?? 0) > 1,
      afterComments: commentsStart >= 0 && i > commentsStart,
      corpus,
      corpusPages,
      numberedHeadlines: numbered[i],
    };
  });
}

/** A paragraph of prose: long enough, ending like a sentence, with function words. */
function isProse(block: Block): boolean {
  const f = block.features;
  return f.chars >= 150 && f.terminal && f.stopwords >= 0.2;
}

/** Document frequency of the block's rarest line, and relative to the corpus: 0 (this page only) to 1 (every
 * page of the corpus). */
function corpusSpread(block: Block, lines: string[], profile: CorpusProfile | null): { corpus: number; corpusPages: number } {
  if (profile === null || profile.pages < 2) return { corpus: 0, corpusPages: 0 };
  let pages = Infinity;
  for (let n = block.startLine; n <= block.endLine && pages >= 2; n++) {
    const line = lines[n - 1];
    if (line !== undefined && !isBlank(line)) pages = Math.min(pages, profile.pagesWith(line));
  }
  if (pages < 2 || pages === Infinity) return { corpus: 0, corpusPages: 0 };
  return { corpus: Math.min(1, Math.log2(pages) / Math.log2(profile.pages)), corpusPages: pages };
}

/** A short heading that names a box of links: a label word ("Most read", "We Recommend:") or interface words. */
export function isListLabel(block: Block): boolean {
  const f = block.features;
  return f.words <= 6 && f.chars <= 60 && !f.terminal && (LIST_LABEL.test(block.text) || f.widgetWords >= 0.5);
}

/** Indentation of the page's prose: the indent carrying most characters of sentence-ending text blocks. */
function dominantProseIndent(blocks: Block[]): number {
  const weight = new Map<number, number>();
  for (const b of blocks) {
    if (b.kind !== 'text' || !b.features.terminal || b.features.chars < 80) continue;
    weight.set(b.indent, (weight.get(b.indent) ?? 0) + b.features.chars);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [indent, w] of weight) if (w > bestWeight || (w === bestWeight && indent < best)) [best, bestWeight] = [indent, w];
  return best;
}

/** For each position, the length of the run of consecutive `true` values it belongs to (0 where false). */
function runLengths(flags: boolean[]): number[] {
  const out = new Array<number>(flags.length).fill(0);
  for (let i = 0; i < flags.length; ) {
    if (!flags[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < flags.length && flags[j]) j++;
    for (let k = i; k < j; k++) out[k] = j - i;
    i = j;
  }
  return out;
}
