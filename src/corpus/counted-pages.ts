// The pages a profile file counted: each distinct page text's hash (the same 63-bit hash as page-set.ts), with
// where it was read and how it was decoded. A page and its byte-for-byte copy that fall into two shards are each
// counted by their shard's profile; with these lists `profile --merge` finds such copies (a hash in two lists)
// and takes one of them out of the counters, so that merged shards are exactly the profile of one pass over all
// inputs. Taking a page out needs its lines, which a list does not hold (a page's distinct line hashes are about
// 2.7 KB, as much as a tenth of the page itself; a hash and a name are some tens of bytes): the merge reads the
// copy again from where its shard read it.
import { z } from 'zod';
import type { Hash2 } from './hash.js';

export const countedPagesSchema = z
  .object({
    /** `--encoding` of the pass (null: detected per page): the copy is decoded again as it was. */
    encoding: z.string().nullable(),
    /** `--max-bytes` of the pass: no listed page is larger. */
    maxBytes: z.number().int().positive(),
    /** The pages' text hashes, h1 and h2 of each as two little-endian 32-bit values, in base64. */
    hashes: z.string(),
    /** Where each page was read, as its shard was given it. */
    sources: z.array(z.string().min(1)),
  })
  .strict();

export type CountedPagesFile = z.infer<typeof countedPagesSchema>;

export class CountedPages {
  private readonly hashes: number[] = [];
  readonly sources: string[] = [];
  private readonly keys = new Set<bigint>();

  constructor(
    readonly encoding: string | null,
    readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.sources.length;
  }

  has(page: Hash2): boolean {
    return this.keys.has(keyOf(page));
  }

  /** List a page (one not listed yet: the pass counts a text once). */
  add(page: Hash2, source: string): void {
    this.keys.add(keyOf(page));
    this.hashes.push(page.h1 >>> 0, page.h2 >>> 0);
    this.sources.push(source);
  }

  hashAt(i: number): Hash2 {
    return { h1: this.hashes[2 * i], h2: this.hashes[2 * i + 1] };
  }

  toJSON(): CountedPagesFile {
    const bytes = Buffer.alloc(4 * this.hashes.length);
    this.hashes.forEach((h, i) => bytes.writeUInt32LE(h, 4 * i));
    return { encoding: this.encoding, maxBytes: this.maxBytes, hashes: bytes.toString('base64'), sources: this.sources };
  }

  /** The list a profile file holds; throws an Error saying what is wrong with it. */
  static fromJSON(file: CountedPagesFile): CountedPages {
    const bytes = Buffer.from(file.hashes, 'base64');
    if (bytes.length !== file.sources.length * 8 || bytes.toString('base64') !== file.hashes) {
      throw new Error(`counted.hashes: not base64 of ${file.sources.length} page hashes (one per source)`);
    }
    const list = new CountedPages(file.encoding, file.maxBytes);
    for (let i = 0; i < file.sources.length; i++) list.add({ h1: bytes.readUInt32LE(8 * i), h2: bytes.readUInt32LE(8 * i + 4) }, file.sources[i]);
    return list;
  }
}

function keyOf({ h1, h2 }: Hash2): bigint {
  return (BigInt(h1 >>> 0) << 32n) | BigInt(h2 >>> 0);
}
