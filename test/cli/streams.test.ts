// Standard streams: records leave as soon as each is ready, a reader that goes away ends the run quietly, and the
// machine-readable summary.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { BIN, parseJsonl, runCli, runShell } from './run-cli.js';
import { scratch } from '../scratch.js';

const PAGE = path.join(ROOT, 'fixtures/pages/related-list.txt');

/** A directory of `n` copies of a test page: a corpus far longer to clean than `head` waits. */
function corpus(n: number): string {
  const dir = path.join(scratch('streams'), 'pages');
  mkdirSync(dir);
  for (let i = 0; i < n; i++) copyFileSync(PAGE, path.join(dir, `page-${String(i).padStart(4, '0')}.txt`));
  return dir;
}

describe('standard streams', () => {
  it('writes each record as soon as it is ready, before the next input has even arrived', async () => {
    // the second input is standard input, kept open: the first record must come out while it still is
    const child = spawn(process.execPath, [BIN, PAGE, '-'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const first = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', () => reject(new Error(`exited before writing a record: ${out}`)));
    });
    expect(child.exitCode).toBeNull(); // still waiting for standard input
    expect(parseJsonl(first)[0].source).toBe(PAGE);
    child.stdin.end(readFileSync(PAGE));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    // a start-up and two pages: far within this on a quiet machine, but a loaded one can take seconds to start node
  }, 30_000);

  it('stops quietly with exit status 0 when the reader goes away (| head -n 1), in JSONL and in JSON', () => {
    const dir = corpus(300);
    for (const format of ['jsonl', 'json']) {
      const r = runShell(`corpus-clean '${dir}' --format ${format} | head -n 1`);
      expect([format, r.code]).toEqual([format, 0]);
      expect(r.stdout.split('\n')).toHaveLength(2);
      // no stack trace, no EPIPE, and no summary: the run stopped when the pipe closed, long before its end
      expect(r.stderr).toBe('');
    }
  });

  it('--summary-json writes counts, rejects by reason, removed blocks by rule and time, even with -q', () => {
    const dir = scratch('summary');
    copyFileSync(PAGE, path.join(dir, 'story.txt'));
    copyFileSync(path.join(ROOT, 'fixtures/bad/no-body/menu.txt'), path.join(dir, 'menu.txt'));
    const r = runCli([dir, '-o', path.join(dir, 'out.jsonl'), '--summary-json', path.join(dir, 'summary.json'), '-q']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe(''); // a page without article text is no error: with -q nothing is said
    const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    const record = parseJsonl(readFileSync(path.join(dir, 'out.jsonl'), 'utf8'))[0] as { stats: { removed: Record<string, number> } };
    expect(summary).toEqual({
      files: 2,
      inputs: 2,
      records: 1,
      rejected: 1,
      rejects: { 'no-body': 1 },
      removed: record.stats.removed,
      duplicates: 0,
      seconds: expect.any(Number),
    });
    expect(Object.keys(summary.removed)).toEqual(Object.keys(summary.removed).sort());
  });

  it('refuses --summary-json on standard output or on another output file, before writing anything', () => {
    const dir = scratch('summary-bad');
    const out = path.join(dir, 'out.jsonl');
    expect(runCli([PAGE, '--summary-json', '-']).code).toBe(2);
    const same = runCli([PAGE, '-o', out, '--summary-json', out]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain(`-o ${out} and --summary-json ${out} are the same file`);
    expect(existsSync(out)).toBe(false);
  });
});
