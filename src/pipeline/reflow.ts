// Stage 3: turn runs of lines into paragraphs. A line break inside a run is either a hard wrap (join the lines)
// or a paragraph break (split). Two tests decide:
//  - width: when the page was wrapped at a fixed column (lynx, w3m, e-mail), a break is a wrap exactly when the
//    next line's first word would not have fitted on the line;
//  - continuation: on pages without a fixed width, a line that does not end a sentence followed by one that
//    starts in lower case is the same sentence.
// CJK text is joined without a space (those scripts do not put spaces between words).
import type { BlockKind } from './doc.js';
import type { Run } from './segment.js';
import { displayWidth, isCjk, isLowerStart } from '../text/script.js';

export interface Paragraph {
  text: string;
  kind: BlockKind;
  marker: string | null;
  indent: number;
  startLine: number;
  endLine: number;
  group: number;
  groupStart: boolean;
}

export interface WrapOptions {
  /** Narrowest and widest column a page can be hard-wrapped at. */
  minWrapWidth: number;
  maxWrapWidth: number;
  /** Lines within this many columns of the wrap width count as "full" lines. */
  wrapBand: number;
  /** Share of long lines that must be full lines for the page to count as hard-wrapped. */
  wrapShare: number;
}

const SENTENCE_END = /[.!?:;。！？；：…"”»)\]]$/u;

export function detectWrapWidth(lines: string[], opts: WrapOptions): number | null {
  const widths: number[] = [];
  // a line the paragraph goes on after: the evidence of wrapping (a long line followed by a blank is not)
  const continued: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    widths.push(displayWidth(lines[i]));
    continued.push(i + 1 < lines.length && lines[i + 1].trim() !== '');
  }
  if (widths.length < 3) return null;
  const sorted = [...new Set(widths)].sort((a, b) => b - a);
  // Overlong lines happen (a URL cannot be wrapped), so try the widest few distinct widths as candidates.
  const maxOutliers = Math.max(1, Math.floor(widths.length * 0.01));
  for (const width of sorted.slice(0, maxOutliers + 8)) {
    if (width < opts.minWrapWidth) break;
    if (width > opts.maxWrapWidth) continue;
    const over = widths.filter((w) => w > width).length;
    if (over > maxOutliers) break;
    let full = 0;
    let long = 0;
    for (let i = 0; i < widths.length; i++) {
      if (widths[i] >= width * 0.6) long++;
      if (continued[i] && widths[i] <= width && widths[i] >= width - opts.wrapBand) full++;
    }
    if (full >= 3 && full >= long * opts.wrapShare) return width;
  }
  return null;
}

export function reflow(runs: Run[], wrapWidth: number | null): Paragraph[] {
  const out: Paragraph[] = [];
  for (const run of runs) {
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
      const join = run.kind !== 'text' || isWrap(prev, run.indents[i - 1], next, wrapWidth);
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
  }
  return out;
}

function isWrap(line: string, indent: number, next: string, wrapWidth: number | null): boolean {
  if (wrapWidth !== null) {
    const used = indent + displayWidth(line);
    const last = line.charAt(line.length - 1);
    if (isCjk(last) && isCjk(next.charAt(0))) return used + 2 > wrapWidth;
    return used + 1 + displayWidth(firstWord(next)) > wrapWidth;
  }
  return !SENTENCE_END.test(line) && isLowerStart(next);
}

function firstWord(line: string): string {
  const space = line.indexOf(' ');
  return space === -1 ? line : line.slice(0, space);
}

/** Join `next` to the run's text, which ends with `prev`: its last character is read from the short line, since
 * reading it from the growing text would flatten that string at every join (quadratic on long runs). */
function joinLines(text: string, prev: string, next: string): string {
  const last = prev.charAt(prev.length - 1);
  return isCjk(last) && isCjk(next.charAt(0)) ? text + next : `${text} ${next}`;
}
