// Reading an input's bytes: a file (in one read when it is a regular file), a pipe or a device (in chunks), or
// standard input; a reject with a reason when it cannot be read or is over the size limit.
//
// Two ways to read a regular file, the same bytes and rejects: asynchronously (libuv's thread pool: the thread
// that asked goes on meanwhile), and synchronously, as the cleaner reads pages (readPage): a page read from the
// page cache takes a few system calls, and handing each of them to the pool and back cost more (futex and
// event-loop wake-ups, half the system time of a run) than the reads themselves. Pipes, devices and standard
// input are always read asynchronously: they may wait for their writer for ever, and Ctrl-C must still work.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import { makeReject, type Reject } from '../rejects.js';
import { describeFsError, type Input } from './discover.js';
import { formatSize } from './size.js';
import { codecOf, CompressionError, decompressSync, DecompressedTooLarge } from './compression.js';

/** Pages over this size are rejected without being loaded (`--max-bytes`). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult = { bytes: Uint8Array } | { reject: Reject };

/** The bytes of an input, or a reject when it cannot be read. A file over `maxBytes` is not loaded. */
export async function readInput(input: Input, maxBytes: number = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  const source = input.source;
  try {
    if (input.kind === 'stdin') {
      // `corpus-clean - < dir` reads as empty rather than failing: ask what standard input is first
      if (fstatSync(0).isDirectory()) return { reject: makeReject(source, 'is-directory', 'standard input is a directory, not a file') };
      return await readStream(process.stdin, source, maxBytes);
    }
    // asynchronous open: a named pipe blocks here until its writer comes, and Ctrl-C must still work meanwhile
    const file = await open(input.path, 'r');
    try {
      const stats = await file.stat();
      if (stats.isDirectory()) return { reject: makeReject(source, 'is-directory', 'is a directory, not a file') };
      if (stats.isFile() && stats.size > maxBytes) return { reject: tooLarge(source, stats.size, maxBytes) };
      const plan = readPlan(source, maxBytes, stats.isFile() ? stats.size : 0);
      for (let step = plan.next(); ; ) {
        if (step.done) return decompressed(input, step.value, maxBytes);
        step = plan.next((await file.read(step.value, 0, step.value.length, null)).bytesRead);
      }
    } finally {
      await file.close();
    }
  } catch (err) {
    return { reject: readError(source, err) };
  }
}

/**
 * `readInput` in this thread, blocking it, for a regular file; null for anything else (standard input, a pipe, a
 * device, a directory, a name that is not there), which `readInput` then takes: a pipe may wait for its writer
 * for ever, and only the asynchronous reader can be given up on.
 */
export function readRegularFileSync(input: Input, maxBytes: number = DEFAULT_MAX_BYTES): ReadResult | null {
  if (input.kind !== 'file') return null;
  const source = input.source;
  let fd: number | undefined;
  try {
    // stat before open: opening a pipe would block, or unblock its writer
    if (!statSync(input.path).isFile()) return null;
    fd = openSync(input.path, 'r');
    const stats = fstatSync(fd);
    if (!stats.isFile()) return null;
    if (stats.size > maxBytes) return { reject: tooLarge(source, stats.size, maxBytes) };
    const plan = readPlan(source, maxBytes, stats.size);
    for (let step = plan.next(); ; ) {
      if (step.done) return decompressed(input, step.value, maxBytes);
      step = plan.next(readSync(fd, step.value, 0, step.value.length, null));
    }
  } catch {
    // the file went away or cannot be read: the asynchronous reader tries again and words the reject
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * How the cleaner reads a page: a regular file in this thread (readRegularFileSync), anything else with readInput;
 * then one turn of the event loop, so that a thread reading file after file still handles signals and messages
 * between pages.
 */
export async function readPage(input: Input, maxBytes: number = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  const read = readRegularFileSync(input, maxBytes);
  if (read === null) return readInput(input, maxBytes);
  await nextTurn();
  return read;
}

/** A compressed page (by its name: `.gz`, `.zst`) as the bytes it holds, which --max-bytes limits too; damaged
 * data is a page that cannot be read. */
function decompressed(input: Input, read: ReadResult, maxBytes: number): ReadResult {
  const codec = input.kind === 'file' ? codecOf(input.path) : null;
  if (codec === null || 'reject' in read) return read;
  try {
    return { bytes: decompressSync(read.bytes, codec, maxBytes) };
  } catch (err) {
    if (err instanceof DecompressedTooLarge) return { reject: tooLarge(input.source, 0, maxBytes, true, 'decompressed, ') };
    if (err instanceof CompressionError) return { reject: makeReject(input.source, 'unreadable', err.message) };
    throw err;
  }
}

const CHUNK = 1 << 20;
/** Bytes asked for after a regular file's expected end, where a read should find nothing. */
const END_PROBE = 64;

/**
 * The reads that take a file's bytes, for either reader: yields each buffer to fill, is given how many bytes
 * the read put in it (0 at the end), and returns the bytes or a reject. One read for a regular file of known
 * size, plus one to see its end; chunks for pipes and devices. A buffer of the file's own size (one byte more, to
 * see a file that grew) and a small probe for its end, not 1 MiB chunks: a chunk for every 12 KB page made memory
 * grow far beyond the pages under way.
 */
function* readPlan(source: string, maxBytes: number, expected: number): Generator<Buffer, ReadResult, number> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const size = total < expected ? expected - total + 1 : total === expected && expected > 0 ? END_PROBE : CHUNK;
    const buffer = Buffer.allocUnsafe(Math.min(size, maxBytes - total + 1));
    const bytesRead = yield buffer;
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    // a file that grew past the limit while being read, or a pipe or device that goes on and on (/dev/zero)
    if (total > maxBytes) return { reject: tooLarge(source, total, maxBytes, true) };
  }
  return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
}

async function readStream(stream: Readable, source: string, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      return { reject: tooLarge(source, total, maxBytes, true) };
    }
    chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks, total) };
}

export function tooLarge(source: string, size: number, maxBytes: number, atLeast = false, how = ''): Reject {
  const what = atLeast ? `${how}more than ${formatSize(maxBytes)}` : `${formatSize(size)} (${size} bytes)`;
  return makeReject(source, 'too-large', `${what}: over the --max-bytes limit of ${formatSize(maxBytes)}; not loaded`);
}

function readError(source: string, err: unknown): Reject {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return makeReject(source, 'is-directory', 'is a directory, not a file');
  // a file name that is not valid UTF-8 reaches us with U+FFFD in it, and no file has that name
  if (code === 'ENOENT' && source.includes('\ufffd')) {
    return makeReject(source, 'unreadable', 'the file name is not valid UTF-8 and cannot be opened; rename the file');
  }
  return makeReject(source, 'unreadable', describeFsError(err));
}
