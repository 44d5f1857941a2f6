// Bytes to text. UTF-8 with or without a BOM, and UTF-16 with a BOM; what cannot be decoded is reported, never
// passed on as silent garbage.
export interface Decoded {
  text: string;
  encoding: string;
  /** Number of byte sequences that were not valid in the encoding (replaced by U+FFFD). */
  invalid: number;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return withCount(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return withCount(bytes.subarray(2), 'utf-16be');
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withCount(bytes.subarray(3), 'utf-8');
  return withCount(bytes, 'utf-8');
}

function withCount(bytes: Uint8Array, encoding: string): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  let invalid = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) invalid++;
  return { text, encoding, invalid };
}
