// Files of run state that corpus-clean writes and reads back as JSONL (shards' signatures, the outcomes a
// signature round keeps), read a line at a time: their lines are short, and they are as long as the corpus.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { describeFsError } from './discover.js';

export interface StateLines {
  /** The next line, or null at the end of the file. */
  next(): Promise<string | null>;
  /** The number of the line last read (1-based; 0 before the first). */
  line(): number;
  /** Stop reading (and close the file). */
  close(): void;
}

/** The file's lines; one that cannot be read is closed and `failure(why)` thrown. */
export function readStateLines(file: string, failure: (why: string) => Error): StateLines {
  const input = createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  const close = () => {
    rl.close();
    input.destroy();
  };
  const lines = rl[Symbol.asyncIterator]();
  let n = 0;
  return {
    async next() {
      try {
        const r = await lines.next();
        if (r.done) return null;
        n++;
        return r.value;
      } catch (err) {
        close();
        throw failure(`cannot read: ${describeFsError(err)}`);
      }
    },
    line: () => n,
    close,
  };
}
