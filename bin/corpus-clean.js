#!/usr/bin/env node
// Thin launcher: the program lives in dist/ (built from src/ by `npm run build`, which `npm ci` runs).
// `corpus-clean --version` alone is answered here, before the command-line parser and its modules load: a
// pre-commit hook or a wrapper script asks it often, and loading the parser takes longer than Node's own start.
// The output is what commander prints for `-V, --version` (test/cli.test.ts checks they agree).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import('../dist/cli/main.js');
  await main(process.argv);
}
