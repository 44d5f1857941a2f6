// The exit code a run's rejects give. A page that turned out empty, binary, without article text, a duplicate, ...
// is an outcome of cleaning it, not an error: a run whose every input became a record or such a reject exits 0,
// and `set -e` scripts go on. An input that could not be read is an error (exit 1); with --strict every reject is.
import { isFailure } from '../rejects.js';
import { EXIT } from './exit.js';

/** Exit code for rejects counted by reason; `strict`: any reject but a duplicate dropped on request is a problem. */
export function rejectsExit(rejects: Record<string, number>, strict = false): number {
  const failed = Object.entries(rejects).some(([reason, n]) => n > 0 && (isFailure(reason) || (strict && reason !== 'duplicate')));
  return failed ? EXIT.problem : EXIT.ok;
}

export function countByReason(rejects: Iterable<{ reason: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rejects) counts[r.reason] = (counts[r.reason] ?? 0) + 1;
  return counts;
}
