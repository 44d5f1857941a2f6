// Compressed files, told by their name as gzip, zcat and datatrove tell them: `.gz` is gzip, `.zst` zstd. Crawls are
// stored compressed, so pages, JSONL inputs and outputs may all be; what is inside is read as the name without the
// compression suffix says (`page.html.gz` is an HTML page, `out.jsonl.gz` JSONL). zstd is in Node's zlib from
// Node 22.15; on an older Node a `.zst` file is refused with that reason rather than read as bytes.
import { Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';

export type Codec = 'gzip' | 'zstd';

/** The suffixes of compressed files, with their codec. */
export const COMPRESSED_SUFFIXES: Record<string, Codec> = { '.gz': 'gzip', '.zst': 'zstd' };

// zstd functions appeared in Node 22.15 (and 23.8); @types/node for Node 20 does not know them
const zstd = zlib as unknown as {
  zstdCompressSync?: (buf: Uint8Array) => Buffer;
  zstdDecompressSync?: (buf: Uint8Array, opts: { maxOutputLength: number }) => Buffer;
  createZstdDecompress?: () => Transform;
};

/** Whether this Node.js can read and write zstd. */
export const ZSTD_AVAILABLE = typeof zstd.zstdDecompressSync === 'function' && typeof zstd.zstdCompressSync === 'function';

/** The codec a file name asks for, or null for a plain file. */
export function codecOf(name: string): Codec | null {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? null : (COMPRESSED_SUFFIXES[name.slice(dot).toLowerCase()] ?? null);
}

/** `out.jsonl.gz` -> `out.jsonl`: the name that says what the content is. */
export function withoutCompression(name: string): string {
  return codecOf(name) ? name.slice(0, name.lastIndexOf('.')) : name;
}

/** Why a codec cannot be used here, or null when it can. */
export function unsupported(codec: Codec): string | null {
  if (codec === 'zstd' && !ZSTD_AVAILABLE) return `zstd needs Node.js 22.15 or later (this is ${process.version}); use gzip (.gz)`;
  return null;
}

/** A compressed file that cannot be read: its data is damaged, cut off or not in its format, or this Node.js lacks
 * its codec. */
export class CompressionError extends Error {}

function damaged(codec: Codec, cause: unknown): CompressionError {
  return new CompressionError(`not valid ${codec} data: ${(cause as Error)?.message ?? String(cause)}`);
}

/** The data would be larger than the limit once decompressed. */
export class DecompressedTooLarge extends Error {}

/**
 * The decompressed bytes, at most `maxBytes` of them (more is DecompressedTooLarge: a small file can hold a great
 * deal). Empty data is an empty file, as zcat sees an empty file.
 */
export function decompressSync(bytes: Uint8Array, codec: Codec, maxBytes: number): Buffer {
  const why = unsupported(codec);
  if (why) throw new CompressionError(why);
  if (bytes.length === 0) return Buffer.alloc(0);
  const opts = { maxOutputLength: Math.max(1, Math.min(maxBytes + 1, 2 ** 31 - 1)) };
  try {
    const out = codec === 'gzip' ? zlib.gunzipSync(bytes, opts) : zstd.zstdDecompressSync!(bytes, opts);
    if (out.length > maxBytes) throw new DecompressedTooLarge();
    return out;
  } catch (err) {
    if (err instanceof DecompressedTooLarge || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new DecompressedTooLarge();
    throw damaged(codec, err);
  }
}

/** The decompressed chunks of a stream of compressed chunks, in constant memory. */
export async function* decompressChunks(chunks: AsyncIterable<Buffer>, codec: Codec): AsyncGenerator<Buffer> {
  const why = unsupported(codec);
  if (why) throw new CompressionError(why);
  const inflate = codec === 'gzip' ? zlib.createGunzip() : zstd.createZstdDecompress!();
  let empty = true;
  const source = Readable.from(
    (async function* () {
      for await (const chunk of chunks) {
        if (chunk.length > 0) empty = false;
        yield chunk;
      }
    })(),
  );
  source.on('error', (err) => inflate.destroy(err));
  source.pipe(inflate);
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch (err) {
    // an empty file is empty, not damaged (zcat says the same)
    if (empty && (err as NodeJS.ErrnoException).code === 'Z_BUF_ERROR') return;
    // the file's own read errors (a directory, EIO) pass through as they are
    if ((err as NodeJS.ErrnoException).syscall !== undefined || (err as NodeJS.ErrnoException).code === 'EISDIR') throw err;
    throw damaged(codec, err);
  } finally {
    source.destroy();
  }
}

/** Bytes compressed as one member (gzip) or frame (zstd); members one after the other make one valid file. */
export function compressSync(bytes: Uint8Array, codec: Codec): Buffer {
  return codec === 'gzip' ? zlib.gzipSync(bytes) : zstd.zstdCompressSync!(bytes);
}
