// Output files are replaced all at once or not at all.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commitAll, createWriter, fileSink, OutputError, temporaryPath } from '../../src/io/writers.js';
import { scratch } from '../scratch.js';

let tmp: string;
beforeEach(() => {
  tmp = scratch('writers');
});

describe('fileSink', () => {
  it('writes beside the target and renames into place on close', () => {
    const out = path.join(tmp, 'out.jsonl');
    const w = createWriter(fileSink(out), 'jsonl');
    w.write({ a: 1 });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp)).toEqual([path.basename(temporaryPath(out))]);
    w.close();
    expect(readFileSync(out, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(tmp)).toEqual(['out.jsonl']);
  });

  it('leaves the previous output untouched and no temporary file when aborted', () => {
    const out = path.join(tmp, 'out.json');
    writeFileSync(out, 'previous');
    const w = createWriter(fileSink(out), 'json');
    for (let i = 0; i < 20000; i++) w.write({ i, text: 'x'.repeat(20) }); // past the buffer: bytes did reach the disk
    w.abort();
    w.abort();
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(tmp)).toEqual(['out.json']);
  });

  it('keeps a symbolic link to the output a link, and the file its permissions', () => {
    const real = path.join(tmp, 'real.jsonl');
    const link = path.join(tmp, 'link.jsonl');
    writeFileSync(real, 'old');
    chmodSync(real, 0o640);
    symlinkSync('real.jsonl', link);
    const w = createWriter(fileSink(link), 'jsonl');
    w.write({ b: 2 });
    w.close();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('{"b":2}\n');
    expect(statSync(real).mode & 0o777).toBe(0o640);
  });

  it('removes temporary files left by a run that was killed, and only those', () => {
    const out = path.join(tmp, 'out.jsonl');
    // a process that has exited: its pid is free
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    const stale = path.join(tmp, `.out.jsonl.${dead}.tmp`);
    const alive = path.join(tmp, `.out.jsonl.${process.ppid}.tmp`);
    const other = path.join(tmp, `.other.jsonl.${dead}.tmp`);
    for (const f of [stale, alive, other]) writeFileSync(f, 'partial');
    const w = createWriter(fileSink(out), 'jsonl');
    w.close();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });

  it('fails before writing anything when the target is a directory or its directory is missing', () => {
    expect(() => fileSink(tmp)).toThrow(new OutputError(tmp, { code: 'EISDIR' }));
    expect(() => fileSink(path.join(tmp, 'no/such/out.jsonl'))).toThrow(`cannot write ${path.join(tmp, 'no/such/out.jsonl')}: no such directory: ${path.join(tmp, 'no/such')}`);
  });

  it('writes a device directly: nothing is renamed over it, and a full disk is reported', () => {
    const w = createWriter(fileSink('/dev/null'), 'jsonl');
    w.write({ c: 3 });
    w.close();
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const full = createWriter(fileSink('/dev/full'), 'jsonl');
    full.write({ d: 4 });
    expect(() => full.close()).toThrow('cannot write /dev/full: no space left on device');
    full.abort();
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});

describe('commitAll', () => {
  it('puts no output in place when one of them cannot be finished, and all of them when every one can', () => {
    const out = path.join(tmp, 'out.jsonl');
    const rejects = path.join(tmp, 'rejects.jsonl');
    writeFileSync(out, 'old records\n');
    writeFileSync(rejects, 'old rejects\n');
    const records = createWriter(fileSink(out), 'jsonl');
    const rejected = createWriter(fileSink(rejects), 'jsonl');
    const summary = createWriter(fileSink('/dev/full'), 'jsonl');
    records.write({ a: 1 });
    rejected.write({ b: 2 });
    summary.write({ c: 3 });
    expect(() => commitAll([records, rejected, summary])).toThrow('cannot write /dev/full: no space left on device');
    for (const w of [records, rejected, summary]) w.abort();
    expect(readFileSync(out, 'utf8')).toBe('old records\n');
    expect(readFileSync(rejects, 'utf8')).toBe('old rejects\n');
    expect(readdirSync(tmp).sort()).toEqual(['out.jsonl', 'rejects.jsonl']);

    const again = [createWriter(fileSink(out), 'jsonl'), createWriter(fileSink(rejects), 'json'), undefined];
    again[0]!.write({ a: 1 });
    commitAll(again);
    expect(readFileSync(out, 'utf8')).toBe('{"a":1}\n');
    expect(readFileSync(rejects, 'utf8')).toBe('[]\n');
    expect(readdirSync(tmp).sort()).toEqual(['out.jsonl', 'rejects.jsonl']);
  });
});
