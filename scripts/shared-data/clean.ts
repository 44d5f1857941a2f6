// Clean a set of shared pages in this process as `corpus-clean DIR` cleans them: a first pass counts every page's
// lines into a corpus profile, then each page is cleaned with it. Pages are given in the order the CLI reads a
// directory (sorted by path), which is the order the profile would be filled in.
import { readFileSync } from 'node:fs';
import type { CleanRecord } from '../../src/schema.js';
import type { CleanOptionsInput } from '../../src/options.js';
import type { CorpusProfile } from '../../src/corpus/profile.js';
import { DEFAULT_PROFILE_SHAPE } from '../../src/corpus/profile.js';
import { PageSet } from '../../src/corpus/page-set.js';
import { addCounted, countPage, profilesItsInputs, sharedProfile } from '../../src/run/profile-pass.js';
import { cleanPage } from '../../src/run/page.js';

export interface SharedFile {
  /** The page's name in its set. */
  key: string;
  file: string;
}

/** The profile a run over these files builds (null where a run would build none: too few pages). */
export function corpusProfile(files: SharedFile[], bytes: Uint8Array[], clean: CleanOptionsInput = {}): CorpusProfile | null {
  const inputs = files.map((f) => ({ kind: 'file' as const, path: f.file, source: f.file }));
  if (!profilesItsInputs(inputs, { clean })) return null;
  const profile = sharedProfile(DEFAULT_PROFILE_SHAPE, false);
  const seen = new PageSet(files.length);
  files.forEach((f, i) => addCounted(profile, seen, countPage(bytes[i], f.file, { clean }, false), f.file));
  return profile;
}

/** Each file's record, or null where the page is rejected; by key. With `profile`, the pages are cleaned with it
 * (a run over a larger set, of which these files are some) instead of the profile of these files. */
export function cleanFiles(files: SharedFile[], clean: CleanOptionsInput = {}, given?: CorpusProfile | null): Map<string, CleanRecord | null> {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const bytes = sorted.map((f) => readFileSync(f.file));
  const profile = given === undefined ? corpusProfile(sorted, bytes, clean) : given;
  const out = new Map<string, CleanRecord | null>();
  sorted.forEach((f, i) => {
    const outcome = cleanPage(bytes[i], f.file, { clean, profile });
    out.set(f.key, outcome.ok ? outcome.record : null);
  });
  return out;
}
