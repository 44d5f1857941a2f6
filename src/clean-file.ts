// The library's entry for pages as files and bytes: what the command line does with one input before and around
// the cleaner (the size limit, decompression by the name's suffix, encoding detection or a given encoding, text or
// HTML), without a corpus around it: no corpus pass unless a profile is given, no duplicates across pages.
import { readInput } from './io/read-input.js';
import { isKnownEncoding } from './io/decode.js';
import { cleanPage, withInputOptions } from './run/page.js';
import type { CleanRecord } from './schema.js';
import type { Reject } from './rejects.js';
import type { CleanOptionsInput } from './options.js';
import type { CorpusProfile } from './corpus/profile.js';

export interface CleanPageOptions {
  /** The record's `source` and the name in a reject; by default the path given to cleanFile, `-` for cleanBytes. */
  source?: string;
  /** The encoding of a page without a byte order mark (`windows-1252`, `gb18030`, ...); detected by default. An
   * unknown name throws a RangeError. */
  encoding?: string;
  /** Pages larger than this many bytes (once decompressed) are rejected unread, `too-large`; default 20 MiB. */
  maxBytes?: number;
  /** The cleaner's thresholds (`src/options.ts`). */
  options?: CleanOptionsInput;
  /** Line frequencies of the corpus the page belongs to (`loadProfile`); none by default: the page is judged alone. */
  profile?: CorpusProfile | null;
}

/** A record, or a reject with its reason: any reason of the command line but `duplicate` (see docs/bad-input.md). */
export type PageResult = { ok: true; record: CleanRecord } | { ok: false; reject: Reject };

/** One page's raw bytes to a record (its `id` the hash of these bytes, as the command line gives it) or a reject.
 * Never throws on any bytes. */
export function cleanBytes(bytes: Uint8Array, opts: CleanPageOptions = {}): PageResult {
  if (opts.encoding !== undefined && !isKnownEncoding(opts.encoding)) throw new RangeError(`unknown encoding "${opts.encoding}"`);
  const outcome = cleanPage(bytes, opts.source ?? '-', withInputOptions({ encoding: opts.encoding, maxBytes: opts.maxBytes, clean: opts.options, profile: opts.profile ?? null }));
  return outcome.ok ? { ok: true, record: outcome.record } : { ok: false, reject: outcome.reject };
}

/** A page file (`.gz` and `.zst` decompressed) to a record or a reject; a file that cannot be read is a reject
 * (`unreadable`, `is-directory`), not an exception. */
export async function cleanFile(file: string, opts: CleanPageOptions = {}): Promise<PageResult> {
  if (opts.encoding !== undefined && !isKnownEncoding(opts.encoding)) throw new RangeError(`unknown encoding "${opts.encoding}"`);
  const source = opts.source ?? file;
  const read = await readInput({ kind: 'file', source, path: file }, opts.maxBytes);
  if ('reject' in read) return { ok: false, reject: read.reject };
  return cleanBytes(read.bytes, { ...opts, source });
}
