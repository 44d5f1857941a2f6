// The CLI as a user runs it: the built binary, spawned, with real files, pipes and exit codes.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers.js';

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
    tmp = mkdtempSync(path.join(tmpdir(), 'cc-cli-'));
  });

  it('cleans a directory into a JSONL file, in sorted order, with relative sources', () => {
    const out = path.join(tmp, 'out.jsonl');
    const r = run([SEEDS, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('5 record(s)');
    const records = parseJsonl(readFileSync(out, 'utf8'));
    expect(records.map((x) => x.source)).toEqual(Object.keys(gold).sort().map((n) => `${SEEDS}/${n}`));
    expectGold(records);
    // nothing but the output is left beside it (the temporary file was renamed into place)
    expect(readdirSync(tmp)).toEqual(['out.jsonl']);
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

  it('rejects a page without article text with a reason, keeps going, and exits 1', () => {
    const empty = path.join(tmp, 'empty.txt');
    const menu = path.join(tmp, 'menu.txt');
    writeFileSync(empty, '  \n\n');
    writeFileSync(menu, 'Home\n\nNews\n\nSport\n\nContact\n');
    const r = run([empty, menu, `${SEEDS}/000_7ab6330cd3968897.txt`]);
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain(`${empty}: empty:`);
    expect(r.stderr).toContain(`${menu}: no-body:`);
  });

  it('names a missing input and exits 1', () => {
    const r = run(['no/such/file.txt', SEEDS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/file.txt: unreadable: no such file or directory');
    expect(parseJsonl(r.stdout)).toHaveLength(5);
  });

  it('exits 2 on a usage error', () => {
    expect(run(['--no-such-flag']).code).toBe(2);
    expect(run([SEEDS, '--format', 'xml']).code).toBe(2);
  });

  it('prints its version and help', () => {
    const v = run(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = run(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: corpus-clean');
  });

  it('does not read its own output file back when it is written inside an input directory', () => {
    const dir = path.join(tmp, 'pages');
    const out = path.join(dir, 'out.txt');
    spawnSync('cp', ['-r', path.join(ROOT, SEEDS), dir]);
    expect(run([dir, '-o', out, '--format', 'jsonl']).code).toBe(0);
    expect(run([dir, '-o', out, '--format', 'jsonl']).code).toBe(0);
    expect(parseJsonl(readFileSync(out, 'utf8'))).toHaveLength(5);
    expect(existsSync(out)).toBe(true);
  });
});
