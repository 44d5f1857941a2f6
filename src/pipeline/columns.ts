// Stage 1b: a dump that prints two columns of the page side by side (w3m lays out a body column and a sidebar in
// one table row) interleaves them line by line, so no run of lines holds one column's text. Where many consecutive
// lines keep a wide gap before the same column, and no line's text runs across it, the two columns are read one
// after the other: the left column's lines of that stretch, then the right column's. Tables, aligned text and code
// keep their rows: a split needs many rows with text on both sides, wrapped text (long lines) in the left column,
// and a right column that starts at one column in most of them. A narrow left column (a sidebar of short links,
// 12-39 columns wide) is split only beside wrapped prose: long right-hand lines whose sentences go on into the next,
// with sidebar items standing beside the middle of such sentences (a table's first cell stands beside its row's
// start). Each line of the result keeps the number of the page's line it came from (for --explain).
import { isCjk, isWideCode } from '../text/script.js';
import type { ColumnOptions } from '../options.js';

export interface ColumnSplit {
  lines: string[];
  /** For each line of `lines`, the 1-based number of the page's line it came from. */
  lineNumbers: number[];
}

/** A stretch of text on a line: from display column `start` to `end` (exclusive); `from`/`to` index the line. */
interface Span {
  start: number;
  end: number;
  from: number;
  to: number;
}

/** The line's stretches of text separated by at least `gap` spaces, with their display columns. */
function spansOf(line: string, gap: number): Span[] {
  const spans: Span[] = [];
  let col = 0;
  let spaces = 0;
  let current: Span | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === ' ') {
      spaces++;
      col++;
      continue;
    }
    if (current === null || spaces >= gap) {
      current = { start: col, end: col, from: i, to: i };
      spans.push(current);
    }
    spaces = 0;
    const code = line.codePointAt(i)!;
    const width = isWideCode(line.charCodeAt(i)) ? 2 : 1;
    if (code > 0xffff) i++;
    col += width;
    current.end = col;
    current.to = i + 1;
  }
  return spans;
}

type Side = 'blank' | 'left' | 'right' | 'both' | 'across';

/** Where a line's text stands relative to a column boundary at `c`. */
function sideOf(spans: Span[], c: number, gap: number, slack: number): Side {
  if (spans.length === 0) return 'blank';
  let left = false;
  let right = false;
  for (const s of spans) {
    if (s.start >= c - slack) right = true;
    else if (s.end <= c - gap) left = true;
    else return 'across';
  }
  return left && right ? 'both' : left ? 'left' : 'right';
}

/** The page's lines with each two-column stretch read column by column, or null when it has none. */
export function splitColumns(lines: string[], o: ColumnOptions): ColumnSplit | null {
  // a boundary is a column where text starts after a gap inside the line, on at least minRows lines: most pages
  // have fewer such lines, and are answered without measuring every line's stretches
  const gap = ' '.repeat(o.minGap);
  let gapped = 0;
  for (const line of lines) if (hasInnerGap(line, gap)) gapped++;
  if (gapped < o.minRows) return null;
  const spans = lines.map((l) => spansOf(l, o.minGap));
  // candidate boundaries: columns where text starts after a gap, counted over the page
  const starts = new Map<number, number>();
  for (const ss of spans) for (let k = 1; k < ss.length; k++) if (ss[k].start >= o.minNarrowColumns) starts.set(ss[k].start, (starts.get(ss[k].start) ?? 0) + 1);
  // the most frequent few only, wide and narrow: each is tried against every line, so a page of many ragged columns
  // (a wide table, aligned noise) would otherwise cost its lines times its columns
  const frequent = [...starts].filter(([, n]) => n >= o.minRows).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const wide = frequent.filter(([c]) => c >= o.minLeftColumns).slice(0, o.maxBoundaries);
  const narrow = frequent.filter(([c]) => c < o.minLeftColumns).slice(0, o.maxBoundaries);
  if (wide.length + narrow.length === 0) return null;
  // the boundary each line is split at, once one is accepted; a body column on the left first, then a narrow one
  const cut = new Array<number>(lines.length).fill(-1);
  let found = false;
  for (const [candidates, test] of [[wide, evident], [narrow, evidentNarrow]] as const) {
    for (const [c] of candidates) {
      const view = test === evident ? spans : joined(lines, spans, c, o);
      for (const [from, to] of bands(lines, view, c, o, cut, test)) {
        for (let i = from; i < to; i++) {
          cut[i] = c;
          spans[i] = view[i];
        }
        found = true;
      }
    }
  }
  return found ? rebuild(lines, spans, cut, o) : null;
}

/** The lines' stretches, where a narrow left column's item runs up to the boundary at `c` (one or two spaces
 * before the right column's text) split there as if the gap were wide: a line between two that do not run
 * across `c`. A sidebar item as wide as its column would otherwise end the stretch in the middle. */
function joined(lines: string[], spans: Span[][], c: number, o: ColumnOptions): Span[][] {
  // an item ending one or two columns before `c`, with the right column's text set in further (a table in the
  // body), has a wide gap on its line all the same
  const near = spans.map((ss) =>
    ss.every((s) => s.end < c || s.start >= c - o.slack) ? ss.map((s) => (s.end < c ? { ...s, end: Math.min(s.end, c - o.minGap) } : s)) : ss,
  );
  const across = near.map((ss) => sideOf(ss, c, o.minGap, o.slack) === 'across');
  return near.map((ss, i) => {
    if (!across[i] || across[i - 1] || across[i + 1]) return ss;
    const k = ss.findIndex((s) => s.start < c && s.end > c);
    if (k < 0) return ss;
    const s = ss[k];
    const line = lines[i];
    // the index where display column `c` begins inside the stretch
    let at = s.from;
    let col = s.start;
    while (col < c) {
      col += isWideCode(line.charCodeAt(at)) ? 2 : 1;
      at += (line.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    }
    if (col !== c || line[at - 1] !== ' ' || line[at] === ' ') return ss;
    let to = at;
    while (line[to - 1] === ' ') to--;
    // the left part's end is set back to the widest gap the column needs: sideOf then sees two columns
    const left: Span = { start: s.start, end: Math.min(c - (at - to), c - o.minGap), from: s.from, to };
    return [...ss.slice(0, k), left, { start: c, end: s.end, from: at, to: s.to }, ...ss.slice(k + 1)];
  });
}

/** Whether `gap` (spaces) stands between two characters of the line other than spaces: it has two stretches. */
function hasInnerGap(line: string, gap: string): boolean {
  let first = 0;
  while (first < line.length && line[first] === ' ') first++;
  let end = line.length;
  while (end > first && line[end - 1] === ' ') end--;
  const at = line.indexOf(gap, first);
  return at >= 0 && at < end;
}

/** Stretches of lines that no line's text runs across at `c` (and not split yet), with enough evidence of two
 * columns: many lines with text on both sides, most of them with the right column starting exactly at `c`, and
 * wrapped text on the left. */
function bands(lines: string[], spans: Span[][], c: number, o: ColumnOptions, cut: number[], test: Evidence): [number, number][] {
  const out: [number, number][] = [];
  let from = -1;
  const close = (to: number) => {
    if (from < 0) return;
    if (test(lines, spans, from, to, c, o)) {
      // the split runs from the first line with text in the right column to the last: the lines around it stay
      // where they are (a footer under the body column comes before the sidebar's lines otherwise)
      const right = (i: number) => spans[i].some((s) => s.start >= c - o.slack);
      let a = from;
      let b = to;
      while (!right(a)) a++;
      while (!right(b - 1)) b--;
      out.push([a, b]);
    }
    from = -1;
  };
  for (let i = 0; i < spans.length; i++) {
    const side = cut[i] >= 0 ? 'across' : sideOf(spans[i], c, o.minGap, o.slack);
    if (side === 'across') close(i);
    else if (from < 0) from = i;
  }
  close(spans.length);
  return out;
}

/** A test of a stretch of lines for two columns split at `c`. */
type Evidence = (lines: string[], spans: Span[][], a: number, b: number, c: number, o: ColumnOptions) => boolean;

const LETTER = /\p{L}/u;
/** Where a sentence goes on: a line ending inside it (a letter, a figure, a comma, a hyphen) and one starting in lower case. */
const OPEN_END = /[\p{L}\p{N},-]$/u;
const LOWER_START = /^\p{Ll}/u;

/** Two columns, not a table's rows or a listing's comments: many lines with text (not figures, not a border) on
 * both sides, most with the right column starting exactly at `c`, and either a paragraph wrapped at the left
 * column's margin (a few lines in a row whose long text ends just before the gap and whose sentence goes on in the
 * next) or a gap wide on every line. */
function evident(lines: string[], spans: Span[][], a: number, b: number, c: number, o: ColumnOptions): boolean {
  let both = 0;
  let aligned = 0;
  let narrowest = Infinity;
  // lines of the current run of wrapped text, and the longest run
  let run = 0;
  let longestRun = 0;
  // the last words of the line before, when it ran up to the margin
  let fullEnd: string | null = null;
  for (let i = a; i < b; i++) {
    const side = sideOf(spans[i], c, o.minGap, o.slack);
    if (side === 'blank' || side === 'right') {
      run = 0;
      fullEnd = null;
      continue;
    }
    const left = spans[i].filter((s) => s.end <= c - o.minGap);
    const last = left[left.length - 1];
    run = fullEnd !== null && goesOn(fullEnd, lines[i].slice(left[0].from, left[0].to)) ? run + 1 : 1;
    longestRun = Math.max(longestRun, run);
    // a line of wrapped text is one long stretch running up to the margin; a table's row is cells, each short
    const full = c - last.end <= o.minGap + o.margin && left.some((s) => s.end - s.start >= o.minLeftColumns);
    fullEnd = full ? lines[i].slice(last.from, last.to) : null;
    if (side !== 'both') continue;
    const first = spans[i].find((s) => s.start >= c - o.slack)!;
    if (!LETTER.test(lines[i].slice(first.from))) continue;
    both++;
    if (first.start === c) aligned++;
    narrowest = Math.min(narrowest, first.start - last.end);
  }
  if (both < o.minRows || aligned < both * o.minAligned) return false;
  return longestRun >= o.minWrappedLines || narrowest >= o.wideGap;
}

/** A narrow left column (a sidebar of short items) beside the page's body, not a table whose first cells are
 * short: many lines with text on both sides, most with the right column starting exactly at `c`; wrapped prose on
 * the right (a few long lines in a row whose sentence goes on in the next); and left-column text standing beside
 * the middle of a right-hand sentence on several lines, where a table row's first cell stands beside its start. */
function evidentNarrow(lines: string[], spans: Span[][], a: number, b: number, c: number, o: ColumnOptions): boolean {
  let both = 0;
  let aligned = 0;
  let middle = 0;
  let run = 0;
  let longestRun = 0;
  // the right column's text on the line before, when it had some and ran up to the column's right edge
  let before: string | null = null;
  const edge = rightEdge(spans, a, b, c, o);
  for (let i = a; i < b; i++) {
    const side = sideOf(spans[i], c, o.minGap, o.slack);
    // a line with text only on the left is a blank in the right column
    if (side === 'blank' || side === 'left') {
      run = 0;
      before = null;
      continue;
    }
    const first = spans[i].find((s) => s.start >= c - o.slack)!;
    const right = lines[i].slice(first.from).trimEnd();
    // a sentence goes on: a letter, figure, comma or hyphen before the break (a table cell ending in a bracket or
    // a full stop does not go on into the next row, in any script)
    // a sentence goes on: a letter, figure, comma or hyphen before the break (a table cell ending in a bracket or
    // a full stop does not go on into the next row, in any script)
    const on = before !== null && OPEN_END.test(before) && goesOn(before, right);
    // a wrapped line of prose: long, and its sentence goes on in the next
    run = on && before!.length >= o.minLeftColumns ? run + 1 : 1;
    longestRun = Math.max(longestRun, run);
    const last = spans[i][spans[i].length - 1];
    before = edge - last.end <= o.margin ? right : null;
    if (side !== 'both' || !LETTER.test(right)) continue;
    both++;
    if (first.start !== c) continue;
    aligned++;
    if (on) middle++;
  }
  return both >= o.minRows && aligned >= both * o.minAligned && middle >= o.minMidSentence && longestRun >= o.minWrappedLines;
}

/** The right column's right edge in lines `a` to `b`: the farthest end that a few of its lines (minWrappedLines)
 * reach within `margin` columns, so that one overlong line does not set it. */
function rightEdge(spans: Span[][], a: number, b: number, c: number, o: ColumnOptions): number {
  const ends: number[] = [];
  for (let i = a; i < b; i++) {
    const last = spans[i][spans[i].length - 1];
    if (last !== undefined && last.start >= c - o.slack) ends.push(last.end);
  }
  ends.sort((x, y) => y - x);
  for (let j = 0, k = 0; j < ends.length; j++) {
    while (k < ends.length && ends[k] >= ends[j] - o.margin) k++;
    if (k - j >= o.minWrappedLines) return ends[j];
  }
  return 0;
}

/** Whether text goes on from one line to the next: in the middle of a sentence, or from one run of CJK characters
 * into the next. */
function goesOn(before: string, after: string): boolean {
  return (OPEN_END.test(before) && LOWER_START.test(after)) || (isCjk(before.at(-1)) && isCjk(after[0]));
}

/** The lines again, each split stretch as its left column's lines, a blank line, its right column's lines. */
function rebuild(lines: string[], spans: Span[][], cut: number[], o: ColumnOptions): ColumnSplit {
  const out: string[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < lines.length; ) {
    if (cut[i] < 0) {
      out.push(lines[i]);
      numbers.push(i + 1);
      i++;
      continue;
    }
    const c = cut[i];
    let j = i;
    while (j < lines.length && cut[j] === c) j++;
    const right: string[] = [];
    for (let k = i; k < j; k++) {
      const first = spans[k].findIndex((s) => s.start >= c - o.slack);
      const at = first < 0 ? lines[k].length : spans[k][first].from;
      out.push(lines[k].slice(0, at).trimEnd());
      numbers.push(k + 1);
      right.push(first < 0 ? '' : ' '.repeat(Math.max(0, spans[k][first].start - c)) + lines[k].slice(at));
    }
    out.push('');
    numbers.push(j);
    for (let k = i; k < j; k++) {
      out.push(right[k - i]);
      numbers.push(k + 1);
    }
    out.push('');
    numbers.push(j);
    i = j;
  }
  return { lines: out, lineNumbers: numbers };
}
