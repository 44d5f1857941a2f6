// Scratch directories for tests: made under the system's temporary directory and removed when the test file is
// done (test/setup/remove-scratch.ts), so that test runs leave nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A new empty directory `cc-<prefix>-XXXXXX`, removed after the test file's last test. */
export function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `cc-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Remove every scratch directory made so far (a test may have made files in it read-only: force). */
export function removeScratch(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
