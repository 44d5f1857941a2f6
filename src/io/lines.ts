// Line-by-line reading of an input (a file or standard input) for line-oriented formats (JSONL): the input is read
// in chunks and never held whole, so a corpus of any size streams through in constant memory. A line longer than
// the limit is skipped without being kept (its length is still counted), so one runaway line cannot exhaust memory;
// a line that goes on past a far larger limit (a device such as /dev/zero, a file with no line end at all) ends the
// reading of that input, so that no input can keep a run reading for ever.
import { fstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Input } from './discover.js';
import { codecOf, decompressChunks } from './compression.js';

export type Line =
  | { line: number; text: string; invalidBytes: boolean }
  /** A line over the limit: not kept; `bytes` is its length. */
  | { line: number; tooLong: true; bytes: number; endless?: true };

/** A line longer than this without a line end is taken as one that never ends: the input is not read further. */
export const ENDLESS_LINE = 1 << 30;

const CHUNK = 1 << 20;
const decoder = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The chunks of an input's bytes, decompressed when its name says it is compressed (`.gz`, `.zst`). Throws the file
 * system's error when it cannot be read (or is a directory), a CompressionError when its data is damaged. */
export async function* inputChunks(input: Input): AsyncGenerator<Buffer> {
  const codec = input.kind === 'file' ? codecOf(input.path) : null;
  if (codec) yield* decompressChunks(rawChunks(input), codec);
  else yield* rawChunks(input);
}

async function* rawChunks(input: Input): AsyncGenerator<Buffer> {
  if (input.kind === 'stdin') {
    if (fstatSync(0).isDirectory()) throw Object.assign(new Error('standard input is a directory'), { code: 'EISDIR' });
    for await (const chunk of process.stdin) yield chunk as Buffer;
    return;
  }
  // asynchronous open: a named pipe blocks here until its writer comes, and Ctrl-C must still work meanwhile
  const file = await open(input.path, 'r');
  try {
    if ((await file.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

/**
 * The lines of a stream of chunks, numbered from 1, as UTF-8 text without their line end (LF or CRLF). A byte
 * order mark before the first line is dropped. Invalid UTF-8 becomes U+FFFD and the line says so. A last line
 * without a line end is still a line; an empty input has no lines. A line over `endlessBytes` is the last one: it
 * is given as `endless` and nothing after it is read.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxBytes: number, endlessBytes = ENDLESS_LINE): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  const finish = (): Line => {
    if (size > maxBytes) return { line, tooLong: true, bytes: size };
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    try {
      return { line, text: decoder.decode(bytes), invalidBytes: false };
    } catch {
      return { line, text: lenient.decode(bytes), invalidBytes: true };
    }
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      const piece = chunk.subarray(start, newline === -1 ? chunk.length : newline);
      // past the limit nothing more of the line is kept, only counted
      if (size + piece.length <= maxBytes) parts.push(piece);
      else parts = [];
      size += piece.length;
      if (newline === -1) {
        if (size <= endlessBytes) break;
        yield { line, tooLong: true, bytes: size, endless: true };
        return;
      }
      yield finish();
      line++;
      parts = [];
      size = 0;
      start = newline + 1;
    }
  }
  if (size > 0) yield finish();
}
