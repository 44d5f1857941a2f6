// Exit codes, as documented: 0 every input became a record or a reject; 1 an input could not be read (or, with
// --strict, some page was rejected), or a check found a problem; 2 usage error or an output that cannot be written
// (nothing was produced). A run ended by a signal dies of that signal (128 + its number).
import { OutputClosedError, OutputError } from '../io/writers.js';

export const EXIT = { ok: 0, problem: 1, usage: 2, failed: 2 } as const;

/** A mistake in how the program was called; reported in one line and exit code 2. */
export class UsageError extends Error {}

/** `err` as a usage error when it is of one of `kinds` (a file the user named is missing or damaged), else as it was:
 * for `catch (err) { throw asUsageError(err, SomeFileError); }`. */
export function asUsageError(err: unknown, ...kinds: (abstract new (...args: never[]) => Error)[]): unknown {
  return err instanceof Error && kinds.some((kind) => err instanceof kind) ? new UsageError(err.message) : err;
}

/** The exit code of a run that an output ended: the reader of standard output went away (`| head`: it has what it
 * wanted), or a file could not be written (said on stderr). Any other error is thrown on. */
export function outputFailure(err: unknown): number {
  if (err instanceof OutputClosedError) return EXIT.ok;
  if (err instanceof OutputError) {
    process.stderr.write(`corpus-clean: ${err.message}\n`);
    return EXIT.failed;
  }
  throw err;
}
