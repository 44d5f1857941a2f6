// What a thread of the pool does with a request (pool.ts): count a page for the corpus pass (into the shared
// counters, or back to the caller) or clean it, with the options and profile counters the pool was started with.
// The same in a worker thread (worker.ts) and in the main thread, which takes its share of the pages.
import { CorpusProfile } from '../corpus/profile.js';
import { CountMinSketch } from '../corpus/sketch.js';
import { PageSet } from '../corpus/page-set.js';
import { readPage } from '../io/read-input.js';
import { cleanBytes, type PageOptions, type PageOutcome } from './runner.js';
import { countInPlace, countPage, type CountedPage } from './profile-pass.js';
import type { WorkerRequest, WorkerSetup } from './pool.js';

export type PageRequest = Exclude<WorkerRequest, { kind: 'profile' }>;
export type PageResult = PageOutcome | CountedPage | number | null;

export class PageWork {
  private readonly options: PageOptions;
  /** The profile being filled, when this thread adds the pages it counts to it. */
  private readonly filling: { sketch: CountMinSketch; seen: PageSet } | null;

  constructor(private readonly setup: WorkerSetup) {
    this.options = { ...setup.options, profile: null };
    this.filling = setup.counts && setup.shape && setup.seen ? { sketch: new CountMinSketch(setup.shape, setup.counts), seen: new PageSet(0, setup.seen) } : null;
  }

  /** Clean with the shared profile, complete now (its totals), or with none. */
  useProfile(totals: { pages: number; lines: number } | null): void {
    const { counts, shape } = this.setup;
    if (!totals || !counts || !shape) {
      this.options.profile = null;
      return;
    }
    const profile = new CorpusProfile(shape, new CountMinSketch(shape, counts));
    profile.pages = totals.pages;
    profile.lines = totals.lines;
    this.options.profile = profile;
  }

  async work(request: PageRequest): Promise<PageResult> {
    const options = this.options;
    if (request.kind === 'count') {
      const read = await readPage(request.input, options.maxBytes);
      return 'bytes' in read ? countPage(read.bytes, request.input.source, options, request.lines) : null;
    }
    if (request.kind === 'count-in-place') {
      if (!this.filling) throw new Error('this worker was started without a profile to fill');
      const read = await readPage(request.input, options.maxBytes);
      return 'bytes' in read ? countInPlace(read.bytes, request.input.source, options, this.filling.sketch, this.filling.seen) : null;
    }
    const task = request.task;
    if ('bytes' in task) return cleanBytes(task.bytes, task.source, options);
    const read = await readPage(task.input, options.maxBytes);
    if ('reject' in read) return { ok: false, reject: read.reject };
    return cleanBytes(read.bytes, task.input.source, options);
  }
}
