// `corpus-clean check`: what counts as a problem in a record, where it is reported (file, line, field), and the
// command as users run it: JSONL and JSON files, directories, standard input, raw pages, exit codes.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { recordProblems, repeatedParagraphs } from '../../src/check/record-problems.js';
import { readCorpusFile } from '../../src/check/corpus-file.js';
import { fieldName } from '../../src/check/check-file.js';
import { ROOT } from '../helpers.js';
import { parseJsonl, runCli } from './run-cli.js';
import { scratch } from '../scratch.js';

const valid = {
  id: 'a1b2c3d4e5f60718',
  source: 'pages/a.txt',
  title: 'Harbour bridge reopens after repairs',
  section: ['News', 'Local'],
  published: '2021-05-04T09:30',
  dateline: null,
  agency: null,
  authors: ['Mara Quill'],
  editors: [],
  body: 'The harbour bridge reopened on Tuesday after six months of repairs.\n\nTraffic was light in the morning, the council said.',
  stats: { lines: 12, blocks: 6, kept: 2, removed: { 'chrome:widget': 2 } },
  duplicate_of: null,
};

describe('recordProblems', () => {
  it('finds nothing wrong with a valid record', () => {
    expect(recordProblems(valid)).toEqual([]);
  });

  it('names each field in trouble, with a message for people', () => {
    const { title: _t, ...noTitle } = valid;
    const problems = recordProblems({ ...noTitle, published: '2021-02-29', authors: ['Mara Quill '], stats: { ...valid.stats, removed: { x: 0 } }, extra: true });
    expect(problems.map((p) => `${fieldName(p.path)}: ${p.message}`)).toEqual([
      'title: missing (a required field)',
      'published: not a real calendar date or time',
      'authors[0]: must be trimmed and non-empty',
      'stats.removed.x: Too small: expected number to be >0',
      'extra: unknown field (not in the record schema)',
    ]);
  });

  it('says in plain words that a body is empty, whether "" or only spaces', () => {
    expect(recordProblems({ ...valid, body: '' })).toEqual([{ path: ['body'], message: 'body is empty' }]);
    expect(recordProblems({ ...valid, body: '  \n\n ' })).toEqual([{ path: ['body'], message: 'body is empty' }]);
  });

  it('flags a paragraph repeated in the body, ignoring case, punctuation and spacing, but not separators', () => {
    const body = 'The mayor opened the new library on Friday.\n\n***\n\nChildren read aloud.\n\n***\n\nthe mayor opened the new  library on Friday!';
    expect(recordProblems({ ...valid, body })).toEqual([
      { path: ['body'], message: 'paragraph 5 repeats paragraph 1: "the mayor opened the new library on Friday!"' },
    ]);
    expect(repeatedParagraphs('One line.\n\nAnother line.')).toEqual([]);
    // a short sentence or line of code may recur; a short label printed again may not
    expect(repeatedParagraphs('No answer.\n\nHe waited.\n\nNo answer.\n\nend;\n\nend;')).toEqual([]);
    expect(repeatedParagraphs('Read more\n\nText.\n\nRead more')).toHaveLength(1);
  });

  it('refuses lone surrogates in any string or key, however deep, and not surrogate pairs', () => {
    const deep = JSON.parse('['.repeat(50_000) + '"\\udc00"' + ']'.repeat(50_000));
    const record = { ...valid, title: 'A \ud800 title', passthrough: { ok: '\u{1f600}', ['k\udfff']: 1, deep } };
    const problems = recordProblems(record).map((p) => `${fieldName(p.path).slice(0, 40)}: ${p.message.replace(/ \(.*/, '')}`);
    expect(problems).toEqual([
      'title: holds a lone surrogate',
      'passthrough.k\udfff: its name holds a lone surrogate',
      `passthrough.deep${'[0]'.repeat(8)}: holds a lone surrogate`,
    ]);
  });

  it('refuses what is not a record at all', () => {
    expect(recordProblems([valid])).toEqual([{ path: [], message: 'expected a record (a JSON object), found an array' }]);
    expect(recordProblems(null)[0].message).toContain('found null');
  });
});

async function entries(file: string) {
  const out = [];
  for await (const e of readCorpusFile({ kind: 'file', source: file, path: file })) out.push(e);
  return out;
}

describe('readCorpusFile', () => {
  it('gives each record of a pretty-printed JSON array with the line of any field', async () => {
    const dir = scratch('check-json');
    const file = path.join(dir, 'corpus.json');
    writeFileSync(file, JSON.stringify([valid, { ...valid, body: '' }], null, 2) + '\n');
    const es = await entries(file);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(es.map((e) => [e.kind, e.line])).toEqual([
      ['record', 2],
      ['record', lines.indexOf('  {', 2) + 1],
    ]);
    const second = es[1];
    if (second.kind !== 'record') throw new Error('expected a record');
    expect(lines[second.locate(['body']) - 1]).toMatch(/^\s+"body": ""/);
    expect(lines[second.locate(['stats', 'removed', 'chrome:widget']) - 1]).toMatch(/"chrome:widget": 2/);
    // a field that is not there: the nearest one that is
    expect(lines[second.locate(['stats', 'nothing']) - 1]).toMatch(/"stats": \{/);
  });

  it('reports a syntax error at its line and column, after the records before it', async () => {
    const dir = scratch('check-json-bad');
    const file = path.join(dir, 'corpus.json');
    writeFileSync(file, `[\n${JSON.stringify(valid)},\n{"id": "x" "source": "y"},\n${JSON.stringify(valid)}\n]\n`);
    const es = await entries(file);
    expect(es[0]).toMatchObject({ kind: 'record', line: 2 });
    expect(es.slice(1)).toEqual([{ kind: 'error', line: 3, message: 'not valid JSON at column 12: comma expected' }]);
  });

  it('tells a JSON array from JSONL by its first character when the name does not say', async () => {
    const dir = scratch('check-sniff');
    const array = path.join(dir, 'corpus.data');
    const lines = path.join(dir, 'lines.data');
    writeFileSync(array, `  [${JSON.stringify(valid)}, 3]`);
    writeFileSync(lines, `${JSON.stringify(valid)}\n${JSON.stringify(valid)}\n`);
    expect((await entries(array)).map((e) => e.kind)).toEqual(['record', 'error']);
    expect((await entries(lines)).map((e) => [e.kind, e.line])).toEqual([
      ['record', 1],
      ['record', 2],
    ]);
  });

  it('stops reporting a file that is not JSONL after a number of lines that are not JSON', async () => {
    const dir = scratch('check-prose');
    const file = path.join(dir, 'notes.jsonl');
    writeFileSync(file, Array.from({ length: 100 }, (_, i) => `Line ${i} of prose.`).join('\n'));
    const es = await entries(file);
    expect(es).toHaveLength(21);
    expect(es.at(-1)).toMatchObject({ kind: 'error', line: 20, message: expect.stringContaining('is this a JSONL file?') });
  });
});

describe('corpus-clean check', () => {
  const makeCorpus = (dir: string) => {
    const r = runCli([path.join(ROOT, 'fixtures/seeds'), '-o', path.join(dir, 'corpus.jsonl')]);
    expect(r.code).toBe(0);
    return parseJsonl(readFileSync(path.join(dir, 'corpus.jsonl'), 'utf8'));
  };

  it('passes a corpus written by corpus-clean, as JSONL and as JSON, and exits 0', () => {
    const dir = scratch('check-ok');
    const records = makeCorpus(dir);
    writeFileSync(path.join(dir, 'corpus.json'), JSON.stringify(records, null, 2));
    const r = runCli(['check', 'corpus.jsonl', 'corpus.json', '--verbose'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe('corpus-clean: checked 2 file(s), 10 record(s): 0 problem(s)\n');
  });

  it('passes every record the cleaner writes for the fixture pages (text dumps, HTML, code listings)', () => {
    const dir = scratch('check-fixtures');
    const run = runCli([path.join(ROOT, 'fixtures'), '-o', 'corpus.jsonl', '-q', '-j', '1'], { cwd: dir });
    expect(run.code).toBeLessThanOrEqual(1); // fixtures/bad holds pages that are rejected on purpose
    const records = parseJsonl(readFileSync(path.join(dir, 'corpus.jsonl'), 'utf8'));
    expect(records.map((r) => r.source)).toContain(path.join(ROOT, 'fixtures/pages/code-listings.html'));
    const r = runCli(['check', 'corpus.jsonl', '--verbose'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', `corpus-clean: checked 1 file(s), ${records.length} record(s): 0 problem(s)\n`]);
  });

  it('prints FILE:LINE: FIELD: message for every problem, exits 1, and -q leaves out the summary', () => {
    const dir = scratch('check-bad');
    const records = makeCorpus(dir);
    const paragraphs = String(records[2].body).split('\n\n');
    const broken = [
      records[0],
      { ...records[1], body: '' },
      { ...records[2], body: [...paragraphs, paragraphs[0]].join('\n\n'), editors: 'Li' },
    ];
    writeFileSync(path.join(dir, 'broken.jsonl'), broken.map((x) => JSON.stringify(x)).join('\n') + '\n{"id": \n');
    const r = runCli(['check', 'broken.jsonl', '--verbose'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'broken.jsonl:2: body: body is empty',
      'broken.jsonl:3: editors: expected array, received string',
      expect.stringMatching(new RegExp(`^broken\\.jsonl:3: body: paragraph ${paragraphs.length + 1} repeats paragraph 1: "`)),
      expect.stringMatching(/^broken\.jsonl:4: error: not valid JSON: /),
    ]);
    expect(r.stderr).toBe('corpus-clean: checked 1 file(s), 3 record(s): 4 problem(s)\n');
    const quiet = runCli(['check', '-q', 'broken.jsonl'], { cwd: dir });
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([1, r.stdout, '']);
  });

  it('walks directories for corpus files, reads standard input, and reports a missing file as a problem', () => {
    const dir = scratch('check-dir');
    const records = makeCorpus(dir);
    mkdirSync(path.join(dir, 'data/sub'), { recursive: true });
    writeFileSync(path.join(dir, 'data/sub/part.ndjson'), JSON.stringify({ ...records[0], title: '' }) + '\n');
    writeFileSync(path.join(dir, 'data/readme.txt'), 'not a corpus file');
    const walked = runCli(['check', 'data', 'gone.jsonl'], { cwd: dir });
    expect(walked.code).toBe(1);
    expect(walked.stdout).toBe('gone.jsonl: unreadable: no such file or directory\ndata/sub/part.ndjson:1: title: must be trimmed and non-empty\n');
    const piped = runCli(['check', '-', '--verbose'], { cwd: dir, input: readFileSync(path.join(dir, 'corpus.jsonl')) });
    expect([piped.code, piped.stdout]).toEqual([0, '']);
    expect(piped.stderr).toContain('5 record(s): 0 problem(s)');
  });

  it('--raw fails on pages the cleaner would reject, with their reason, and passes good pages', () => {
    const dir = scratch('check-raw');
    mkdirSync(path.join(dir, 'pages'));
    copyFileSync(path.join(ROOT, 'fixtures/pages/widgets.txt'), path.join(dir, 'pages/story.txt'));
    copyFileSync(path.join(ROOT, 'fixtures/bad/no-body/menu.txt'), path.join(dir, 'pages/menu.txt'));
    copyFileSync(path.join(ROOT, 'fixtures/bad/binary/photo-saved-as.txt'), path.join(dir, 'pages/photo.txt'));
    writeFileSync(path.join(dir, 'pages/empty.html'), '');
    const r = runCli(['check', '--raw', 'pages', '--verbose'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'pages/empty.html: empty: the file is empty (0 bytes)',
      'pages/menu.txt: no-body: no article text found: every block was classified as page chrome',
      'pages/photo.txt: binary: not a text file: PNG image',
    ]);
    expect(r.stderr).toBe('corpus-clean: checked 4 page(s): 3 would be rejected\n');
    const good = runCli(['check', '--raw', 'pages/story.txt'], { cwd: dir });
    expect([good.code, good.stdout]).toEqual([0, '']);
  });

  it('fails when given nothing to check: a directory without corpus files or pages, an empty file', () => {
    const dir = scratch('check-nothing');
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'none.jsonl'), '');
    const cases: [string[], string][] = [
      [['check', 'empty'], 'corpus-clean: nothing to check: no corpus files found\n'],
      [['check', '--raw', 'empty'], 'corpus-clean: nothing to check: no pages found\n'],
      [['check', 'none.jsonl'], 'corpus-clean: nothing to check: no records in 1 file(s)\n'],
    ];
    for (const [args, message] of cases) {
      const r = runCli([...args, '-q'], { cwd: dir });
      expect([args, r.code, r.stdout, r.stderr]).toEqual([args, 1, '', message]);
    }
  });

  it('reads no more than --max-bytes: an endless file, a JSON file read whole, a raw page', () => {
    const dir = scratch('check-limits');
    const endless = runCli(['check', '/dev/zero']);
    expect(endless.code).toBe(1);
    expect(endless.stdout).toBe('/dev/zero:1: error: line goes on for more than 1 GiB without a line end: not JSONL; the rest of the file is not read\n');
    const json = path.join(dir, 'big.json');
    writeFileSync(json, JSON.stringify([valid, valid, valid]));
    expect(runCli(['check', json]).stdout).toBe('');
    const small = runCli(['check', '--max-bytes', '1K', json]);
    expect(small.stdout).toContain(`${json}: error: larger than 1 KiB: a JSON file is read whole`);
    const page = path.join(dir, 'page.txt');
    writeFileSync(page, `Headline\n\n${'A sentence of the article that goes on. '.repeat(100)}\n`);
    const raw = runCli(['check', '--raw', '--max-bytes', '1K', page]);
    expect(raw.stdout).toMatch(/page\.txt: too-large: /);
  });

  it('needs at least one file', () => {
    const r = runCli(['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('corpus-clean: no files to check: give them as arguments, or list them with --files-from FILE\n');
  });
});
