// One page never ends a run. Pages whose size met a limit of the language (arguments spread into a call, the call
// stack of a recursive walk) are cleaned like any other, and whatever still throws on a page becomes that page's
// reject, `internal-error`, in this thread or in a worker, while the other pages go on.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanPage, cleanSerialised } from '../../src/run/page.js';
import { recordSchema } from '../../src/schema.js';
import { rejectSchema } from '../../src/rejects.js';
import { resolveNearDuplicateOptions, signatureParams } from '../../src/corpus/options.js';
import { runCli, parseJsonl } from '../cli/run-cli.js';
import { pipeline, ROOT } from '../helpers.js';
import { computeLayout } from '../../src/pipeline/layout.js';
import { findElement, parseHtml } from '../../src/html/dom.js';
import { readMetadata } from '../../src/html/metadata.js';
import { resolveOptions } from '../../src/options.js';
import { scratch } from '../scratch.js';

const LEAD =
  'The harbour ferry will return to service on Monday after four months of repairs, the port authority said on Friday, and the timetable will be the same as last summer.';
const SECOND =
  'Passengers who bought season tickets before the repairs began will have them extended by four months, a spokeswoman for the operator said in a statement.';

function expectRecordWith(outcome: ReturnType<typeof cleanPage>, text: string) {
  if (!outcome.ok) throw new Error(`rejected: ${outcome.reject.reason}: ${outcome.reject.message}`);
  recordSchema.parse(outcome.record);
  expect(outcome.record.body).toContain(text);
}

describe('pages past the limits of a call', () => {
  // the stages that met the limit, on pages of the size that did (the whole pages, cleaned, are shapes of
  // npm run bench:pathological: seconds each, too slow here)
  it('the layout of a text page of 200,000 list items', () => {
    const doc = pipeline(`Ferry returns after repairs\n\n${LEAD}\n\n  * Item one\n  * Item two\n`);
    const item = doc.blocks.find((b) => b.kind === 'bullet')!;
    const blocks = [...doc.blocks.slice(0, 2), ...Array.from({ length: 200_000 }, () => item)];
    const layout = computeLayout(blocks, doc.options);
    expect(layout).toHaveLength(200_002);
    expect(layout[2].listRun).toBe(200_000);
  });

  it('the metadata of an HTML page whose JSON-LD @graph has 200,000 items', () => {
    const dom = parseHtml('<!DOCTYPE html><html><head><script type="application/ld+json">{}</script></head><body></body></html>');
    const script = findElement(dom, 'script')!;
    const things = Array.from({ length: 200_000 }, (_, i) => `{"@type":"Thing","name":"t${i}"}`).join(',');
    const article = '{"@type":"NewsArticle","headline":"Ferry returns after repairs","author":{"@type":"Person","name":"Ann Lee"}}';
    (script.childNodes[0] as { value: string }).value = `{"@context":"https://schema.org","@graph":[${things},${article}]}`;
    // the article at the end of the graph is read
    expect(readMetadata(dom, resolveOptions()).explicit).toMatchObject({ title: 'Ferry returns after repairs', authors: ['Ann Lee'] });
  });

  it('an HTML breadcrumb nested 20,000 elements deep', () => {
    const deep = '<span>'.repeat(20_000) + '<a href="/">Home</a> <a href="/news">News</a>' + '</span>'.repeat(20_000);
    const html = `<!DOCTYPE html><html><body><nav aria-label="breadcrumb">${deep}</nav><article><h1>Ferry returns after repairs</h1><p>${LEAD}</p><p>${SECOND}</p></article></body></html>`;
    const outcome = cleanPage(Buffer.from(html), 'crumbs.html');
    expectRecordWith(outcome, LEAD);
    expect(outcome.ok && outcome.record.section).toEqual(['Home', 'News']);
  });
});

describe('the guard around each page', () => {
  it('turns anything thrown while a page is cleaned into its reject, internal-error, with the message', () => {
    // options the library refuses: cleaning throws, for this page only
    const bad = { clean: { keepThreshold: 'high' as unknown as number } };
    for (const outcome of [cleanPage(Buffer.from(LEAD), 'page.txt', bad), cleanSerialised(Buffer.from(LEAD), 'page.txt', { ...bad, signature: signatureParams(resolveNearDuplicateOptions()) })]) {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      rejectSchema.parse(outcome.reject);
      expect(outcome.reject).toMatchObject({ source: 'page.txt', reason: 'internal-error' });
      expect(outcome.reject.message).toContain('keepThreshold');
    }
  });

  it('with --from-jsonl, a line whose passthrough is nested 100,000 deep is a record like the others', () => {
    const dir = scratch('one-page');
    const nested = '['.repeat(100_000) + ']'.repeat(100_000);
    const line = (n: number, extra = '') => `{"id":"p${n}","text":${JSON.stringify(`Ferry returns\n\n${n} ${LEAD}\n\n${SECOND}`)}${extra}}`;
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(file, [line(1), line(2, `,"deep":${nested}`), line(3)].join('\n') + '\n');
    const r = runCli(['--from-jsonl', file, '-q']);
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n');
    expect(records.map((x) => /^\{"id":"(\w+)"/.exec(x)?.[1])).toEqual(['p1', 'p2', 'p3']);
    expect(records[1].endsWith(`"passthrough":{"deep":${nested}}}`)).toBe(true);
  });

  it('on worker threads and on the main thread, pages that throw are rejects and the run ends normally', async () => {
    // the built runner: workers run the compiled worker module
    const { runInputs } = (await import(path.join(ROOT, 'dist/run/runner.js'))) as typeof import('../../src/run/runner.js');
    const dir = scratch('one-page-jobs');
    mkdirSync(path.join(dir, 'pages'));
    const inputs = [1, 2, 3].map((n) => {
      const p = path.join(dir, 'pages', `${n}.txt`);
      writeFileSync(p, `Ferry returns\n\n${n} ${LEAD}\n\n${SECOND}\n`);
      return { kind: 'file' as const, source: p, path: p };
    });
    for (const jobs of [1, 2]) {
      const written: unknown[] = [];
      const writer = { write: () => {}, writeSerialised: (b: Uint8Array) => written.push(b), finish: () => {}, commit: () => {}, close: () => {}, abort: () => {} };
      const summary = await runInputs(inputs, writer, { jobs, profile: null, clean: { keepThreshold: 'high' as unknown as number } });
      expect([jobs, summary.inputs, written.length, summary.rejects.map((r) => r.reason)]).toEqual([jobs, 3, 0, ['internal-error', 'internal-error', 'internal-error']]);
    }
  }, 60_000);
});
