// The two ways of reading a page give the same bytes and the same rejects; the synchronous one takes regular
// files only and leaves pipes, directories and missing files to the asynchronous one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readInput, readPage, readRegularFileSync, type ReadResult } from '../../src/io/read-input.js';
import type { Input } from '../../src/io/discover.js';
import { scratch } from '../scratch.js';

let tmp: string;
beforeAll(() => {
  tmp = scratch('read');
});

const file = (name: string): Input => ({ kind: 'file', path: path.join(tmp, name), source: name });

describe('reading a page', () => {
  it('reads a regular file to the same bytes either way, whatever its size', async () => {
    for (const [name, size] of [['empty.txt', 0], ['small.txt', 5], ['page.txt', 12_345], ['large.txt', 3 << 20]] as const) {
      const bytes = Buffer.alloc(size, 'ab\n');
      writeFileSync(path.join(tmp, name), bytes);
      // compared as buffers: a deep comparison of megabytes element by element takes seconds
      const same = (read: ReadResult | null) => read !== null && 'bytes' in read && Buffer.from(read.bytes).equals(bytes);
      expect(same(readRegularFileSync(file(name)))).toBe(true);
      expect(same(await readInput(file(name)))).toBe(true);
      expect(same(await readPage(file(name)))).toBe(true);
    }
  });

  it('rejects a file over the limit the same way', async () => {
    writeFileSync(path.join(tmp, 'big.txt'), 'x'.repeat(2000));
    const sync = readRegularFileSync(file('big.txt'), 1000);
    expect(sync).toMatchObject({ reject: { reason: 'too-large' } });
    expect(await readInput(file('big.txt'), 1000)).toEqual(sync);
  });

  it('leaves directories, missing files and named pipes to the asynchronous reader', async () => {
    mkdirSync(path.join(tmp, 'dir'));
    expect(readRegularFileSync(file('dir'))).toBeNull();
    expect(await readPage(file('dir'))).toMatchObject({ reject: { reason: 'is-directory' } });
    expect(readRegularFileSync(file('missing.txt'))).toBeNull();
    expect(await readPage(file('missing.txt'))).toMatchObject({ reject: { reason: 'unreadable' } });
    expect(spawnSync('mkfifo', [path.join(tmp, 'pipe.txt')]).status).toBe(0);
    // a pipe is not opened (that would wait for a writer): the check returns at once
    expect(readRegularFileSync(file('pipe.txt'))).toBeNull();
    const writer = spawnSync('sh', ['-c', `printf 'from a pipe' > '${path.join(tmp, 'pipe.txt')}' &`], { stdio: 'ignore' });
    expect(writer.status).toBe(0);
    expect(await readPage(file('pipe.txt'))).toEqual({ bytes: Buffer.from('from a pipe') });
    expect(readRegularFileSync({ kind: 'stdin', source: '-' } as Input)).toBeNull();
  });
});
