// Record writers: JSONL (one object per line) or one JSON array, to standard output or to a file. A regular file
// is written beside its target under a temporary name and renamed into place only when the run completes, so an
// interrupted or failed run never leaves a half-written output (the previous file, if any, stays as it was). A
// run with several outputs finishes them all (every byte written and synced) before it renames any (commitAll):
// they change together, or none does.
// A target that is not a regular file (/dev/stdout, a named pipe, `>(gzip > out.gz)`) cannot be swapped by a
// rename and is written directly.
import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { describeFsError } from './discover.js';
import { codecOf, compressSync, unsupported, withoutCompression, type Codec } from './compression.js';

export type OutputFormat = 'jsonl' | 'json';

/** The reader of our output went away (`corpus-clean big/ | head -1`): stop quietly, it is not an error. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed by the reader');
  }
}

/** The output cannot be written (no such directory, permission denied, disk full): the run fails as a whole. */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    override readonly cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    const why = code === 'ENOENT' ? `no such directory: ${path.dirname(target)}` : describeFsError(cause);
    super(`cannot write ${target}: ${why}`);
  }
}

/** An output that is made complete first and put in place after: see commitAll. */
export interface Committable {
  /** Write out everything and close the file; throws an OutputError when that fails. */
  finish(): void;
  /** Put the finished file in place of its target (a rename; nothing for a device or standard output). */
  commit(): void;
  /** Give up: remove the temporary file, leave any previous output untouched. Safe to call more than once. */
  abort(): void;
}

export interface RecordWriter extends Committable {
  write(record: unknown): void;
  /** Write a record already serialised: one JSON value in UTF-8 (in parts, written one after another), no newline. */
  writeSerialised(...parts: (Uint8Array | string)[]): void;
  /** finish, then commit: for an output on its own. */
  close(): void;
}

export interface Sink extends Committable {
  /** Write the parts in order, as one chunk: text, or text already encoded as UTF-8. */
  write(...parts: (string | Uint8Array)[]): void;
  /** finish, then commit: for an output on its own. */
  close(): void;
}

/** Finish every output, then put them all in place: a failure while finishing (a full disk, a device that refuses
 * the last bytes) leaves every previous file as it was. The caller aborts them all when this throws. */
export function commitAll(outputs: (Committable | undefined)[]): void {
  for (const o of outputs) o?.finish();
  for (const o of outputs) o?.commit();
}

/** Format from the output file's extension (`out.json.gz` is JSON), else the explicit --format, else JSONL. */
export function outputFormat(outPath: string | undefined, format: string | undefined): OutputFormat {
  const ext = outPath ? path.extname(withoutCompression(outPath)).toLowerCase() : '';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return format === 'json' ? 'json' : 'jsonl';
}

export function createWriter(sink: Sink, format: OutputFormat): RecordWriter {
  let count = 0;
  /** One record as text or UTF-8, with its line end (JSONL) or the separator before it (a JSON array). */
  const writeJson = (...json: (string | Uint8Array)[]) => {
    if (format === 'jsonl') sink.write(...json, '\n');
    else sink.write(count === 0 ? '[\n' : ',\n', ...json);
    count++;
  };
  const finish = () => {
    if (format === 'json') sink.write(count === 0 ? '[]\n' : '\n]\n');
    sink.finish();
  };
  return {
    write: (record) => writeJson(JSON.stringify(record)),
    writeSerialised: writeJson,
    finish,
    commit: () => sink.commit(),
    close() {
      finish();
      sink.commit();
    },
    abort() {
      sink.abort();
    },
  };
}

/** Buffered writes to a file descriptor: text is encoded into one staging buffer, written out when full, to keep
 * system calls and allocations few. A streaming sink (a pipe, a terminal) passes every chunk on at once instead: its
 * reader (`| head -1`, a program waiting for the next record) must see each record as soon as it is ready. */
class FdSink implements Sink {
  private readonly staging = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  constructor(
    private readonly fd: number,
    private readonly name: string,
    private readonly hooks: { finish: () => void; commit: () => void; abort: () => void },
    private readonly streaming = false,
  ) {}
  write(...parts: (string | Uint8Array)[]): void {
    for (const part of parts) {
      const size = typeof part === 'string' ? Buffer.byteLength(part, 'utf8') : part.length;
      if (this.used + size > this.staging.length) this.flush();
      if (size > this.staging.length) this.writeOut(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
      else if (typeof part === 'string') this.used += this.staging.write(part, this.used, 'utf8');
      else {
        this.staging.set(part, this.used);
        this.used += size;
      }
    }
    if (this.streaming) this.flush();
  }
  flush(): void {
    if (this.used === 0) return;
    const used = this.used;
    this.used = 0;
    this.writeOut(this.staging.subarray(0, used));
  }
  private writeOut(bytes: Uint8Array): void {
    for (let off = 0; off < bytes.length; ) {
      try {
        off += writeSync(this.fd, bytes, off);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue; // a non-blocking pipe that is full: try again
        if (code === 'EPIPE') throw new OutputClosedError();
        throw new OutputError(this.name, err);
      }
    }
  }
  finish(): void {
    this.flush();
    this.hooks.finish();
  }
  commit(): void {
    this.hooks.commit();
  }
  close(): void {
    this.finish();
    this.commit();
  }
  abort(): void {
    this.used = 0;
    this.hooks.abort();
  }
}

/**
 * A sink for the file `target`, compressed when its name says so (`.gz`, `.zst`). Fails at once (OutputError) when
 * the target cannot be written, before any input is read: a directory, a missing or read-only directory, a codec
 * this Node.js lacks. Temporary files left by earlier runs that were killed (SIGKILL, a crash, a power cut) are
 * removed on the way.
 */
export function fileSink(target: string): Sink {
  const codec = codecOf(target);
  const why = codec && unsupported(codec);
  if (why) throw new OutputError(target, new Error(why));
  const sink = uncompressedFileSink(target);
  return codec ? new CompressingSink(sink, codec) : sink;
}

/** Bytes compressed at a time: one gzip member or zstd frame each. */
const MEMBER_BYTES = 1 << 20;

/**
 * Compresses what is written in members of about 1 MiB and hands them to the file's sink. Members (gzip) or frames
 * (zstd) one after another make one valid file, which gzip, zcat, Python and datatrove read whole; each costs a
 * few bytes and the compression context of the one before, a few parts in a thousand of the size.
 */
class CompressingSink implements Sink {
  private parts: Buffer[] = [];
  private size = 0;
  private members = 0;
  constructor(
    private readonly inner: Sink,
    private readonly codec: Codec,
  ) {}
  write(...parts: (string | Uint8Array)[]): void {
    for (const part of parts) {
      const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
      this.parts.push(bytes as Buffer);
      this.size += bytes.length;
    }
    if (this.size >= MEMBER_BYTES) this.flush();
  }
  private flush(): void {
    // an empty output is one empty member: a file of no bytes is not valid gzip to gunzip
    if (this.size === 0 && this.members > 0) return;
    this.inner.write(compressSync(Buffer.concat(this.parts, this.size), this.codec));
    this.members++;
    this.parts = [];
    this.size = 0;
  }
  finish(): void {
    this.flush();
    this.inner.finish();
  }
  commit(): void {
    this.inner.commit();
  }
  close(): void {
    this.finish();
    this.commit();
  }
  abort(): void {
    this.parts = [];
    this.size = 0;
    this.inner.abort();
  }
}

/** fileSink's file, as it is written. */
function uncompressedFileSink(target: string): Sink {
  let stats;
  try {
    stats = statSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputError(target, err);
  }
  if (stats?.isDirectory()) throw new OutputError(target, Object.assign(new Error(), { code: 'EISDIR' }));
  if (stats && !stats.isFile()) return directSink(target);

  // write beside the real file, so that a symbolic link to the output stays a link
  const real = stats ? realpathSync(target) : target;
  removeStaleTemporaries(real);
  const tmp = temporaryPath(real);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx');
    if (stats) fchmodSync(fd, stats.mode & 0o7777);
  } catch (err) {
    throw new OutputError(target, err);
  }
  let open = true;
  const closeFd = () => {
    if (open) closeSync(fd);
    open = false;
  };
  let done = false;
  return new FdSink(fd, target, {
    finish: () => {
      try {
        fsyncSync(fd);
        closeFd();
      } catch (err) {
        throw new OutputError(target, err);
      }
    },
    commit: () => {
      try {
        renameSync(tmp, real);
        done = true;
      } catch (err) {
        throw new OutputError(target, err);
      }
    },
    abort: () => {
      if (done) return;
      try {
        closeFd();
      } catch {
        // the descriptor is gone either way; what matters is that the temporary file goes too
      }
      rmSync(tmp, { force: true });
    },
  });
}

/** A device, pipe or socket: written as it is, with nothing to rename or clean up. */
function directSink(target: string): Sink {
  let fd: number;
  try {
    fd = openSync(target, 'w');
  } catch (err) {
    throw new OutputError(target, err);
  }
  let open = true;
  const closeFd = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return new FdSink(fd, target, {
    finish: () => {
      try {
        closeFd();
      } catch (err) {
        throw new OutputError(target, err);
      }
    },
    commit: () => {},
    abort: () => {
      try {
        closeFd();
      } catch {
        // nothing more can be done for a device that fails to close
      }
    },
  });
}

/** Temporary file name used while `target` is being written, so discovery can skip it. */
export function temporaryPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
}

/** Remove `target`'s temporary files whose writer process is gone: a run killed outright cannot clean up. */
function removeStaleTemporaries(target: string): void {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // opening the temporary file will report the problem with the directory
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    // our own pid cannot have a file open yet: a file with it is left from an earlier process of that number
    if (!Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && isRunning(pid))) continue;
    rmSync(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Standard output: buffered when redirected to a regular file, streamed record by record to a pipe or terminal. */
export function stdoutSink(): Sink {
  const none = () => {};
  return new FdSink(1, 'standard output', { finish: none, commit: none, abort: none }, !isRegularFile(1));
}

function isRegularFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
