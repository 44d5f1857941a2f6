// Compressed corpora through the command line: pages, JSONL inputs, outputs, corpus checks and profiles named
// `.gz` are read and written as gzip, and give what their plain forms give.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from '../helpers.js';
import { parseJsonl, runCli } from './run-cli.js';
import { scratch } from '../scratch.js';

const PAGES = ['fixtures/pages/related-list.txt', 'fixtures/pages/widgets.txt', 'fixtures/html/wire-story.html'];

/** The same pages, plain in plain/ and gzipped in gz/. */
function corpus(): string {
  const dir = scratch('gz');
  mkdirSync(path.join(dir, 'plain'));
  mkdirSync(path.join(dir, 'gz'));
  for (const p of PAGES) {
    const bytes = readFileSync(path.join(ROOT, p));
    writeFileSync(path.join(dir, 'plain', path.basename(p)), bytes);
    writeFileSync(path.join(dir, 'gz', `${path.basename(p)}.gz`), zlib.gzipSync(bytes));
  }
  return dir;
}

/** Records without their source (the only field where a compressed page differs). */
const sourceless = (text: string) => parseJsonl(text).map(({ source: _source, ...rest }) => rest);

describe('compressed files', () => {
  it('cleans a directory of .txt.gz and .html.gz pages as it cleans the plain pages, and writes -o out.jsonl.gz', () => {
    const dir = corpus();
    const plain = runCli(['plain', '-q', '-o', 'plain.jsonl'], { cwd: dir });
    const gz = runCli(['gz', '-q', '-o', 'out.jsonl.gz'], { cwd: dir });
    expect([plain.code, gz.code, gz.stderr]).toEqual([0, 0, '']);
    const records = zlib.gunzipSync(readFileSync(path.join(dir, 'out.jsonl.gz'))).toString('utf8');
    expect(parseJsonl(records).map((r) => r.source)).toEqual(PAGES.map((p) => `gz/${path.basename(p)}.gz`).sort());
    // the same records, ids included (an id is the hash of the page's bytes, not of their compressed form)
    expect(sourceless(records)).toEqual(sourceless(readFileSync(path.join(dir, 'plain.jsonl'), 'utf8')));
    // the HTML page was read as HTML, told by the name under the .gz
    expect(parseJsonl(records).find((r) => String(r.source).endsWith('.html.gz'))!.stats).toMatchObject({ removed: expect.objectContaining({ 'chrome:html-nav': expect.any(Number) }) });
    // and the compressed corpus checks, as JSONL
    const check = runCli(['check', 'out.jsonl.gz', '--verbose'], { cwd: dir });
    expect([check.code, check.stdout, check.stderr]).toEqual([0, '', 'corpus-clean: checked 1 file(s), 3 record(s): 0 problem(s)\n']);
  });

  it('reads --from-jsonl inputs that are gzipped, and directories of them', () => {
    const dir = scratch('gz-jsonl');
    const text = readFileSync(path.join(ROOT, PAGES[0]), 'utf8');
    const lines = ['a', 'b'].map((id) => JSON.stringify({ id, text })).join('\n') + '\n';
    mkdirSync(path.join(dir, 'crawl'));
    writeFileSync(path.join(dir, 'crawl/part-0.jsonl.gz'), zlib.gzipSync(lines));
    const r = runCli(['--from-jsonl', 'crawl', '-q'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(parseJsonl(r.stdout).map((x) => [x.id, x.source])).toEqual([
      ['a', 'crawl/part-0.jsonl.gz:1'],
      ['b', 'crawl/part-0.jsonl.gz:2'],
    ]);
  });

  it('rejects a damaged file as unreadable (exit 1), and a page over --max-bytes once decompressed as too large', () => {
    const dir = scratch('gz-bad');
    const page = readFileSync(path.join(ROOT, PAGES[0]));
    writeFileSync(path.join(dir, 'cut.txt.gz'), zlib.gzipSync(page).subarray(0, 60));
    writeFileSync(path.join(dir, 'plain.txt.gz'), page);
    writeFileSync(path.join(dir, 'cut.jsonl.gz'), zlib.gzipSync(JSON.stringify({ text: page.toString() }) + '\n').subarray(0, 60));
    const r = runCli(['cut.txt.gz', 'plain.txt.gz', '--rejects', 'rejects.jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(parseJsonl(readFileSync(path.join(dir, 'rejects.jsonl'), 'utf8'))).toEqual([
      { source: 'cut.txt.gz', reason: 'unreadable', message: 'not valid gzip data: unexpected end of file' },
      { source: 'plain.txt.gz', reason: 'unreadable', message: 'not valid gzip data: incorrect header check' },
    ]);
    const jsonl = runCli(['--from-jsonl', 'cut.jsonl.gz'], { cwd: dir });
    expect([jsonl.code, jsonl.stderr]).toEqual([1, expect.stringContaining('cut.jsonl.gz: unreadable: not valid gzip data: unexpected end of file')]);
    // 1,500 bytes of page in a file of a few dozen
    writeFileSync(path.join(dir, 'big.txt.gz'), zlib.gzipSync('word '.repeat(300)));
    const big = runCli(['big.txt.gz', '--max-bytes', '1K', '--verbose'], { cwd: dir });
    expect([big.code, big.stderr]).toEqual([0, expect.stringContaining('big.txt.gz: too-large: decompressed, more than 1 KiB: over the --max-bytes limit of 1 KiB')]);
  });

  it('writes a profile as profile.json.gz, and cleans with it', () => {
    const dir = corpus();
    expect(runCli(['profile', 'plain', '-q', '-o', 'profile.json.gz'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(zlib.gunzipSync(readFileSync(path.join(dir, 'profile.json.gz'))).toString()).pages).toBe(PAGES.length);
    const withProfile = runCli(['plain', '-q', '--profile', 'profile.json.gz'], { cwd: dir });
    expect([withProfile.code, withProfile.stdout]).toEqual([0, runCli(['plain', '-q'], { cwd: dir }).stdout]);
  });
});
