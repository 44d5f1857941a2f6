// Terminal manners, in a real pseudo-terminal made by `script` (util-linux, Debian package bsdutils): a progress
// bar and a coloured summary on standard error when it is a terminal; no colour with NO_COLOR; no bar and no
// colour when standard error is redirected to a file; nothing but errors with --quiet; no bar torn by records
// written to the same terminal.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { summaryLines, formatSeconds } from '../../src/cli/terminal.js';
import { ROOT } from '../helpers.js';
import { BIN, runCli } from './run-cli.js';
import { scratch } from '../scratch.js';

/** Runs a shell command in a pseudo-terminal 100 columns wide; gives everything the terminal was sent. */
function inTerminal(command: string, cwd: string, env: Record<string, string> = {}): { code: number | null; screen: string } {
  const r = spawnSync('script', ['-qefc', `stty cols 100 rows 40; ${command}`, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...plainEnv(), TERM: 'xterm-256color', ...env },
  });
  if (r.error) throw r.error;
  return { code: r.status, screen: String(r.stdout) };
}

/**
 * The environment without the colour switches the test runner may have set. CI services set CI, and Node's colour
 * detection gives a terminal under an unknown CI two colours only (none for us), so a user's terminal has no CI.
 */
function plainEnv(): NodeJS.ProcessEnv {
  const { NO_COLOR: _n, FORCE_COLOR: _f, CI: _ci, TMUX: _t, NODE_DISABLE_COLORS: _d, ...env } = process.env;
  return env;
}

// Select Graphic Rendition (colours, bold): ESC [ ... m
const SGR = /\x1b\[[0-9;]*m/;
const BAR = /corpus-clean cleaning [=-]{30} \d+\/3 inputs, \d+ rejected/;
const cc = `'${process.execPath}' '${BIN}'`;

function pages(): string {
  const dir = scratch('tty');
  mkdirSync(path.join(dir, 'pages'));
  copyFileSync(path.join(ROOT, 'fixtures/pages/related-list.txt'), path.join(dir, 'pages/a.txt'));
  copyFileSync(path.join(ROOT, 'fixtures/pages/widgets.txt'), path.join(dir, 'pages/b.txt'));
  copyFileSync(path.join(ROOT, 'fixtures/bad/no-body/menu.txt'), path.join(dir, 'pages/menu.txt'));
  return dir;
}

describe('on a terminal', () => {
  it('shows a progress bar and a coloured summary on standard error', () => {
    const dir = pages();
    const { code, screen } = inTerminal(`${cc} pages -o out.jsonl`, dir);
    expect(code).toBe(0);
    expect(screen).toMatch(BAR);
    expect(screen).toMatch(/3\/3 inputs, 1 rejected/);
    // the corpus pass reads every page before the first is cleaned: the bar says so, rather than sit at 0/3
    expect(screen).toMatch(/corpus-clean corpus pass [=-]{30} [0-3]\/3 pages read/);
    expect(screen).toMatch(SGR);
    // the reject is printed above the bar, and the summary after it is gone
    expect(screen).toContain('corpus-clean: pages/menu.txt: no-body:');
    const plain = screen.replace(/\x1b\[[0-9;]*[A-Za-z]|\x1b[78]/g, '');
    expect(plain).toContain('corpus-clean: 3 input(s), 2 record(s) to out.jsonl, 1 rejected');
    expect(plain).toContain('corpus-clean: rejected by reason: no-body 1');
    expect(plain).toMatch(/corpus-clean: removed blocks by rule: [a-z-]+:[a-z-]+ \d+/);
    expect(plain).toMatch(/corpus-clean: done in \d+\.\d+ s/);
    expect(readFileSync(path.join(dir, 'out.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('uses no colour when NO_COLOR is set, and still shows the bar', () => {
    const { screen } = inTerminal(`${cc} pages -o out.jsonl`, pages(), { NO_COLOR: '1' });
    expect(screen).toMatch(BAR);
    expect(screen).not.toMatch(SGR);
    expect(screen).toContain('corpus-clean: 3 input(s), 2 record(s) to out.jsonl, 1 rejected');
  });

  it('says nothing but errors when standard error is redirected to a file, even on a terminal; --verbose says all, without bar or colour', () => {
    const dir = pages();
    const { code, screen } = inTerminal(`${cc} pages -o out.jsonl 2>err.log`, dir);
    expect(code).toBe(0);
    expect(screen).toBe('');
    expect(readFileSync(path.join(dir, 'err.log'), 'utf8')).toBe('');
    const verbose = inTerminal(`${cc} pages -o out.jsonl --verbose 2>err.log`, dir);
    expect([verbose.code, verbose.screen]).toEqual([0, '']);
    const log = readFileSync(path.join(dir, 'err.log'), 'utf8');
    expect(log).not.toMatch(/\x1b/);
    expect(log).toContain('corpus-clean: pages/menu.txt: no-body:');
    expect(log).toContain('corpus-clean: 3 input(s), 2 record(s) to out.jsonl, 1 rejected\n');
  });

  it('prints nothing but errors with --quiet', () => {
    const dir = pages();
    expect(inTerminal(`${cc} pages -o out.jsonl -q`, dir).screen.trim()).toBe('');
    const { screen } = inTerminal(`${cc} pages pages/missing.txt -o out.jsonl -q`, dir);
    expect(screen.trim()).toBe('corpus-clean: pages/missing.txt: unreadable: no such file or directory');
  });

  it('draws no bar when the records go to the same terminal', () => {
    const { screen } = inTerminal(`${cc} pages/a.txt pages/b.txt`, pages());
    expect(screen).not.toMatch(/[=-]{30}/);
    expect(screen).toContain('{"id":');
    expect(screen).toMatch(SGR); // the summary is still coloured
  });

  it('will not print a report on the terminal: it asks for -o, and writes to a redirected standard output', () => {
    const dir = pages();
    const { code, screen } = inTerminal(`${cc} report pages`, dir);
    expect(code).toBe(2);
    expect(screen).not.toContain('<html');
    expect(screen).toContain('corpus-clean: report writes an HTML file: give -o report.html (or redirect standard output)');
    expect(inTerminal(`${cc} report pages -q > r.html`, dir).code).toBe(0);
    expect(readFileSync(path.join(dir, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('colours the summary of check, unless NO_COLOR is set', () => {
    const dir = scratch('tty-check');
    copyFileSync(path.join(ROOT, 'fixtures/pages/related-list.txt'), path.join(dir, 'page.txt'));
    expect(runCli(['page.txt', '-q', '-o', 'corpus.jsonl'], { cwd: dir }).code).toBe(0);
    const coloured = inTerminal(`${cc} check corpus.jsonl`, dir);
    expect(coloured.code).toBe(0);
    expect(coloured.screen).toMatch(SGR);
    expect(inTerminal(`${cc} check corpus.jsonl`, dir, { NO_COLOR: '1' }).screen).not.toMatch(SGR);
  });
});

describe('off a terminal', () => {
  it('shows neither bar nor colour (standard error is a pipe)', () => {
    const r = runCli([path.join(pages(), 'pages'), '-o', path.join(scratch('pipe'), 'out.jsonl')], { env: { ...plainEnv(), TERM: 'xterm-256color' } });
    expect(r.stderr).not.toMatch(/\x1b/);
    expect(r.stderr).not.toMatch(/[=-]{30}/);
  });
});

describe('the summary', () => {
  it('lists rejects by reason and removed blocks by rule, largest first, then by name', () => {
    const lines = summaryLines(
      { files: 4, inputs: 4, records: 3, rejects: { binary: 1 }, removed: { 'field:title': 3, 'chrome:widget': 5, 'chrome:link-list': 3 }, duplicates: 0, seconds: 1.234 },
      { output: 'out.jsonl', unit: 'page' },
    );
    expect(lines).toEqual([
      '4 input(s), 3 record(s) to out.jsonl, 1 rejected',
      'rejected by reason: binary 1',
      'removed blocks by rule: chrome:widget 5, chrome:link-list 3, field:title 3',
      'done in 1.23 s',
    ]);
    expect(summaryLines({ files: 2, inputs: 9, records: 9, rejects: {}, removed: {}, duplicates: 0, seconds: 75.4 }, { unit: 'line' })).toEqual([
      '2 file(s), 9 line(s): 9 record(s), 0 rejected',
      'done in 1 min 15 s',
    ]);
    // duplicates dropped on request are listed, but are no failure
    expect(summaryLines({ files: 3, inputs: 3, records: 2, rejects: { duplicate: 1 }, removed: {}, duplicates: 1, seconds: 1 }, { rejectsFile: 'r.jsonl', unit: 'page' })[0]).toBe(
      '3 input(s), 2 record(s), 0 rejected (listed in r.jsonl) (1 duplicate(s) dropped)',
    );
    expect(formatSeconds(59.97)).toBe('1 min 0 s');
  });
});
