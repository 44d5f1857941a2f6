// HTML through the command line: directories are walked for .html and .htm as well as .txt, and a page piped to
// standard input is recognised by its content.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

const BIN = path.join(ROOT, 'bin/corpus-clean.js');
const run = (args: string[], input?: Buffer) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input });
const records = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('corpus-clean with HTML inputs', () => {
  it('walks a directory for .html pages and .txt dumps, in path order', () => {
    const r = run(['fixtures/html']);
    expect(r.status).toBe(0);
    const sources = records(r.stdout).map((x) => x.source as string);
    expect(sources.filter((s) => s.endsWith('.html')).length).toBeGreaterThanOrEqual(8);
    expect(sources.some((s) => s.startsWith('fixtures/html/dumps/'))).toBe(true);
    expect([...sources].sort()).toEqual(sources);
  });

  it('recognises an HTML page on standard input by its content, with the charset its <meta> declares', () => {
    const file = 'fixtures/html/legacy-table.html';
    const [direct] = records(run([file]).stdout);
    const [piped] = records(run(['-'], readFileSync(path.join(ROOT, file))).stdout);
    expect({ ...piped, source: file }).toEqual(direct);
    expect(piped.body).toContain('“People come here because it is easy,”');
  });
});
