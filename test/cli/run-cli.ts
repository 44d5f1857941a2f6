// Running the built CLI as users do: spawned, with real files, pipes and exit codes.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export const BIN = path.join(ROOT, 'bin/corpus-clean.js');
export const SEEDS = path.join(ROOT, 'fixtures/seeds');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: SpawnSyncOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, ...opts });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** Runs a shell command line (pipes, redirections) with `corpus-clean` on the PATH, as the README's examples. */
export function runShell(command: string, opts: SpawnSyncOptions & { env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    ...opts,
    env: { ...process.env, ...opts.env, PATH: `${path.join(ROOT, 'test/cli/bin')}${path.delimiter}${process.env.PATH}` },
  });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

export function parseJsonl(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
