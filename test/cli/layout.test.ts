// --layout datatrove: records as datatrove's Document, {"id", "text", "metadata": {...}}, which its JsonlReader reads
// with its defaults (text_key "text", id_key "id", everything else under metadata).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from '../helpers.js';
import { parseJsonl, runCli } from './run-cli.js';
import { scratch } from '../scratch.js';
import { fromDatatrove, inLayout } from '../../src/io/layout.js';

/** What datatrove's JsonlReader makes of a line with its default adapter: text, id, and the rest as metadata. */
function asDatatroveReadsIt(line: Record<string, unknown>) {
  const { text = '', id, media = [], metadata = {}, ...rest } = line;
  return { text, id, media, metadata: { ...(metadata as object), ...rest } };
}

function pages(): string {
  const dir = scratch('layout');
  mkdirSync(path.join(dir, 'pages'));
  for (const p of ['related-list.txt', 'widgets.txt', 'lynx-dump.txt']) copyFileSync(path.join(ROOT, 'fixtures/pages', p), path.join(dir, 'pages', p));
  // a copy, so that one record carries duplicate_of
  copyFileSync(path.join(ROOT, 'fixtures/pages/widgets.txt'), path.join(dir, 'pages/widgets-again.txt'));
  return dir;
}

describe('--layout datatrove', () => {
  it('writes each record as {id, text, metadata}, the body as text and every other field in metadata, with workers or without', () => {
    const dir = pages();
    const plain = parseJsonl(runCli(['pages', '-q', '-j', '1'], { cwd: dir }).stdout);
    const one = runCli(['pages', '-q', '-j', '1', '--layout', 'datatrove'], { cwd: dir });
    const two = runCli(['pages', '-q', '-j', '2', '--layout', 'datatrove', '-o', 'out.jsonl.gz'], { cwd: dir });
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(zlib.gunzipSync(readFileSync(path.join(dir, 'out.jsonl.gz'))).toString()).toBe(one.stdout);
    const lines = parseJsonl(one.stdout);
    expect(lines.map((l) => Object.keys(l))).toEqual(plain.map(() => ['id', 'text', 'metadata']));
    lines.forEach((line, i) => {
      const { id, body, ...rest } = plain[i];
      expect(asDatatroveReadsIt(line)).toEqual({ text: body, id, media: [], metadata: rest });
      // the metadata in the record's own order
      expect(Object.keys(line.metadata as object)).toEqual(Object.keys(rest));
    });
    expect(lines.map((l) => (l.metadata as { duplicate_of: unknown }).duplicate_of)).toEqual([null, null, null, lines[2].id]);
  });

  it('lays out records cleaned from --from-jsonl lines too, with their passthrough fields', () => {
    const dir = scratch('layout-jsonl');
    const text = readFileSync(path.join(ROOT, 'fixtures/pages/related-list.txt'), 'utf8');
    writeFileSync(path.join(dir, 'in.jsonl'), JSON.stringify({ id: 'doc-1', text, metadata: { url: 'https://example.org/a' } }) + '\n');
    const r = runCli(['--from-jsonl', 'in.jsonl', '--layout', 'datatrove'], { cwd: dir });
    const [line] = parseJsonl(r.stdout);
    expect(line).toMatchObject({ id: 'doc-1', text: expect.stringContaining('pedestrian bridge'), metadata: { source: 'in.jsonl:1', passthrough: { metadata: { url: 'https://example.org/a' } } } });
  });

  it('is checked by check as the records it holds, with problems named where the file has them', () => {
    const dir = pages();
    expect(runCli(['pages', '-q', '--layout', 'datatrove', '-o', 'dt.jsonl'], { cwd: dir }).code).toBe(0);
    const good = runCli(['check', 'dt.jsonl', '--verbose'], { cwd: dir });
    expect([good.code, good.stdout, good.stderr]).toEqual([0, '', 'corpus-clean: checked 1 file(s), 4 record(s): 0 problem(s)\n']);
    const [first] = parseJsonl(readFileSync(path.join(dir, 'dt.jsonl'), 'utf8')) as { text: string; metadata: Record<string, unknown> }[];
    writeFileSync(path.join(dir, 'bad.jsonl'), JSON.stringify({ ...first, text: '', metadata: { ...first.metadata, title: ' padded ' } }) + '\n');
    const bad = runCli(['check', 'bad.jsonl'], { cwd: dir });
    expect([bad.code, bad.stdout]).toEqual([1, 'bad.jsonl:1: metadata.title: must be trimmed and non-empty\nbad.jsonl:1: text: body is empty\n']);
  });

  it('refuses a layout it does not know', () => {
    const r = runCli([path.join(ROOT, 'fixtures/pages/widgets.txt'), '--layout', 'parquet']);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("argument 'parquet' is invalid. Allowed choices are corpus-clean, datatrove.")]);
  });
});

describe('layout functions', () => {
  it('round-trip: fromDatatrove gives back the record inLayout laid out, and leaves other shapes alone', () => {
    const record = JSON.parse(runCli([path.join(ROOT, 'fixtures/pages/widgets.txt'), '-q']).stdout);
    const laid = inLayout(record, 'datatrove');
    expect(fromDatatrove(JSON.parse(JSON.stringify(laid)))!.record).toEqual(record);
    expect(inLayout(record, 'corpus-clean')).toBe(record);
    expect(fromDatatrove(record)).toBeNull();
    expect(fromDatatrove({ text: 'x', metadata: [] })).toBeNull();
    expect(fromDatatrove({ text: 'x', metadata: {}, extra: 1 })).toBeNull();
  });
});
