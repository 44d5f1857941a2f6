// The exit code a run's rejects give. A page that turned out empty, binary, without article text, a duplicate, ...
// is an outcome of cleaning it, not an error: a run whose every input became a record or such a reject exits 0,
// and `set -e` scripts go on. An input that could not be read is an error (exit 1); with --strict every reject is.
import { isFailure } from '../rejects.js';
import { EXIT } from './exit.js';

/** Whether a reject is an error: an input that could not be read; with `strict`, any reject but a duplicate dropped
 * on request. Errors make the exit code 1, and are shown wherever standard error goes. */
export function isError(reason: string, strict = false): boolean {
  return isFailure(reason) || (strict && reason !== 'duplicate');
}

/** Exit code for rejects counted by reason. */
export function rejectsExit(rejects: Record<string, number>, strict = false): number {
  return Object.entries(rejects).some(([reason, n]) => n > 0 && isError(reason, strict)) ? EXIT.problem : EXIT.ok;
}

export function countByReason(rejects: Iterable<{ reason: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rejects) counts[r.reason] = (counts[r.reason] ?? 0) + 1;
  return counts;
}
