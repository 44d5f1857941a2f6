// What a thread of the pool (pool.ts) does with each request: count pages for the corpus pass (into the shared
// counters, or back to the caller) and clean pages, with the options and profile counters it was set up with.
// The same handler serves a worker thread (worker.ts) and the main thread when it takes a share of the pages.
import { CorpusProfile } from '../corpus/profile.js';
import { CountMinSketch } from '../corpus/sketch.js';
import { cleanSerialised, type PageOptions, type SerialisedOutcome } from './runner.js';
import { readPage } from '../io/read-input.js';
import { countInPlace, countPage, type CountedPage } from './profile-pass.js';
import { PageSet } from '../corpus/page-set.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './pool.js';

/** Sends a reply; `transfer` lists buffers that a worker hands over rather than copies. */
export type Reply = (reply: WorkerReply, transfer: ArrayBuffer[]) => void;

/** Cleans a page elsewhere (on a worker), for a thread that does not clean pages as large as this one itself. */
export interface HandOff {
  maxBytes: number;
  clean(task: { source: string; bytes: Uint8Array }): Promise<SerialisedOutcome>;
}

/** The request handler of one thread: every request gets exactly one reply, a result or an error. */
export function taskHandler(setup: WorkerSetup, handOff?: HandOff): (request: WorkerRequest, reply: Reply) => void {
  const options: PageOptions = { ...setup.options, profile: null };
  // the profile being filled, when this thread adds the pages it counts to it
  const filling = setup.counts && setup.shape && setup.seen ? { sketch: new CountMinSketch(setup.shape, setup.counts), seen: new PageSet(0, setup.seen) } : null;

  async function work(request: Exclude<WorkerRequest, { kind: 'profile' }>): Promise<SerialisedOutcome | CountedPage | number | null> {
    if (request.kind === 'count') {
      const read = await readPage(request.input, options.maxBytes);
      return 'bytes' in read ? countPage(read.bytes, request.input.source, options, request.lines) : null;
    }
    if (request.kind === 'count-in-place') {
      if (!filling) throw new Error('this thread was set up without a profile to fill');
      const read = await readPage(request.input, options.maxBytes);
      return 'bytes' in read ? countInPlace(read.bytes, request.input.source, options, filling.sketch, filling.seen) : null;
    }
    const task = request.task;
    const { signature } = options;
    if (!signature) throw new Error('this thread was set up without the signature parameters to clean with');
    const page = 'bytes' in task ? task : await readPage(task.input, options.maxBytes);
    if ('reject' in page) return { ok: false, reject: page.reject };
    const source = 'bytes' in task ? task.source : task.input.source;
    if (handOff && page.bytes.length > handOff.maxBytes) return handOff.clean({ source, bytes: page.bytes });
    return cleanSerialised(page.bytes, source, { ...options, signature });
  }

  function useProfile(totals: { pages: number; lines: number } | null): void {
    if (!totals || !setup.counts || !setup.shape) {
      options.profile = null;
      return;
    }
    const profile = new CorpusProfile(setup.shape, new CountMinSketch(setup.shape, setup.counts));
    profile.pages = totals.pages;
    profile.lines = totals.lines;
    options.profile = profile;
  }

  return (request, reply) => {
    if (request.kind === 'profile') return useProfile(request.totals);
    work(request).then(
      // a record's bytes are handed over, not copied
      (result) => reply({ id: request.id, result }, isRecord(result) ? [result.record.utf8.buffer as ArrayBuffer] : []),
      (err: unknown) => reply({ id: request.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }, []),
    );
  };
}

function isRecord(result: unknown): result is Extract<SerialisedOutcome, { ok: true }> {
  return typeof result === 'object' && result !== null && 'ok' in result && result.ok === true;
}
