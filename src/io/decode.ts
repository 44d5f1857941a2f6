// Bytes to text, for pages that never declared their encoding. In order:
//  1. a byte order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
//  2. else the user's --encoding;
//  3. else UTF-16 without a mark, recognised by NUL bytes on one side of the byte pairs only;
//  4. else a file that is not text at all (NUL bytes, an image or archive signature) is rejected as binary;
//  5. else valid UTF-8 is UTF-8 (plain ASCII included), and so is UTF-8 with a few damaged bytes among many good
//     multi-byte characters;
//  6. else a legacy encoding guessed by chardet (Windows-1252, GB18030, Big5, Shift_JIS, EUC-KR, ...), decoded by
//     iconv-lite.
// Nothing undecodable passes silently: invalid byte sequences become U+FFFD and the page carries a warning with the
// line of the first one; a page that is mostly undecodable is rejected. A run of NUL bytes ending the file (an
// interrupted write) and a multi-byte character cut off at the end (a truncated file) are dropped with a warning.
import { createRequire } from 'node:module';
import type Chardet from 'chardet';
import type Iconv from 'iconv-lite';
import type { PageWarning } from '../schema.js';
import type { InputOptions } from '../options.js';
import { sniffBinary, trailingNuls } from './binary.js';

export interface DecodeOptions {
  /** Encoding to read pages in when they carry no byte order mark (any name iconv-lite knows). */
  encoding?: string;
  /** The thresholds of detection and rejection (the options' input group). */
  input: InputOptions;
}

export type DecodeOutcome =
  | { ok: true; text: string; encoding: string; warnings: PageWarning[] }
  | { ok: false; reason: 'binary' | 'decode' | 'empty'; message: string; line?: number };

// chardet and iconv-lite are loaded the first time a page needs them: most corpora are UTF-8, and loading them
// was 40 ms of every start (a pre-commit check of one file pays it in full). Both are CommonJS, so `require`
// loads them where they are needed, in the middle of decoding a page.
const require = createRequire(import.meta.url);
let loaded: { chardet: typeof Chardet; iconv: typeof Iconv } | undefined;
function legacyDecoders(): { chardet: typeof Chardet; iconv: typeof Iconv } {
  return (loaded ??= { chardet: require('chardet') as typeof Chardet, iconv: require('iconv-lite') as typeof Iconv });
}

/** How much of a page the encoding detector reads: plenty for its statistics, bounded for huge pages. */
const DETECT_SAMPLE = 256 * 1024;

const BOMS: { bytes: number[]; encoding: string }[] = [
  // UTF-32 LE's mark starts with UTF-16 LE's, so it is tried first
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** chardet names whose text is better read with a superset: Latin-1 pages are Windows-1252 in practice (the WHATWG
 * encoding standard reads them so), Big5 pages from Hong Kong use HKSCS, Shift_JIS and EUC-KR pages use the
 * Windows extensions (cp932, cp949). */
const SUPERSET: Record<string, string> = {
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-9': 'windows-1254',
  Big5: 'big5hkscs',
  Shift_JIS: 'cp932',
  'EUC-KR': 'cp949',
};

/** Whether `name` is an encoding that can be given with --encoding. */
export function isKnownEncoding(name: string): boolean {
  return legacyDecoders().iconv.encodingExists(name);
}

export function decodePage(bytes: Uint8Array, opts: DecodeOptions): DecodeOutcome {
  const o = opts.input;
  const bom = BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v));
  if (bom) return finish(bytes.subarray(bom.bytes.length), bom.encoding, [], o);
  const wide = opts.encoding && isWide(opts.encoding) ? opts.encoding : opts.encoding ? null : guessUtf16(bytes);
  if (wide) return finish(bytes, wide, [], o);

  const warnings: PageWarning[] = [];
  const nuls = trailingNuls(bytes);
  if (nuls > 0 && nuls === bytes.length) {
    return { ok: false, reason: 'empty', message: `the file holds only NUL bytes (${nuls}): nothing was ever written into it` };
  }
  const binary = sniffBinary(bytes, o, nuls);
  if (binary) return { ok: false, reason: 'binary', message: `not a text file: ${binary.what}` };
  if (nuls > 0) {
    warnings.push({ reason: 'nul-padding', message: `${nuls} NUL bytes ending the file were dropped (an interrupted write?)` });
    bytes = bytes.subarray(0, bytes.length - nuls);
  }
  if (opts.encoding) return finish(bytes, opts.encoding, warnings, o);

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', warnings };
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) {
    // well-formed up to a character cut off at the end: the file was truncated
    warnings.push({
      reason: 'truncated',
      message: `the file ends inside a UTF-8 character (${scan.tail} byte(s) dropped): it was cut short`,
      line: lineOfByte(bytes, bytes.length - scan.tail),
    });
    return { ok: true, text: strictUtf8(bytes.subarray(0, bytes.length - scan.tail)) ?? '', encoding: 'utf-8', warnings };
  }
  // legacy double-byte text forms a valid UTF-8 sequence only now and then, and far more invalid ones
  if (scan.multibyte >= o.utf8Evidence * scan.invalid) return finish(bytes, 'utf-8', warnings, o);
  const guess = guessLegacy(bytes, o);
  if (guess.confidence < o.guessConfidence) {
    warnings.push({
      reason: 'encoding-guess',
      message: `no encoding declared and none recognised with confidence: read as ${guess.encoding} (detector confidence ${guess.confidence}%); give --encoding if the text looks wrong`,
    });
  }
  return finish(bytes, guess.encoding, warnings, o);
}

/** Decode with a known encoding, count what could not be decoded, and reject a page that is mostly garbage. */
function finish(bytes: Uint8Array, encoding: string, warnings: PageWarning[], o: InputOptions): DecodeOutcome {
  let text = legacyDecoders().iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
  // UTF-16 and UTF-32 can carry lone surrogates, which are no characters at all: replace them like invalid bytes
  text = text.replace(LONE_SURROGATE, '\ufffd');
  const first = text.indexOf('\ufffd');
  if (first === -1) return { ok: true, text, encoding, warnings };
  let invalid = 0;
  for (let i = first; i !== -1; i = text.indexOf('\ufffd', i + 1)) invalid++;
  const line = lineAt(text, first);
  const chars = text.length - countWhitespace(text);
  if (invalid > o.maxInvalidShare * chars) {
    return {
      ok: false,
      reason: 'decode',
      message: `${invalid} of ${chars} characters could not be decoded as ${encoding}; give --encoding if the page is text`,
      line,
    };
  }
  warnings.push({
    reason: 'invalid-bytes',
    message: `${invalid} invalid byte sequence(s) in ${encoding} replaced by U+FFFD, the first on line ${line}`,
    line,
  });
  return { ok: true, text, encoding, warnings };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function isWide(encoding: string): boolean {
  return /^(?:utf-?(?:16|32)|ucs-?(?:2|4))/i.test(encoding);
}

/** The text if `bytes` are well-formed UTF-8 (the fast, native path), else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a byte order mark, told by where its NUL bytes fall rather than by its letters: every character
 * below U+0100 (spaces, line ends, digits, punctuation, Latin letters) has a NUL high byte, so in UTF-16LE the NULs
 * all fall on odd offsets (UTF-16BE: even), whatever the script of the rest, Cyrillic or Chinese as much as
 * English. Text in any single-byte encoding or UTF-8 has no NUL at all, and binary data has NULs on both sides, or
 * code units that are no characters (control codes, lone surrogates), which the guess then refuses.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 4) return null;
  // most pages have no NUL byte at all: one native search settles them
  if (bytes.subarray(0, 2 * pairs).indexOf(0) === -1) return null;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < 2 * pairs; i += 2) {
    if (bytes[i] === 0) nulEven++;
    if (bytes[i + 1] === 0) nulOdd++;
  }
  const encoding = nulOdd > nulEven ? 'utf-16le' : 'utf-16be';
  const [on, off] = encoding === 'utf-16le' ? [nulOdd, nulEven] : [nulEven, nulOdd];
  // a line end or a space every few hundred characters at least, and far fewer NULs on the other side (there,
  // only characters such as U+5F00 whose low byte is zero: one CJK character in 256)
  if (on < Math.max(4, pairs / 400) || off > on / 2) return null;
  return notCharacters(bytes, pairs, encoding) <= pairs / 100 ? encoding : null;
}

/** Code units among the first `pairs` that no text holds: control codes but tab and line ends, C1 controls,
 * lone surrogates, U+FFFE and U+FFFF. */
function notCharacters(bytes: Uint8Array, pairs: number, encoding: 'utf-16le' | 'utf-16be'): number {
  const unit = encoding === 'utf-16le' ? (i: number) => bytes[2 * i] | (bytes[2 * i + 1] << 8) : (i: number) => (bytes[2 * i] << 8) | bytes[2 * i + 1];
  let bad = 0;
  for (let i = 0; i < pairs; i++) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      // a high surrogate needs a low one after it (one cut off at the end of the sample is given the benefit)
      if (i + 1 < pairs) {
        const next = unit(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
        else bad++;
      }
    } else if (u >= 0xdc00 && u <= 0xdfff) bad++;
    else if ((u < 0x20 && u !== 0x09 && u !== 0x0a && u !== 0x0d) || (u >= 0x7f && u <= 0x9f) || u >= 0xfffe) bad++;
  }
  return bad;
}

export interface Utf8Scan {
  /** Well-formed multi-byte characters. */
  multibyte: number;
  /** Ill-formed sequences (each maximal ill-formed part counts once, as decoders replace it by one U+FFFD). */
  invalid: number;
  /** Bytes of a well-formed but incomplete character at the very end. */
  tail: number;
}

/** Walk `bytes` as UTF-8 (RFC 3629 ranges: no overlongs, no surrogates, nothing above U+10FFFF). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let tail = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let k = 1;
    while (k <= need && i + k < n) {
      const c = bytes[i + k];
      const lo = k === 1 ? lower : 0x80;
      const hi = k === 1 ? upper : 0xbf;
      if (c < lo || c > hi) break;
      k++;
    }
    if (k > need) {
      multibyte++;
      i += k;
    } else if (i + k === n) {
      tail = n - i;
      break;
    } else {
      invalid++;
      i += k;
    }
  }
  return { multibyte, invalid, tail };
}

/** The most likely legacy encoding by chardet, on a sample that starts where the non-ASCII text does. */
function guessLegacy(bytes: Uint8Array, o: InputOptions): { encoding: string; confidence: number } {
  let start = 0;
  while (start < bytes.length && bytes[start] < 0x80) start++;
  start = Math.max(0, start - 1024);
  const { chardet, iconv } = legacyDecoders();
  const candidates = chardet
    .analyse(bytes.subarray(start, start + DETECT_SAMPLE))
    .filter((c) => !/^(?:UTF|ASCII|ISO-2022)/i.test(c.name))
    .map((c) => ({ encoding: (SUPERSET[c.name] ?? c.name).toLowerCase(), confidence: c.confidence }))
    .filter((c) => iconv.encodingExists(c.encoding));
  const best = candidates[0];
  // Unsure between Latin code pages (a few accented letters in a short page), take the most common one: the
  // detector's ranking is noise there, and Western European pages outnumber the others in news dumps.
  if (best && best.confidence < o.guessConfidence) {
    const western = candidates.find((c) => c.encoding === 'windows-1252');
    if (western) return { encoding: western.encoding, confidence: best.confidence };
  }
  // nothing recognised: Windows-1252 is the most common legacy encoding of Western pages, and decodes any byte
  return best ?? { encoding: 'windows-1252', confidence: 0 };
}

function countWhitespace(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\s+/g)) n += m[0].length;
  return n;
}

/** 1-based line of the character at `index`, counting LF, CRLF and lone CR as line ends. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

/** 1-based line of the byte at `offset` in ASCII-compatible bytes. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
