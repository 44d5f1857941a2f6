// An output that is also an input (or two outputs that are one file) is a usage error found before anything is
// written: the page, the profile or the other output stays as it was, and no temporary file is left.
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, runShell, SEEDS } from './run-cli.js';
import { scratch } from '../scratch.js';

const PAGE = readFileSync(path.join(SEEDS, readdirSync(SEEDS).sort()[0]));

let tmp: string;
let pages: string;
beforeEach(() => {
  tmp = scratch('overlap');
  pages = path.join(tmp, 'pages');
  mkdirSync(pages);
  for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(path.join(pages, name), PAGE);
});

/** Every file under `dir` with its bytes (links as links), to see that nothing was touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, name);
    const st = lstatSync(p);
    if (st.isSymbolicLink()) out[name] = 'link';
    else if (st.isFile()) out[name] = readFileSync(p, 'latin1');
  }
  return out;
}

function expectRefused(r: { code: number | null; stdout: string; stderr: string }, before: Record<string, string>, message: string) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(message);
  expect(snapshot(tmp)).toEqual(before);
}

describe('outputs that are inputs', () => {
  it('refuses a page named as its own output (corpus-clean a.txt -o a.txt)', () => {
    const a = path.join(pages, 'a.txt');
    const before = snapshot(tmp);
    expectRefused(runCli([a, '-o', a]), before, `-o ${a} is also an input (${a})`);
    // spelled another way, it is the same file
    const other = path.join(pages, '..', 'pages', 'a.txt');
    expectRefused(runCli([other, '-o', a]), before, `-o ${a} is also an input (${other})`);
  });

  it('refuses an output that is a page of a walked directory, under its name or a hard link', () => {
    const before = snapshot(tmp);
    expectRefused(runCli([pages, '-o', path.join(pages, 'b.txt')]), before, `-o ${pages}/b.txt is also an input (${pages}/b.txt)`);
    expectRefused(runCli([pages, '--rejects', path.join(pages, 'c.txt')]), before, `--rejects ${pages}/c.txt is also an input (${pages}/c.txt)`);
    expectRefused(runCli([pages, '-o', path.join(tmp, 'out.jsonl'), '--summary-json', path.join(pages, 'a.txt')]), before, `--summary-json ${pages}/a.txt is also an input`);
    const linked = path.join(tmp, 'linked.jsonl');
    linkSync(path.join(pages, 'a.txt'), linked);
    const withLink = snapshot(tmp);
    expectRefused(runCli([pages, '-o', linked]), withLink, `-o ${linked} is also an input (${pages}/a.txt)`);
  });

  it('refuses standard output redirected to an input, and standard input read from the output', () => {
    const before = snapshot(tmp);
    // >> leaves the page as it was until we write
    expectRefused(runShell(`corpus-clean "${pages}" >> "${pages}/a.txt"`), before, `standard output is also an input (${pages}/a.txt)`);
    expectRefused(runShell(`corpus-clean - -o "${pages}/b.txt" < "${pages}/b.txt"`), before, `-o ${pages}/b.txt is also an input (-)`);
  });

  it('refuses two outputs that are one file, through a symbolic link or a hard link', () => {
    const out = path.join(tmp, 'out.jsonl');
    writeFileSync(out, 'old records\n');
    symlinkSync('out.jsonl', path.join(tmp, 'rejects.jsonl'));
    linkSync(out, path.join(tmp, 'summary.json'));
    const before = snapshot(tmp);
    expectRefused(runCli([pages, '-o', out, '--rejects', path.join(tmp, 'rejects.jsonl')]), before, `-o ${out} and --rejects ${tmp}/rejects.jsonl are the same file`);
    expectRefused(runCli([pages, '-o', out, '--summary-json', path.join(tmp, 'summary.json')]), before, 'are the same file');
    // not there yet, by their real paths
    const fresh = path.join(tmp, 'fresh.jsonl');
    expectRefused(runCli([pages, '-o', fresh, '--rejects', path.join(tmp, '.', 'fresh.jsonl')]), before, 'are the same file');
  });

  it('refuses a profile file given as an output, and outputs of the other commands among their inputs', () => {
    const profile = path.join(tmp, 'profile.json');
    expect(runCli(['profile', pages, '-o', profile, '-q']).code).toBe(0);
    const before = snapshot(tmp);
    expectRefused(runCli([pages, '--profile', profile, '-o', profile]), before, `-o ${profile} is also an input (--profile ${profile})`);
    expectRefused(runCli(['--explain', pages, '--profile', profile, '-o', profile]), before, 'is also an input');
    expectRefused(runCli(['--explain', pages, '-o', path.join(pages, 'a.txt')]), before, 'is also an input');
    expectRefused(runCli(['report', pages, '-o', path.join(pages, 'a.txt')]), before, 'is also an input');
    expectRefused(runCli(['profile', pages, '-o', path.join(pages, 'a.txt')]), before, 'is also an input');
  });

  it('still writes an output beside the pages when the walk does not take it', () => {
    const out = path.join(pages, 'out.jsonl');
    for (let i = 0; i < 2; i++) expect(runCli([pages, '-o', out, '-q']).code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});
