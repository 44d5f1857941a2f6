// Character classes the cleaner needs across scripts: East Asian wide characters (they take two columns in a
// text dump and are written without spaces between words) and cased letters.

/** Han, Hiragana, Katakana, Hangul, CJK punctuation and full-width forms. */
export const CJK_CHAR = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u32ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const WIDE_CHAR = new RegExp(CJK_CHAR.source, 'g');

/** Whether a UTF-16 code unit is one CJK_CHAR matches (a wide character), without a regular expression: the block
 * features count them in the scan that classes each character. */
export function isWideCode(c: number): boolean {
  if (c < 0x1100) return false;
  if (c < 0x2e80) return c <= 0x11ff;
  if (c < 0x3040) return c <= 0x303f;
  if (c < 0xac00) return c <= 0x30ff || (c >= 0x3100 && c <= 0x32ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff);
  return c <= 0xd7af || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CHAR.test(ch);
}

/** Columns a line takes in a monospaced dump (wide characters count two), as text renderers wrap by columns. */
export function displayWidth(s: string): number {
  let wide = 0;
  WIDE_CHAR.lastIndex = 0;
  while (WIDE_CHAR.exec(s)) wide++;
  return s.length + wide;
}

export function isLowerStart(s: string): boolean {
  const ch = s.charAt(0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isUpperStart(s: string): boolean {
  const ch = s.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** What the block features count a character as (charClass). */
export const SPACE = 1;
export const DIGIT = 2;
/** A letter with a lower-case form other than itself. */
export const UPPER = 3;
export const LETTER = 4;
/** A combining mark (`\p{M}`): part of a word, neither a letter nor a digit. */
export const MARK = 5;
export const OTHER = 6;

// Classes of the characters met so far, looked up by code point: the Unicode property tests behind them are
// slow to run once per character of every page, and a page uses a few hundred distinct characters.
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

/** A code point's class: white space as `\s` matches it, a number (`\p{N}`), a letter (`\p{L}`), a mark
 * (`\p{M}`), or other. */
export function charClass(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = bmpClasses[codePoint];
    if (known !== 0) return known;
    return (bmpClasses[codePoint] = classOf(codePoint));
  }
  let known = astralClasses.get(codePoint);
  if (known === undefined) astralClasses.set(codePoint, (known = classOf(codePoint)));
  return known;
}

function classOf(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  if (/\s/.test(ch)) return SPACE;
  if (/\p{N}/u.test(ch)) return DIGIT;
  if (/\p{L}/u.test(ch)) return ch !== ch.toLowerCase() ? UPPER : LETTER;
  if (/\p{M}/u.test(ch)) return MARK;
  return OTHER;
}

/** `s.replace(/\s+/g, ' ')`, the same string back when there is nothing to fold (most blocks and lines). */
export function foldSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x20 ? i + 1 < s.length && charClass(s.charCodeAt(i + 1)) === SPACE : charClass(code) === SPACE) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** A character that shows: not white space, a control code, or a default-ignorable one (zero-width joiners and
 * non-joiners, bidi controls, the combining grapheme joiner, word joiners, variation selectors). */
const VISIBLE = /[^\s\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** Whether anything in `s` would be seen. */
export function hasVisibleText(s: string): boolean {
  return VISIBLE.test(s);
}

/** Two cells set apart by three or more spaces: text renderers (lynx, w3m, html2text) print table rows so. */
const TABLE_ROW = /\S {3,}\S/u;
/** The same, where the first cell does not end like a sentence or an image's bracketed text (prose sets sentences
 * apart by a few spaces too, and html2text an image from the text after it). */
const TABLE_CELLS = /[^\s.!?\]] {3,}\S/u;

export function isTableRow(line: string): boolean {
  return TABLE_ROW.test(line);
}

/** A table row for certain: cells set apart where no sentence ends. */
export function hasTableCells(line: string): boolean {
  return TABLE_CELLS.test(line);
}

/** `s.trim() === ''` (trim takes off what `\s` matches), without making the trimmed string. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (charClass(s.charCodeAt(i)) !== SPACE) return false;
  return true;
}
