#!/usr/bin/env node
// Thin launcher: the program lives in dist/, built from src/ by `npm run build` (and by `npm pack`, for packages).
// `corpus-clean --version` alone is answered here, before the command-line parser and its modules load: a
// pre-commit hook or a wrapper script asks it often, and loading the parser takes longer than Node's own start.
// The output is what commander prints for `-V, --version` (test/cli.test.ts checks they agree).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const program = new URL('../dist/cli/main.js', import.meta.url);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else if (!existsSync(program)) {
  // a clone where `npm install` ran but the build did not
  process.stderr.write(`corpus-clean: not built yet: run \`npm run build\` in ${fileURLToPath(new URL('..', import.meta.url))}\n`);
  process.exitCode = 2;
} else {
  const { main } = await import(program.href);
  await main(process.argv);
}
