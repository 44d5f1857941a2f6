// Property-based tests (fast-check): no string and no bytes make the cleaner throw; every outcome is a
// schema-valid record or a reject with a documented reason; the same input gives the same output, whatever was
// cleaned before and however the work is split; cleaning a record's body again keeps it.
// FUZZ_RUNS sets the number of cases per property (default 150); a long session: FUZZ_RUNS=20000 npm test -- test/robust/fuzz
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { cleanDocument } from '../../src/index.js';
import { recordSchema } from '../../src/schema.js';
import { rejectSchema } from '../../src/rejects.js';
import { cleanPage, type PageOutcome } from '../../src/run/page.js';
import { ROOT } from '../helpers.js';
import { anyText, article, hugeLine, newsPage, paragraph, RUNS } from './arbitraries.js';
import { scratch } from '../scratch.js';

/** Library rejects a text can get: anything else (invalid-record) would be a bug in the cleaner. */
const TEXT_REJECTS = ['empty', 'no-body'];

function checkText(text: string): void {
  const r = cleanDocument(text, { source: 'fuzz' });
  if (r.ok) recordSchema.parse(r.record);
  else expect(TEXT_REJECTS).toContain(r.reject.reason);
}

function checkOutcome(outcome: PageOutcome): void {
  if (outcome.ok) recordSchema.parse(outcome.record);
  else rejectSchema.parse(outcome.reject);
}

describe('cleanDocument never throws', () => {
  it('on any string: news pages, arbitrary code points, lone surrogates and control characters', () => {
    fc.assert(fc.property(anyText, checkText), { numRuns: RUNS });
  });

  it('on huge single lines of one repeated pattern', () => {
    fc.assert(fc.property(hugeLine, checkText), { numRuns: Math.max(5, Math.round(RUNS / 15)) });
  });
});

const SAMPLES = ['fixtures/bad/encodings', 'fixtures/seeds'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => readFileSync(path.join(ROOT, dir, d.name))),
);

/** A real page in some encoding, damaged: bytes overwritten, cut, NULs or byte order marks inserted. */
const damagedPage = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.nat(255) }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constantFrom([0], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0x0d], [0xe4, 0xb8], [0x80]) }),
      ),
      { maxLength: 6 },
    ),
  )
  .map(([page, edits]) => {
    let bytes = Buffer.from(page);
    for (const e of edits) {
      const at = bytes.length ? e.at % bytes.length : 0;
      if (e.kind === 'set' && bytes.length) bytes[at] = e.byte;
      else if (e.kind === 'cut') bytes = bytes.subarray(0, at);
      else if (e.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at)]);
    }
    return bytes;
  });

describe('cleanPage never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (b) => checkOutcome(cleanPage(b, 'fuzz'))), { numRuns: RUNS });
  });

  it('on real pages in every encoding, damaged', () => {
    fc.assert(fc.property(damagedPage, (b) => checkOutcome(cleanPage(b, 'fuzz'))), { numRuns: RUNS });
  });

  it('on pages in a wrong --encoding', () => {
    const encoding = fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'windows-1252', 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'koi8-r');
    fc.assert(fc.property(damagedPage, encoding, (b, e) => checkOutcome(cleanPage(b, 'fuzz', { encoding: e }))), { numRuns: RUNS });
  });
});

/** Pages cleaned as a corpus. Worker threads (`--jobs`) will add ways to split the work: list them in JOBS. */
function cleanCorpus(pages: Uint8Array[], jobs: number): string {
  if (jobs !== 1) throw new Error('only one job until worker threads exist');
  return pages.map((p, i) => JSON.stringify(cleanPage(p, `page-${i}.txt`))).join('\n');
}
const JOBS = [1];

describe('determinism', () => {
  const pages = fc.array(fc.oneof(newsPage.map((t) => Buffer.from(t)), damagedPage), { minLength: 1, maxLength: 8 });

  it('gives the same output for the same input on every run', () => {
    fc.assert(fc.property(pages, (ps) => expect(cleanCorpus(ps, 1)).toBe(cleanCorpus(ps, 1))), { numRuns: Math.max(10, RUNS / 5) });
  });

  it.each(JOBS)('gives the same output with %i job(s) as with one', (jobs) => {
    fc.assert(fc.property(pages, (ps) => expect(cleanCorpus(ps, jobs)).toBe(cleanCorpus(ps, 1))), { numRuns: Math.max(10, RUNS / 5) });
  });

  it('carries no state from one page to the next', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const outcome = (t: string) => {
          const r = cleanDocument(t);
          return JSON.stringify(r.ok ? r.record : r.reject);
        };
        const first = outcome(a);
        outcome(b);
        expect(outcome(a)).toBe(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives byte-identical CLI output for a generated corpus, run after run, and loses no page', () => {
    const tmp = scratch('fuzz');
    const dir = path.join(tmp, 'pages');
    mkdirSync(dir);
    const corpus = fc.sample(fc.oneof(newsPage.map((t) => Buffer.from(t)), damagedPage, fc.uint8Array({ maxLength: 500 })), { numRuns: 60, seed: 7 });
    corpus.forEach((bytes, i) => writeFileSync(path.join(dir, `page-${String(i).padStart(3, '0')}.txt`), bytes));
    const runOnce = () => {
      const rej = path.join(tmp, 'rejects.jsonl');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/corpus-clean.js'), dir, '--rejects', rej, '-q'], { encoding: 'utf8' });
      return { stdout: r.stdout, rejects: readFileSync(rej, 'utf8'), code: r.status };
    };
    const first = runOnce();
    expect(runOnce()).toEqual(first);
    const count = (s: string) => s.split('\n').filter(Boolean).length;
    expect(count(first.stdout) + count(first.rejects)).toBe(corpus.length);
  });
});

describe('cleaning its own output', () => {
  /** An article whose paragraphs are all long (three sentences or more): prose on their own, whatever surrounds them. */
  const longArticle = fc
    .tuple(article, fc.array(fc.array(paragraph, { minLength: 3, maxLength: 4 }).map((p) => p.join(' ')), { minLength: 1, maxLength: 8 }))
    .map(([a, ps]) => [a.split('\n\n')[0], ...ps].join('\n\n') + '\n');

  it('keeps the body of an article exactly as it is', () => {
    fc.assert(
      fc.property(longArticle, (text) => {
        const first = cleanDocument(text);
        if (!first.ok) return;
        const again = cleanDocument(first.record.body);
        expect(again.ok && again.record.body).toBe(first.record.body);
      }),
      { numRuns: RUNS },
    );
  });

  it('never invents, changes or reorders text on any page: a second pass can only remove some', () => {
    fc.assert(
      fc.property(fc.oneof(newsPage, article), (text) => {
        const first = cleanDocument(text);
        if (!first.ok) return;
        const again = cleanDocument(first.record.body);
        if (!again.ok) return;
        expect(isSubsequence(again.record.body.replace(/\n\n/g, ' '), first.record.body.replace(/\n\n/g, ' '))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  // Once a known limit: a short first paragraph kept because of the headline above it was dropped when its body
  // was cleaned alone (it touched the page edge). The scored classifier keeps it both times.
  it('keeps a short first paragraph that the headline kept the first time', () => {
    const page =
      'Council approves new bridge plan\n\nThe council said on Monday that the new bridge would open next year.\n\n' +
      'The council said on Monday that the plan was the only way to keep the service running, after two years of delays.\n';
    const first = cleanDocument(page);
    if (!first.ok) throw new Error('the page gives a record');
    expect(first.record.body.split('\n\n')).toHaveLength(2);
    const again = cleanDocument(first.record.body);
    expect(again.ok && again.record.body).toBe(first.record.body);
  });

  // Known limit, reported to the extractors' owner: of two editor credits only the first is taken as the field;
  // the second stays in the body and is taken (and cut from its paragraph) on the next pass.
  it.failing('takes every editor credit the first time', () => {
    const page =
      'The council said on Monday that the new bridge would open next year, after two years of delays.\n' +
      'Editing by Chris Reese\n(Editor: Li Na)The council said on Monday that the bridge would open in May, despite strong opposition.\n';
    const first = cleanDocument(page);
    if (!first.ok) throw new Error('the page gives a record');
    const again = cleanDocument(first.record.body);
    expect(again.ok && again.record.body).toBe(first.record.body);
  });
});

/** Whether `short` can be had from `long` by deleting characters. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}
