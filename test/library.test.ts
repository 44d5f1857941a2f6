// The library's entries for files, bytes, checks and profiles give what the command line gives for the same
// input: the same record, the same rejects, the same problems.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { checkFile, checkRecord, cleanBytes, cleanFile, CorpusProfile, loadProfile, ProfileFileError } from '../src/index.js';
import { ROOT } from './helpers.js';
import { scratch } from './scratch.js';
import { parseJsonl, runCli } from './cli/run-cli.js';

const PAGES = ['related-list.txt', 'widgets.txt', 'lynx-dump.txt'];

function corpus(): string {
  const dir = scratch('library');
  mkdirSync(path.join(dir, 'pages'));
  for (const p of PAGES) copyFileSync(path.join(ROOT, 'fixtures/pages', p), path.join(dir, 'pages', p));
  writeFileSync(path.join(dir, 'pages/widgets.txt.gz'), gzipSync(readFileSync(path.join(dir, 'pages/widgets.txt'))));
  return dir;
}

// each test below runs the command line once or twice to compare: seconds on a loaded machine, not jest's 5 s
describe('cleanFile and cleanBytes', () => {
  it('give the record the command line writes for the same file, compressed or not', async () => {
    const dir = corpus();
    for (const name of ['pages/related-list.txt', 'pages/widgets.txt.gz']) {
      const cli = runCli([name, '--no-profile'], { cwd: dir });
      // the tests run in another directory than the command did: the path is absolute, the source as the command had it
      const result = await cleanFile(path.join(dir, name), { source: name });
      expect(result.ok).toBe(true);
      expect(JSON.parse(JSON.stringify(result.ok && result.record))).toEqual(parseJsonl(cli.stdout)[0]);
    }
  }, 60_000);

  it('decode as told or by detection, and reject what the command line rejects', async () => {
    const bytes = readFileSync(path.join(ROOT, 'fixtures/bad/encodings/fr-windows-1252.txt'));
    const detected = cleanBytes(bytes);
    expect(detected.ok && detected.record.title).toBe('La boulangerie du quartier rouvre après trois mois de travaux');
    expect(detected.ok && detected.record.source).toBe('-');
    const told = cleanBytes(bytes, { encoding: 'koi8-r' });
    expect(told.ok && told.record.title).not.toBe(detected.ok && detected.record.title);
    expect(() => cleanBytes(bytes, { encoding: 'klingon' })).toThrow(RangeError);
    expect(cleanBytes(bytes, { maxBytes: 100, source: 'fr.txt' })).toMatchObject({ ok: false, reject: { source: 'fr.txt', reason: 'too-large' } });
    expect(cleanBytes(Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]))).toMatchObject({ ok: false, reject: { reason: 'binary' } });
    const dir = corpus();
    expect(await cleanFile(path.join(dir, 'missing.txt'))).toMatchObject({ ok: false, reject: { reason: 'unreadable', message: 'no such file or directory' } });
    expect(await cleanFile(path.join(dir, 'pages'))).toMatchObject({ ok: false, reject: { reason: 'is-directory' } });
  }, 60_000);
});

describe('checkRecord and checkFile', () => {
  it('find what corpus-clean check finds, in either layout, at the line of the field', async () => {
    const dir = corpus();
    const { stdout } = runCli(['pages/related-list.txt', '--layout', 'datatrove'], { cwd: dir });
    const document = parseJsonl(stdout)[0] as { metadata: Record<string, unknown> };
    expect(checkRecord(document)).toEqual([]);
    const damaged = { ...document, metadata: { ...document.metadata, authors: 'Jane Doe' } };
    expect(checkRecord(damaged)).toEqual([{ field: 'metadata.authors', message: 'expected array, received string' }]);
    expect(checkRecord([1, 2])).toEqual([{ field: '(record)', message: 'expected a record (a JSON object), found an array' }]);

    // a JSON array, pretty-printed: the problem is at the line of the field
    writeFileSync(path.join(dir, 'corpus.json'), JSON.stringify([document, damaged], null, 2));
    const checked = await checkFile(path.join(dir, 'corpus.json'));
    const cli = runCli(['check', 'corpus.json'], { cwd: dir });
    expect(cli.code).toBe(1);
    expect(checked.records).toBe(2);
    expect(checked.problems.map((p) => `corpus.json:${p.line}: ${p.field}: ${p.message}\n`).join('')).toBe(cli.stdout);
    expect((await checkFile(path.join(dir, 'missing.jsonl'))).problems).toEqual([{ field: 'error', message: 'cannot be read: no such file or directory' }]);
  }, 60_000);
});

describe('loadProfile', () => {
  it('reads a profile the command line wrote (compressed too), which cleanFile then uses as --profile does', async () => {
    const dir = corpus();
    expect(runCli(['profile', 'pages', '--exclude', '*.gz', '-o', 'profile.json.gz'], { cwd: dir }).code).toBe(0);
    const profile = loadProfile(path.join(dir, 'profile.json.gz'));
    expect(profile).toBeInstanceOf(CorpusProfile);
    expect(profile.pages).toBe(PAGES.length);
    const cli = runCli(['pages/lynx-dump.txt', '--profile', 'profile.json.gz'], { cwd: dir });
    const result = await cleanFile(path.join(dir, 'pages/lynx-dump.txt'), { source: 'pages/lynx-dump.txt', profile });
    expect(JSON.parse(JSON.stringify(result.ok && result.record))).toEqual(parseJsonl(cli.stdout)[0]);
    expect(() => loadProfile(path.join(dir, 'pages/widgets.txt'))).toThrow(ProfileFileError);
    expect(() => loadProfile(path.join(dir, 'none.json'))).toThrow(`cannot read profile ${path.join(dir, 'none.json')}: no such file or directory`);
  }, 60_000);
});
