// Stage 2: cut the page into runs of lines that belong together by layout: blank lines separate groups; a list
// marker (`*`, `+`, `1.`) starts an item whose more-indented lines continue it; a change of indentation starts a
// new run (text dumps put headings and paragraphs at different indents), except that a paragraph's first line may
// stand a little further in than the rest. Whether a line break inside a run is a hard wrap or a paragraph break is
// for the reflow stage to decide.
import type { BlockKind } from './doc-parts.js';
import { MONTH_WORD } from '../text/months.js';
import { displayWidth, isBlank } from '../text/script.js';
import { nextWordFits } from './reflow.js';
import type { Run } from './doc-parts.js';
import type { ReflowOptions } from '../options.js';
export type { Run } from './doc-parts.js';

const YEAR_OR_END = /^\s*(?:\d{2,4}\b|[,;]|$)/;

function isDayMonth(rest: string): boolean {
  const m = MONTH_WORD.exec(rest);
  return m !== null && YEAR_OR_END.test(rest.slice(m[0].length));
}

// Bullets that text renderers print (lynx: * + o # @ -; browsers: • · ▪ ‣ ► ◦).
const BULLET = /^([*+•·▪‣►◦–-])\s+(?=\S)/;
/** Dashes, which also open a line of speech or an aside in running text (a quotation dash), or come first on a line
 * wrapped with the word they are bound to. */
const DASH = /^[–-]$/;
// Letter bullets are only bullets when indented like nested list items, never at a paragraph's indent.
const LETTER_BULLET = /^([o#@])\s+(?=\S)/;
const NUMBERED = /^(\d{1,3}[.)])\s+(?=\S)/;

/** Indentation in columns (a full-width space takes two); `lead`: the line's leading white space in characters. */
function indentOf(line: string, lead = line.length - line.trimStart().length): number {
  return lead === 0 ? 0 : displayWidth(line.slice(0, lead));
}

/** `wrapWidth`: the column the page was hard-wrapped at, if it was (detectWrapWidth). */
export function segment(lines: string[], o: ReflowOptions, wrapWidth: number | null = null): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let group = -1;
  let afterBlank = true;
  // characters of indentation before the current run's first line: a paragraph's first line may stand further in
  // by a few characters, and two full-width spaces (a CJK paragraph's indent) are two characters but four columns
  let firstLead = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const content = raw.trimStart();
    if (content === '') {
      current = null;
      afterBlank = true;
      continue;
    }
    const lead = raw.length - content.length;
    const indent = indentOf(raw, lead);
    if (afterBlank) group++;
    const previous = current;
    const item = listMarker(content, indent, previous, afterBlank, { previous: lines[i - 1], next: lines[i + 1], wrapWidth });
    if (item) {
      const textIndent = indent + item.length;
      current = newRun(item.kind, item.marker, indent, textIndent, i, group, afterBlank);
      firstLead = lead;
      current.lines.push(content.slice(item.length));
      current.indents.push(indent);
      runs.push(current);
    } else if (previous && continues(previous, indent, firstLead - lead, o)) {
      // a paragraph stands at the indentation of its lines after a first line that stood further in
      if (previous.kind === 'text') previous.indent = previous.textIndent = indent;
      previous.lines.push(content);
      previous.indents.push(indent);
    } else {
      current = newRun('text', null, indent, indent, i, group, afterBlank);
      firstLead = lead;
      current.lines.push(content);
      current.indents.push(indent);
      runs.push(current);
    }
    afterBlank = false;
  }
  return runs;
}

function newRun(
  kind: BlockKind,
  marker: string | null,
  indent: number,
  textIndent: number,
  lineIndex: number,
  group: number,
  groupStart: boolean,
): Run {
  return { kind, marker, indent, textIndent, lines: [], indents: [], startLine: lineIndex + 1, group, groupStart };
}

/** A line continues the current run when it keeps the run's text indentation (a list item's text column), or is
 * the second line of a paragraph whose first line stood a little further in (`outdent`: by so many characters). */
function continues(run: Run, indent: number, outdent: number, o: ReflowOptions): boolean {
  if (run.kind === 'text') return indent === run.indent || (run.lines.length === 1 && indent < run.indent && outdent <= o.firstLineIndent);
  return indent > run.indent && indent >= run.textIndent - 1;
}

interface Marker {
  kind: BlockKind;
  marker: string;
  /** Characters from the start of the trimmed line to the start of the item's text. */
  length: number;
}

function listMarker(content: string, indent: number, previous: Run | null, afterBlank: boolean, around: Around): Marker | null {
  let m = BULLET.exec(content);
  if (m && DASH.test(m[1]) && (runsOn(indent, around.next) || wrapsOnto(previous, afterBlank, around, content))) m = null;
  if (!m && indent >= 4) m = LETTER_BULLET.exec(content);
  if (m) return { kind: 'bullet', marker: m[1], length: m[0].length };
  m = NUMBERED.exec(content);
  if (!m || runsOn(indent, around.next)) return null;
  // "19. Oktober 2019" is a date, not item 19.
  if (isDayMonth(content.slice(m[0].length))) return null;
  // A number at the paragraph's own indentation in the middle of a run is more likely text ("3. Liga"); a list
  // starts after a blank line, at another indentation, or continues a list.
  const startsList = afterBlank || !previous || previous.kind === 'numbered' || previous.indent !== indent;
  return startsList ? { kind: 'numbered', marker: m[1], length: m[0].length } : null;
}

/** The lines around the one being read, and the page's wrap width. */
interface Around {
  previous: string | undefined;
  next: string | undefined;
  wrapWidth: number | null;
}

/** A dash or a number whose next line goes on at its own column or further out opens running text, not an item: an
 * item's lines go on at its text column. */
function runsOn(indent: number, next: string | undefined): boolean {
  if (next === undefined || isBlank(next) || indentOf(next) > indent) return false;
  const content = next.trimStart();
  return !BULLET.test(content) && !NUMBERED.test(content);
}

/** A dash that did not fit at the end of the paragraph's line before (with the word it is bound to) is that line's
 * continuation. */
function wrapsOnto(previous: Run | null, afterBlank: boolean, around: Around, content: string): boolean {
  if (afterBlank || previous?.kind !== 'text' || around.previous === undefined || around.wrapWidth === null) return false;
  return !nextWordFits(displayWidth(around.previous), content, around.wrapWidth);
}
