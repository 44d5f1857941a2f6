// The bad-input matrix, through the CLI as users run it: every input ends as a record or as a reject with a
// reason (records + rejects = inputs), the exit code says which, and no failure loses or half-writes an output.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { recordSchema } from '../../src/schema.js';
import { REJECT_REASONS, rejectSchema } from '../../src/rejects.js';
import { ROOT } from '../helpers.js';
import { scratch } from '../scratch.js';

const BIN = path.join(ROOT, 'bin/corpus-clean.js');
const BAD = 'fixtures/bad';

function run(args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, ...opts });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout), stderr: String(r.stderr) };
}

const jsonl = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

let tmp: string;
beforeEach(() => {
  tmp = scratch('matrix');
});

/** What each file of fixtures/bad must give: a record, or a reject with this reason. */
const FATES: Record<string, string> = {
  'binary/archive.txt': 'binary',
  'binary/nul-in-text.txt': 'binary',
  'binary/photo-saved-as.txt': 'binary',
  'damaged/nul-padded.txt': 'record',
  'damaged/utf8-invalid-bytes.txt': 'record',
  'damaged/utf8-truncated.txt': 'record',
  'empty/invisible.txt': 'empty',
  'empty/nul-only.txt': 'empty',
  'empty/whitespace.txt': 'empty',
  'empty/zero-bytes.txt': 'empty',
  'encodings/de-iso-8859-1.txt': 'record',
  'encodings/en-lone-cr.txt': 'record',
  'encodings/en-utf-16be-bom.txt': 'record',
  'encodings/en-utf-16le-bom.txt': 'record',
  'encodings/en-utf-16le-no-bom.txt': 'record',
  'encodings/en-utf-8-bom-crlf.txt': 'record',
  'encodings/fr-windows-1252.txt': 'record',
  'encodings/ja-shift_jis.txt': 'record',
  'encodings/zh-hans-gb18030.txt': 'record',
  'encodings/zh-hant-big5.txt': 'record',
  'no-body/menu.txt': 'no-body',
};
/** Encoded page -> its UTF-8 reference: both must give the same outcome (record body, or reject reason). */
const SAME_AS: Record<string, string> = {
  'encodings/de-iso-8859-1.txt': 'de.txt',
  'encodings/en-lone-cr.txt': 'en.txt',
  'encodings/en-utf-16be-bom.txt': 'en.txt',
  'encodings/en-utf-16le-bom.txt': 'en.txt',
  'encodings/en-utf-16le-no-bom.txt': 'en.txt',
  'encodings/en-utf-8-bom-crlf.txt': 'en.txt',
  'encodings/fr-windows-1252.txt': 'fr.txt',
  'encodings/ja-shift_jis.txt': 'ja.txt',
  'encodings/ko-euc-kr.txt': 'ko.txt',
  'encodings/zh-hans-gb18030.txt': 'zh-hans.txt',
  'encodings/zh-hant-big5.txt': 'zh-hant.txt',
};

describe('bad input, file by file', () => {
  it('gives every file of fixtures/bad its record or reject, and loses none', () => {
    const out = path.join(tmp, 'out.jsonl');
    const rej = path.join(tmp, 'rejects.jsonl');
    // every file became a record or a reject (none is missing or unreadable): exit 0
    const r = run([BAD, '-o', out, '--rejects', rej, '--verbose']);
    expect(r.code).toBe(0);
    const records = jsonl(readFileSync(out, 'utf8'));
    const rejects = jsonl(readFileSync(rej, 'utf8'));
    const files = readdirSync(path.join(ROOT, BAD), { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    expect(records.length + rejects.length).toBe(files.length);
    for (const rec of records) recordSchema.parse(rec);
    for (const rec of rejects) rejectSchema.parse(rec);

    const fate = new Map<string, string>();
    for (const rec of records) fate.set(path.relative(BAD, String(rec.source)), 'record');
    for (const rec of rejects) fate.set(path.relative(BAD, String(rec.source)), String(rec.reason));
    for (const [file, want] of Object.entries(FATES)) expect([file, fate.get(file)]).toEqual([file, want]);

    const outcome = (file: string) => {
      const rec = records.find((x) => x.source === `${BAD}/${file}`);
      return rec ? { body: rec.body, title: rec.title } : { reject: rejects.find((x) => x.source === `${BAD}/${file}`)?.reason };
    };
    for (const [file, ref] of Object.entries(SAME_AS)) expect([file, outcome(file)]).toEqual([file, outcome(`encodings/reference/${ref}`)]);

    // warnings reach the record and standard error, with the line where it applies
    const damaged = records.find((x) => x.source === `${BAD}/damaged/utf8-invalid-bytes.txt`)!;
    expect(damaged.warnings).toEqual([expect.objectContaining({ reason: 'invalid-bytes', line: 3 })]);
    expect(r.stderr).toContain(`${BAD}/damaged/utf8-invalid-bytes.txt:3: warning: invalid-bytes:`);
    expect(r.stderr).toContain(`${files.length} input(s), ${records.length} record(s)`);
    expect(r.stderr).toContain(`${rejects.length} rejected (listed in ${rej})`);
  });

  it('reports rejects on standard error with --verbose (a terminal shows them unasked); with --strict they are errors', () => {
    const args = [`${BAD}/binary/photo-saved-as.txt`, `${BAD}/empty/zero-bytes.txt`];
    // not a terminal: a page filtered out is no error, and nothing is said
    expect(run(args)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const r = run([...args, '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${BAD}/binary/photo-saved-as.txt: binary: not a text file: PNG image`);
    expect(r.stderr).toContain(`${BAD}/empty/zero-bytes.txt: empty:`);
    expect(r.stderr).toContain('2 input(s), 0 record(s), 2 rejected');
    // with --strict every reject is an error: exit 1, and shown without --verbose
    const strict = run([...args, '--strict']);
    expect([strict.code, strict.stdout]).toEqual([1, '']);
    expect(strict.stderr).toContain(`${BAD}/binary/photo-saved-as.txt: binary: not a text file: PNG image`);
    expect(strict.stderr).not.toContain('input(s)');
    expect(run([...args, '-q', '--verbose'])).toMatchObject({ code: 2, stderr: expect.stringContaining("option '--verbose' cannot be used with option '-q, --quiet'") });
  });

  it('reads --encoding for pages without a byte order mark, and refuses unknown encodings', () => {
    const file = `${BAD}/encodings/fr-windows-1252.txt`;
    expect(run([file, '--encoding', 'windows-1252']).stdout).toBe(run([file]).stdout);
    const wrong = run([`${BAD}/encodings/zh-hans-gb18030.txt`, '--encoding', 'utf-8', '--verbose']);
    expect(wrong.code).toBe(0);
    expect(wrong.stderr).toMatch(/zh-hans-gb18030\.txt:1: decode: \d+ of \d+ characters could not be decoded as utf-8/);
    const unknown = run([file, '--encoding', 'klingon']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown encoding "klingon"');
  });

  it('rejects pages over --max-bytes without loading them, from files and from pipes', () => {
    const big = path.join(tmp, 'big.txt');
    writeFileSync(big, 'word '.repeat(300));
    const r = run([big, '--max-bytes', '1K', '--verbose']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${big}: too-large: 1.5 KiB (1500 bytes): over the --max-bytes limit of 1 KiB; not loaded`);
    const piped = run(['-', '--max-bytes', '1K', '--verbose'], { input: 'x'.repeat(5000) });
    expect(piped.stderr).toContain('-: too-large: more than 1 KiB');
    expect(run([big, '--max-bytes', 'lots']).code).toBe(2);
  });

  it('rejects standard input redirected from a directory, and a file path used as a directory', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" - < "${tmp}"`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('-: is-directory: standard input is a directory, not a file');
    // inputs that cannot be read are errors: exit 1
    const notDir = run([`${BAD}/no-body/menu.txt/`]);
    expect([notDir.code, notDir.stderr]).toEqual([1, expect.stringContaining('menu.txt/: unreadable: not a directory')]);
  });
});

describe('file-system faults', () => {
  it('keeps records + rejects = inputs with missing paths, broken links, loops, pipes and odd names', () => {
    const dir = path.join(tmp, 'scraped');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const page = readFileSync(path.join(ROOT, 'fixtures/bad/encodings/reference/en.txt'));
    const names = ['with space.txt', 'line\nbreak.txt', 'Zürich – 北京.txt', 'sub/plain.txt'];
    for (const n of names) writeFileSync(path.join(dir, n), page);
    symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
    symlinkSync('loop2.txt', path.join(dir, 'loop1.txt'));
    symlinkSync('loop1.txt', path.join(dir, 'loop2.txt'));
    symlinkSync('..', path.join(dir, 'sub/up'));
    spawnSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    const out = path.join(tmp, 'out.jsonl');
    const rej = path.join(tmp, 'rejects.jsonl');
    const r = run([dir, path.join(tmp, 'missing.txt'), '-', '-o', out, '--rejects', rej, '--verbose'], { input: Buffer.from([0, 1, 2, 3]) });
    expect(r.code).toBe(1);
    const records = jsonl(readFileSync(out, 'utf8'));
    const rejects = jsonl(readFileSync(rej, 'utf8'));
    expect(records.map((x) => path.relative(dir, String(x.source))).sort()).toEqual([...names].sort());
    expect(rejects.map((x) => [path.basename(String(x.source)), x.reason])).toEqual([
      ['dangling.txt', 'unreadable'],
      ['fifo.txt', 'unreadable'],
      ['loop1.txt', 'unreadable'],
      ['loop2.txt', 'unreadable'],
      ['missing.txt', 'unreadable'],
      ['-', 'binary'],
    ]);
    expect(records.length + rejects.length).toBe(names.length + 4 + 1 + 1);
    expect(r.stderr).toContain(`${names.length + 6} input(s), ${names.length} record(s)`);
  });

  it('quotes a name with a line break in one-line messages', () => {
    const file = path.join(tmp, 'bad\nname.txt');
    writeFileSync(file, '');
    const r = run([file, '--verbose']);
    expect(r.stderr).toContain(`corpus-clean: ${JSON.stringify(file)}: empty:`);
  });

  it('reports a full disk and exits 2, for -o and for standard output', () => {
    const r = run([BAD + '/encodings/reference', '-o', '/dev/full']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write /dev/full: no space left on device');
    const sh = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" "${BAD}/encodings/reference" > /dev/full`], { cwd: ROOT, encoding: 'utf8' });
    expect(sh.status).toBe(2);
    expect(sh.stderr).toContain('cannot write standard output: no space left on device');
  });

  it('changes its outputs together or not at all: a failure on one leaves every previous file as it was', () => {
    const out = path.join(tmp, 'out.jsonl');
    const rejects = path.join(tmp, 'rejects.jsonl');
    const summary = path.join(tmp, 'summary.json');
    for (const f of [out, rejects, summary]) writeFileSync(f, `old ${path.basename(f)}\n`);
    const before = () => [out, rejects, summary].map((f) => readFileSync(f, 'utf8'));
    const old = before();
    // a page and a reject, so every output has something to write
    const inputs = [BAD + '/encodings/reference', BAD + '/empty/zero-bytes.txt'];
    const full = [
      ['-o', out, '--rejects', rejects, '--summary-json', '/dev/full'],
      ['-o', out, '--rejects', '/dev/full', '--summary-json', summary],
      ['-o', '/dev/full', '--rejects', rejects, '--summary-json', summary],
    ];
    for (const flags of full) {
      const r = run([...inputs, ...flags]);
      expect([flags.indexOf('/dev/full'), r.code, r.stderr]).toEqual([flags.indexOf('/dev/full'), 2, expect.stringContaining('cannot write /dev/full: no space left on device')]);
      expect(before()).toEqual(old);
      expect(readdirSync(tmp).sort()).toEqual(['out.jsonl', 'rejects.jsonl', 'summary.json']);
    }
    expect(run([...inputs, '-o', out, '--rejects', rejects, '--summary-json', summary]).code).toBe(0);
    expect(before().map((text) => text.startsWith('old'))).toEqual([false, false, false]);
  });

  it('fails before reading anything when the output cannot be created, and leaves no file', () => {
    const missingDir = path.join(tmp, 'no/such/dir/out.jsonl');
    const r = run([BAD, '-o', missingDir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`corpus-clean: cannot write ${missingDir}: no such directory: ${path.dirname(missingDir)}\n`);
    const isDir = run([BAD, '-o', tmp]);
    expect(isDir.code).toBe(2);
    expect(isDir.stderr).toContain(`cannot write ${tmp}: is a directory`);
    const rejectsDir = run([BAD, '-o', path.join(tmp, 'ok.jsonl'), '--rejects', path.join(tmp, 'none/r.jsonl')]);
    expect(rejectsDir.code).toBe(2);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('says which output it cannot write in one line, whatever the command', () => {
    const missing = (name: string) => path.join(tmp, 'no/such', name);
    for (const args of [
      ['--explain', BAD, '-o', missing('explain.txt')],
      ['report', BAD, '-o', missing('report.html')],
      ['profile', BAD, '-o', missing('profile.json')],
    ]) {
      const r = run(args);
      const target = args[args.length - 1];
      expect([args[0], r.code, r.stderr]).toEqual([args[0], 2, `corpus-clean: cannot write ${target}: no such directory: ${path.dirname(target)}\n`]);
    }
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('never reads its outputs back: outputs inside an input directory are fine until they are inputs', () => {
    const dir = path.join(tmp, 'pages');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'page.txt'), readFileSync(path.join(ROOT, BAD, 'encodings/reference/de.txt')));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    // outputs the walk does not take (their names do not match *.txt) are written, run after run
    const args = [dir, '-o', path.join(dir, 'out.jsonl'), '--rejects', path.join(dir, 'rejects.jsonl'), '--verbose'];
    for (let i = 0; i < 2; i++) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('2 input(s), 1 record(s)');
    }
    expect(jsonl(readFileSync(path.join(dir, 'out.jsonl'), 'utf8'))).toHaveLength(1);
    expect(jsonl(readFileSync(path.join(dir, 'rejects.jsonl'), 'utf8'))).toHaveLength(1);
    // an output the walk would take is an input: a usage error, and nothing is touched
    writeFileSync(path.join(dir, 'out.txt'), 'an earlier page');
    const walked = run([dir, '-o', path.join(dir, 'out.txt'), '--format', 'jsonl']);
    expect(walked.code).toBe(2);
    expect(walked.stderr).toContain(`-o ${dir}/out.txt is also an input (${dir}/out.txt)`);
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('an earlier page');
  });

  it('warns about a directory with no matching files, and exits 0', () => {
    writeFileSync(path.join(tmp, 'notes.md'), 'not a page');
    const r = run([tmp]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${tmp}: warning: no files matching **/*.{txt,html,htm}{,.gz,.zst}`);
  });
});

// Permission tests need a user that permissions apply to. Tests may run as root, which reads anything: then the
// CLI is run as `nobody`, when that user can run it from this checkout; otherwise these tests are skipped (and say so).
const NOBODY = 65534;
function unprivileged(): SpawnSyncOptions | null {
  if (process.getuid?.() !== 0) return {};
  const probe = spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY, cwd: '/' });
  return probe.status === 0 ? { uid: NOBODY, gid: NOBODY } : null;
}
const asUser = unprivileged();
if (!asUser) console.warn('permission tests skipped: running as root and user nobody cannot run the CLI from this checkout');
const permissionIt = asUser ? it : it.skip;

describe('permissions', () => {
  beforeEach(() => chmodSync(tmp, 0o755));

  permissionIt('rejects unreadable files and directories by name, and goes on', () => {
    const dir = path.join(tmp, 'pages');
    mkdirSync(path.join(dir, 'locked'), { recursive: true });
    const page = readFileSync(path.join(ROOT, BAD, 'encodings/reference/en.txt'));
    writeFileSync(path.join(dir, 'ok.txt'), page);
    writeFileSync(path.join(dir, 'secret.txt'), page);
    writeFileSync(path.join(dir, 'locked/inside.txt'), page);
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    chmodSync(path.join(dir, 'locked'), 0o000);
    const r = run([dir, '--verbose'], { ...asUser, cwd: ROOT });
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((x) => x.source)).toEqual([`${dir}/ok.txt`]);
    expect(r.stderr).toContain(`${dir}/locked: unreadable: directory cannot be listed: permission denied`);
    expect(r.stderr).toContain(`${dir}/secret.txt: unreadable: permission denied`);
    expect(r.stderr).toContain('3 input(s), 1 record(s), 2 rejected');
  });

  permissionIt('exits 2 on an unwritable output directory and leaves the previous output as it was', () => {
    const dir = path.join(tmp, 'readonly');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'out.jsonl'), 'previous\n');
    chmodSync(dir, 0o555);
    const r = run([`${BAD}/encodings/reference`, '-o', path.join(dir, 'out.jsonl')], { ...asUser, cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot write ${dir}/out.jsonl: permission denied`);
    expect(readFileSync(path.join(dir, 'out.jsonl'), 'utf8')).toBe('previous\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });
});

describe('interrupted runs', () => {
  /** Start a run that blocks on a named pipe after its first input, once its temporary output exists. */
  async function startBlockedRun(out: string) {
    const fifo = path.join(tmp, 'slow.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, `${BAD}/encodings/reference/en.txt`, fifo, '-o', out], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    const temp = `.${path.basename(out)}.${child.pid}.tmp`;
    for (let i = 0; i < 400 && !readdirSync(tmp).includes(temp); i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(tmp)).toContain(temp);
    await new Promise((r) => setTimeout(r, 200)); // let it reach the pipe
    return { child, exited, temp };
  }

  it('Ctrl-C (SIGINT) leaves the previous output intact and no temporary file', async () => {
    const out = path.join(tmp, 'out.jsonl');
    writeFileSync(out, 'previous\n');
    const { child, exited } = await startBlockedRun(out);
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: null, signal: 'SIGINT' });
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(readdirSync(tmp).sort()).toEqual(['out.jsonl', 'slow.txt']);
  });

  it('SIGTERM does the same', async () => {
    const out = path.join(tmp, 'out.jsonl');
    const { child, exited } = await startBlockedRun(out);
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp)).toEqual(['slow.txt']);
  });

  /** Start a run on one page that takes many seconds to clean (or on that page as a --from-jsonl line), once its
   * temporary output exists and the page is being cleaned. */
  /** A run (`clean`, `clean --from-jsonl` or `--explain`) started on a page that takes many seconds, once its
   * temporary output exists and it is well into the page. */
  async function startLongPage(out: string, mode: 'page' | 'jsonl' | 'explain') {
    // 16 MB of short lines (18 MB as a JSON string), under the default --max-bytes: over a CPU-second per MB, so
    // half a minute or more
    const text = 'Short line\n'.repeat(1_500_000);
    const jsonl = mode === 'jsonl';
    const page = path.join(tmp, jsonl ? 'long.jsonl' : 'long.txt');
    writeFileSync(page, jsonl ? `${JSON.stringify({ text })}\n` : text);
    const flags = mode === 'jsonl' ? ['--from-jsonl'] : mode === 'explain' ? ['--explain'] : [];
    const child = spawn(process.execPath, [BIN, ...flags, page, '-o', out], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
    const temp = `.${path.basename(out)}.${child.pid}.tmp`;
    for (let i = 0; i < 400 && !readdirSync(tmp).includes(temp); i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(tmp)).toContain(temp);
    await new Promise((r) => setTimeout(r, 1500)); // read the page, well into it
    return { child, exited, page: path.basename(page) };
  }

  it.each([
    ['SIGINT', 'a page', 'page'],
    ['SIGTERM', 'a page', 'page'],
    ['SIGTERM', 'a --from-jsonl line', 'jsonl'],
    ['SIGINT', '--explain of a page', 'explain'],
    ['SIGTERM', '--explain of a page', 'explain'],
  ] as const)('%s ends a run in the middle of %s that takes many seconds, at once, with the previous output intact', async (signal, _what, mode) => {
    const out = path.join(tmp, 'out.jsonl');
    writeFileSync(out, 'previous\n');
    const { child, exited, page } = await startLongPage(out, mode);
    const sent = Date.now();
    child.kill(signal);
    const end = await exited;
    expect({ code: end.code, signal: end.signal }).toEqual({ code: null, signal });
    // within a second or so; the page alone takes far longer, and a run that waited for it would end much later
    expect(end.at - sent).toBeLessThan(10_000);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(readdirSync(tmp).sort()).toEqual([page, 'out.jsonl'].sort());
  }, 120_000);

  it('after a run killed outright (SIGKILL), the previous output is intact and the next run removes the leftover', async () => {
    const out = path.join(tmp, 'out.jsonl');
    writeFileSync(out, 'previous\n');
    const { child, exited, temp } = await startBlockedRun(out);
    child.kill('SIGKILL');
    await exited;
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(readdirSync(tmp)).toContain(temp);
    expect(run([`${BAD}/encodings/reference/en.txt`, '-o', out]).code).toBe(0);
    expect(readdirSync(tmp).sort()).toEqual(['out.jsonl', 'slow.txt']);
    expect(jsonl(readFileSync(out, 'utf8'))).toHaveLength(1);
  });
});

describe('documentation', () => {
  it('lists every reject reason in docs/bad-input.md, in the bad-input table or after it', () => {
    const page = readFileSync(path.join(ROOT, 'docs/bad-input.md'), 'utf8');
    for (const reason of Object.keys(REJECT_REASONS)) expect([reason, page.includes(`\`${reason}\``)]).toEqual([reason, true]);
  });
});
