// A corpus profile saved by `corpus-clean profile -o FILE` (JSON, gzip or zstd compressed by the name's suffix),
// read back for `--profile FILE`, `profile --merge` and the library's `loadProfile`.
import { readFileSync } from 'node:fs';
import { CorpusProfile } from './profile.js';
import { describeFsError } from '../io/discover.js';
import { codecOf, decompressSync, DecompressedTooLarge } from '../io/compression.js';

/** The most a compressed profile may hold (a profile file is some tens of KiB of JSON). */
const MAX_PROFILE_BYTES = 1 << 30;

/** A profile file that cannot be read or is not a profile; the message names the file and says why. */
export class ProfileFileError extends Error {
  override name = 'ProfileFileError';
}

/** Reads a profile file; throws ProfileFileError when it is missing, not JSON, not a profile, or damaged. */
export function loadProfile(file: string): CorpusProfile {
  let text: string;
  try {
    const bytes = readFileSync(file);
    const codec = codecOf(file);
    // a profile is a few MiB of JSON; compressed, it is read whole as well
    text = (codec ? decompressSync(bytes, codec, MAX_PROFILE_BYTES) : bytes).toString('utf8');
  } catch (err) {
    const why = err instanceof DecompressedTooLarge ? `larger than ${MAX_PROFILE_BYTES} bytes decompressed` : describeFsError(err);
    throw new ProfileFileError(`cannot read profile ${file}: ${why}`);
  }
  try {
    return CorpusProfile.fromJSON(JSON.parse(text));
  } catch (err) {
    const why = err instanceof SyntaxError ? 'not JSON' : err instanceof Error ? err.message : String(err);
    throw new ProfileFileError(`${file}: not a usable corpus-clean profile (${why})`);
  }
}
