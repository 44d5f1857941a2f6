// Walking messy trees: symbolic link cycles must not hang the walk, and whatever cannot become an input (a broken
// or looping link, a named pipe) becomes a reject instead of disappearing.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { discoverInputs, DEFAULT_INCLUDE } from '../../src/io/discover.js';
import { readInput } from '../../src/io/read-input.js';
import { outputTargets } from '../../src/io/overlap.js';
import { scratch } from '../scratch.js';

const opts = { include: DEFAULT_INCLUDE, exclude: [] };
let tmp: string;
beforeEach(() => {
  tmp = scratch('discover');
});

const sources = (d: { inputs: { source: string }[] }) => d.inputs.map((i) => i.source);
const write = (rel: string, text = 'text') => {
  mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
  writeFileSync(path.join(tmp, rel), text);
};

describe('discoverInputs', () => {
  it('walks a tree with symbolic links back to its own directories without looping, each file once', async () => {
    write('root/a/b/x.txt');
    write('root/top.txt');
    symlinkSync('..', path.join(tmp, 'root/a/b/up'));
    symlinkSync('../..', path.join(tmp, 'root/a/b/up2'));
    symlinkSync('.', path.join(tmp, 'root/self'));
    const found = await discoverInputs([path.join(tmp, 'root')], opts);
    expect(sources(found).map((s) => path.relative(tmp, s))).toEqual(['root/a/b/x.txt', 'root/top.txt']);
    expect(found.rejects).toEqual([]);
  });

  it('breaks a cycle that runs through two sibling directories', async () => {
    write('root/s/one.txt');
    write('root/t/two.txt');
    symlinkSync('../t', path.join(tmp, 'root/s/to-t'));
    symlinkSync('../s', path.join(tmp, 'root/t/to-s'));
    const found = await discoverInputs([path.join(tmp, 'root')], opts);
    expect(sources(found).map((s) => path.relative(tmp, s))).toEqual(['root/s/one.txt', 'root/t/two.txt']);
  });

  it('follows a link to a directory outside the tree', async () => {
    write('elsewhere/far.txt');
    mkdirSync(path.join(tmp, 'root'));
    symlinkSync(path.join(tmp, 'elsewhere'), path.join(tmp, 'root/linked'));
    const found = await discoverInputs([path.join(tmp, 'root')], opts);
    expect(sources(found).map((s) => path.relative(tmp, s))).toEqual(['root/linked/far.txt']);
  });

  it('rejects broken and looping file links and named pipes, naming each', async () => {
    write('root/good.txt');
    symlinkSync('nowhere.txt', path.join(tmp, 'root/dangling.txt'));
    symlinkSync('loop-b.txt', path.join(tmp, 'root/loop-a.txt'));
    symlinkSync('loop-a.txt', path.join(tmp, 'root/loop-b.txt'));
    expect(spawnSync('mkfifo', [path.join(tmp, 'root/pipe.txt')]).status).toBe(0);
    const root = path.join(tmp, 'root');
    const found = await discoverInputs([root], opts);
    expect(sources(found)).toEqual([`${root}/good.txt`]);
    expect(found.rejects).toEqual([
      { source: `${root}/dangling.txt`, reason: 'unreadable', message: 'symbolic link cannot be followed: no such file or directory' },
      { source: `${root}/loop-a.txt`, reason: 'unreadable', message: 'symbolic link cannot be followed: too many levels of symbolic links' },
      { source: `${root}/loop-b.txt`, reason: 'unreadable', message: 'symbolic link cannot be followed: too many levels of symbolic links' },
      { source: `${root}/pipe.txt`, reason: 'unreadable', message: 'not a regular file (a named pipe)' },
    ]);
  });

  it('takes a file and a link to it once, by its own name, also when the directory is given through a link', async () => {
    write('real/a.txt');
    write('real/sub/c.txt');
    symlinkSync('a.txt', path.join(tmp, 'real/b-link.txt'));
    symlinkSync('../a.txt', path.join(tmp, 'real/sub/up-link.txt'));
    symlinkSync('real', path.join(tmp, 'via'));
    for (const root of [path.join(tmp, 'real'), path.join(tmp, 'via')]) {
      const found = await discoverInputs([root], opts);
      expect(sources(found)).toEqual([`${root}/a.txt`, `${root}/sub/c.txt`]);
    }
    // the directory and a file in it, named both ways: each file once
    const both = await discoverInputs([path.join(tmp, 'via'), path.join(tmp, 'real/a.txt')], opts);
    expect(sources(both)).toEqual([`${tmp}/via/a.txt`, `${tmp}/via/sub/c.txt`]);
  });

  it('rejects a missing argument and a looping link given directly', async () => {
    symlinkSync('me.txt', path.join(tmp, 'me.txt'));
    const found = await discoverInputs([path.join(tmp, 'missing.txt'), path.join(tmp, 'me.txt')], opts);
    expect(found.inputs).toEqual([]);
    expect(found.rejects.map((r) => r.message)).toEqual(['no such file or directory', 'too many levels of symbolic links']);
  });

  it('keeps names with spaces, line breaks and non-ASCII letters exactly', async () => {
    const names = ['with space.txt', 'line\nbreak.txt', 'Zürich – 北京.txt'];
    for (const n of names) write(`root/${n}`);
    const found = await discoverInputs([path.join(tmp, 'root')], opts);
    expect(sources(found).map((s) => path.basename(s)).sort()).toEqual([...names].sort());
  });

  it('turns a file name that is not valid UTF-8 into a reject with advice, not a silent loss', async () => {
    mkdirSync(path.join(tmp, 'root'));
    writeFileSync(Buffer.concat([Buffer.from(path.join(tmp, 'root') + '/caf'), Buffer.from([0xe9]), Buffer.from('.txt')]), 'text');
    const found = await discoverInputs([path.join(tmp, 'root')], opts);
    expect(found.inputs).toHaveLength(1);
    const read = await readInput(found.inputs[0]);
    expect(read).toEqual({
      reject: { source: found.inputs[0].source, reason: 'unreadable', message: 'the file name is not valid UTF-8 and cannot be opened; rename the file' },
    });
  });

  it('never takes the output files as input, and reports each one found among the inputs', async () => {
    write('root/page.txt');
    write('root/out.txt');
    write('root/rejects.txt');
    write('other/page.txt');
    const root = path.join(tmp, 'root');
    // a hard link to an output is that output under another name
    linkSync(`${root}/rejects.txt`, `${root}/sub-link.txt`);
    const outputs = outputTargets([
      ['-o', `${root}/out.txt`],
      ['--rejects', `${root}/rejects.txt`],
      ['--summary-json', `${root}/new.txt`],
    ]);
    const found = await discoverInputs([root, `${root}/out.txt`, `${tmp}/other/../root/out.txt`, `${tmp}/other`], { ...opts, outputs });
    expect(sources(found)).toEqual([`${root}/page.txt`, `${tmp}/other/page.txt`]);
    expect(found.rejects).toEqual([]);
    expect(found.overlaps).toEqual([
      { output: `-o ${root}/out.txt`, input: `${root}/out.txt` },
      { output: `--rejects ${root}/rejects.txt`, input: `${root}/rejects.txt` },
      { output: `--rejects ${root}/rejects.txt`, input: `${root}/sub-link.txt` },
    ]);
  });

  it('reports a directory in which nothing matched', async () => {
    write('root/page.md');
    const found = await discoverInputs([path.join(tmp, 'root')], opts);
    expect(found).toEqual({ inputs: [], rejects: [], emptyDirs: [path.join(tmp, 'root')], overlaps: [] });
  });

  it('reads a file reached twice once, under its first name', async () => {
    write('root/a.txt');
    symlinkSync('a.txt', path.join(tmp, 'root/b.txt'));
    const found = await discoverInputs([path.join(tmp, 'root')], opts);
    expect(sources(found).map((s) => path.basename(s))).toEqual(['a.txt']);
  });
});
