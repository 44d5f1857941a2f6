// Every example of README.md and docs/*.md, run as written, in order, in a directory holding the files they name:
// page.txt (one news page), pages/ (a few), the files the documents show ("Given this `crawl.jsonl`"), links to
// this checkout's fixtures/ and bin/, and the library as the package `corpus-clean`. Transcripts must print exactly
// what the document shows; each other example has its exit status and effect checked here. docs/pre-commit.md runs
// in pre-commit.test.ts; an example that cannot run here is listed in NOT_RUN with the reason.
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from '../helpers.js';
import { parseJsonl, runShell, type CliResult } from './run-cli.js';
import { scratch } from '../scratch.js';
import { documents, exampleKey, examples, readDocument, section, withoutTimes, type Example } from './readme.js';
import { buildProgram } from '../../src/cli/main.js';

const PAGES = ['related-list.txt', 'widgets.txt', 'lynx-dump.txt'];

type Expectation = { code: number; then?: (dir: string, r: CliResult) => void };

/** Examples that are not run here, and why. */
const NOT_RUN: Record<string, Record<string, string>> = {
  'README.md': {
    'command npm install && npm run build': 'installs into this checkout: .ci/run runs `npm install` and `npm test` builds',
    'command npm install -g .': 'run by test/cli/install.test.ts, with a global prefix of its own',
    'shown corpus-clean [INPUTS...] [--files-from FILE [-0]] [-o FILE] [--format jsonl|json]':
      'the synopsis: compared with the options of each command below',
  },
  'docs/how-it-works.md': {
    'shown == fixtures/pages/related-list.txt: record; text; language en; 15 blocks, 4 kept; main text in blocks 12-13, 5-6':
      'an excerpt of the output above; the scores move whenever the model is fitted again',
  },
  'docs/large-corpora.md': {
    'shown corpus-clean INPUTS [-j N] [--profile FILE | --no-profile] [--shard I/N] [--warmup N] ...': 'a synopsis',
    'command N=16': 'other hosts (--sshlogin): test/run/gnu-parallel.test.ts runs the same flow with local processes',
    'command parallel --sshlogin 8/host1,8/host2 --keep-order \\': 'as above',
    'command corpus-clean profile --merge /data/profiles/*.json -o /data/all.json': 'as above',
    'command corpus-clean profile --merge /data/signatures/*.jsonl -o /data/signatures.jsonl': 'as above',
    'shown paths = sc.textFile("hdfs:///corpus/paths.txt", minPartitions=200)  # one page path per line': 'needs a Spark cluster',
    'command hadoop jar hadoop-streaming.jar -D mapreduce.job.reduces=0 \\': 'needs a Hadoop cluster',
  },
};

/** Documents whose examples another test file runs. */
const RUN_ELSEWHERE: Record<string, string> = { 'docs/pre-commit.md': 'test/cli/pre-commit.test.ts' };

/** `| head -n 1`: the run stops at the closed pipe, or finishes first with its records in the pipe's buffer; either
 * way, in a pipeline it says nothing (no summary, no EPIPE, no stack trace). */
function expectQuietEnd(r: CliResult): void {
  expect(r.stderr).toBe('');
}

function expectOneRecordFromStdin(dir: string): void {
  const records = parseJsonl(readFileSync(path.join(dir, 'page.jsonl'), 'utf8'));
  expect(records.map((r) => r.source)).toEqual(['-']);
  expect(records[0].body).toEqual(expect.stringMatching(/\S/));
}

const jsonlIn = (dir: string, file: string) => parseJsonl(readFileSync(path.join(dir, file), 'utf8'));

/** What each example must do, by document, besides what it prints when it is a transcript. */
const EXPECTED: Record<string, Record<string, Expectation>> = {
  'README.md': {
    'command npm install && npm run build && node bin/corpus-clean.js fixtures/seeds -o out.jsonl': {
      code: 0,
      then: (dir) => expect(jsonlIn(dir, 'out.jsonl').map((r) => r.source)).toHaveLength(5),
    },
    'command npm test': { code: 0 },
    'command corpus-clean pages/ -o corpus.jsonl': { code: 0, then: (dir) => expect(jsonlIn(dir, 'corpus.jsonl')).toHaveLength(PAGES.length) },
    'command cat page.txt | corpus-clean > page.jsonl': { code: 0, then: (dir) => expectOneRecordFromStdin(dir) },
    'command corpus-clean check corpus.jsonl': { code: 0, then: (_dir, r) => expect(r.stdout).toBe('') },
    'command corpus-clean pages/ -o corpus.jsonl.gz': {
      code: 0,
      then: (dir) => expect(zlib.gunzipSync(readFileSync(path.join(dir, 'corpus.jsonl.gz'))).toString()).toBe(readFileSync(path.join(dir, 'corpus.jsonl'), 'utf8')),
    },
    "command find pages -name '*.txt' | corpus-clean --files-from - -o listed.jsonl": {
      code: 0,
      then: (dir) => expect(jsonlIn(dir, 'listed.jsonl').map((r) => r.source).sort()).toEqual(PAGES.map((p) => `pages/${p}`).sort()),
    },
    'file wire-story.txt': { code: 0 },
    'prints corpus-clean wire-story.txt': { code: 0 },
  },
  'docs/pipelines.md': {
    'command cat page.txt | corpus-clean - > page.jsonl': { code: 0, then: (dir) => expectOneRecordFromStdin(dir) },
    'command cat page.txt | corpus-clean > page.jsonl': { code: 0, then: (dir) => expectOneRecordFromStdin(dir) },
    'command corpus-clean pages/ | head -n 1': {
      code: 0,
      then: (_dir, r) => {
        expect(parseJsonl(r.stdout).map((rec) => rec.source)).toEqual([`pages/${[...PAGES].sort()[0]}`]);
        expectQuietEnd(r);
      },
    },
    'command corpus-clean pages/ --no-profile | head -n 1': {
      code: 0,
      then: (_dir, r) => {
        expect(parseJsonl(r.stdout).map((rec) => rec.source)).toEqual([`pages/${[...PAGES].sort()[0]}`]);
        expectQuietEnd(r);
      },
    },
    'file crawl.jsonl': { code: 0 },
    'transcript corpus-clean --from-jsonl --text-field text crawl.jsonl -o clean.jsonl --verbose': { code: 0 },
    'transcript cat clean.jsonl': { code: 0 },
    'command cat crawl.jsonl | corpus-clean --from-jsonl > from-stdin.jsonl': {
      code: 0,
      then: (dir, r) => {
        expect(jsonlIn(dir, 'from-stdin.jsonl').map((rec) => [rec.id, rec.source])).toEqual([['crawl-0001', '-:1']]);
        expect(r.stderr).toBe('');
      },
    },
    'command corpus-clean pages/ | corpus-clean check -': {
      code: 0,
      then: (_dir, r) => expect([r.stdout, r.stderr]).toEqual(['', '']),
    },
    'command corpus-clean --from-jsonl crawl.jsonl --layout datatrove -o documents.jsonl.gz': {
      code: 0,
      then: (dir) => {
        const documents = parseJsonl(zlib.gunzipSync(readFileSync(path.join(dir, 'documents.jsonl.gz'))).toString());
        expect(documents.map((d) => [Object.keys(d), d.id, (d.metadata as { passthrough: unknown }).passthrough])).toEqual([
          [['id', 'text', 'metadata'], 'crawl-0001', { url: 'https://example.org/markets/rates' }],
        ]);
      },
    },
    'command corpus-clean pages/ -o corpus.jsonl --rejects rejects.jsonl --summary-json summary.json': {
      code: 0,
      then: (dir) => {
        expect(jsonlIn(dir, 'corpus.jsonl')).toHaveLength(PAGES.length);
        expect(readFileSync(path.join(dir, 'rejects.jsonl'), 'utf8')).toBe('');
        const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
        expect(summary).toMatchObject({ files: PAGES.length, inputs: PAGES.length, records: PAGES.length, rejected: 0, rejects: {} });
      },
    },
    'command corpus-clean check corpus.jsonl': { code: 0, then: (_dir, r) => expect(r.stdout).toBe('') },
    'command corpus-clean check --raw pages/ --verbose': {
      code: 0,
      then: (_dir, r) => expect(r.stderr).toBe(`corpus-clean: checked ${PAGES.length} page(s): 0 would be rejected\n`),
    },
    'transcript corpus-clean check broken.jsonl': { code: 1 },
    'command corpus-clean schema > record.schema.json': {
      code: 0,
      then: (dir) => expect(readFileSync(path.join(dir, 'record.schema.json'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'schema/record.schema.json'), 'utf8')),
    },
  },
  'docs/library.md': {
    'script // one page\'s text in, a record or a reject out': {
      code: 0,
      then: (_dir, r) => expect(r.stdout).toMatch(/^Riverside council approves new footbridge after decade of debate \d+\n$/),
    },
    'script // a file, or bytes from anywhere, cleaned as the command line cleans them': {
      code: 0,
      then: (_dir, r) => expect(r.stdout).toBe('true Riverside council approves new footbridge after decade of debate\nfalse unreadable\n'),
    },
    'script // what corpus-clean check would say': {
      code: 0,
      then: (_dir, r) =>
        expect(r.stdout).toBe(
          "0 [ 'authors', 'body' ]\n2 [\n  'two.jsonl:2: authors: expected array, received string',\n  'two.jsonl:2: body: body is empty'\n]\n",
        ),
    },
    'command corpus-clean profile pages/ -o profile.json': { code: 0 },
    "script // pages of a corpus, judged with the corpus's profile": { code: 0, then: (_dir, r) => expect(r.stdout).toBe(`${PAGES.length} true\n`) },
    'script // the JSON Schema of a record, and the version of corpus-clean': { code: 0, then: (_dir, r) => expect(r.stdout).toBe('true true\n') },
    'script // duplicate_of across a few pages': {
      code: 0,
      then: (_dir, r) => expect(r.stdout).toBe(`${[...PAGES].sort().map((p) => `pages/${p} null`).join('\n')}\n`),
    },
  },
  'docs/html-and-report.md': {
    'command corpus-clean report fixtures/html -o report.html': {
      code: 0,
      then: (dir) => expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i),
    },
  },
  'docs/how-it-works.md': {
    'command corpus-clean --explain fixtures/pages/related-list.txt             # readable, on standard output': {
      code: 0,
      then: (_dir, r) => expect(r.stdout).toMatch(/^== fixtures\/pages\/related-list\.txt: record;[^]*\n\+ #5 L9 content:main /),
    },
    'command corpus-clean --explain fixtures/pages/related-list.txt -o why.jsonl # one JSON object per page': {
      code: 0,
      then: (dir) => expect(jsonlIn(dir, 'why.jsonl').map((p) => p.source)).toEqual(['fixtures/pages/related-list.txt']),
    },
  },
};

/** A directory for the examples: the pages they name, this checkout's fixtures and launcher, the library. */
function workspace(): string {
  const dir = scratch('docs');
  copyFileSync(path.join(ROOT, 'fixtures/pages', PAGES[0]), path.join(dir, 'page.txt'));
  mkdirSync(path.join(dir, 'pages'));
  for (const p of PAGES) copyFileSync(path.join(ROOT, 'fixtures/pages', p), path.join(dir, 'pages', p));
  symlinkSync(path.join(ROOT, 'fixtures'), path.join(dir, 'fixtures'));
  symlinkSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'));
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(ROOT, path.join(dir, 'node_modules/corpus-clean'));
  return dir;
}

/** The file docs/pipelines.md describes: its second record's body is empty, its third has an impossible date and
 * a paragraph twice, its fourth line was cut off. Made from the record the page's own example wrote. */
function writeBroken(dir: string): void {
  const good = jsonlIn(dir, 'clean.jsonl')[0];
  const [first, second] = String(good.body).split('\n\n');
  const lines = [
    good,
    { ...good, id: 'crawl-0002', body: '' },
    { ...good, id: 'crawl-0003', published: '2025-02-30', body: [first, second, first].join('\n\n') },
  ].map((r) => JSON.stringify(r));
  lines.push(JSON.stringify({ ...good, id: 'crawl-0004' }).slice(0, 60));
  writeFileSync(path.join(dir, 'broken.jsonl'), lines.join('\n') + '\n');
}

/** The quick start's first command installs and builds, which this checkout already is: the rest of it runs. */
const INSTALL = 'npm install && npm run build && ';

function runExample(file: string, example: Example, dir: string): void {
  const key = exampleKey(example);
  const expected = EXPECTED[file][key];
  // NO_COLOR and no terminal: what the documents show is plain text
  const env = { NO_COLOR: '1' };
  switch (example.kind) {
    case 'file':
      writeFileSync(path.join(dir, example.name), example.content);
      return;
    case 'command': {
      if (example.command === 'npm test') {
        // the README's test command is the one CI runs
        const ci = readFileSync(path.join(ROOT, '.ci/run'), 'utf8').trimEnd().split('\n');
        expect(ci[ci.length - 1]).toBe('npm test');
        return;
      }
      const command = example.command.startsWith(INSTALL) ? example.command.slice(INSTALL.length) : example.command;
      const r = runShell(command, { cwd: dir, env });
      expect([key, r.code, r.stderr]).toEqual([key, expected.code, expect.any(String)]);
      expected.then?.(dir, r);
      return;
    }
    case 'transcript': {
      if (example.command.includes('broken.jsonl')) writeBroken(dir);
      const r = runShell(`${example.command} 2>&1`, { cwd: dir, env });
      expect([key, r.code, withoutTimes(r.stdout)]).toEqual([key, expected.code, withoutTimes(example.output)]);
      return;
    }
    case 'prints': {
      const r = runShell(example.command, { cwd: dir, env });
      expect([key, r.code]).toEqual([key, expected.code]);
      expect(parseJsonl(r.stdout)).toEqual([JSON.parse(example.output)]);
      return;
    }
    case 'script': {
      writeFileSync(path.join(dir, 'example.mjs'), example.content);
      const r = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect([key, r.status, r.stderr]).toEqual([key, expected.code, '']);
      expected.then?.(dir, { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr });
      return;
    }
    default:
      throw new Error(`${file}: no way to run ${key}`);
  }
}

describe('the examples of README.md and docs/', () => {
  it('are each run here or elsewhere, or listed with the reason they are not', () => {
    for (const file of documents()) {
      // a command shown twice is one entry
      const keys = new Set(examples(readDocument(file)).map(exampleKey));
      if (RUN_ELSEWHERE[file]) continue;
      const known = [...Object.keys(EXPECTED[file] ?? {}), ...Object.keys(NOT_RUN[file] ?? {})];
      expect([file, [...keys].sort()]).toEqual([file, [...known].sort()]);
    }
    for (const file of [...Object.keys(EXPECTED), ...Object.keys(NOT_RUN), ...Object.keys(RUN_ELSEWHERE)]) expect(documents()).toContain(file);
  });

  for (const file of Object.keys(EXPECTED)) {
    it(`${file}: runs every example as written, in order`, () => {
      const dir = workspace();
      for (const example of examples(readDocument(file))) {
        if (NOT_RUN[file]?.[exampleKey(example)]) continue;
        runExample(file, example, dir);
      }
    });
  }
});

describe("README.md's synopsis", () => {
  const synopsis = examples(section('README.md', 'Usage')).find((e) => e.kind === 'shown');

  /** The options of each command as the synopsis shows them: a line per command (and its continuations). */
  function shown(): Map<string, Set<string>> {
    const byCommand = new Map<string, Set<string>>();
    let command = '';
    for (const line of (synopsis as { content: string }).content.split('\n')) {
      const head = /^corpus-clean(?: (check|report|profile|schema)\b)?/.exec(line);
      if (head) command = head[1] ?? 'clean';
      const flags = byCommand.get(command) ?? new Set<string>();
      for (const m of line.matchAll(/(?<=[[ |])(--?[a-zA-Z0-9][\w-]*)/g)) flags.add(m[1]);
      byCommand.set(command, flags);
    }
    return byCommand;
  }

  it('shows every option of every command, and no other', () => {
    const program = buildProgram();
    const byCommand = shown();
    expect([...byCommand.keys()].sort()).toEqual(program.commands.map((c) => c.name()).sort());
    for (const command of program.commands) {
      const flags = byCommand.get(command.name())!;
      // each option by one of its names, and nothing that is not an option
      const missing = command.options.filter((o) => !flags.has(o.short ?? '') && !flags.has(o.long ?? '')).map((o) => o.flags);
      const unknown = [...flags].filter((f) => !command.options.some((o) => o.short === f || o.long === f));
      expect([command.name(), missing, unknown]).toEqual([command.name(), [], []]);
    }
  });

  it('links only to files that are there, in the README and in docs/', () => {
    for (const file of documents()) {
      // links in prose, not in code (`[World](/world)` is converter markup the cleaner reads)
      const prose = readDocument(file).replace(/^```[^]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
      for (const [, target] of prose.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
        if (/^https?:/.test(target)) continue;
        const where = path.join(ROOT, path.dirname(file), target);
        expect([file, target, existsSync(where)]).toEqual([file, target, true]);
      }
    }
  });
});
