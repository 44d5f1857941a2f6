// Every example of the README's "Use in pipelines" section, run as written, in order, in a directory holding the
// files they name: page.txt (one news page), pages/ (a few), crawl.jsonl (from the README itself) and broken.jsonl
// (the broken records the text describes). Transcripts must print exactly what the README shows; each other
// command has its exit status and effect checked below. ("Use as a pre-commit hook" runs in pre-commit.test.ts.)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { parseJsonl, runShell, type CliResult } from './run-cli.js';
import { scratch } from '../scratch.js';
import { examples, readmeSection, withoutTimes } from './readme.js';

const PAGES = ['related-list.txt', 'widgets.txt', 'lynx-dump.txt'];

/**
 * `| head -n 1` on three small pages: the run may stop at the closed pipe (nothing on standard error) or finish
 * first, its records already in the pipe's buffer (then its usual summary); never an error or a stack trace.
 */
function expectQuietEnd(r: CliResult): void {
  if (r.stderr !== '') expect(r.stderr).toMatch(/^corpus-clean: 3 input\(s\), 3 record\(s\), 0 rejected\n(?:corpus-clean: [^\n]*\n)*$/);
  expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
}

/** What each command of the section must do, besides its exit status. */
const COMMANDS: Record<string, { code: number; then: (dir: string, r: CliResult) => void }> = {
  'cat page.txt | corpus-clean - > page.jsonl': { code: 0, then: (dir) => expectOneRecordFromStdin(dir) },
  'cat page.txt | corpus-clean > page.jsonl': { code: 0, then: (dir) => expectOneRecordFromStdin(dir) },
  'corpus-clean pages/ | head -n 1': {
    code: 0,
    then: (_dir, r) => {
      expect(parseJsonl(r.stdout).map((rec) => rec.source)).toEqual([`pages/${[...PAGES].sort()[0]}`]);
      expectQuietEnd(r);
    },
  },
  'corpus-clean pages/ --no-profile | head -n 1': {
    code: 0,
    then: (_dir, r) => {
      expect(parseJsonl(r.stdout).map((rec) => rec.source)).toEqual([`pages/${[...PAGES].sort()[0]}`]);
      expectQuietEnd(r);
    },
  },
  'cat crawl.jsonl | corpus-clean --from-jsonl > from-stdin.jsonl': {
    code: 1,
    then: (dir, r) => {
      const records = parseJsonl(readFileSync(path.join(dir, 'from-stdin.jsonl'), 'utf8'));
      expect(records.map((rec) => [rec.id, rec.source])).toEqual([['crawl-0001', '-:1']]);
      expect(r.stderr).toContain('corpus-clean: -:3: bad-input-record:');
    },
  },
  'corpus-clean pages/ | corpus-clean check -': {
    code: 0,
    then: (_dir, r) => {
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`checked 1 file(s), ${PAGES.length} record(s): 0 problem(s)`);
    },
  },
  'corpus-clean pages/ -o corpus.jsonl --rejects rejects.jsonl --summary-json summary.json': {
    code: 0,
    then: (dir) => {
      expect(parseJsonl(readFileSync(path.join(dir, 'corpus.jsonl'), 'utf8'))).toHaveLength(PAGES.length);
      expect(readFileSync(path.join(dir, 'rejects.jsonl'), 'utf8')).toBe('');
      const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
      expect(summary).toMatchObject({ files: PAGES.length, inputs: PAGES.length, records: PAGES.length, rejected: 0, rejects: {} });
    },
  },
  'corpus-clean check corpus.jsonl': { code: 0, then: (_dir, r) => expect(r.stdout).toBe('') },
  'corpus-clean check --raw pages/': {
    code: 0,
    then: (_dir, r) => expect(r.stderr).toContain(`checked ${PAGES.length} page(s): 0 would be rejected`),
  },
  'corpus-clean schema > record.schema.json': {
    code: 0,
    then: (dir) => expect(readFileSync(path.join(dir, 'record.schema.json'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'schema/record.schema.json'), 'utf8')),
  },
};

/** Exit statuses of the transcripts (what they print is in the README). */
const TRANSCRIPTS: Record<string, number> = {
  'corpus-clean --from-jsonl --text-field text crawl.jsonl -o clean.jsonl': 1,
  'cat clean.jsonl': 0,
  'corpus-clean check broken.jsonl': 1,
};

function expectOneRecordFromStdin(dir: string): void {
  const records = parseJsonl(readFileSync(path.join(dir, 'page.jsonl'), 'utf8'));
  expect(records.map((r) => r.source)).toEqual(['-']);
  expect(records[0].body).toEqual(expect.stringMatching(/\S/));
}

/** The file the section describes: its second record's body is empty, its third has an impossible date and a
 * paragraph twice, its fourth line was cut off. Made from the record the section's own example wrote. */
function writeBroken(dir: string): void {
  const good = parseJsonl(readFileSync(path.join(dir, 'clean.jsonl'), 'utf8'))[0];
  const [first, second] = String(good.body).split('\n\n');
  const lines = [
    good,
    { ...good, id: 'crawl-0002', body: '' },
    { ...good, id: 'crawl-0003', published: '2025-02-30', body: [first, second, first].join('\n\n') },
  ].map((r) => JSON.stringify(r));
  lines.push(JSON.stringify({ ...good, id: 'crawl-0004' }).slice(0, 60));
  writeFileSync(path.join(dir, 'broken.jsonl'), lines.join('\n') + '\n');
}

describe('README: Use in pipelines', () => {
  const section = readmeSection('Use in pipelines');
  const all = examples(section);

  it('has an expectation here for every command it shows, and shows every command expected here', () => {
    const commands = all.filter((e) => e.kind === 'command').map((e) => e.command);
    const transcripts = all.filter((e) => e.kind === 'transcript').map((e) => e.command);
    expect(commands.sort()).toEqual(Object.keys(COMMANDS).sort());
    expect(transcripts.sort()).toEqual(Object.keys(TRANSCRIPTS).sort());
  });

  it('runs every example as written, in order', () => {
    const dir = scratch('readme');
    copyFileSync(path.join(ROOT, 'fixtures/pages', PAGES[0]), path.join(dir, 'page.txt'));
    mkdirSync(path.join(dir, 'pages'));
    for (const p of PAGES) copyFileSync(path.join(ROOT, 'fixtures/pages', p), path.join(dir, 'pages', p));
    // NO_COLOR and no terminal: what the README shows is plain text
    const env = { NO_COLOR: '1' };
    for (const example of all) {
      if (example.kind === 'file') {
        writeFileSync(path.join(dir, example.name), example.content);
      } else if (example.kind === 'command') {
        const r = runShell(example.command, { cwd: dir, env });
        expect([example.command, r.code, r.stderr]).toEqual([example.command, COMMANDS[example.command].code, expect.any(String)]);
        COMMANDS[example.command].then(dir, r);
      } else {
        if (example.command.includes('broken.jsonl')) writeBroken(dir);
        const r = runShell(`${example.command} 2>&1`, { cwd: dir, env });
        expect([example.command, r.code, withoutTimes(r.stdout)]).toEqual([example.command, TRANSCRIPTS[example.command], withoutTimes(example.output)]);
      }
    }
  });
});
