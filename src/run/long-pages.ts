// Long pages in a run on one thread (-j 1, one input, --from-jsonl) are cleaned on a worker thread all the same.
// A signal's handler runs only between two turns of this thread's event loop, and a page can take seconds (at most
// 10 per MB: 20 MB under the default --max-bytes), so while this thread cleaned one, Ctrl-C and SIGTERM waited for
// it, and a SIGTERM that came in the middle was never seen. A page of at most MAIN_THREAD_BYTES takes well under a
// second and is still cleaned here (no thread to start for a pre-commit check of a few files); a longer one goes to
// one worker, started when the first one comes, while this thread waits for it free to answer signals.
import type { CorpusProfile } from '../corpus/profile.js';
import type { CleanPool, CleanTask, WorkerSetup } from './pool.js';
import type { SerialisedOutcome } from './page.js';
import { toShared } from './profile-pass.js';

/** The longest page cleaned in this thread: 64 KiB, under 0.7 s at the slowest shape bench:pathological knows. */
export const MAIN_THREAD_BYTES = 64 * 1024;

export class LongPageWorker {
  /** Started by the first long page; the pages in flight behind it (the run's window) wait for the same one. */
  private pool: Promise<CleanPool> | null = null;

  /** `profile`: the profile to clean with, asked for when the worker starts (after the corpus pass). */
  constructor(
    private readonly options: WorkerSetup['options'],
    private readonly profile: () => CorpusProfile | null,
  ) {}

  async clean(task: CleanTask): Promise<SerialisedOutcome> {
    this.pool ??= this.start();
    return (await this.pool).clean(task);
  }

  async close(): Promise<void> {
    await (await this.pool)?.close();
  }

  private async start(): Promise<CleanPool> {
    const { CleanPool } = await import('./pool.js');
    const given = this.profile();
    const shared = given ? toShared(given) : null;
    const pool = new CleanPool(1, this.options, shared);
    pool.useProfile(shared);
    return pool;
  }
}
