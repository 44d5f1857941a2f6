// The members of a JSON object as they were written. JSON.parse cannot hold every value of a record from another
// tool: integers beyond 2^53 lose digits (two ids become one), 1e400 becomes Infinity (written as null), and a
// `__proto__` key set on a plain object sets its prototype instead. A record's members are therefore taken from
// the line's text itself: each value's JSON text, with the white space between its tokens left out, so that it
// can be written back exactly. The scan is one pass with no recursion, however deep a value is nested.

/** A member of an object: its key (decoded), the key and the value as JSON text. */
export interface RawMember {
  key: string;
  /** The key's JSON text, as written (a string with its quotes and escapes). */
  rawKey: string;
  /** The value's JSON text: as written, white space between tokens left out. */
  raw: string;
  /** `\ud800`-style escapes of lone surrogates in the key or value, replaced by `\ufffd`. */
  loneSurrogates: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end (past the closing quote) of the string that opens at `i`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; ; ) {
    const q = text.indexOf('"', j);
    if (q < 0) throw new SyntaxError('unterminated string');
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** The end of the value that starts at `i` (a string, a number, a literal, an array or an object). */
function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return stringEnd(text, i);
  if (c !== 0x7b && c !== 0x5b) {
    let j = i;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === 0x2c || d === 0x7d || d === 0x5d || isSpace(d)) break;
      j++;
    }
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; ) {
    const d = text.charCodeAt(j);
    if (d === QUOTE) {
      j = stringEnd(text, j);
      continue;
    }
    if (d === 0x7b || d === 0x5b) depth++;
    else if (d === 0x7d || d === 0x5d) {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  throw new SyntaxError('unterminated value');
}

/** The value of a hexadecimal digit, or -1. */
function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** The code unit of a `\uXXXX` escape at `i` (the backslash), or -1. */
function escapedUnit(text: string, i: number): number {
  if (text.charCodeAt(i) !== BACKSLASH || text.charCodeAt(i + 1) !== 0x75) return -1;
  let unit = 0;
  for (let k = i + 2; k < i + 6; k++) {
    const d = hexDigit(text.charCodeAt(k));
    if (d < 0) return -1;
    unit = unit * 16 + d;
  }
  return unit;
}

/**
 * `text[start, end)` without white space between tokens, and with escapes of lone surrogates (`\ud800` not
 * followed by a low half, a low half alone) replaced by `\ufffd`: text that is valid JSON and valid Unicode.
 */
export function compactJson(text: string, start = 0, end = text.length): { json: string; loneSurrogates: number } {
  let out = '';
  let from = start;
  let loneSurrogates = 0;
  let inString = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === QUOTE) inString = false;
      else if (c === BACKSLASH) {
        const unit = escapedUnit(text, i);
        if (unit >= 0xd800 && unit <= 0xdfff) {
          const low = unit <= 0xdbff ? escapedUnit(text, i + 6) : -1;
          if (low >= 0xdc00 && low <= 0xdfff) i += 11;
          else {
            out += text.slice(from, i) + '\\ufffd';
            loneSurrogates++;
            i += 5;
            from = i + 1;
          }
        } else i++; // the escaped character, whatever it is, is part of the string
      }
    } else if (c === QUOTE) inString = true;
    else if (isSpace(c)) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return { json: out + text.slice(from, end), loneSurrogates };
}

/**
 * The members of the JSON object that `text` holds, in the order written; a key written twice keeps its first
 * place and its last value, as JSON.parse does. `text` must be valid JSON (the caller parsed it first) whose
 * value is an object.
 */
export function objectMembers(text: string): RawMember[] {
  const members = new Map<string, RawMember>();
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== 0x7b) throw new SyntaxError('not an object');
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === 0x7d) return [];
  for (;;) {
    const keyEnd = stringEnd(text, i);
    const key = compactJson(text, i, keyEnd);
    const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const end = valueEnd(text, valueStart);
    const value = compactJson(text, valueStart, end);
    const decoded = JSON.parse(key.json) as string;
    const old = members.get(decoded);
    members.set(decoded, { key: decoded, rawKey: old?.rawKey ?? key.json, raw: value.json, loneSurrogates: key.loneSurrogates + value.loneSurrogates });
    i = skipSpace(text, end);
    if (text.charCodeAt(i) !== 0x2c) break;
    i = skipSpace(text, i + 1);
  }
  return [...members.values()];
}
