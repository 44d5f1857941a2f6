// Corpus-scale runs through the CLI: worker threads, the corpus profile as a file, shards. Whatever the number of
// jobs or shards, the records are the same bytes as one plain run.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { sitePage } from './site-pages.js';
import { withoutTimes } from '../cli/readme.js';
import { scratch } from '../scratch.js';
import { cleanSerialised, cleanTextSerialised } from '../../src/run/page.js';
import { MAIN_THREAD_BYTES } from '../../src/run/long-pages.js';
import { resolveNearDuplicateOptions, signatureParams } from '../../src/corpus/options.js';

const BIN = path.join(ROOT, 'bin/corpus-clean.js');
const PAGES = 30;

function run(args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', ...opts });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

let tmp: string;
let corpus: string;

beforeAll(() => {
  tmp = scratch('corpus');
  corpus = path.join(tmp, 'corpus');
  mkdirSync(path.join(corpus, 'b'), { recursive: true });
  for (let i = 0; i < PAGES; i++) writeFileSync(path.join(corpus, i % 4 === 0 ? 'b' : '', `page-${String(i).padStart(3, '0')}.txt`), sitePage(i));
  // one page of each kind of reject, so that they are placed in order too
  writeFileSync(path.join(corpus, 'empty.txt'), '');
  writeFileSync(path.join(corpus, 'menu-only.txt'), 'Home | News | Sport\nContact us\n');
});

const FOOTER = 'All articles on this site are checked by two editors';

describe('the corpus pass', () => {
  test('a footer that reads like prose is kept page by page, and removed once the corpus shows it on every page', () => {
    const alone = run([corpus, '--no-profile', '-j', '1']);
    const withCorpus = run([corpus, '-j', '1']);
    expect(alone.stdout).toContain(FOOTER);
    expect(withCorpus.stdout).not.toContain(FOOTER);
    expect(withCorpus.stdout).toContain('Officials in');
  });

  test('a profile file made by `profile` gives the same records as the first pass', () => {
    const profile = path.join(tmp, 'whole.json');
    expect(run(['profile', corpus, '-j', '1', '-o', profile]).code).toBe(0);
    expect(run([corpus, '--profile', profile, '-j', '1']).stdout).toBe(run([corpus, '-j', '1']).stdout);
    // counted on two workers, the same profile byte for byte
    const two = path.join(tmp, 'whole-j2.json');
    expect(run(['profile', corpus, '-j', '2', '-o', two]).code).toBe(0);
    expect(readFileSync(two, 'utf8')).toBe(readFileSync(profile, 'utf8'));
  });

  test('copies of one page count once: four copies of an article keep their bodies', () => {
    const dir = path.join(tmp, 'copies');
    mkdirSync(dir);
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) writeFileSync(path.join(dir, name), sitePage(7));
    // the same text with other line endings and a byte order mark is the same page too
    writeFileSync(path.join(dir, 'e.txt'), '\ufeff' + sitePage(7).replaceAll('\n', '\r\n'));
    const r = run([dir, '-j', '1']);
    expect(r.code).toBe(0);
    const bodies = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).body as string);
    expect(bodies).toHaveLength(5);
    for (const body of bodies) expect(body).toContain('Officials in');
  });

  test('a file that is not a profile is a usage error naming it', () => {
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, '{"format":"something-else"}');
    const r = run([corpus, '--profile', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toMatch(/not a usable corpus-clean profile/);
    const missing = run([corpus, '--profile', path.join(tmp, 'nowhere.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.json.*no such file/);
  });

  test('a profile with a field out of range is a usage error naming the field, and nothing is written', () => {
    const made = path.join(tmp, 'made.json');
    expect(run(['profile', corpus, '-o', made, '-q']).code).toBe(0);
    const edited = path.join(tmp, 'negative.json');
    writeFileSync(edited, JSON.stringify({ ...JSON.parse(readFileSync(made, 'utf8')), pages: -5 }));
    const r = run([corpus, '--profile', edited]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`${edited}: not a usable corpus-clean profile (pages: `);
  });
});

describe('worker threads', () => {
  test('--jobs 2 and --jobs 3 write the same bytes as --jobs 1, with the same rejects', () => {
    const one = run([corpus, '-j', '1', '--strict']);
    expect(one.code).toBe(1);
    expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(PAGES);
    for (const jobs of ['2', '3']) {
      const many = run([corpus, '-j', jobs, '--strict']);
      expect(many.stdout).toBe(one.stdout);
      expect(withoutTimes(many.stderr)).toBe(withoutTimes(one.stderr));
      expect(many.code).toBe(1);
    }
  });

  test('with --jobs 1 a page over 64 KiB, cleaned on a worker, and a --from-jsonl line as long give the records this thread gives', () => {
    const dir = path.join(tmp, 'long');
    mkdirSync(dir, { recursive: true });
    const long = path.join(dir, 'long.txt');
    writeFileSync(long, `${sitePage(3)}\n${'A paragraph of the article that goes on about the harbour and its new quay, as council members said. '.repeat(900)}\n`);
    expect(readFileSync(long).length).toBeGreaterThan(MAIN_THREAD_BYTES);
    const fromFile = run([long, '-j', '1', '--no-profile']);
    const inThread = cleanSerialised(readFileSync(long), long, { signature: signatureParams(resolveNearDuplicateOptions()) });
    if (!inThread.ok) throw new Error(inThread.reject.message);
    expect(fromFile.stdout).toBe(`${Buffer.from(inThread.record.utf8).toString('utf8')}\n`);
    const text = readFileSync(long, 'utf8');
    const lines = path.join(dir, 'lines.jsonl');
    const short = sitePage(8);
    writeFileSync(lines, `${JSON.stringify({ id: 'a', text: short })}\n${JSON.stringify({ id: 'b', text, extra: [1] })}\n`);
    const jsonl = run(['--from-jsonl', lines]);
    const expected = [{ id: 'a', text: short }, { id: 'b', text, passthrough: '{"extra":[1]}' }].map((p) => {
      const r = cleanTextSerialised({ source: `${lines}:${p.id === 'a' ? 1 : 2}`, text: p.text, id: p.id, warnings: [], passthrough: p.passthrough }, { signature: signatureParams(resolveNearDuplicateOptions()) });
      if (!r.ok) throw new Error(r.reject.message);
      return `${Buffer.from(r.record.utf8).toString('utf8')}\n`;
    });
    expect(jsonl.stdout).toBe(expected.join(''));
  });

  test('with --jobs 1 a run of several pages over 64 KiB ends once they are written (one worker for all of them)', () => {
    const dir = path.join(tmp, 'longs');
    mkdirSync(dir, { recursive: true });
    const filler = 'A paragraph of the article that goes on about the ferry and its new timetable, as the operator said. '.repeat(900);
    for (const i of [1, 2, 3]) writeFileSync(path.join(dir, `long-${i}.txt`), `${sitePage(i)}\n${filler}\n`);
    // two pages in flight started a worker each, and the run waited for ever on the one it did not close
    const r = spawnSync(process.execPath, [BIN, dir, '-j', '1', '--no-profile'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(String(r.stdout).trim().split('\n')).toHaveLength(3);
  });

  test('a JSON array output is the same with workers', () => {
    const a = path.join(tmp, 'one.json');
    const b = path.join(tmp, 'two.json');
    run([corpus, '-j', '1', '-o', a]);
    run([corpus, '-j', '2', '-o', b]);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });
});

describe('shards', () => {
  test('every input is in exactly one shard, and the shards in order are the whole run', () => {
    const whole = run([corpus, '-j', '1', '--no-profile']);
    const parts = [1, 2, 3].map((i) => run([corpus, '-j', '1', '--no-profile', '--shard', `${i}/3`, '--verbose']));
    expect(parts.map((p) => p.stdout).join('')).toBe(whole.stdout);
    // 32 inputs (30 pages and two rejects) in parts of 10, 11 and 11
    expect(parts.map((p) => Number(/(\d+) input\(s\)/.exec(p.stderr)?.[1]))).toEqual([10, 11, 11]);
    expect(parts.map((p) => p.stderr.match(/: (empty|no-body):/g)?.length ?? 0)).toEqual([2, 0, 0]);
  });

  test('merged shard profiles are the profile of the whole corpus, and give the same records', () => {
    const whole = path.join(tmp, 'all-at-once.json');
    expect(run(['profile', corpus, '-o', whole]).code).toBe(0);
    const parts = [1, 2, 3].map((i) => {
      const file = path.join(tmp, `shard-${i}.json`);
      expect(run(['profile', corpus, '--shard', `${i}/3`, '-o', file]).code).toBe(0);
      return file;
    });
    const merged = path.join(tmp, 'merged.json');
    expect(run(['profile', '--merge', ...parts, '-o', merged]).code).toBe(0);
    expect(JSON.parse(readFileSync(merged, 'utf8'))).toEqual(JSON.parse(readFileSync(whole, 'utf8')));
    const single = run([corpus, '-j', '1']).stdout;
    const sharded = [1, 2, 3].map((i) => run([corpus, '--profile', merged, '--shard', `${i}/3`]).stdout).join('');
    expect(sharded).toBe(single);
  });

  test('a shard that is not I/N is a usage error', () => {
    for (const bad of ['0/3', '4/3', '1-3', 'x']) {
      const r = run([corpus, '--shard', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--shard');
    }
  });
});

describe('standard input among the inputs', () => {
  const files = () => Array.from({ length: 8 }, (_, i) => path.join(corpus, `page-${String(i * 4 + 1).padStart(3, '0')}.txt`));

  test('a warm-up window over all pages gives what a first pass over the same pages gives', () => {
    const stdinPage = path.join(corpus, 'page-002.txt');
    const fromFiles = run(['-j', '1', stdinPage, ...files()]).stdout;
    const fromStdin = run(['-j', '1', '-', ...files()], { input: readFileSync(stdinPage) }).stdout;
    expect(fromStdin.replaceAll('"source":"-"', `"source":${JSON.stringify(stdinPage)}`)).toBe(fromFiles);
  });

  test('a short warm-up window is deterministic and the same with workers', () => {
    const input = readFileSync(path.join(corpus, 'page-002.txt'));
    const a = run(['-j', '1', '--warmup', '3', '-', ...files()], { input });
    const b = run(['-j', '2', '--warmup', '3', '-', ...files()], { input });
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout.split('\n').filter(Boolean)).toHaveLength(9);
  });
});
