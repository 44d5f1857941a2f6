// Is this input an HTML page? By content: a doctype or <html> at the start, or markup dense enough that it cannot
// be a text dump; and by name (.html, .htm) when the content has any markup at all. A text dump that quotes a tag
// or two stays text, and so does one that shows a text browser's own marks (lynx's numbered links and its
// References list), however much of it is a quoted page source.
import { withoutCompression } from '../io/compression.js';
import type { InputOptions } from '../options.js';

const HTML_NAME = /\.x?html?$/i;
const HTML_OPENING = /^<(?:!doctype\s+html|html[\s>])/i;
const KNOWN_TAG = /<\/?(?:html|head|body|div|span|p|a|table|tr|td|li|ul|ol|br|meta|script|style|link|h[1-6]|article|section|nav|header|footer|main|aside|form|img)\b[^<>]*>/gi;
const STRUCTURE_TAG = /<(?:body|div|p|table|article|section|main)\b/i;
const CLOSING_TAG = /<\/(?:html|body|div|span|p|a|table|tr|td|li|ul|ol|h[1-6]|article|section)\s*>/gi;
/** How much of the start of a page to look at. */
const SNIFF_CHARS = 65536;
const TAG_IN_LINE = /<\/?[a-z][a-z0-9]*[\s>/]/i;

export function hasHtmlName(path: string): boolean {
  return HTML_NAME.test(withoutCompression(path));
}

/** Markup rather than text: a doctype or <html> first; else no text browser's marks, and known tags dense enough
 * (`o`: how many, how dense, how many closed, on how many lines) that prose mentioning tags does not reach it. */
export function looksLikeHtml(text: string, o: InputOptions): boolean {
  const head = text.slice(0, SNIFF_CHARS).replace(/^\ufeff/, '');
  if (startsAsHtml(head)) return true;
  if (hasDumpMarks(head, text.length > SNIFF_CHARS ? text.slice(-SNIFF_CHARS) : head, o)) return false;
  const tags = head.match(KNOWN_TAG)?.length ?? 0;
  if (tags < o.htmlMinTags || tags * o.htmlCharsPerTag < head.length || !STRUCTURE_TAG.test(head)) return false;
  return (head.match(CLOSING_TAG)?.length ?? 0) >= o.htmlMinClosingTags && markupLineShare(head) >= o.htmlMinTaggedLines;
}

/** lynx ends a dump with its links, numbered, under a "References" heading (`   1. https://...`), and numbers each
 * link in the text (`[12]Home`): marks a text browser makes, which no page's markup holds as text. */
const REFERENCES = /^References[ \t]*\r?\n(?:[ \t]*\r?\n){0,3}[ \t]+1\.[ \t]+(?:\w+:|#)/mu;
const LINK_NUMBER = /\[\d{1,4}\](?=[\p{L}\p{N}])/gu;

function hasDumpMarks(head: string, tail: string, o: InputOptions): boolean {
  return REFERENCES.test(tail) || (head.match(LINK_NUMBER)?.length ?? 0) >= o.dumpMinLinkNumbers;
}

/** Share of the non-blank lines that hold a tag: markup puts tags on most lines (or all on one), while a text dump
 * that quotes a page's source in a code sample has them only on the lines of the sample. */
function markupLineShare(head: string): number {
  let lines = 0;
  let tagged = 0;
  for (const line of head.split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    if (TAG_IN_LINE.test(line)) tagged++;
  }
  return lines ? tagged / lines : 0;
}

/** An input is read as HTML when its content says so, or its name does and it has markup. */
export function isHtmlInput(text: string, source: string, o: InputOptions): boolean {
  if (looksLikeHtml(text, o)) return true;
  return hasHtmlName(source) && /<[a-z!/][^<>]*>/i.test(text.slice(0, SNIFF_CHARS));
}

/** A doctype or <html> first, past white space, comments and an XML declaration (skipped by hand: a pattern that
 * repeats those alternatives backtracks exponentially on a run of unclosed ones). */
function startsAsHtml(head: string): boolean {
  let i = 0;
  for (;;) {
    while (i < head.length && /\s/.test(head[i])) i++;
    if (head.startsWith('<!--', i)) {
      const end = head.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = end + 3;
    } else if (head.startsWith('<?xml', i) || head.startsWith('<?XML', i)) {
      const end = head.indexOf('>', i);
      if (end < 0) return false;
      i = end + 1;
    } else return HTML_OPENING.test(head.slice(i, i + 20));
  }
}
