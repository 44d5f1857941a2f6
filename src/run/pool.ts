// The threads that count and clean pages: `jobs - 1` worker threads and this one. Each thread gets the options
// and the corpus profile's counters once, at start, as shared memory (never copied), which it fills itself in a
// cleaning run's corpus pass (with the set of pages counted, shared too); it is told when the profile is complete
// and what its totals are, then cleans pages one by one (tasks.ts). Workers read files themselves, so this thread
// hands out paths, adds up counted pages, writes records, and cleans a page itself whenever the workers have
// enough to do: a second core then costs one more isolate, not two (each isolate compiles the cleaner anew and
// collects its own garbage). Output order is the caller's business (ordered.ts).
import { Worker } from 'node:worker_threads';
import type { CorpusProfile, ProfileShape } from '../corpus/profile.js';
import type { Input } from '../io/discover.js';
import type { PageOptions, SerialisedOutcome } from './runner.js';
import type { CountedPage } from './profile-pass.js';
import type { PageSet } from '../corpus/page-set.js';
import { taskHandler } from './tasks.js';

export interface WorkerSetup {
  options: Omit<PageOptions, 'profile'>;
  /** The profile's counters (shared memory) and shape, or null: no profile. */
  counts: Uint32Array | null;
  shape: ProfileShape | null;
  /** The table of the pages counted so far (page-set.ts, shared memory), when the workers fill the profile. */
  seen: BigUint64Array | null;
}

/** What a worker is asked to clean: a file it reads itself, or bytes already read (standard input, warm-up). */
export type CleanTask = { input: Input } | { source: string; bytes: Uint8Array };

export type WorkerRequest =
  | { id: number; kind: 'clean'; task: CleanTask }
  /** `lines`: send back the lines' text too (a profile file's heavy hitters), not only their hashes. */
  | { id: number; kind: 'count'; input: Input; lines: boolean }
  /** Count into the shared counters; the reply is the page's number of lines, or null (countInPlace). */
  | { id: number; kind: 'count-in-place'; input: Input }
  /** The profile is complete (its totals), or not to be used; sent before any page is cleaned. */
  | { kind: 'profile'; totals: { pages: number; lines: number } | null };
export type WorkerReply = { id: number; result: SerialisedOutcome | CountedPage | number | null } | { id: number; error: string };

/** A thread of the pool as the pool talks to it: a worker, or this thread. */
interface PoolThread {
  post(request: WorkerRequest): void;
  terminate(): Promise<unknown>;
}

interface Slot {
  thread: PoolThread;
  busy: number;
  /** Requests under way at a time, at most. */
  limit: number;
}

/**
 * A smaller young generation than V8's default for each worker: a page's garbage is short-lived, and each worker's
 * nursery otherwise grows to tens of megabytes; on 4,000 generated pages with two workers this took peak RSS from
 * 398 to 348 MB at about the same speed. The old generation is left alone: one very large page may need it.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/** Tasks per worker at a time: one being worked on, one being read, so a worker never waits on the disk. */
const PER_WORKER = 2;

/** Tasks this thread takes on at a time: one, so that it comes back to its other work between pages. */
const PER_THIS_THREAD = 1;

/**
 * The largest page this thread cleans itself (a larger one goes to a worker): while it cleans, it hands out no
 * work, and a worker runs dry once it has cleaned the pages it holds (a news article of 5-50 KB takes a few
 * milliseconds; a page of 128 KiB about 40).
 */
const THIS_THREAD_MAX_BYTES = 128 * 1024;

type Waiter = { resolve: (r: unknown) => void; reject: (e: Error) => void };

export class CleanPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, Waiter & { slot: Slot | null }>();
  private readonly queue: { request: Exclude<WorkerRequest, { kind: 'profile' }>; workersOnly: boolean }[] = [];
  private nextId = 0;
  private failure: Error | null = null;
  /** This thread's slot. */
  private readonly here: Slot;

  constructor(
    jobs: number,
    options: WorkerSetup['options'],
    private readonly shared: CorpusProfile | null,
    seen: PageSet | null = null,
  ) {
    const setup: WorkerSetup = { options, counts: shared?.sketch.counts ?? null, shape: shared?.shape ?? null, seen: seen?.table ?? null };
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < jobs - 1; i++) {
      const worker = new Worker(url, { workerData: setup, resourceLimits: WORKER_LIMITS });
      const slot: Slot = { thread: { post: (r) => worker.postMessage(r), terminate: () => worker.terminate() }, busy: 0, limit: PER_WORKER };
      worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped with exit code ${code}`));
      });
      this.slots.push(slot);
    }
    // this thread last: a worker is preferred when both have as much to do
    const handle = taskHandler(setup, {
      maxBytes: THIS_THREAD_MAX_BYTES,
      // ahead of the queue: the page is already under way, and later pages wait for it to be written
      clean: (task) => this.submit({ id: this.nextId++, kind: 'clean', task }, true) as Promise<SerialisedOutcome>,
    });
    const here: Slot = (this.here = {
      // a request is handled on a later turn of the event loop, as a worker's would be, not inside dispatch()
      thread: { post: (r) => setImmediate(() => handle(r, (reply) => this.settle(here, reply))), terminate: async () => {} },
      busy: 0,
      limit: PER_THIS_THREAD,
    });
    this.slots.push(here);
  }

  /** Tell every worker which profile to clean with: the shared one, complete now, or none. */
  useProfile(profile: CorpusProfile | null): void {
    if (profile !== null && profile !== this.shared) throw new Error('the workers hold another profile than the one to use');
    const request: WorkerRequest = { kind: 'profile', totals: profile ? { pages: profile.pages, lines: profile.lines } : null };
    for (const slot of this.slots) slot.thread.post(request);
  }

  clean(task: CleanTask): Promise<SerialisedOutcome> {
    return this.submit({ id: this.nextId++, kind: 'clean', task }) as Promise<SerialisedOutcome>;
  }

  count(input: Input, lines: boolean): Promise<CountedPage | null> {
    return this.submit({ id: this.nextId++, kind: 'count', input, lines }) as Promise<CountedPage | null>;
  }

  countInPlace(input: Input): Promise<number | null> {
    return this.submit({ id: this.nextId++, kind: 'count-in-place', input }) as Promise<number | null>;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.thread.terminate()));
  }

  /** `handedOff`: a page this thread would not clean, for a worker, first in line. */
  private submit(request: Exclude<WorkerRequest, { kind: 'profile' }>, handedOff = false): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject, slot: null });
      if (handedOff) this.queue.unshift({ request, workersOnly: true });
      else this.queue.push({ request, workersOnly: false });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      // the least busy thread with room for one more
      const { request, workersOnly } = this.queue[0];
      let slot: Slot | null = null;
      for (const s of this.slots) if (s.busy < s.limit && !(workersOnly && s === this.here) && (slot === null || s.busy < slot.busy)) slot = s;
      if (slot === null) return;
      this.queue.shift();
      slot.busy++;
      this.waiting.get(request.id)!.slot = slot;
      slot.thread.post(request);
    }
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    slot.busy--;
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.result);
    this.dispatch();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
    this.queue.length = 0;
  }
}
