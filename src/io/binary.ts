// Is this file text at all? Scraped dumps come mixed with images, archives and half-written files. A text page in
// any of the encodings we read has no NUL bytes (UTF-16 and UTF-32 are recognised before this check) and hardly
// any other control bytes; formats that could slip past that are recognised by their leading signature.
import type { InputOptions } from '../options.js';

export interface BinaryVerdict {
  /** What the file looks like, for the reject message: "PNG image", "NUL bytes at byte 1234". */
  what: string;
}

/** Leading bytes of formats that turn up in scraped dumps (matched on the first bytes read as Latin-1). None of
 * them can start a text page; most of these files also hold NUL bytes, but the name makes a better message. */
const SIGNATURES: [RegExp, string][] = [
  [/^\x89PNG\r\n\x1a\n/, 'PNG image'],
  [/^\xff\xd8\xff/, 'JPEG image'],
  [/^GIF8[79]a/, 'GIF image'],
  [/^RIFF[\s\S]{4}WEBP/, 'WebP image'],
  [/^(?:II\*\x00|MM\x00\*)/, 'TIFF image'],
  [/^%PDF-/, 'PDF document'],
  [/^PK(?:\x03\x04|\x05\x06)/, 'ZIP archive (or an office document)'],
  [/^\x1f\x8b/, 'gzip archive'],
  [/^BZh[1-9]1AY&SY/, 'bzip2 archive'],
  [/^\xfd7zXZ\x00/, 'xz archive'],
  [/^7z\xbc\xaf'\x1c/, '7-Zip archive'],
  [/^Rar!\x1a\x07/, 'RAR archive'],
  [/^\x28\xb5\x2f\xfd/, 'Zstandard archive'],
  [/^\x7fELF/, 'ELF executable'],
  [/^\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1/, 'OLE document (old Word or Excel file)'],
  [/^SQLite format 3\x00/, 'SQLite database'],
];
/** Longest signature above, in bytes. */
const SIGNATURE_BYTES = 16;

/** How much of a file the control-byte count looks at: enough to judge, bounded for huge files. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * A verdict when `bytes` are not text, else null. `nulTail` is how many NUL bytes end the file: a run of NULs at
 * the very end is the mark of an interrupted write (the space was allocated, the text never came) and is not
 * counted here; the decoder drops it with a warning.
 */
export function sniffBinary(bytes: Uint8Array, o: Pick<InputOptions, 'maxControlShare'>, nulTail = 0): BinaryVerdict | null {
  const head = String.fromCharCode(...bytes.subarray(0, SIGNATURE_BYTES));
  for (const [signature, what] of SIGNATURES) if (signature.test(head)) return { what };
  const end = bytes.length - nulTail;
  const nul = bytes.subarray(0, end).indexOf(0);
  if (nul !== -1) return { what: `NUL bytes (the first at byte ${nul})` };
  const sample = bytes.subarray(0, Math.min(end, SAMPLE_BYTES));
  let control = 0;
  for (let i = 0; i < sample.length; i++) control += CONTROL[sample[i]];
  if (sample.length > 0 && control / sample.length > o.maxControlShare) {
    return { what: `${Math.round((100 * control) / sample.length)}% control bytes` };
  }
  return null;
}

/** Number of NUL bytes at the end of `bytes`. */
export function trailingNuls(bytes: Uint8Array): number {
  let i = bytes.length;
  while (i > 0 && bytes[i - 1] === 0) i--;
  return bytes.length - i;
}

/** C0 controls that text never carries. Tab, LF, VT, FF, CR, backspace (overstrike in old dumps) and ESC (colour
 * codes in terminal captures) are allowed. */
function isControlByte(b: number): boolean {
  return (b >= 0x01 && b <= 0x07) || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f);
}

/** 1 for a control byte, by byte value: counted over every page read, twice per run. */
const CONTROL = Uint8Array.from({ length: 256 }, (_, b) => +isControlByte(b));
