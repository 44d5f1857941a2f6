// Reading JSONL: lines split across chunks, line ends, byte order marks, runaway lines, and what each kind of bad
// line becomes. Then --from-jsonl through the CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readLines, type Line } from '../../src/io/lines.js';
import { parseLine } from '../../src/io/jsonl-input.js';
import { recordSchema } from '../../src/schema.js';
import { rejectSchema } from '../../src/rejects.js';
import { ROOT } from '../helpers.js';
import { parseJsonl, runCli } from './run-cli.js';
import { scratch } from '../scratch.js';

async function lines(chunks: (string | Buffer)[], maxBytes = 1000): Promise<Line[]> {
  const out: Line[] = [];
  const source = (async function* () {
    for (const c of chunks) yield Buffer.isBuffer(c) ? c : Buffer.from(c);
  })();
  for await (const l of readLines(source, maxBytes)) out.push(l);
  return out;
}

const text = (ls: Line[]) => ls.map((l) => ('text' in l ? l.text : `<${l.bytes} bytes>`));

describe('readLines', () => {
  it('splits on LF and CRLF, across chunk boundaries, numbering lines from 1', async () => {
    const ls = await lines(['{"a"', ':1}\r\n{"b":', '2}\n\n', 'last']);
    expect(text(ls)).toEqual(['{"a":1}', '{"b":2}', '', 'last']);
    expect(ls.map((l) => l.line)).toEqual([1, 2, 3, 4]);
  });

  it('drops a byte order mark before the first line, even split over chunks', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(text(await lines([bom.subarray(0, 2), Buffer.concat([bom.subarray(2), Buffer.from('x\ny')])]))).toEqual(['x', 'y']);
  });

  it('gives no line for an empty input, and none for a final line end', async () => {
    expect(await lines([])).toEqual([]);
    expect(text(await lines(['a\n']))).toEqual(['a']);
  });

  it('skips a line over the limit without keeping it, and reads on', async () => {
    const ls = await lines(['short\n', 'x'.repeat(700), 'x'.repeat(700), '\nafter\n'], 1000);
    expect(ls[1]).toEqual({ line: 2, tooLong: true, bytes: 1400 });
    expect(text(ls)).toEqual(['short', '<1400 bytes>', 'after']);
  });

  it('gives up an input whose line never ends, and stops reading it', async () => {
    let read = 0;
    const endless = (async function* () {
      yield Buffer.from('{"text": "a"}\n');
      for (;;) {
        read++;
        yield Buffer.alloc(1000);
      }
    })();
    const out: Line[] = [];
    for await (const l of readLines(endless, 100, 5000)) out.push(l);
    expect(out).toEqual([{ line: 1, text: '{"text": "a"}', invalidBytes: false }, { line: 2, tooLong: true, bytes: 6000, endless: true }]);
    expect(read).toBe(6);
  });

  it('replaces invalid UTF-8 and says so', async () => {
    const [l] = await lines([Buffer.from([0x7b, 0xff, 0x7d])]);
    expect(l).toEqual({ line: 1, text: '{\ufffd}', invalidBytes: true });
  });
});

describe('parseLine', () => {
  const page = 'Headline\n\nA paragraph of the article.';
  it('keeps id and source, passes other fields through, takes the text from the named field', () => {
    const item = parseLine(JSON.stringify({ id: 'x-1', source: 'https://example.org/a', body_html: page, lang: 'en', meta: { n: 1 } }), 3, 'in.jsonl', 'body_html');
    expect(item).toEqual({
      ok: true,
      line: 3,
      source: 'https://example.org/a',
      id: 'x-1',
      text: page,
      passthrough: '{"lang":"en","meta":{"n":1}}',
      warnings: [],
    });
  });

  it('keeps every field as written: integers past 2^53, numbers JSON.parse cannot hold, a __proto__ key, any nesting', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const line = `{"id": 12345678901234567890, "text": ${JSON.stringify(page)}, "n": 12345678901234567891, "x": 1e400, "f": 0.10000000000000000555, "__proto__": {"a": [1, 2 ,3]}, "s": "a \\" { b", "deep": ${deep}}`;
    const item = parseLine(line, 1, 'in.jsonl', 'text');
    expect(item).toMatchObject({ ok: true, id: '12345678901234567890', text: page, warnings: [] });
    if (!item.ok) return;
    expect(item.passthrough).toBe(`{"n":12345678901234567891,"x":1e400,"f":0.10000000000000000555,"__proto__":{"a":[1,2,3]},"s":"a \\" { b","deep":${deep}}`);
    // two ids that JSON.parse makes one stay two
    expect(parseLine(line.replace('567890,', '567891,'), 1, 'in.jsonl', 'text')).toMatchObject({ id: '12345678901234567891' });
    // a key written twice keeps its first place and its last value, as JSON.parse does
    expect(parseLine(`{"a":1,"text":"t","b":2,"a":3}`, 1, 'in.jsonl', 'text')).toMatchObject({ passthrough: '{"a":3,"b":2}' });
  });

  it('replaces lone surrogates in the text and the other fields with U+FFFD, and says so', () => {
    const item = parseLine('{"text": "Headline\\n\\nA \\ud800 paragraph \\ud83d\\ude00.", "tag": ["\\udc00x", "\\ud83d\\ude00"]}', 4, 'in.jsonl', 'text');
    expect(item).toMatchObject({ ok: true, text: 'Headline\n\nA \ufffd paragraph \u{1f600}.', passthrough: '{"tag":["\\ufffdx","\\ud83d\\ude00"]}' });
    if (!item.ok) return;
    expect(item.warnings).toEqual([{ reason: 'lone-surrogate', message: expect.stringContaining('text, passthrough.tag held lone surrogates') }]);
  });

  it('names the file and line as the source when the record has none; a numeric id becomes a string of its digits', () => {
    const item = parseLine(JSON.stringify({ id: 42, text: page }), 7, 'in.jsonl', 'text');
    expect(item).toMatchObject({ ok: true, source: 'in.jsonl:7', id: '42' });
    expect(parseLine(`{"id": 4.20, "text": "a"}`, 7, 'in.jsonl', 'text')).toMatchObject({ ok: true, id: '4.20' });
    expect(item).not.toHaveProperty('passthrough');
  });

  it.each([
    ['not JSON', '{"text": "a",}', 'invalid-json', /not valid JSON: .* at column 14/],
    ['an array', '["text"]', 'bad-input-record', /expected a JSON object, found an array/],
    ['a record without the text field', '{"body": "a"}', 'bad-input-record', /no "text" field/],
    ['a text that is not a string', '{"text": ["a"]}', 'bad-input-record', /"text" is an array, not a string/],
    ['an id of the wrong kind', '{"id": {"a": 1}, "text": "a"}', 'bad-input-record', /"id" is an object/],
    ['an empty source', '{"source": "", "text": "a"}', 'bad-input-record', /"source" is an empty string/],
  ])('rejects %s with the file, line and reason', (_what, line, reason, message) => {
    const item = parseLine(line, 5, 'in.jsonl', 'text');
    expect(item.ok).toBe(false);
    if (item.ok) return;
    expect(rejectSchema.parse(item.reject)).toMatchObject({ source: 'in.jsonl', line: 5, reason });
    expect(item.reject.message).toMatch(message);
  });
});

describe('corpus-clean --from-jsonl', () => {
  const seed = readFileSync(path.join(ROOT, 'fixtures/pages/related-list.txt'), 'utf8');
  const other = readFileSync(path.join(ROOT, 'fixtures/pages/numbered-headlines.txt'), 'utf8');

  it('cleans each line, keeps ids, sources and other fields, rejects bad lines by line number and goes on', () => {
    const dir = scratch('jsonl');
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a', url: 'https://example.org/a', content: seed }),
        '',
        '{"id": "b", "content": ',
        JSON.stringify({ source: 'crawl/b.html', content: other, fetched: '2024-01-01' }),
        JSON.stringify({ id: 'c', content: 'Home\n\nNews\n\nSport' }),
      ].join('\n') + '\n',
    );
    const r = runCli(['--from-jsonl', '--text-field', 'content', 'in.jsonl', '--rejects', 'rejects.jsonl', '--verbose'], { cwd: dir });
    expect(r.code).toBe(0);
    const records = parseJsonl(r.stdout);
    expect(records.map((x) => [x.id, x.source, x.passthrough])).toEqual([
      ['a', 'in.jsonl:1', { url: 'https://example.org/a' }],
      [expect.stringMatching(/^[0-9a-f]{16}$/), 'crawl/b.html', { fetched: '2024-01-01' }],
    ]);
    for (const rec of records) recordSchema.parse(rec);
    // the same page as a file gives the same cleaned fields
    const asFile = parseJsonl(runCli([path.join(ROOT, 'fixtures/pages/related-list.txt')]).stdout)[0];
    expect({ ...records[0], id: 0, source: 0, passthrough: 0 }).toEqual({ ...asFile, id: 0, source: 0, passthrough: 0 });
    expect(parseJsonl(readFileSync(path.join(dir, 'rejects.jsonl'), 'utf8'))).toEqual([
      { source: 'in.jsonl', reason: 'invalid-json', message: expect.stringContaining('not valid JSON'), line: 3 },
      { source: 'in.jsonl', reason: 'no-body', message: expect.stringContaining('no article text'), line: 5 },
    ]);
    expect(r.stderr).toContain('1 file(s), 4 line(s): 2 record(s), 2 rejected');
  });

  it('reads JSONL on standard input, and walks directories for *.jsonl and *.ndjson', () => {
    const dir = scratch('jsonl-dir');
    const line = JSON.stringify({ text: seed }) + '\n';
    writeFileSync(path.join(dir, 'a.jsonl'), line);
    writeFileSync(path.join(dir, 'b.ndjson'), line);
    writeFileSync(path.join(dir, 'notes.txt'), 'not read');
    const piped = runCli(['--from-jsonl'], { input: line });
    expect(piped.code).toBe(0);
    expect(parseJsonl(piped.stdout).map((x) => x.source)).toEqual(['-:1']);
    const walked = runCli(['--from-jsonl', dir]);
    expect(walked.code).toBe(0);
    expect(parseJsonl(walked.stdout).map((x) => path.basename(String(x.source)))).toEqual(['a.jsonl:1', 'b.ndjson:1']);
  });

  it('rejects a line over --max-bytes without loading it, and an unreadable file, and goes on', () => {
    const dir = scratch('jsonl-big');
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ text: 'x'.repeat(5000) }) + '\n' + JSON.stringify({ text: seed }) + '\n');
    const r = runCli(['--from-jsonl', '--max-bytes', '4K', input, path.join(dir, 'missing.jsonl'), '--verbose']);
    expect(r.code).toBe(1);
    expect(parseJsonl(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/in\.jsonl:1: too-large: line of .* over the --max-bytes limit of 4 KiB/);
    expect(r.stderr).toContain('missing.jsonl: unreadable: no such file or directory');
  });

  it('marks a page that repeats an earlier line with duplicate_of, or drops it by line number with --drop-duplicates', () => {
    const dir = scratch('jsonl-dup');
    const input = path.join(dir, 'in.jsonl');
    writeFileSync(input, [{ id: 'a', text: seed }, { id: 'b', text: other }, { id: 'c', source: 'mirror/a.html', text: seed }].map((x) => JSON.stringify(x)).join('\n') + '\n');
    const marked = runCli(['--from-jsonl', input, '--verbose']);
    expect(marked.code).toBe(0);
    expect(parseJsonl(marked.stdout).map((x) => [x.id, x.duplicate_of])).toEqual([['a', null], ['b', null], ['c', 'a']]);
    expect(marked.stderr).toContain('(1 marked duplicate_of)');
    const dropped = runCli(['--from-jsonl', input, '--drop-duplicates', '--rejects', path.join(dir, 'rejects.jsonl')]);
    expect(dropped.code).toBe(0);
    expect(parseJsonl(dropped.stdout).map((x) => x.id)).toEqual(['a', 'b']);
    expect(parseJsonl(readFileSync(path.join(dir, 'rejects.jsonl'), 'utf8'))).toEqual([
      { source: input, reason: 'duplicate', duplicate_of: 'a', line: 3, message: expect.stringMatching(/^same body as .*in\.jsonl:1 \(id a\) \(source mirror\/a\.html\)$/) },
    ]);
  });

  it('writes the other fields back exactly as they were written, and check passes the output', () => {
    const dir = scratch('jsonl-lossless');
    const input = path.join(dir, 'in.jsonl');
    const fields = '"n":12345678901234567891,"x":-1e400,"__proto__":{"a":[1,2,3]},"s":"\\ud83d\\ude00 \\u00e9"';
    writeFileSync(input, `{"id":12345678901234567890,"text":${JSON.stringify(seed)},${fields}}\n{"id":12345678901234567891,"text":${JSON.stringify(other)}}\n`);
    const out = path.join(dir, 'out.jsonl');
    expect(runCli(['--from-jsonl', input, '-o', out, '-q']).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0].endsWith(`,"passthrough":{${fields}}}`)).toBe(true);
    expect(lines.map((l) => /^\{"id":"(\d+)"/.exec(l)?.[1])).toEqual(['12345678901234567890', '12345678901234567891']);
    const check = runCli(['check', out]);
    expect([check.code, check.stdout]).toEqual([0, '']);
  });

  it('ends a line that never ends (/dev/zero) with a too-large reject, in bounded time', () => {
    const rejects = path.join(scratch('jsonl-zero'), 'rejects.jsonl');
    const r = runCli(['--from-jsonl', '/dev/zero', '--rejects', rejects]);
    expect(r.stdout).toBe('');
    expect(parseJsonl(readFileSync(rejects, 'utf8'))).toEqual([
      { source: '/dev/zero', reason: 'too-large', line: 1, message: 'line goes on for more than 1 GiB without a line end: no JSONL record; the rest of the input is not read' },
    ]);
  });

  it('refuses --text-field without --from-jsonl', () => {
    const r = runCli(['--text-field', 'body', 'fixtures/seeds']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--text-field is for JSONL inputs: add --from-jsonl');
  });
});
