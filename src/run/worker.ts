// A worker thread of the pool (pool.ts): counts pages for the corpus pass (into the shared counters, or back to
// the main thread) and cleans pages, with the options and profile counters it was started with, and replies with
// each page's result.
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusProfile } from '../corpus/profile.js';
import { CountMinSketch } from '../corpus/sketch.js';
import { cleanSerialised, cleanTextSerialised, viewBytes, type PageOptions, type SerialisedOutcome } from './page.js';
import { explainPage, type PageExplanation } from '../explain/explain.js';
import { readPage } from '../io/read-input.js';
import { countInPlace, countPage, type CountedPage } from './profile-pass.js';
import { PageSet } from '../corpus/page-set.js';
import type { PageRequest, WorkerMessage, WorkerReply, WorkerSetup } from './pool.js';
import { internalError } from '../rejects.js';
import { resolveOptions } from '../options.js';

// started as a worker of the pool (importing this module elsewhere, as the regular-expression audit does, does nothing)
const setup = workerData as WorkerSetup | null;
// the cleaner's options as sent, resolved once for every page of this worker
const options: PageOptions = { ...setup?.options, clean: resolveOptions(setup?.options.clean), profile: null };

// the profile being filled, when this worker adds the pages it counts to it
const filling = setup?.counts && setup.shape && setup.seen ? { sketch: new CountMinSketch(setup.shape, setup.counts), seen: new PageSet(0, setup.seen) } : null;

async function work(request: PageRequest): Promise<SerialisedOutcome | CountedPage | PageExplanation | number | null> {
  if (request.kind === 'count') {
    const read = await readPage(request.input, options.maxBytes);
    return 'bytes' in read ? countPage(read.bytes, request.input.source, options, request.lines) : null;
  }
  if (request.kind === 'count-in-place') {
    if (!filling) throw new Error('this worker was started without a profile to fill');
    const read = await readPage(request.input, options.maxBytes);
    return 'bytes' in read ? countInPlace(read.bytes, request.input.source, options, filling.sketch, filling.seen) : null;
  }
  if (request.kind === 'explain') return explainPage(request.source, viewBytes(request.bytes, request.source, options));
  const task = request.task;
  const { signature } = options;
  if (!signature) throw new Error('this worker was started without the signature parameters to clean with');
  if ('page' in task) return cleanTextSerialised(task.page, { ...options, signature });
  if ('bytes' in task) return cleanSerialised(task.bytes, task.source, { ...options, signature });
  const read = await readPage(task.input, options.maxBytes);
  if ('reject' in read) return { ok: false, reject: read.reject };
  return cleanSerialised(read.bytes, task.input.source, { ...options, signature });
}

function isRecord(result: unknown): result is Extract<SerialisedOutcome, { ok: true }> {
  return typeof result === 'object' && result !== null && 'ok' in result && result.ok === true;
}

function useProfile(totals: { pages: number; lines: number } | null): void {
  if (!totals || !setup?.counts || !setup.shape) {
    options.profile = null;
    return;
  }
  const profile = new CorpusProfile(setup.shape, new CountMinSketch(setup.shape, setup.counts));
  profile.pages = totals.pages;
  profile.lines = totals.lines;
  options.profile = profile;
}

async function answer(request: PageRequest): Promise<WorkerReply> {
  try {
    return { id: request.id, result: await work(request) };
  } catch (err) {
    // the page, not the run: a page that cannot be cleaned is its reject, one that cannot be counted is left out
    if (request.kind === 'explain') return { id: request.id, result: explainPage(request.source, { ok: false, reject: internalError(request.source, err), doc: null, format: null }) };
    if (request.kind !== 'clean') return { id: request.id, result: null };
    const task = request.task;
    const source = 'page' in task ? task.page.source : 'bytes' in task ? task.source : task.input.source;
    return { id: request.id, result: { ok: false, reject: internalError(source, err) } };
  }
}

if (setup) {
  parentPort?.on('message', (message: WorkerMessage) => {
    if (!Array.isArray(message)) return useProfile(message.totals);
    // every page of the batch is read at once and cleaned as its bytes come; one message answers them all
    void Promise.all(message.map(answer)).then((replies) => {
      // records' bytes are handed over, not copied
      const transfer = replies.flatMap((r) => ('result' in r && isRecord(r.result) ? [r.result.record.utf8.buffer as ArrayBuffer] : []));
      parentPort!.postMessage(replies, transfer);
    });
  });
}
