// Shards cleaned apart mark copies of pages in earlier shards as one run does: each shard's signatures are made
// with the merged profile (`profile --profile`), merged (`profile --merge`), and read by every shard's cleaning
// (`--signatures`). Shards 1..N concatenated must then be the output of one run, duplicate_of and dropped
// duplicates included.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { sitePage } from './site-pages.js';
import { scratch } from '../scratch.js';

const BIN = path.join(ROOT, 'bin/corpus-clean.js');
const SHARDS = 3;
const shards = Array.from({ length: SHARDS }, (_, i) => i + 1);

/** 24 pages of three sites, and in the last shard two reposts of pages of the first: the same article on another
 * site's frame, and the same article with one sentence changed. */
function corpus(): { dir: string; pages: string } {
  const dir = scratch('shard-dups');
  const pages = path.join(dir, 'pages');
  execFileSync('mkdir', [pages]);
  for (let i = 0; i < 24; i++) writeFileSync(path.join(pages, `page-${String(i).padStart(2, '0')}.txt`), sitePage(i + 100));
  const other = sitePage(102).split('\n');
  const article = sitePage(101).split('\n').slice(2, -3);
  writeFileSync(path.join(pages, 'repost-a.txt'), [...other.slice(0, 2), ...article, ...other.slice(-3)].join('\n'));
  writeFileSync(path.join(pages, 'repost-b.txt'), sitePage(103).replace('were divided', 'were split'));
  return { dir, pages };
}

function run(cwd: string, ...args: string[]): string {
  return execFileSync(process.execPath, [BIN, ...args, '-q'], { cwd, encoding: 'utf8' });
}

/** The README's flow: profile per shard, merge, signatures per shard, merge, clean per shard (in shard order). */
function sharded(dir: string, pages: string, ...flags: string[]): { records: string; rejects: string } {
  for (const i of shards) run(dir, 'profile', pages, '--shard', `${i}/${SHARDS}`, '-j', '1', '-o', `profile-${i}.json`);
  run(dir, 'profile', '--merge', ...shards.map((i) => `profile-${i}.json`), '-o', 'all.json');
  for (const i of shards) run(dir, 'profile', pages, '--profile', 'all.json', '--shard', `${i}/${SHARDS}`, '-j', '1', '-o', `signatures-${i}.jsonl`);
  run(dir, 'profile', '--merge', ...shards.map((i) => `signatures-${i}.jsonl`), '-o', 'signatures.jsonl');
  const clean = (i: number) => run(dir, pages, '--profile', 'all.json', '--signatures', 'signatures.jsonl', '--shard', `${i}/${SHARDS}`, '-j', '1', '--rejects', `rejects-${i}.jsonl`, ...flags);
  const records = shards.map(clean).join('');
  const rejects = shards.map((i) => readFileSync(path.join(dir, `rejects-${i}.jsonl`), 'utf8')).join('');
  return { records, rejects };
}

/** The same flow with each page cleaned once: the signature round keeps what it cleaned (`--cleaned`), and the
 * cleaning round writes that out, marking copies of earlier shards' pages, instead of cleaning again. `between`
 * runs after the signature round. */
function shardedOnce(dir: string, pages: string, between: () => void, ...flags: string[]): { records: string; rejects: string } {
  for (const i of shards) run(dir, 'profile', pages, '--shard', `${i}/${SHARDS}`, '-j', '1', '-o', `profile-${i}.json`);
  run(dir, 'profile', '--merge', ...shards.map((i) => `profile-${i}.json`), '-o', 'all.json');
  for (const i of shards) run(dir, 'profile', pages, '--profile', 'all.json', '--shard', `${i}/${SHARDS}`, '-j', '1', '-o', `signatures-${i}.jsonl`, '--cleaned', `cleaned-${i}.jsonl`);
  run(dir, 'profile', '--merge', ...shards.map((i) => `signatures-${i}.jsonl`), '-o', 'signatures.jsonl');
  between();
  const clean = (i: number) => run(dir, pages, '--profile', 'all.json', '--signatures', 'signatures.jsonl', '--shard', `${i}/${SHARDS}`, '--cleaned', `cleaned-${i}.jsonl`, '--rejects', `rejects-${i}.jsonl`, ...flags);
  const records = shards.map(clean).join('');
  const rejects = shards.map((i) => readFileSync(path.join(dir, `rejects-${i}.jsonl`), 'utf8')).join('');
  return { records, rejects };
}

function single(dir: string, pages: string, ...flags: string[]): { records: string; rejects: string } {
  const records = run(dir, pages, '--rejects', 'rejects.jsonl', ...flags);
  return { records, rejects: readFileSync(path.join(dir, 'rejects.jsonl'), 'utf8') };
}

test('shards with the merged signatures mark copies of earlier shards\' pages as one run does', () => {
  const { dir, pages } = corpus();
  const one = single(dir, pages);
  expect(one.records.match(/"duplicate_of":"/g)).toHaveLength(2);
  expect(sharded(dir, pages)).toEqual(one);
});

test('and drop them as one run does, with --drop-duplicates', () => {
  const { dir, pages } = corpus();
  const one = single(dir, pages, '--drop-duplicates');
  expect(one.rejects.match(/"reason":"duplicate"/g)).toHaveLength(2);
  expect(sharded(dir, pages, '--drop-duplicates')).toEqual(one);
});

test('shards that keep what their signature round cleaned write it out as one run, without cleaning again', () => {
  const { dir, pages } = corpus();
  const one = single(dir, pages);
  const dropped = single(dir, pages, '--drop-duplicates');
  // a page changed after the signature round does not change the records: the cleaning round reads none
  const page = path.join(pages, 'page-05.txt');
  const original = readFileSync(page);
  expect(shardedOnce(dir, pages, () => writeFileSync(page, sitePage(7)))).toEqual(one);
  writeFileSync(page, original);
  expect(shardedOnce(dir, pages, () => {}, '--drop-duplicates')).toEqual(dropped);
  // kept for another shard, or with other options than the cleaning round's: refused
  const refused = (...args: string[]) => spawnSync(process.execPath, [BIN, pages, '--profile', 'all.json', '--signatures', 'signatures.jsonl', '-q', ...args], { cwd: dir, encoding: 'utf8' });
  const otherShard = refused('--shard', `2/${SHARDS}`, '--cleaned', 'cleaned-1.jsonl');
  expect([otherShard.status, otherShard.stdout]).toEqual([2, '']);
  expect(otherShard.stderr).toMatch(/--cleaned cleaned-1\.jsonl: not made for this run: its start, inputs differ/);
  const otherLayout = refused('--shard', `1/${SHARDS}`, '--cleaned', 'cleaned-1.jsonl', '--layout', 'datatrove');
  expect(otherLayout.stderr).toMatch(/its layout differs/);
  // damaged: the line and what is wrong with it
  const [header, , record] = readFileSync(path.join(dir, 'cleaned-1.jsonl'), 'utf8').split('\n');
  writeFileSync(path.join(dir, 'cleaned-bad.jsonl'), `${header}\n{"position":0}\n${record}\n`);
  const damaged = refused('--shard', `1/${SHARDS}`, '--cleaned', 'cleaned-bad.jsonl');
  expect([damaged.status, damaged.stdout]).toEqual([2, '']);
  expect(damaged.stderr).toMatch(/cleaned-bad\.jsonl:2: neither a reject nor a record's signature/);
});

test('a page and its byte-for-byte copies in other shards count once in the merged profile, as in one run', () => {
  // each shard holds a copy of one article and a page of its own: counted once per shard, the copies would be three
  // pages of evidence that the article's lines are template
  const dir = scratch('shard-copies');
  const pages = path.join(dir, 'pages');
  execFileSync('mkdir', [pages]);
  for (const [i, name] of ['a', 'b', 'c', 'd', 'e', 'f'].entries()) writeFileSync(path.join(pages, `${name}.txt`), sitePage(i % 2 === 0 ? 7 : 40 + i));
  const one = single(dir, pages);
  expect(one.records.match(/"body":"Officials in Ardmore/g)).toHaveLength(3);
  expect(one.records.match(/"duplicate_of":"/g)).toHaveLength(2);
  expect(sharded(dir, pages)).toEqual(one);
  run(dir, 'profile', pages, '-j', '1', '-o', 'whole.json');
  const counters = (file: string) => {
    const { pages, lines, sketch, counted } = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    return { pages, lines, sketch, counted };
  };
  expect(counters('all.json')).toEqual(counters('whole.json'));
  expect(counters('all.json').pages).toBe(4);
  // the merge reads a later shard's copy again to take it out: changed since, it cannot, and says so
  writeFileSync(path.join(pages, 'e.txt'), sitePage(8));
  const changed = spawnSync(process.execPath, [BIN, 'profile', '--merge', ...shards.map((i) => `profile-${i}.json`), '-o', 'all.json'], { cwd: dir, encoding: 'utf8' });
  expect(changed.status).toBe(2);
  expect(changed.stderr).toMatch(/e\.txt repeats a page of another profile, .* it has changed since it was profiled/);
});

/** Four JSONL files of records from another tool, one line not JSON, and in later files copies of earlier
 * files' records (one with a sentence changed): a shard holds whole files. */
function jsonlCorpus(): { dir: string; pages: string } {
  const dir = scratch('shard-jsonl');
  const pages = path.join(dir, 'crawl');
  execFileSync('mkdir', [pages]);
  for (let f = 0; f < 4; f++) {
    const lines = [0, 1, 2, 3].map((k) => JSON.stringify({ id: `crawl-${f}${k}`, url: `https://example.org/${f}/${k}`, text: sitePage(200 + 4 * f + k) }));
    if (f === 2) lines.splice(1, 0, 'not json', JSON.stringify({ id: 'crawl-copy-a', text: sitePage(201) }));
    if (f === 3) lines.push(JSON.stringify({ id: 'crawl-copy-b', text: sitePage(206).replace('were divided', 'were split') }));
    writeFileSync(path.join(pages, `part-${f}.jsonl`), lines.join('\n') + '\n');
  }
  return { dir, pages };
}

/** The JSONL flow: signatures per shard (records are cleaned without a profile), merge, clean per shard. */
function shardedJsonl(dir: string, pages: string, ...flags: string[]): { records: string; rejects: string } {
  // `--cleaned` among the flags: the signature round keeps what it cleaned, and the cleaning round writes it out
  const once = flags.includes('--cleaned');
  const rest = flags.filter((f) => f !== '--cleaned');
  const cleaned = (i: number) => (once ? ['--cleaned', `jsonl-cleaned-${i}.jsonl`] : []);
  for (const i of shards) run(dir, 'profile', '--from-jsonl', pages, '--shard', `${i}/${SHARDS}`, '-o', `jsonl-signatures-${i}.jsonl`, ...cleaned(i));
  run(dir, 'profile', '--merge', ...shards.map((i) => `jsonl-signatures-${i}.jsonl`), '-o', 'jsonl-signatures.jsonl');
  const clean = (i: number) => run(dir, '--from-jsonl', pages, '--signatures', 'jsonl-signatures.jsonl', '--shard', `${i}/${SHARDS}`, '--rejects', `rejects-${i}.jsonl`, ...cleaned(i), ...rest);
  const records = shards.map(clean).join('');
  const rejects = shards.map((i) => readFileSync(path.join(dir, `rejects-${i}.jsonl`), 'utf8')).join('');
  return { records, rejects };
}

test('shards of JSONL records mark and drop copies of earlier shards\' records as one run does', () => {
  const { dir, pages } = jsonlCorpus();
  const one = single(dir, pages, '--from-jsonl');
  expect(one.records.match(/"duplicate_of":"/g)).toHaveLength(2);
  expect(shardedJsonl(dir, pages)).toEqual(one);
  const dropped = single(dir, pages, '--from-jsonl', '--drop-duplicates');
  expect(dropped.rejects.match(/"reason":"duplicate"/g)).toHaveLength(2);
  expect(shardedJsonl(dir, pages, '--drop-duplicates')).toEqual(dropped);
  expect(shardedJsonl(dir, pages, '--drop-duplicates', '--cleaned')).toEqual(dropped);
  // signatures of pages cleaned with a profile do not fit records cleaned without one
  const { dir: other, pages: files } = corpus();
  sharded(other, files);
  const refused = spawnSync(process.execPath, [BIN, '--from-jsonl', pages, '--signatures', path.join(other, 'signatures.jsonl'), '--shard', `2/${SHARDS}`, '-q'], { cwd: dir, encoding: 'utf8' });
  expect([refused.status, refused.stdout]).toEqual([2, '']);
  expect(refused.stderr).toMatch(/its pages were cleaned with a corpus profile, and --from-jsonl records are cleaned without one/);
});

test('signatures that do not fit the run are a usage error', () => {
  const { dir, pages } = corpus();
  sharded(dir, pages);
  const refused = (...args: string[]) => spawnSync(process.execPath, [BIN, pages, '--shard', `2/${SHARDS}`, '-q', ...args], { cwd: dir, encoding: 'utf8' });
  // made with another profile than the one given (one shard's): the bodies, and so the signatures, may differ
  const other = refused('--profile', 'profile-1.json', '--signatures', 'signatures.jsonl');
  expect([other.status, other.stdout]).toEqual([2, '']);
  expect(other.stderr).toMatch(/--signatures signatures\.jsonl: its pages were cleaned with another profile/);
  const without = refused('--signatures', 'signatures.jsonl');
  expect(without.status).toBe(2);
  expect(without.stderr).toMatch(/--signatures goes with --profile FILE/);
  const jsonlWithProfile = spawnSync(process.execPath, [BIN, 'profile', '--from-jsonl', pages, '--profile', 'all.json', '-q'], { cwd: dir, encoding: 'utf8' });
  expect([jsonlWithProfile.status, jsonlWithProfile.stderr]).toEqual([2, expect.stringMatching(/--from-jsonl makes the signatures of JSONL records/)]);
  const mixed = spawnSync(process.execPath, [BIN, 'profile', '--merge', 'all.json', 'signatures.jsonl', '-q'], { cwd: dir, encoding: 'utf8' });
  expect([mixed.status, mixed.stderr]).toEqual([2, expect.stringMatching(/signatures\.jsonl holds signatures and all\.json does not/)]);
});
