// Lists of files as inputs: --files-from FILE (- for standard input), one name a line, or NUL-separated with -0.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { parseFileList } from '../../src/cli/file-list.js';
import { parseJsonl, runCli, runShell } from './run-cli.js';
import { scratch } from '../scratch.js';

const PAGE = path.join(ROOT, 'fixtures/pages/related-list.txt');
const OTHER = path.join(ROOT, 'fixtures/pages/widgets.txt');

/** pages/a.txt, pages/b c.txt (a space), pages/sub/d.txt, and a name with a line break. */
function tree(): string {
  const dir = scratch('list');
  mkdirSync(path.join(dir, 'pages/sub'), { recursive: true });
  copyFileSync(PAGE, path.join(dir, 'pages/a.txt'));
  copyFileSync(OTHER, path.join(dir, 'pages/b c.txt'));
  copyFileSync(PAGE, path.join(dir, 'pages/sub/d.txt'));
  copyFileSync(OTHER, path.join(dir, 'pages/sub/line\nbreak.txt'));
  return dir;
}

const sources = (stdout: string) => parseJsonl(stdout).map((r) => r.source);

describe('parseFileList', () => {
  it('takes one name a line (LF or CRLF) or NUL-separated names, skipping empty entries', () => {
    expect(parseFileList('a.txt\r\nb c.txt\n\nd.txt', false)).toEqual(['a.txt', 'b c.txt', 'd.txt']);
    expect(parseFileList('a.txt\0line\nbreak.txt\0\0', true)).toEqual(['a.txt', 'line\nbreak.txt']);
    // in a list, - is a file of that name: standard input is already the list, or is not asked for
    expect(parseFileList('-\n', false)).toEqual(['./-']);
  });
});

describe('--files-from', () => {
  it('cleans the files `find` lists on standard input, in the order listed, as it cleans them named', () => {
    const dir = tree();
    const r = runShell("find pages -name '*.txt' -not -name '*break*' | sort | corpus-clean --files-from -", { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(sources(r.stdout)).toEqual(['pages/a.txt', 'pages/b c.txt', 'pages/sub/d.txt']);
    expect(r.stdout).toBe(runCli(['pages/a.txt', 'pages/b c.txt', 'pages/sub/d.txt'], { cwd: dir }).stdout);
  });

  it('reads NUL-separated lists with -0, which can name any file', () => {
    const dir = tree();
    const r = runShell('find pages/sub -type f -print0 | sort -z | corpus-clean --files-from - -0', { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(sources(r.stdout)).toEqual(['pages/sub/d.txt', 'pages/sub/line\nbreak.txt']);
  });

  it('takes a list file beside arguments, walks the directories it names, and rejects a name that is not there', () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'list.txt'), 'pages/sub\nmissing.txt\n');
    const r = runCli(['pages/a.txt', '--files-from', 'list.txt'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([1, 'corpus-clean: missing.txt: unreadable: no such file or directory\n']);
    expect(sources(r.stdout)).toEqual(['pages/a.txt', 'pages/sub/d.txt', 'pages/sub/line\nbreak.txt']);
  });

  it('works for check, report and profile too', () => {
    const dir = tree();
    expect(runCli(['pages/a.txt', 'pages/b c.txt', '-q', '-o', 'corpus.jsonl'], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'corpora.txt'), 'corpus.jsonl\n');
    const check = runCli(['check', '--files-from', 'corpora.txt', '--verbose'], { cwd: dir });
    expect([check.code, check.stderr]).toEqual([0, 'corpus-clean: checked 1 file(s), 2 record(s): 0 problem(s)\n']);
    writeFileSync(path.join(dir, 'pages.txt'), 'pages/a.txt\npages/b c.txt\n');
    const report = runCli(['report', '--files-from', 'pages.txt', '-o', 'report.html', '--verbose'], { cwd: dir });
    expect([report.code, report.stderr]).toEqual([0, 'corpus-clean: report of 2 page(s) to report.html, 0 rejected\n']);
    const profile = runCli(['profile', '--files-from', 'pages.txt', '-o', 'profile.json', '--verbose'], { cwd: dir });
    expect([profile.code, profile.stderr]).toEqual([0, expect.stringMatching(/^corpus-clean: 2 input\(s\) profiled: 2 page\(s\)/)]);
  });

  it('refuses standard input as both the list and a page, and -0 without a list', () => {
    const both = runCli(['-', '--files-from', '-'], { input: 'x' });
    expect([both.code, both.stderr]).toEqual([2, 'corpus-clean: standard input cannot be both the list of files (--files-from -) and a page (-)\n']);
    const nul = runCli(['-0', PAGE]);
    expect([nul.code, nul.stderr]).toEqual([2, expect.stringContaining('-0 says how the list of --files-from is separated')]);
    const missing = runCli(['--files-from', 'no-such-list.txt']);
    expect([missing.code, missing.stderr]).toEqual([2, 'corpus-clean: cannot read the list of files no-such-list.txt: no such file or directory\n']);
  });

  it('cleans nothing, and does not read standard input as a page, when the list is empty', () => {
    const r = runShell('true | corpus-clean --files-from - --verbose');
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toContain('0 input(s), 0 record(s), 0 rejected');
  });
});
