// Stage 3: turn runs of lines into paragraphs. A line break inside a run is either a hard wrap (join the lines)
// or a paragraph break (split). Two tests decide:
//  - width: when the page was wrapped at a fixed column (lynx, w3m, e-mail), a break is a wrap exactly when the
//    next line's first word would not have fitted on the line;
//  - continuation: on pages without a fixed width, a line that does not end a sentence followed by one that
//    starts in lower case is the same sentence.
// CJK text is joined without a space (those scripts do not put spaces between words).
import type { Paragraph, Run } from './doc-parts.js';
import { displayWidth, hasTableCells, isBlank, isCjk, isLowerStart } from '../text/script.js';
import { endsWithBindingWord } from '../text/binding-words.js';
import type { CleanOptions, ReflowOptions } from '../options.js';

/** The options that decide whether and where a page was hard-wrapped. */
export type WrapOptions = Pick<CleanOptions, 'minWrapWidth' | 'maxWrapWidth' | 'wrapBand' | 'wrapShare' | 'reflow'>;

const SENTENCE_END = /[.!?:;。！？；：…"”»)\]]$/u;
/** A line that is a whole heading as converters mark one: between runs of asterisks (html2text) or after hashes
 * (markdown). It ends where it ends, however the next line begins ("by Ann Lee May 2" under a headline). */
const MARKED_HEADING = /^\s*(?:(\*{3,6})\s.*\s\1|#{1,6}\s.*)$/u;

export function isMarkedHeading(line: string): boolean {
  return MARKED_HEADING.test(line);
}

/**
 * The column a page was hard-wrapped at, or null. Every line that its paragraph goes on after says where the wrap
 * may be: at a column W from the line's own width up to where the next line's first word would have ended (the
 * word did not fit). The column the most lines agree on is the width. A line longer than it (a URL, a word that
 * cannot be broken, a box the renderer laid out wider) casts no vote against it, and table rows cast none at all,
 * so a few long lines do not move the width; a page whose paragraphs are single lines has too few votes to count
 * as wrapped. Of columns with as many votes, the narrowest: a wider one gains no line that ends exactly at it.
 */
export function detectWrapWidth(lines: string[], opts: WrapOptions): number | null {
  const top = opts.maxWrapWidth;
  // votes[w] - votes[w - 1]: a difference array over the columns, summed below
  const votes = new Int32Array(top + 2);
  const widths: number[] = [];
  // widths of the lines their paragraph goes on after
  const continued: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    const width = displayWidth(lines[i]);
    widths.push(width);
    const next = lines[i + 1];
    if (next === undefined || isBlank(next)) continue;
    continued.push(width);
    if (width < opts.minWrapWidth || width > top || hasTableCells(lines[i])) continue;
    const reach = Math.min(top, width + displayWidth(firstWord(next.trimStart())));
    votes[width]++;
    votes[reach + 1]--;
  }
  if (widths.length < 3) return null;
  let best = 0;
  let bestVotes = 0;
  for (let w = 0, sum = 0; w <= top; w++) {
    sum += votes[w];
    if (sum > bestVotes) [best, bestVotes] = [w, sum];
  }
  // wrapped text: the lines that go on mostly agree on the width, and fewer lines run past it than stop at it
  const long = continued.filter((w) => w >= best * opts.reflow.longLine).length;
  const over = widths.filter((w) => w > best).length;
  return bestVotes >= 3 && bestVotes >= long * opts.wrapShare && over <= bestVotes ? best : null;
}

export function reflow(runs: Run[], wrapWidth: number | null, o: ReflowOptions): Paragraph[] {
  const out: Paragraph[] = [];
  let before: Run | null = null;
  for (const run of runs) {
    // a sentence cut by a blank line (a removed image or advertisement between its halves) goes on in this run
    if (before && bridges(before, run, wrapWidth)) {
      const last = out[out.length - 1];
      last.text = joinLines(last.text, last.text, run.lines[0].trim());
      last.endLine = run.startLine;
      if (run.lines.length === 1) {
        before = run;
        continue;
      }
      run.lines.shift();
      run.indents.shift();
      run.startLine++;
    }
    let text = run.lines[0];
    let start = 0;
    const flush = (end: number, first: boolean) => {
      out.push({
        text: text.trim(),
        kind: first ? run.kind : 'text',
        marker: first ? run.marker : null,
        indent: first ? run.indent : run.indents[start],
        startLine: run.startLine + start,
        endLine: run.startLine + end,
        group: run.group,
        groupStart: first && run.groupStart,
      });
    };
    let first = true;
    for (let i = 1; i < run.lines.length; i++) {
      const prev = run.lines[i - 1];
      const next = run.lines[i];
      // list items own their continuation lines; plain text is split where the break was not a wrap
      const join = run.kind !== 'text' || isWrap(prev, run.indents[i - 1], next, wrapWidth, o) || goesOn(prev, next, i - 1 > start, o);
      if (join) {
        text = joinLines(text, prev, next);
      } else {
        flush(i - 1, first);
        first = false;
        start = i;
        text = next;
      }
    }
    flush(run.lines.length - 1, first);
    before = run;
  }
  return out;
}

/**
 * Whether a short line broken before a lower-case word leaves its sentence open, read from both sides of the break:
 * the line does not end a sentence, the next goes on in lower case, and the line is not a paragraph's only line
 * (`inParagraph`: a paragraph's last line) or it opens a sentence after a stop ("... to give. In the first two"),
 * and the next line has a few words.
 * A list of lower-case items has none of these: one short line each, no stop inside.
 */
function goesOn(line: string, next: string, inParagraph: boolean, o: ReflowOptions): boolean {
  if (SENTENCE_END.test(line) || !isLowerStart(next) || hasTableCells(line) || hasTableCells(next) || MARKED_HEADING.test(line)) return false;
  return words(next) >= o.minNextWords && (inParagraph || OPENS_SENTENCE.test(line));
}

function words(line: string): number {
  return line.split(/\s+/u).filter(Boolean).length;
}

/** A stop, then at least three words up to the end of the line (two may be a button: "Read now"). */
const OPENS_SENTENCE = /[.!?。！？]["'”’»)]*\s+\S+\s+\S+\s+\S/u;

/**
 * Whether the run goes on with the sentence the run before it left open across one blank line: both plain text at
 * one indentation, the line before the blank runs up to the margin (the next word would not have fitted) or ends on
 * an article or a preposition, without a stop, and the run begins in lower case.
 */
function bridges(previous: Run, run: Run, wrapWidth: number | null): boolean {
  if (previous.kind !== 'text' || run.kind !== 'text' || previous.indent !== run.indent) return false;
  if (run.startLine !== previous.startLine + previous.lines.length + 1) return false;
  const line = previous.lines[previous.lines.length - 1];
  const next = run.lines[0];
  if (SENTENCE_END.test(line) || !isLowerStart(next) || hasTableCells(line) || hasTableCells(next)) return false;
  if (endsWithBindingWord(line)) return true;
  if (wrapWidth === null) return false;
  const used = previous.indents[previous.indents.length - 1] + displayWidth(line);
  return used <= wrapWidth && !nextWordFits(used, next, wrapWidth);
}

/**
 * Whether the break after `line` is a hard wrap. On a page wrapped at a fixed column it is when the next line's
 * first word would not have fitted (unless a side is a table row); it is also when the line runs up to the margin without ending a sentence and
 * the next goes on in lower case (renderers do not always fill a line to the column: a word bound to the next by
 * a no-break space, a box laid out narrower than the page). On pages without a fixed width, only the second.
 */
function isWrap(line: string, indent: number, next: string, wrapWidth: number | null, o: ReflowOptions): boolean {
  // table rows (cells set apart by runs of spaces) are lines of their own, whatever their width
  if (hasTableCells(line) || hasTableCells(next)) return false;
  if (MARKED_HEADING.test(line)) return false;
  const continues = !SENTENCE_END.test(line) && isLowerStart(next);
  if (wrapWidth === null) return continues;
  const used = indent + displayWidth(line);
  const last = line.charAt(line.length - 1);
  if (isCjk(last) && isCjk(next.charAt(0))) return used + 2 > wrapWidth;
  // a line past the width holds a word that could not be broken (a URL): where it ends says nothing of the width
  if (used > wrapWidth) return continues;
  if (!nextWordFits(used, next, wrapWidth)) return true;
  // a short line broken before a lower-case word goes on when it ends on an article or a preposition
  return continues && (used >= wrapWidth * o.longLine || endsWithBindingWord(line));
}

/** Whether the first word of `next` would have fitted after a line `used` columns wide, on a page wrapped at
 * `wrapWidth`. */
export function nextWordFits(used: number, next: string, wrapWidth: number): boolean {
  return used + 1 + displayWidth(firstWord(next)) <= wrapWidth;
}

/** The line's first word, with a lone dash or quotation mark before it: typesetting binds those to the word after
 * them, and renderers wrap them together. */
function firstWord(line: string): string {
  const space = line.indexOf(' ');
  if (space === -1) return line;
  if (LONE_MARK.test(line.slice(0, space))) {
    const after = line.indexOf(' ', space + 1);
    return after === -1 ? line : line.slice(0, after);
  }
  return line.slice(0, space);
}

const LONE_MARK = /^[-–—"'“”„«»‚‘’]$/u;

/** Join `next` to the run's text, which ends with `prev`: its last character is read from the short line, since
 * reading it from the growing text would flatten that string at every join (quadratic on long runs). */
function joinLines(text: string, prev: string, next: string): string {
  const last = prev.charAt(prev.length - 1);
  return isCjk(last) && isCjk(next.charAt(0)) ? text + next : `${text} ${next}`;
}
