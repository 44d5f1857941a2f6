// Record writers: JSONL (one object per line) or one JSON array, to standard output or to a file. A file is
// written beside its target under a temporary name and renamed into place only when the run completes, so an
// interrupted run never leaves a half-written output (the previous file, if any, stays as it was).
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export type OutputFormat = 'jsonl' | 'json';

/** The reader of our output went away (`corpus-clean big/ | head -1`): stop quietly, it is not an error. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed by the reader');
  }
}

export interface RecordWriter {
  write(record: unknown): void;
  /** Finish the output (rename into place for files). */
  close(): void;
  /** Give up: remove the temporary file, leave any previous output untouched. */
  abort(): void;
}

export interface Sink {
  write(chunk: string): void;
  close(): void;
  abort(): void;
}

/** Format from the output file's extension, else the explicit --format, else JSONL. */
export function outputFormat(outPath: string | undefined, format: string | undefined): OutputFormat {
  const ext = outPath ? path.extname(outPath).toLowerCase() : '';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return format === 'json' ? 'json' : 'jsonl';
}

export function createWriter(sink: Sink, format: OutputFormat): RecordWriter {
  let count = 0;
  return {
    write(record) {
      const json = JSON.stringify(record);
      if (format === 'jsonl') sink.write(json + '\n');
      else sink.write((count === 0 ? '[\n' : ',\n') + json);
      count++;
    },
    close() {
      if (format === 'json') sink.write(count === 0 ? '[]\n' : '\n]\n');
      sink.close();
    },
    abort() {
      sink.abort();
    },
  };
}

/** Buffered writes to a file descriptor; flushed in large chunks to keep system calls few. */
class FdSink implements Sink {
  private buffer: string[] = [];
  private size = 0;
  constructor(
    private readonly fd: number,
    private readonly onClose: () => void,
    private readonly onAbort: () => void,
  ) {}
  write(chunk: string): void {
    this.buffer.push(chunk);
    this.size += chunk.length;
    if (this.size >= 1 << 16) this.flush();
  }
  flush(): void {
    if (this.buffer.length === 0) return;
    const data = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    const bytes = Buffer.from(data, 'utf8');
    for (let off = 0; off < bytes.length; ) {
      try {
        off += writeSync(this.fd, bytes, off);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue; // a non-blocking pipe that is full: try again
        if (code === 'EPIPE') throw new OutputClosedError();
        throw err;
      }
    }
  }
  close(): void {
    this.flush();
    this.onClose();
  }
  abort(): void {
    this.buffer = [];
    this.onAbort();
  }
}

export function fileSink(target: string): Sink {
  const tmp = temporaryPath(target);
  const fd = openSync(tmp, 'w');
  let open = true;
  const closeFd = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return new FdSink(
    fd,
    () => {
      fsyncSync(fd);
      closeFd();
      renameSync(tmp, target);
    },
    () => {
      closeFd();
      rmSync(tmp, { force: true });
    },
  );
}

/** Temporary file name used while `target` is being written, so discovery can skip it. */
export function temporaryPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
}

export function stdoutSink(): Sink {
  return new FdSink(
    1,
    () => {},
    () => {},
  );
}
