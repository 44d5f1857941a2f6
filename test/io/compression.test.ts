// Compressed inputs and outputs, told by name: gzip always, zstd where Node's zlib has it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import {
  codecOf,
  CompressionError,
  compressSync,
  decompressChunks,
  decompressSync,
  DecompressedTooLarge,
  withoutCompression,
  ZSTD_AVAILABLE,
} from '../../src/io/compression.js';
import { createWriter, fileSink, outputFormat, OutputError } from '../../src/io/writers.js';
import { scratch } from '../scratch.js';

async function collect(chunks: AsyncIterable<Buffer>): Promise<string> {
  let text = '';
  for await (const c of chunks) text += c.toString('utf8');
  return text;
}

/** Chunks of `bytes`, `size` at a time, as a file is read. */
async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('names', () => {
  it('tells the codec by the last suffix, and what the content is by the name before it', () => {
    expect(['a.txt.gz', 'a.JSONL.GZ', 'a.jsonl.zst', 'a.txt', 'a.gz.txt', 'gz'].map(codecOf)).toEqual(['gzip', 'gzip', 'zstd', null, null, null]);
    expect(['out.jsonl.gz', 'page.html.zst', 'page.html'].map(withoutCompression)).toEqual(['out.jsonl', 'page.html', 'page.html']);
    expect([outputFormat('out.json.gz', undefined), outputFormat('out.jsonl.gz', 'json'), outputFormat('out.gz', 'json')]).toEqual(['json', 'jsonl', 'json']);
  });
});

describe('decompressSync', () => {
  const text = 'A line of a page.\n'.repeat(1000);

  it('reads gzip, of one member or several one after another', () => {
    expect(decompressSync(zlib.gzipSync(text), 'gzip', 1 << 20).toString()).toBe(text);
    const two = Buffer.concat([zlib.gzipSync('first\n'), zlib.gzipSync('second\n')]);
    expect(decompressSync(two, 'gzip', 100).toString()).toBe('first\nsecond\n');
  });

  it('stops at the limit rather than inflating a small file into a large one', () => {
    const bomb = zlib.gzipSync(Buffer.alloc(50 << 20));
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => decompressSync(bomb, 'gzip', 1 << 20)).toThrow(DecompressedTooLarge);
    expect(decompressSync(zlib.gzipSync(text), 'gzip', text.length).length).toBe(text.length);
    expect(() => decompressSync(zlib.gzipSync(text), 'gzip', text.length - 1)).toThrow(DecompressedTooLarge);
  });

  it('says what is wrong with damaged data, and takes an empty file as empty', () => {
    expect(() => decompressSync(Buffer.from('plain text'), 'gzip', 100)).toThrow(new CompressionError('not valid gzip data: incorrect header check'));
    expect(() => decompressSync(zlib.gzipSync(text).subarray(0, 40), 'gzip', 1 << 20)).toThrow(/^not valid gzip data: unexpected end of file$/);
    expect(decompressSync(Buffer.alloc(0), 'gzip', 100).length).toBe(0);
  });
});

describe('decompressChunks', () => {
  it('streams gzip in chunks of any size', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `{"line": ${i}}\n`).join('');
    const gz = Buffer.concat([zlib.gzipSync(text.slice(0, 30_000)), zlib.gzipSync(text.slice(30_000))]);
    for (const size of [1, 7, 4096, gz.length]) expect(await collect(decompressChunks(chunked(gz, size), 'gzip'))).toBe(text);
  });

  it('gives what came before a cut, then the error; an empty file gives nothing', async () => {
    const text = 'x'.repeat(100_000);
    const out: Buffer[] = [];
    const cut = zlib.gzipSync(text, { level: 0 }).subarray(0, 50_000);
    await expect(
      (async () => {
        for await (const c of decompressChunks(chunked(cut, 1000), 'gzip')) out.push(c);
      })(),
    ).rejects.toThrow(/^not valid gzip data: unexpected end of file$/);
    expect(Buffer.concat(out).length).toBeGreaterThan(40_000);
    expect(await collect(decompressChunks(Readable.from([]), 'gzip'))).toBe('');
  });

  it('lets the file\'s own read errors through as they are', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.alloc(0);
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' });
    }
    await expect(collect(decompressChunks(failing(), 'gzip'))).rejects.toMatchObject({ code: 'EIO' });
  });
});

describe('compressed output files', () => {
  it('writes gzip in members that read back whole, and an empty output as a valid empty file', () => {
    const tmp = scratch('gz-out');
    const out = path.join(tmp, 'out.jsonl.gz');
    const w = createWriter(fileSink(out), 'jsonl');
    const records = Array.from({ length: 40_000 }, (_, i) => ({ i, text: `record ${i} `.repeat(10) }));
    for (const r of records) w.write(r);
    w.close();
    const bytes = readFileSync(out);
    const expected = records.map((r) => JSON.stringify(r) + '\n').join('');
    expect(expected.length).toBeGreaterThan(3 << 20);
    expect(zlib.gunzipSync(bytes).toString()).toBe(expected);
    // more than one member, each a complete gzip stream
    expect(bytes.indexOf(Buffer.from([0x1f, 0x8b, 0x08]), 10)).toBeGreaterThan(0);
    expect(bytes.length).toBeLessThan(expected.length / 5);
    expect(readdirSync(tmp)).toEqual(['out.jsonl.gz']);

    const empty = path.join(tmp, 'empty.json.gz');
    createWriter(fileSink(empty), outputFormat(empty, undefined)).close();
    expect(zlib.gunzipSync(readFileSync(empty)).toString()).toBe('[]\n');
  });

  it('leaves no file behind when aborted', () => {
    const tmp = scratch('gz-abort');
    const w = createWriter(fileSink(path.join(tmp, 'out.jsonl.gz')), 'jsonl');
    for (let i = 0; i < 50_000; i++) w.write({ i, text: 'some text to compress '.repeat(4) });
    w.abort();
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('writes and reads zstd where Node has it, and says why not where it has not', () => {
    const tmp = scratch('zst');
    const out = path.join(tmp, 'out.jsonl.zst');
    if (ZSTD_AVAILABLE) {
      const w = createWriter(fileSink(out), 'jsonl');
      w.write({ a: 1 });
      w.close();
      expect(decompressSync(readFileSync(out), 'zstd', 100).toString()).toBe('{"a":1}\n');
      expect(decompressSync(compressSync(Buffer.from('x'), 'zstd'), 'zstd', 10).toString()).toBe('x');
    } else {
      expect(() => fileSink(out)).toThrow(OutputError);
      expect(() => fileSink(out)).toThrow(/zstd needs Node\.js 22\.15 or later/);
      expect(() => decompressSync(Buffer.from('x'), 'zstd', 10)).toThrow(/zstd needs Node\.js 22\.15 or later/);
      expect(readdirSync(tmp)).toEqual([]);
    }
  });
});
