// `profile --merge`: the profiles of shards added up into the profile of the whole corpus. Counters are sums, and
// a page and its byte-for-byte copy in two shards were counted by both: a page listed by an earlier profile
// (counted-pages.ts) is read again from where its later shard read it and its lines are taken out of that
// shard's counters before they are added, so that the merge counts it once, as one pass over all inputs does.
// Copies are few in most corpora; only they are read.
import type { CorpusProfile } from '../corpus/profile.js';
import type { CountedPages } from '../corpus/counted-pages.js';
import { readPage } from '../io/read-input.js';
import { countPage } from './profile-pass.js';

/** A profile that cannot be merged with the others; the message names its file and says why. */
export class ProfileMergeError extends Error {
  override name = 'ProfileMergeError';
}

export interface ProfilePart {
  file: string;
  profile: CorpusProfile;
}

/** The merged profile of the parts (the first part's profile, added to). */
export async function mergeProfiles(parts: ProfilePart[]): Promise<CorpusProfile> {
  const merged = parts[0].profile;
  for (const part of parts.slice(1)) {
    const { sketch } = part.profile;
    if (sketch.width !== merged.sketch.width || sketch.depth !== merged.sketch.depth) {
      throw new ProfileMergeError(`${part.file}: its counters have another shape than ${parts[0].file}'s; profiles merge only with profiles made alike`);
    }
    if (merged.counted && part.profile.counted) await takeOutCopies(part, merged.counted, parts[0].file);
    merged.merge(part.profile);
  }
  return merged;
}

/** Take out of the part's counters each of its pages that `earlier` lists (their copies were counted there). */
async function takeOutCopies({ file, profile }: ProfilePart, earlier: CountedPages, first: string): Promise<void> {
  const list = profile.counted!;
  if (list.encoding !== earlier.encoding || list.maxBytes !== earlier.maxBytes) {
    throw new ProfileMergeError(`${file}: its pages were read with another --encoding or --max-bytes than ${first}'s; profile the shards of a corpus alike`);
  }
  for (let i = 0; i < list.size; i++) {
    const page = list.hashAt(i);
    if (!earlier.has(page)) continue;
    const source = list.sources[i];
    const again = (why: string) =>
      new ProfileMergeError(`${file}: ${source} repeats a page of another profile, and is read again to count it once, but ${why}; merge where the shards' inputs are, at the paths they were given`);
    if (source === '-') throw again('it was standard input');
    const read = await readPage({ kind: 'file', source, path: source }, list.maxBytes);
    if ('reject' in read) throw again(`it cannot be read (${read.reject.message})`);
    const counted = countPage(read.bytes, source, { encoding: list.encoding ?? undefined, maxBytes: list.maxBytes }, false);
    if (!counted || counted.page.h1 >>> 0 !== page.h1 || counted.page.h2 >>> 0 !== page.h2) throw again('it has changed since it was profiled');
    profile.removeLines(counted.hashes);
  }
}
