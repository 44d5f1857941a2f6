// Worker threads that count and clean pages. Each worker gets the options and the corpus profile's counters once,
// at start, as shared memory (never copied), which it fills itself in a cleaning run's corpus pass (with the set
// of pages counted, shared too); it is told when the profile is complete and what its totals are,
// then cleans pages one by one. Workers read files themselves, so the main thread only hands out paths, adds up
// counted pages and writes records. Output order is the caller's business (ordered.ts).
import { Worker } from 'node:worker_threads';
import type { CorpusProfile, ProfileShape } from '../corpus/profile.js';
import type { Input } from '../io/discover.js';
import type { PageOptions, SerialisedOutcome, TextPage } from './page.js';
import type { CountedPage } from './profile-pass.js';
import type { PageSet } from '../corpus/page-set.js';

export interface WorkerSetup {
  options: Omit<PageOptions, 'profile'>;
  /** The profile's counters (shared memory) and shape, or null: no profile. */
  counts: Uint32Array | null;
  shape: ProfileShape | null;
  /** The table of the pages counted so far (page-set.ts, shared memory), when the workers fill the profile. */
  seen: BigUint64Array | null;
}

/** What a worker is asked to clean: a file it reads itself, bytes already read (standard input, warm-up), or a page
 * already decoded (a --from-jsonl line). */
export type CleanTask = { input: Input } | { source: string; bytes: Uint8Array } | { page: TextPage };

export type PageRequest =
  | { id: number; kind: 'clean'; task: CleanTask }
  /** `lines`: send back the lines' text too (a profile file's heavy hitters), not only their hashes. */
  | { id: number; kind: 'count'; input: Input; lines: boolean }
  /** Count into the shared counters; the reply is the page's number of lines, or null (countInPlace). */
  | { id: number; kind: 'count-in-place'; input: Input };
/** What a worker is sent: a batch of pages to work on (answered with one message of their replies, in the same
 * order), or the profile to clean with: complete (its totals), or none; sent before any page is cleaned. */
export type WorkerMessage = PageRequest[] | { kind: 'profile'; totals: { pages: number; lines: number } | null };
/** A page's result; a page the worker failed on is its reject (or, counted, left out): see worker.ts. */
export type WorkerReply = { id: number; result: SerialisedOutcome | CountedPage | number | null };

interface Slot {
  worker: Worker;
  /** Batches sent and not answered yet. */
  busy: number;
}

/**
 * A smaller young generation than V8's default for each worker: a page's garbage is short-lived, and each worker's
 * nursery otherwise grows to tens of megabytes; on 4,000 generated pages with two workers this took peak RSS from
 * 398 to 348 MB at about the same speed. The old generation is left alone: one very large page may need it.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * Pages go to a worker in batches, and come back in one message per batch. Each message wakes the other thread,
 * and with every core busy cleaning, that wake-up takes a core from a worker: one message per page cost the
 * workers 5-6% of their time. Batches are made of the requests waiting when the pool dispatches (see
 * scheduleDispatch), so they are short when few pages are waiting and there is no waiting for a batch to fill.
 */
const BATCH = 4;

/** Batches per worker at a time: one being worked on, one being read, so a worker never waits on the disk. */
const PER_WORKER = 2;

/** Pages under way in a worker at most: what a run's window must allow to keep every worker busy. */
export const PAGES_PER_WORKER = BATCH * PER_WORKER;

type Waiter = { resolve: (r: unknown) => void; reject: (e: Error) => void };

export class CleanPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, Waiter>();
  private readonly queue: PageRequest[] = [];
  private nextId = 0;
  private failure: Error | null = null;
  private dispatchScheduled = false;

  constructor(
    jobs: number,
    options: WorkerSetup['options'],
    private readonly shared: CorpusProfile | null,
    seen: PageSet | null = null,
  ) {
    const setup: WorkerSetup = { options, counts: shared?.sketch.counts ?? null, shape: shared?.shape ?? null, seen: seen?.table ?? null };
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < jobs; i++) {
      const slot: Slot = { worker: new Worker(url, { workerData: setup, resourceLimits: WORKER_LIMITS }), busy: 0 };
      slot.worker.on('message', (replies: WorkerReply[]) => this.settle(slot, replies));
      slot.worker.on('error', (err) => this.fail(err));
      slot.worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped with exit code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** Tell every worker which profile to clean with: the shared one, complete now, or none. */
  useProfile(profile: CorpusProfile | null): void {
    if (profile !== null && profile !== this.shared) throw new Error('the workers hold another profile than the one to use');
    const request: WorkerMessage = { kind: 'profile', totals: profile ? { pages: profile.pages, lines: profile.lines } : null };
    for (const slot of this.slots) slot.worker.postMessage(request);
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
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private submit(request: PageRequest): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.queue.push(request);
      this.scheduleDispatch();
    });
  }

  /** Dispatch once the current turn of the event loop is over: the results of a batch are handed on one by one,
   * each making room for a new request, and those requests then leave together rather than one per message. */
  private scheduleDispatch(): void {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    setImmediate(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (slot.busy >= PER_WORKER) return;
      const batch = this.queue.splice(0, BATCH);
      slot.busy++;
      slot.worker.postMessage(batch satisfies WorkerMessage);
    }
  }

  private settle(slot: Slot, replies: WorkerReply[]): void {
    slot.busy--;
    for (const reply of replies) {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) continue;
      this.waiting.delete(reply.id);
      waiter.resolve(reply.result);
    }
    this.scheduleDispatch();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
    this.queue.length = 0;
  }
}
