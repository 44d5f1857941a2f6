// Word tokens for features and similarity. A CJK character counts as a word of its own because those scripts
// do not separate words with spaces; everything else is a run of letters and digits with inner apostrophes or
// hyphens.
import { charClass, DIGIT, LETTER, MARK as COMBINING_MARK, UPPER } from './script.js';

// A word is letters and digits, with single inner apostrophes, hyphens or dots (it's, well-known, U.S.): maximal
// runs of letters, marks, digits and those marks (`[\p{L}\p{M}\p{N}'’\-.]+`), cut at doubled marks and trimmed
// of marks at their ends. The runs are found in one scan over the characters' cached classes (src/text/script.ts):
// tokenising runs on every block of every page, several times, and a regular expression per run would be most of it.
const DOUBLED_MARKS = /['’\-.]{2,}/u;
const MARKS = "'’-.";

/** Hiragana and Katakana, CJK ideographs (extension A, unified, compatibility): a word each. The scan tests the
 * ranges, the cutting of a run matches them: both are made from this list. */
const CJK_WORD_RANGES: [number, number][] = [
  [0x3040, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];
const CJK_CLASS = CJK_WORD_RANGES.map(([a, b]) => `\\u${a.toString(16)}-\\u${b.toString(16)}`).join('');
const CJK_OR_OTHER = new RegExp(`[${CJK_CLASS}]|[^${CJK_CLASS}]+`, 'gu');
const CJK_RUN = new RegExp(`[${CJK_CLASS}]`, 'u');

/** What a character is to the tokeniser: outside words, inside one, or inside one and a mark or a CJK character
 * (the run may then need trimming or cutting). */
const OUTSIDE = 0;
const INSIDE = 1;
const MARK = 2;
const CJK = 3;

/** An apostrophe, hyphen or dot (MARKS): inside a word, or a boundary. */
function isMark(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;
}

function isCjkWord(code: number): boolean {
  for (const [first, last] of CJK_WORD_RANGES) if (code >= first && code <= last) return true;
  return false;
}

/** A word that is one CJK character, as `words` makes each of them (all of CJK_WORD_RANGES are in the BMP). */
export function isCjkCharacterWord(token: string): boolean {
  return token.length === 1 && isCjkWord(token.charCodeAt(0));
}

function roleOf(codePoint: number): number {
  if (isMark(codePoint)) return MARK;
  const cls = charClass(codePoint);
  if (cls !== LETTER && cls !== UPPER && cls !== DIGIT && cls !== COMBINING_MARK) return OUTSIDE;
  return isCjkWord(codePoint) ? CJK : INSIDE;
}

/** Roles of the ASCII characters, looked up without a call (most characters of most pages). */
const ASCII_ROLES = Uint8Array.from({ length: 0x80 }, (_, code) => roleOf(code));

export function words(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  // what the run holds beside letters and digits: most runs hold nothing else and are a word as they stand; a
  // run with single marks (a sentence's last word and its full stop, well-known) only loses marks at its ends
  let marks = false;
  let doubled = false;
  let cjk = false;
  let previous = OUTSIDE;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    let role: number;
    let size = 1;
    if (code < 0x80) role = ASCII_ROLES[code];
    else {
      const codePoint = text.codePointAt(i)!;
      role = roleOf(codePoint);
      if (codePoint > 0xffff) size = 2;
    }
    if (role !== OUTSIDE) {
      if (start < 0) {
        start = i;
        marks = doubled = cjk = false;
      }
      if (role === MARK) {
        doubled ||= previous === MARK;
        marks = true;
      } else if (role === CJK) cjk = true;
    } else if (start >= 0) {
      endRun(text, start, i, marks, doubled, cjk, out);
      start = -1;
    }
    previous = role;
    i += size;
  }
  if (start >= 0) endRun(text, start, text.length, marks, doubled, cjk, out);
  return out;
}

/** The words of the run text[start, end). */
function endRun(text: string, start: number, end: number, marks: boolean, doubled: boolean, cjk: boolean, out: string[]): void {
  if (!marks && !cjk) {
    out.push(text.slice(start, end));
    return;
  }
  if (doubled || cjk) {
    pushWords(text.slice(start, end), out);
    return;
  }
  // single marks: no two at either end, so trimming them all is trimming one
  while (start < end && isMark(text.charCodeAt(start))) start++;
  while (end > start && isMark(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push(text.slice(start, end));
}

/** The words of one run: cut at doubled marks, marks trimmed at the ends, CJK characters one by one. */
function pushWords(run: string, out: string[]): void {
  for (let w of run.split(DOUBLED_MARKS)) {
    if (MARKS.includes(w.charAt(0))) w = w.slice(1);
    if (MARKS.includes(w.charAt(w.length - 1))) w = w.slice(0, -1);
    if (w === '') continue;
    // CJK characters are words of their own; Latin or digit parts beside them stay whole
    if (CJK_RUN.test(w)) for (const part of w.matchAll(CJK_OR_OTHER)) out.push(part[0]);
    else out.push(w);
  }
}

/** The words that comparisons go by: after NFKC and in lower case, so that case and compatibility forms (full-width
 * letters) make no difference. */
export function keyWords(text: string): string[] {
  return words(text.normalize('NFKC').toLowerCase());
}

/** A comparison key for a paragraph: case, punctuation and spacing differences do not make it different. The
 * key words joined by single spaces (no word holds one). */
export function paragraphKey(text: string): string {
  return keyWords(text).join(' ');
}

/**
 * The same key for a text whose words are known already, lower-cased (`words(text)`, each lower-cased): those are
 * its key words when NFKC leaves the text as it is (all ASCII text, and most other text) and it holds no capital
 * sigma, the one letter whose lower case depends on what stands around it: lower-casing then maps each character
 * alone, to characters of the same role for the tokeniser, so lower-casing word by word is lower-casing the whole.
 * Other text is keyed afresh (NFKC and the capital sigma's context can change its words).
 */
export function keyFromWords(text: string, lowerWords: readonly string[]): string {
  if (ASCII.test(text)) return lowerWords.join(' ');
  return !text.includes(CAPITAL_SIGMA) && text.normalize('NFKC') === text ? lowerWords.join(' ') : paragraphKey(text);
}

/** `words(text.toLowerCase())` read off the text's comparison key (`paragraphKey(text)`, which every block carries)
 * when NFKC leaves the text as it is: the key is then those very words joined by spaces, and splitting it costs less
 * than tokenising the text again. */
export function lowerWordsFromKey(text: string, key: string): string[] {
  if (ASCII.test(text) || text.normalize('NFKC') === text) return key === '' ? [] : key.split(' ');
  return words(text.toLowerCase());
}

const ASCII = /^[\x00-\x7f]*$/;
const CAPITAL_SIGMA = '\u03a3';

