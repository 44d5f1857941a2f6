// Character classes the cleaner needs across scripts: East Asian wide characters (they take two columns in a
// text dump and are written without spaces between words) and cased letters.

/** Han, Hiragana, Katakana, Hangul, CJK punctuation and full-width forms. */
export const CJK_CHAR = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u32ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const WIDE_CHAR = new RegExp(CJK_CHAR.source, 'g');

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
