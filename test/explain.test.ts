// `--explain`: every block of every page with its decision, rule, reason, score and features, readable and as JSON.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.js';
import { sitePage } from './run/site-pages.js';
import { scratch } from './scratch.js';

const BIN = path.join(ROOT, 'bin/corpus-clean.js');
const PAGE = 'fixtures/pages/related-list.txt';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

function cleanRecord(file: string) {
  return JSON.parse(run([file]).stdout.trim()) as { stats: { blocks: number; kept: number; removed: Record<string, number> }; body: string };
}

describe('corpus-clean --explain', () => {
  it('as JSON: one object per page whose blocks add up to the record and say why each went', () => {
    const r = run(['--explain', '--format', 'jsonl', PAGE]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const e = JSON.parse(lines[0]);
    const record = cleanRecord(PAGE);
    expect(e.source).toBe(PAGE);
    expect(e.status).toBe('record');
    expect(e.blocks).toHaveLength(record.stats.blocks);
    const removed: Record<string, number> = {};
    for (const b of e.blocks.filter((x: { keep: boolean }) => !x.keep)) removed[b.rule] = (removed[b.rule] ?? 0) + 1;
    expect(removed).toEqual(record.stats.removed);
    // the kept blocks are what the body is made of
    for (const b of e.blocks.filter((x: { keep: boolean }) => x.keep)) expect(record.body).toContain(b.text.slice(0, 40));
    const related = e.blocks.find((b: { text: string }) => b.text === 'Related stories');
    expect(related).toMatchObject({ keep: false, rule: 'chrome:link-list', reason: expect.stringContaining('Related stories') });
    expect(related.features).toMatchObject({ chars: 15, boilerplatePhrase: true });
    expect(related.layout).toMatchObject({ labelledList: true });
    for (const b of e.blocks) {
      expect(b.reason).not.toBe('');
      expect(b.lines[0]).toBeLessThanOrEqual(b.lines[1]);
    }
  });

  it('readable: a header per page, then each block with its decision, lines, rule, reason and features', () => {
    const r = run(['--explain', PAGE]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out.split('\n')[0]).toMatch(/^== fixtures\/pages\/related-list\.txt: record; text; language en; \d+ blocks, \d+ kept/);
    expect(out).toMatch(/^- #\d+ L13 chrome:link-list 0\.00 "Related stories"$/m);
    expect(out).toMatch(/^\+ #\d+ L\d+ content:main 0\.\d\d "The town council of Riverside/m);
    expect(out).toMatch(/^ {4}why: headlines under a link-box label/m);
    expect(out).toMatch(/^ {4}features: chars 15, words 2, .*boilerplatePhrase/m);
    const blocks = out.split('\n').filter((l) => /^[+-] #/.test(l)).length;
    expect(blocks).toBe(cleanRecord(PAGE).stats.blocks);
  });

  it('explains a rejected page too, and exits as a clean run would (0, and 1 with --strict)', () => {
    const tmp = scratch('explain');
    const empty = path.join(tmp, 'empty.txt');
    writeFileSync(empty, '  \n\n');
    const out = path.join(tmp, 'why.json');
    const r = run(['--explain', '-o', out, PAGE, empty]);
    expect(r.code).toBe(0);
    expect(run(['--explain', '--strict', '-o', out, PAGE, empty]).code).toBe(1);
    const pages = JSON.parse(readFileSync(out, 'utf8'));
    expect(pages.map((p: { status: string }) => p.status)).toEqual(['record', 'rejected']);
    expect(pages[1]).toMatchObject({ reject: { reason: 'empty' }, blocks: [] });
  });

  it('reads standard input', () => {
    const r = run(['--explain', '-'], 'Site\n\nThe committee met on Monday and agreed, after a long debate, to publish its findings in the spring.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^== -: record;/);
  });

  it('judges a corpus as a run does: with its profile, the one given, or none', () => {
    const dir = scratch('explain-corpus');
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `page-${String(i).padStart(2, '0')}.txt`), sitePage(i));
    const removedByPage = (args: string[]) => {
      const pages = run(['--explain', '--format', 'jsonl', dir, ...args]).stdout.trim().split('\n').map((l) => JSON.parse(l));
      return pages.map((e: { blocks: { keep: boolean; rule: string }[] }) => {
        const removed: Record<string, number> = {};
        for (const b of e.blocks.filter((x) => !x.keep)) removed[b.rule] = (removed[b.rule] ?? 0) + 1;
        return removed;
      });
    };
    const records = (args: string[]) => run([dir, ...args]).stdout.trim().split('\n').map((l) => JSON.parse(l).stats.removed);
    const explained = removedByPage([]);
    expect(explained).toEqual(records([]));
    const withoutProfile = removedByPage(['--no-profile']);
    expect(withoutProfile).toEqual(records(['--no-profile']));
    // the sites' footers read like prose, and recur on every page of their site: the corpus gives them away
    const total = (pages: Record<string, number>[]) => pages.reduce((n, r) => n + Object.values(r).reduce((a, b) => a + b, 0), 0);
    expect(total(explained)).toBeGreaterThan(total(withoutProfile));
  });
});
