// The documented multi-machine flow, run here with GNU parallel on local processes (with --sshlogin the same
// commands run on other hosts): profile each shard (map), merge the profiles, write each shard's signatures with
// the merged profile (keeping what it cleaned), merge them, write each shard's records with the signatures, and
// concatenate in shard order. The result must be exactly one plain run over the whole corpus.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { sitePage } from './site-pages.js';
import { scratch } from '../scratch.js';

const BIN = path.join(ROOT, 'bin/corpus-clean.js');
const SHARDS = 3;

function hasParallel(): boolean {
  return spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') ?? false;
}

test('profile per shard -> merge -> clean per shard with GNU parallel equals one run', () => {
  // .ci/run installs Debian's `parallel`; without it this flow cannot be tested, and that must show
  expect(hasParallel()).toBe(true);
  const tmp = scratch('parallel');
  const corpus = path.join(tmp, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < 24; i++) writeFileSync(path.join(corpus, `page-${String(i).padStart(2, '0')}.txt`), sitePage(i + 100));
  const node = process.execPath;
  const shards = Array.from({ length: SHARDS }, (_, i) => String(i + 1));
  const parallel = (...args: string[]) => execFileSync('parallel', ['--will-cite', '--keep-order', '--halt', 'now,fail=1', ...args], { cwd: tmp, encoding: 'utf8' });

  parallel(node, BIN, 'profile', corpus, '--shard', `{}/${SHARDS}`, '-q', '-o', 'profile-{}.json', ':::', ...shards);
  execFileSync(node, [BIN, 'profile', '--merge', ...shards.map((s) => `profile-${s}.json`), '-q', '-o', 'all.json'], { cwd: tmp });
  parallel(node, BIN, 'profile', corpus, '--profile', 'all.json', '--shard', `{}/${SHARDS}`, '-j', '1', '-q', '-o', 'signatures-{}.jsonl', '--cleaned', 'cleaned-{}.jsonl', ':::', ...shards);
  execFileSync(node, [BIN, 'profile', '--merge', ...shards.map((s) => `signatures-${s}.jsonl`), '-q', '-o', 'signatures.jsonl'], { cwd: tmp });
  const sharded = parallel(node, BIN, corpus, '--profile', 'all.json', '--signatures', 'signatures.jsonl', '--cleaned', 'cleaned-{}.jsonl', '--shard', `{}/${SHARDS}`, '-q', '-j', '1', ':::', ...shards);

  const single = execFileSync(node, [BIN, corpus, '-q'], { encoding: 'utf8' });
  expect(sharded.split('\n').filter(Boolean)).toHaveLength(24);
  expect(sharded).toBe(single);
  execFileSync(node, [BIN, 'profile', corpus, '-q', '-o', 'whole.json'], { cwd: tmp });
  expect(JSON.parse(readFileSync(path.join(tmp, 'all.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(path.join(tmp, 'whole.json'), 'utf8')));
});
