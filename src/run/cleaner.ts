// Where pages are counted (the corpus pass) and cleaned: in this thread, one at a time (`--jobs 1`: nothing to
// start, the right choice for a pre-commit check of a few files; a long page on one worker, long-pages.ts), or in
// a pool of worker threads with several pages under way. Either way the runner gets the results in input order (ordered.ts), so the profile and the
// output do not depend on the number of jobs.
import type { CorpusProfile } from '../corpus/profile.js';
import type { Input } from '../io/discover.js';
import { countInThisThread, profilesItsInputs, sharedProfile, toShared, type InPlaceCounter, type PageCounter, type PendingPage } from './profile-pass.js';
import { PageSet } from '../corpus/page-set.js';
import { cleanSerialised, type SerialisedOutcome } from './page.js';
import type { RunOptions } from './run-options.js';
import { readPage } from '../io/read-input.js';
import { LongPageWorker, MAIN_THREAD_BYTES } from './long-pages.js';
import type { SignatureParams } from '../corpus/options.js';
import { resolveRunInputOptions, resolveRunOptions } from '../options.js';

export interface Cleaner {
  /** An empty profile for the corpus pass to fill, in memory the workers share; null when none is to be made. */
  blank: CorpusProfile | null;
  count: PageCounter;
  /** Counting into `blank`'s shared counters where pages are read (workers), when there are workers. */
  countInPlace?: InPlaceCounter;
  /** The profile to clean with, once known: `blank` filled, the one given, or null. */
  useProfile(profile: CorpusProfile | null): void;
  clean: (page: PendingPage) => Promise<SerialisedOutcome>;
  /** Pages under way or waiting to be written, at most. */
  window: number;
  close: () => Promise<void>;
}

/** Pages in flight per job beyond those a worker holds (its batches, pool.ts): enough to keep every worker busy
 * while the writer catches up, and no more. */
const SPARE_PER_JOB = 4;

/** `opts.signature`: what each record's body signature is made with, where the page is cleaned. */
export async function startCleaner(inputs: Input[], opts: RunOptions & { signature: SignatureParams }): Promise<Cleaner> {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
  // what a page's cleaning needs, and nothing else: workers are sent these (callbacks and streams cannot go)
  const { encoding, maxBytes, layout, signature, profile: given } = opts;
  // resolved once for the run (each worker resolves its copy once again, see worker.ts), the input group too: the
  // corpus pass and the cleaning pass decode every page with it
  const clean = resolveRunOptions(opts.clean);
  const pageOptions = { clean, input: resolveRunInputOptions(clean), encoding, maxBytes, layout, signature };
  const read = async (page: PendingPage) => page.read ?? (await readPage(page.input, opts.maxBytes));
  if (jobs === 1) {
    let profile: CorpusProfile | null = null;
    const long = new LongPageWorker(pageOptions, () => profile);
    return {
      blank: null,
      count: countInThisThread(pageOptions),
      useProfile: (p) => {
        profile = p;
      },
      clean: async (page) => {
        const r = await read(page);
        if ('reject' in r) return { ok: false, reject: r.reject };
        if (r.bytes.length > MAIN_THREAD_BYTES) return long.clean({ source: page.input.source, bytes: r.bytes });
        return cleanSerialised(r.bytes, page.input.source, { ...pageOptions, profile });
      },
      // two: a page that is not a regular file (a pipe) is read while the one before it is cleaned
      window: 2,
      close: () => long.close(),
    };
  }
  // the workers get the profile's counters at start, as shared memory: the profile given, or a blank one that the
  // corpus pass fills (the workers only read it once told it is complete)
  const shared = given ? toShared(given) : profilesItsInputs(inputs, opts) ? sharedProfile(undefined, false) : null;
  const blank = given === undefined ? shared : null;
  // the workers fill a blank profile themselves, with the set of pages counted shared among them
  const seen = blank ? new PageSet(inputs.length) : null;
  const { CleanPool, PAGES_PER_WORKER } = await import('./pool.js');
  const pool = new CleanPool(jobs, pageOptions, shared, seen);
  return {
    blank,
    count: (input, withLines) => pool.count(input, withLines),
    countInPlace: seen ? (input) => pool.countInPlace(input) : undefined,
    useProfile: (p) => pool.useProfile(p === null ? null : p === given ? shared : p),
    clean: async (page) => {
      // standard input is only readable from this thread; files are read by the workers
      if (page.read === undefined && page.input.kind === 'file') return pool.clean({ input: page.input });
      const r = await read(page);
      return 'reject' in r ? { ok: false, reject: r.reject } : pool.clean({ source: page.input.source, bytes: r.bytes });
    },
    window: jobs * (PAGES_PER_WORKER + SPARE_PER_JOB),
    close: () => pool.close(),
  };
}
