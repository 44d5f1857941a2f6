// Stage 2: cut the page into runs of lines that belong together by layout: blank lines separate groups; a list
// marker (`*`, `+`, `1.`) starts an item whose more-indented lines continue it; a change of indentation starts a
// new run (text dumps put headings and paragraphs at different indents). Whether a line break inside a run is a
// hard wrap or a paragraph break is for the reflow stage to decide.
import type { BlockKind } from './doc.js';
import { MONTH_WORD } from '../text/months.js';

const YEAR_OR_END = /^\s*(?:\d{2,4}\b|[,;]|$)/;

function isDayMonth(rest: string): boolean {
  const m = MONTH_WORD.exec(rest);
  return m !== null && YEAR_OR_END.test(rest.slice(m[0].length));
}

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

// Bullets that text renderers print (lynx: * + o # @ -; browsers: • · ▪ ‣ ► ◦).
const BULLET = /^([*+•·▪‣►◦–-])\s+(?=\S)/;
// Letter bullets are only bullets when indented like nested list items, never at a paragraph's indent.
const LETTER_BULLET = /^([o#@])\s+(?=\S)/;
const NUMBERED = /^(\d{1,3}[.)])\s+(?=\S)/;

export function segment(lines: string[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let group = -1;
  let afterBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const content = raw.trimStart();
    if (content === '') {
      current = null;
      afterBlank = true;
      continue;
    }
    const indent = raw.length - content.length;
    if (afterBlank) group++;
    const previous = current;
    const item = listMarker(content, indent, previous, afterBlank);
    if (item) {
      const textIndent = indent + item.length;
      current = newRun(item.kind, item.marker, indent, textIndent, i, group, afterBlank);
      current.lines.push(content.slice(item.length));
      current.indents.push(indent);
      runs.push(current);
    } else if (previous && continues(previous, indent)) {
      previous.lines.push(content);
      previous.indents.push(indent);
    } else {
      current = newRun('text', null, indent, indent, i, group, afterBlank);
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

/** A line continues the current run when it keeps the run's text indentation (a list item's text column). */
function continues(run: Run, indent: number): boolean {
  if (run.kind === 'text') return indent === run.indent;
  return indent > run.indent && indent >= run.textIndent - 1;
}

interface Marker {
  kind: BlockKind;
  marker: string;
  /** Characters from the start of the trimmed line to the start of the item's text. */
  length: number;
}

function listMarker(content: string, indent: number, previous: Run | null, afterBlank: boolean): Marker | null {
  let m = BULLET.exec(content);
  if (!m && indent >= 4) m = LETTER_BULLET.exec(content);
  if (m) return { kind: 'bullet', marker: m[1], length: m[0].length };
  m = NUMBERED.exec(content);
  if (!m) return null;
  // "19. Oktober 2019" is a date, not item 19.
  if (isDayMonth(content.slice(m[0].length))) return null;
  // A number at the paragraph's own indentation in the middle of a run is more likely text ("3. Liga"); a list
  // starts after a blank line, at another indentation, or continues a list.
  const startsList = afterBlank || !previous || previous.kind === 'numbered' || previous.indent !== indent;
  return startsList ? { kind: 'numbered', marker: m[1], length: m[0].length } : null;
}
