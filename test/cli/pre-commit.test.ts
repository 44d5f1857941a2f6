// docs/pre-commit.md, run with the real pre-commit (Debian package `pre-commit`, installed by .ci/run): a scratch
// data repository whose .pre-commit-config.yaml is the page's, pointed at a snapshot of this checkout (its files as
// they are now, committed in a scratch repository, since pre-commit clones a `rev`), pinned by the page's
// `pre-commit autoupdate`.
// pre-commit installs the hook the way users get it (npm install, which builds it; npm pack; a private install of
// the package), with npm preferring its cache: the package files come from the cache that this checkout's own
// `npm install` filled, and only the registry's index of versions (which an install from a lock file never
// fetches) may be asked for. It takes about a minute.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { BIN, parseJsonl } from './run-cli.js';
import { scratch } from '../scratch.js';
import { exampleKey, examples, readDocument } from './readme.js';

const INSTALL_TIMEOUT = 600_000;

/** This checkout's files (tracked, and new ones not ignored) committed in a scratch repository; gives its path and commit. */
function snapshotOfThisCheckout(dir: string, env: NodeJS.ProcessEnv): { repo: string; rev: string } {
  const repo = path.join(dir, 'corpus-clean');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && existsSync(path.join(ROOT, f)));
  for (const f of files) {
    const from = path.join(ROOT, f);
    const to = path.join(repo, f);
    mkdirSync(path.dirname(to), { recursive: true });
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'snapshot of the checkout under test');
  return { repo, rev: git('rev-parse', 'HEAD') };
}

describe('docs/pre-commit.md, with the real pre-commit', () => {
  const all = examples(readDocument('docs/pre-commit.md'));

  it('shows the config, the commands and the refused commit this test runs', () => {
    expect(all.map(exampleKey)).toEqual([
      'file .pre-commit-config.yaml',
      'command pre-commit autoupdate',
      'command pre-commit install',
      `command git add .pre-commit-config.yaml corpus/ && git commit -q -m "Add this week's records"`,
      'transcript git add corpus/broken.jsonl && git commit -q -m "Add a broken record"',
    ]);
  });

  it(
    'lets a good corpus file in, and refuses a broken one with the problem shown',
    () => {
      const dir = scratch('pre-commit');
      // a git and a pre-commit of their own: no user settings (hooksPath, templates), no shared hook cache
      const gitConfig = path.join(dir, 'gitconfig');
      writeFileSync(gitConfig, '[user]\n\tname = Test\n\temail = test@example.org\n[init]\n\tdefaultBranch = main\n');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        GIT_CONFIG_GLOBAL: gitConfig,
        GIT_CONFIG_NOSYSTEM: '1',
        PRE_COMMIT_HOME: path.join(dir, 'pre-commit-home'),
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
        NO_COLOR: '1',
        // npm takes what it can from its cache (a fresh CI machine's cache holds the package files of this
        // checkout's `npm install`, not the version lists that a global install of the packed tarball resolves)
        npm_config_prefer_offline: 'true',
      };
      const { repo, rev } = snapshotOfThisCheckout(dir, env);

      const data = path.join(dir, 'data');
      mkdirSync(path.join(data, 'corpus'), { recursive: true });
      execFileSync('git', ['init', '-q'], { cwd: data, env });
      // a good corpus file: records corpus-clean made
      const good = execFileSync(process.execPath, [BIN, path.join(ROOT, 'fixtures/pages/related-list.txt'), path.join(ROOT, 'fixtures/pages/widgets.txt'), '-q'], { encoding: 'utf8' });
      writeFileSync(path.join(data, 'corpus/records.jsonl'), good);

      const run = (command: string) => spawnSync('bash', ['-c', command], { cwd: data, env, encoding: 'utf8', timeout: INSTALL_TIMEOUT });
      for (const example of all) {
        if (example.kind === 'file') {
          // the one line a user changes: where their copy of corpus-clean is
          const config = example.content.replace(/^(\s*- repo: )\S+/m, `$1${repo}`);
          expect(config).not.toBe(example.content);
          writeFileSync(path.join(data, example.name), config);
        } else if (example.kind === 'command') {
          const r = run(example.command);
          expect([example.command, r.status, r.stderr]).toEqual([example.command, 0, expect.any(String)]);
          // the moving `rev` is pinned to the commit it stood for (the snapshot has no tag)
          if (example.command === 'pre-commit autoupdate') {
            expect(readFileSync(path.join(data, '.pre-commit-config.yaml'), 'utf8')).toMatch(new RegExp(`^\\s*rev: ${rev}\\b`, 'm'));
          }
        } else if (example.kind === 'transcript') {
          // the broken file: a good record, then one whose body is empty
          const [record] = parseJsonl(good);
          writeFileSync(path.join(data, 'corpus/broken.jsonl'), [record, { ...record, body: '' }].map((r) => JSON.stringify(r)).join('\n') + '\n');
          const r = run(`${example.command} 2>&1`);
          expect([r.status, r.stdout]).toEqual([1, example.output]);
        }
      }
      // the good commit went in, through the hook; the broken one did not
      const log = execFileSync('git', ['log', '--format=%s', '--name-only'], { cwd: data, env, encoding: 'utf8' });
      expect(log).toContain("Add this week's records");
      expect(log).toContain('corpus/records.jsonl');
      expect(log).not.toContain('broken');
      expect(readFileSync(path.join(data, '.git/hooks/pre-commit'), 'utf8')).toContain('pre-commit');
    },
    INSTALL_TIMEOUT + 60_000,
  );
});
