// The README's way of putting `corpus-clean` on the PATH, `npm install -g .`, run as written in this checkout with a
// global prefix of its own: the command works from anywhere, and npm has nothing to warn about (the package has no
// install scripts: its build runs on `npm run build` and before `npm pack`, never on someone else's install).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { scratch } from '../scratch.js';
import { examples, section } from './readme.js';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('install', () => {
  it('the README installs with `npm install -g .`, which puts a working corpus-clean on the PATH without a warning', () => {
    const commands = examples(section('README.md', 'Install')).flatMap((e) => (e.kind === 'command' ? [e.command] : []));
    expect(commands).toContain('npm install -g .');
    const prefix = scratch('prefix');
    // npm's own settings from the `npm test` this runs under (its global prefix among them) must not reach the
    // install: only the prefix of this test
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    const env = {
      ...inherited,
      NPM_CONFIG_PREFIX: prefix,
      npm_config_prefix: prefix,
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    const r = spawnSync('bash', ['-c', 'npm install -g .'], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
    expect([r.status, r.stderr]).toEqual([0, expect.not.stringMatching(/warn/i)]);
    const bin = path.join(prefix, 'bin/corpus-clean');
    expect(existsSync(bin)).toBe(true);
    const elsewhere = scratch('elsewhere');
    writeFileSync(path.join(elsewhere, 'page.txt'), 'Home > News\n\nA headline for the test\n\nThe council met on Tuesday and agreed to build a new bridge over the river, which will open next year.\n');
    expect(spawnSync(bin, ['--version'], { cwd: elsewhere, encoding: 'utf8' }).stdout).toBe(`${version}\n`);
    const run = spawnSync(bin, ['page.txt', '-q'], { cwd: elsewhere, encoding: 'utf8' });
    expect([run.status, JSON.parse(run.stdout).source]).toEqual([0, 'page.txt']);
  }, 320_000);

  it('a clone that was not built says so, and how to build it', () => {
    const clone = scratch('unbuilt');
    mkdirSync(path.join(clone, 'bin'));
    copyFileSync(path.join(ROOT, 'bin/corpus-clean.js'), path.join(clone, 'bin/corpus-clean.js'));
    copyFileSync(path.join(ROOT, 'package.json'), path.join(clone, 'package.json'));
    const r = spawnSync(process.execPath, [path.join(clone, 'bin/corpus-clean.js'), 'page.txt'], { cwd: clone, encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `corpus-clean: not built yet: run \`npm run build\` in ${clone}/\n`]);
  });
});
