// Flags about the corpus as a whole, shared by `clean` and `profile`: a profile file to use instead of a first
// pass, and `--shard I/N` to take one part of the inputs (for runs split over processes or machines).
import type { CorpusProfile } from '../corpus/profile.js';
import { loadProfile, ProfileFileError } from '../corpus/profile-file.js';
import { asUsageError, UsageError } from './exit.js';
import { MAX_SHARDED_JSONL_FILES } from '../run/jsonl.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `I/N` with 1 <= I <= N, else null. */
export function parseShard(value: string): Shard | null {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

/**
 * Shard I of N: the I-th of N contiguous, nearly equal runs of the list (which discovery sorts). Every item is in
 * exactly one shard, and the outputs of shards 1..N, one after the other, are the output of one run over all
 * inputs. The split is by position, so every shard must be given the same inputs (the same arguments over the
 * same files); adding files moves the boundaries, which is harmless as long as all shards see the same list.
 */
export function takeShard<T>(items: T[], shard: Shard | undefined): T[] {
  if (!shard) return items;
  return items.slice(shardStart(items.length, shard), shardStart(items.length, { index: shard.index + 1, count: shard.count }));
}

/** Where shard I of a list of `n` items begins: its first item's position in the whole list. */
export function shardStart(n: number, shard: Shard | undefined): number {
  return shard ? Math.floor(((shard.index - 1) * n) / shard.count) : 0;
}

/** `--shard I/N` as given on the command line: none, or the shard, or a usage error. */
export function shardFlag(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const shard = parseShard(value);
  if (shard === null) throw new UsageError(`--shard ${value}: expected I/N with 1 <= I <= N (for example 2/8)`);
  return shard;
}

/** `--profile FILE` / `--no-profile` as commander gives them: the profile read, null for none, or undefined when
 * the run is to profile its inputs itself. */
export function profileFlag(value: string | false | undefined): CorpusProfile | null | undefined {
  return value === false ? null : value === undefined ? undefined : profileArgument(value);
}

/** A profile file, or a usage error naming it (missing, not JSON, not a profile, damaged). */
export function profileArgument(file: string): CorpusProfile {
  try {
    return loadProfile(file);
  } catch (err) {
    throw asUsageError(err, ProfileFileError);
  }
}

/** JSONL files of a run whose shards exchange signatures: no more than their records' places can tell apart. */
export function checkShardedJsonlFiles(files: number): void {
  if (files > MAX_SHARDED_JSONL_FILES) throw new UsageError(`${files} JSONL files: shards that exchange signatures take at most ${MAX_SHARDED_JSONL_FILES}; join some of them`);
}
