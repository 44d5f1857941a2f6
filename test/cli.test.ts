// The CLI as a user runs it: the built binary, spawned, with real files, pipes and exit codes.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.js';
import { EDITS, makeStory, makeTopic, random, renderPage, type PageMeta } from '../bench/neardup/corpus.mjs';
import { scratch } from './scratch.js';

const BIN = path.join(ROOT, 'bin/corpus-clean.js');
const SEEDS = 'fixtures/seeds';
const gold = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/seeds-gold.json'), 'utf8')) as Record<string, Record<string, unknown>>;

function run(args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', ...opts });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

function parseJsonl(text: string): Record<string, unknown>[] {
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function expectGold(records: Record<string, unknown>[]) {
  expect(records).toHaveLength(5);
  for (const r of records) {
    const name = path.basename(String(r.source));
    const { id, source, stats, duplicate_of, ...fields } = r;
    expect(fields).toEqual(gold[name]);
    expect(duplicate_of).toBeNull(); // the five sample pages are five different stories
  }
}

describe('corpus-clean (CLI)', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = scratch('cli');
  });

  it('cleans a directory into a JSONL file, in sorted order, with relative sources', () => {
    const out = path.join(tmp, 'out.jsonl');
    const r = run([SEEDS, '-o', out, '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('5 record(s)');
    const records = parseJsonl(readFileSync(out, 'utf8'));
    expect(records.map((x) => x.source)).toEqual(Object.keys(gold).sort().map((n) => `${SEEDS}/${n}`));
    expectGold(records);
    // nothing but the output is left beside it (the temporary file was renamed into place)
    expect(readdirSync(tmp)).toEqual(['out.jsonl']);
  });

  it('writes reader comments into the records with --include-comments, the same from worker threads', () => {
    const pages = ['fixtures/pages/comments-numbered.txt', 'fixtures/pages/comments-says.txt', `${SEEDS}/000_7ab6330cd3968897.txt`];
    const plain = parseJsonl(run(pages).stdout);
    expect(plain.some((r) => 'comments' in r)).toBe(false);
    const inline = run(['--include-comments', '-j', '1', ...pages]);
    expect(inline.code).toBe(0);
    const records = parseJsonl(inline.stdout);
    expect(records.map((r) => (r.comments as unknown[]).length)).toEqual([4, 4, 0]);
    expect(records.map((r) => r.body)).toEqual(plain.map((r) => r.body));
    expect(run(['--include-comments', '-j', '2', ...pages]).stdout).toBe(inline.stdout);
  });

  it('writes one JSON array when -o ends in .json', () => {
    const out = path.join(tmp, 'out.json');
    expect(run([SEEDS, '-o', out]).code).toBe(0);
    const records = JSON.parse(readFileSync(out, 'utf8'));
    expect(Array.isArray(records)).toBe(true);
    expectGold(records);
  });

  it('writes JSONL to standard output by default, and JSON with --format json', () => {
    expectGold(parseJsonl(run([SEEDS]).stdout));
    expectGold(JSON.parse(run([SEEDS, '--format', 'json']).stdout));
  });

  it('cleans a file given directly, and standard input given as -', () => {
    const name = '000_7ab6330cd3968897.txt';
    const direct = parseJsonl(run([`${SEEDS}/${name}`]).stdout);
    expect(direct).toHaveLength(1);
    const input = readFileSync(path.join(ROOT, SEEDS, name));
    const piped = parseJsonl(run(['-'], { input }).stdout);
    expect(piped).toHaveLength(1);
    expect(piped[0].source).toBe('-');
    const { source: s1, ...a } = direct[0];
    const { source: s2, ...b } = piped[0];
    expect(b).toEqual(a);
    const { id, source, stats, duplicate_of, ...fields } = direct[0];
    expect(fields).toEqual(gold[name]);
  });

  it('gives the same bytes on every run', () => {
    expect(run([SEEDS]).stdout).toBe(run([SEEDS]).stdout);
  });

  it('filters directory files with --include and --exclude', () => {
    const records = parseJsonl(run([SEEDS, '--include', '**/00[0-2]_*.txt', '--exclude', '**/001_*']).stdout);
    expect(records.map((x) => path.basename(String(x.source)))).toEqual(['000_7ab6330cd3968897.txt', '002_e73baaf55d52be78.txt']);
  });

  it('rejects a page without article text with a reason, keeps going, and exits 0: a filtered page is no error', () => {
    const empty = path.join(tmp, 'empty.txt');
    const menu = path.join(tmp, 'menu.txt');
    writeFileSync(empty, '  \n\n');
    writeFileSync(menu, 'Home\n\nNews\n\nSport\n\nContact\n');
    const r = run([empty, menu, `${SEEDS}/000_7ab6330cd3968897.txt`, '--verbose']);
    expect(r.code).toBe(0);
    expect(parseJsonl(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain(`${empty}: empty:`);
    expect(r.stderr).toContain(`${menu}: no-body:`);
  });

  it('names a missing input and exits 1', () => {
    const r = run(['no/such/file.txt', SEEDS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/file.txt: unreadable: no such file or directory');
    expect(parseJsonl(r.stdout)).toHaveLength(5);
    // the corpus pass alone too: the profile is written, of the inputs it could read
    const profile = run(['profile', 'no/such/file.txt', SEEDS, '-o', path.join(tmp, 'profile.json')]);
    expect([profile.code, profile.stderr]).toEqual([1, expect.stringContaining('no/such/file.txt: unreadable: no such file or directory')]);
    expect(JSON.parse(readFileSync(path.join(tmp, 'profile.json'), 'utf8')).pages).toBe(5);
  });

  it('exits 2 on a usage error, said as corpus-clean says its own', () => {
    const flag = run(['--no-such-flag']);
    expect([flag.code, flag.stderr.split('\n')[0]]).toEqual([2, "corpus-clean: unknown option '--no-such-flag'"]);
    const format = run([SEEDS, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/^corpus-clean: option '--format <format>' argument 'xml' is invalid/);
    expect(run(['check', '--bogus']).stderr).toMatch(/^corpus-clean: unknown option '--bogus'/);
  });

  it('names the command meant by a mistyped one, unless a file of that name is there', () => {
    const typo = run(['chekc', 'corpus.jsonl']);
    expect([typo.code, typo.stderr]).toEqual([2, 'corpus-clean: chekc: no such command or file (did you mean corpus-clean check?)\n']);
    expect(run(['reprot', 'pages']).stderr).toContain('did you mean corpus-clean report?');
    // far from every command: an input that is not there, as before
    expect(run(['chapter-one'])).toMatchObject({ code: 1, stderr: 'corpus-clean: chapter-one: unreadable: no such file or directory\n' });
    // a page that happens to be called so is cleaned
    const dir = scratch('typo');
    const seeds = path.join(ROOT, SEEDS);
    copyFileSync(path.join(seeds, readdirSync(seeds).find((f) => f.endsWith('.txt'))!), path.join(dir, 'chekc'));
    const page = run(['chekc'], { cwd: dir });
    expect(page.code).toBe(0);
    expect(JSON.parse(page.stdout).source).toBe('chekc');
  });

  it('prints its version and help', () => {
    const v = run(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // the launcher answers `--version` alone itself; with another flag, the parser does: the same bytes
    expect(run(['-V']).stdout).toBe(v.stdout);
    expect(run(['-V', '--quiet'])).toMatchObject({ code: 0, stdout: v.stdout });
    const h = run(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: corpus-clean');
    // the options of cleaning are those of the default command, which the program's help points to
    expect(h.stdout).toContain('see corpus-clean clean --help for its options');
    expect(run(['clean', '--help']).stdout).toContain('--files-from <file>');
  });

  it('does not read its own output file back: once it is among the inputs of a walk, it is a usage error', () => {
    const dir = path.join(tmp, 'pages');
    const out = path.join(dir, 'out.txt');
    spawnSync('cp', ['-r', path.join(ROOT, SEEDS), dir]);
    expect(run([dir, '-o', out, '--format', 'jsonl']).code).toBe(0);
    const again = run([dir, '-o', out, '--format', 'jsonl']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`-o ${out} is also an input`);
    expect(parseJsonl(readFileSync(out, 'utf8'))).toHaveLength(5);
    // left out of the walk, it is written again
    expect(run([dir, '-o', out, '--format', 'jsonl', '--exclude', 'out.txt']).code).toBe(0);
    expect(parseJsonl(readFileSync(out, 'utf8'))).toHaveLength(5);
  });

  describe('duplicate pages', () => {
    // one story on two sites, an edited copy and a saved copy, beside another story on the same topic
    const rng = random(21);
    const topic = makeTopic(rng);
    const story = makeStory(rng, topic, { paragraphs: 8 });
    const meta: PageMeta = { domain: 'news', town: topic.town, author: 'Vera Castillo', editor: 'Omar Novak', date: 'March 3, 2024', isoDate: '2024-03-03 09:15:00', related: ['Ferry fares rise again', 'Library opens late'] };
    const pages = {
      'a-original.txt': renderPage('wire', story, meta),
      'b-other-story.txt': renderPage('wire', makeStory(rng, topic, { paragraphs: 8 }), meta),
      'c-other-site.txt': renderPage('portal', story, { ...meta, author: 'Hana Bauer' }),
      'd-sentence-changed.txt': renderPage('wire', EDITS.sentence(rng, story, topic), meta),
      'e-saved-twice.txt': renderPage('wire', story, meta),
    };
    const write = () => {
      const dir = path.join(tmp, 'pages');
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of Object.entries(pages)) writeFileSync(path.join(dir, name), text);
      return dir;
    };

    it('marks later copies with duplicate_of, the id of the first page, and exits 0', () => {
      const r = run([write(), '--verbose']);
      expect(r.code).toBe(0);
      const records = parseJsonl(r.stdout);
      const first = records[0].id;
      expect(records.map((x) => [path.basename(String(x.source)), x.duplicate_of])).toEqual([
        ['a-original.txt', null],
        ['b-other-story.txt', null],
        ['c-other-site.txt', first],
        ['d-sentence-changed.txt', first],
        ['e-saved-twice.txt', first],
      ]);
      expect(r.stderr).toContain('5 record(s), 0 rejected (3 marked duplicate_of)');
    });

    it('with --drop-duplicates, lists them as rejects with reason duplicate and the id they repeat', () => {
      const rejects = path.join(tmp, 'rejects.jsonl');
      const r = run([write(), '--drop-duplicates', '--rejects', rejects, '--verbose']);
      expect(r.code).toBe(0); // asked for: not a failure
      const records = parseJsonl(r.stdout);
      expect(records.map((x) => path.basename(String(x.source)))).toEqual(['a-original.txt', 'b-other-story.txt']);
      const dropped = parseJsonl(readFileSync(rejects, 'utf8'));
      expect(dropped.map((x) => [path.basename(String(x.source)), x.reason, x.duplicate_of])).toEqual([
        ['c-other-site.txt', 'duplicate', records[0].id],
        ['d-sentence-changed.txt', 'duplicate', records[0].id],
        ['e-saved-twice.txt', 'duplicate', records[0].id],
      ]);
      expect(dropped[1].message).toMatch(/^near duplicate of .*a-original\.txt \(id [0-9a-f]{16}\): estimated Jaccard similarity 0\.\d\d of word shingles$/);
      expect(dropped[2].message).toMatch(/^same body as .*a-original\.txt \(id [0-9a-f]{16}\)$/);
      expect(r.stderr).toContain('2 record(s), 0 rejected (listed in');
      expect(r.stderr).toContain('(3 duplicate(s) dropped)');
      // without --rejects they are reported on standard error like other rejects
      const plain = run([write(), '--drop-duplicates', '--verbose']);
      expect(plain.stderr).toMatch(/e-saved-twice\.txt: duplicate: same body as/);
    });

    it('takes the Jaccard threshold from --near-threshold, and refuses one outside (0, 1]', () => {
      const strict = parseJsonl(run([write(), '--near-threshold', '0.99']).stdout);
      const marked = Object.fromEntries(strict.map((x) => [path.basename(String(x.source)), x.duplicate_of]));
      expect(marked['d-sentence-changed.txt']).toBeNull();
      expect(marked['e-saved-twice.txt']).toBe(strict[0].id);
      for (const bad of ['0', '1.5', 'x', '']) {
        const r = run([write(), '--near-threshold', bad]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('expected a number above 0 and at most 1');
      }
    });
  });
});
