// The character encoding of an HTML page, as browsers work it out: a byte order mark first; then valid UTF-8 is
// UTF-8 whatever the page declares (declarations are often wrong, the bytes are not); then the charset the page
// declares in <meta charset>, <meta http-equiv=Content-Type> or an XML declaration, read by its WHATWG label
// (iso-8859-1 means windows-1252, gb2312 means GBK); then windows-1252, the web's historical default.
// This is separate from src/io/decode.ts because only HTML carries its own declaration.
export interface HtmlDecoded {
  text: string;
  encoding: string;
  /** Where the encoding came from. */
  from: 'bom' | 'utf-8' | 'declared' | 'default';
  /** Byte sequences that were not valid in the encoding (each became U+FFFD). */
  invalid: number;
}

// a meta tag is short and holds no other tag: bounded so that a page of unclosed `<meta` stays linear
const META_CHARSET = /<meta[^<>]{0,500}?charset\s{0,20}=\s{0,20}["']?\s{0,20}([A-Za-z0-9_:.-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.-]+)/i;
/** Browsers look for the declaration in the first 1024 bytes; pages with long heads put it later, so look further. */
const PRESCAN_BYTES = 65536;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const m = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export function decodeHtml(bytes: Uint8Array): HtmlDecoded {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes.subarray(bom.length), bom.encoding, 'bom');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', from: 'utf-8', invalid: 0 };
  } catch {
    // not UTF-8: the declaration decides
  }
  const declared = declaredCharset(bytes);
  const encoding = declared ? encodingOfLabel(declared) : null;
  if (encoding && encoding !== 'utf-8') return decodeAs(bytes, encoding, 'declared');
  // declared UTF-8 that is not, or nothing declared: the web's default single-byte encoding
  return decodeAs(bytes, 'windows-1252', 'default');
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * The encoding a declared label names, as the WHATWG prescan reads it, or null when it names none. A UTF-16 label
 * means UTF-8 (the bytes that declare it are ASCII, so the page cannot be UTF-16: read as UTF-16 it would be
 * CJK noise).
 */
export function encodingOfLabel(label: string): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding;
}

function decodeAs(bytes: Uint8Array, label: string, from: HtmlDecoded['from']): HtmlDecoded {
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  let text = decoder.decode(bytes);
  if (decoder.encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
  let invalid = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) invalid++;
  return { text, encoding: decoder.encoding, from, invalid };
}

/**
 * Bytes 0x80-0x9F in windows-1252 (curly quotes, dashes, the euro sign). Node's TextDecoder decodes the
 * windows-1252 label as ISO-8859-1 and returns C1 control characters for them, so they are mapped here; the five
 * undefined bytes stay as their C1 code points, as the WHATWG standard says.
 */
const WINDOWS_1252_C1 = [...'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'];
