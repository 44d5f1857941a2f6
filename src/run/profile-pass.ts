// The first pass over a corpus: every page's lines counted into a corpus profile, so that the cleaning pass can
// tell page furniture (lines that recur across many pages) from prose. A page is counted with the lines the
// pipeline will see: the normalised text of a dump, the rendered blocks of an HTML page. Copies of a page count
// once (page-set.ts).
//
// With worker threads and a profile of counters alone (a cleaning run), each worker adds the pages it counts to
// the shared counters itself: counts are sums, and the set of counted pages is exact, so the order in which
// threads add does not change the profile, and no page's line hashes travel to the main thread. A profile that
// keeps the most frequent lines' text (a profile file) is filled in input order in one thread.
import { CorpusProfile, DEFAULT_PROFILE_SHAPE, hashPageLines, type ProfileShape } from '../corpus/profile.js';
import { hash2, type Hash2 } from '../corpus/hash.js';
import { inOrder } from './ordered.js';
import { CountMinSketch } from '../corpus/sketch.js';
import { PageSet } from '../corpus/page-set.js';
import { normaliseText } from '../pipeline/normalise.js';
import { resolveOptions } from '../options.js';
import { pageBody, parseHtml } from '../html/dom.js';
import { renderLines } from '../html/render.js';
import type { Input } from '../io/discover.js';
import { decodeInput, guardPage, withInputOptions, type PageOptions } from './page.js';
import { readInput, readPage } from '../io/read-input.js';

/** The text whose lines the profile counts for one page, or null when the page would be rejected unread. */
export function profileText(bytes: Uint8Array, source: string, opts: PageOptions = {}): string | null {
  const input = decodeInput(bytes, source, opts);
  if (!input.ok || input.text.trim() === '') return null;
  if (input.format === 'html') return renderLines(pageBody(parseHtml(input.text)), resolveOptions(opts.clean).html).join('\n');
  return normaliseText(input.text).text;
}

/** An empty profile whose counters live in shared memory, so worker threads read them without a copy. A cleaning
 * run's profile keeps no lines' text (`keepsLines`: only a profile file shows them). */
export function sharedProfile(shape: ProfileShape = DEFAULT_PROFILE_SHAPE, keepsLines = true): CorpusProfile {
  const counts = new Uint32Array(new SharedArrayBuffer(shape.width * shape.depth * Uint32Array.BYTES_PER_ELEMENT));
  return new CorpusProfile(shape, new CountMinSketch(shape, counts), keepsLines);
}

/** The same profile with its counters moved to shared memory (a profile read from a file), copied once. */
export function toShared(profile: CorpusProfile): CorpusProfile {
  if (profile.sketch.counts.buffer instanceof SharedArrayBuffer) return profile;
  const shared = sharedProfile(profile.shape);
  shared.merge(profile);
  return shared;
}

/** A page as the profile counts it: the hash of its text (copies count once), its distinct lines' hashes, and
 * their text when the profile keeps it. */
export interface CountedPage {
  page: Hash2;
  hashes: Uint32Array;
  lines?: string[];
}

/** The counting of one page, which can run on any thread; null for a page the profile leaves out (also one that
 * the counting fails on: the cleaning pass rejects it, see guardPage). */
export function countPage(bytes: Uint8Array, source: string, opts: PageOptions = {}, withLines = true): CountedPage | null {
  return guardPage(
    source,
    () => {
      const text = profileText(bytes, source, opts);
      if (text === null) return null;
      const { hashes, lines } = hashPageLines(text, withLines);
      return withLines ? { page: hash2(text), hashes, lines } : { page: hash2(text), hashes };
    },
    () => null,
  );
}

/** Add a counted page to the profile, unless the same text was counted already; a profile that lists its pages
 * lists it with its source. */
export function addCounted(profile: CorpusProfile, seen: PageSet, counted: CountedPage | null, source: string): void {
  if (!counted || !seen.add(counted.page)) return;
  profile.addLines(counted.hashes, counted.lines);
  profile.counted?.add(counted.page, source);
}

/**
 * Count a page straight into shared counters, from any thread: the number of its lines, or null when it is left
 * out or the same text was counted already. The caller adds the page to the profile's totals (addedElsewhere).
 */
export function countInPlace(bytes: Uint8Array, source: string, opts: PageOptions, sketch: CountMinSketch, seen: PageSet): number | null {
  const counted = countPage(bytes, source, opts, false);
  if (!counted || !seen.add(counted.page)) return null;
  const { hashes } = counted;
  for (let j = 0; 2 * j < hashes.length; j++) sketch.addShared({ h1: hashes[2 * j], h2: hashes[2 * j + 1] });
  return hashes.length / 2;
}

/** Reads and counts one input (in this thread, or in a worker: see cleaner.ts), with the lines' text when the
 * profile being filled keeps it. */
export type PageCounter = (input: Input, withLines: boolean) => Promise<CountedPage | null>;

export function countInThisThread(opts: PageOptions): PageCounter {
  return async (input, withLines) => {
    const read = await readPage(input, opts.maxBytes);
    return 'bytes' in read ? countPage(read.bytes, input.source, opts, withLines) : null;
  };
}

/** Reads an input and counts it into the shared counters of the profile being filled (on a worker thread):
 * its number of lines, or null (see countInPlace). */
export type InPlaceCounter = (input: Input) => Promise<number | null>;

export interface CountingOptions {
  /** The profile to fill (shared with workers); a new one by default. */
  into?: CorpusProfile;
  counter?: PageCounter;
  /** For a profile that keeps no lines' text: count into its shared counters where the page is read. */
  inPlace?: InPlaceCounter;
  /** Pages counted at a time (several with workers); they are added to the profile in input order. */
  window?: number;
  /** Told of the corpus pass as it reads the pages (a progress bar). */
  progress?: CorpusPassProgress;
}

/** The corpus pass as it goes: `begin` with the number of pages it will read, `counted` after each. */
export interface CorpusPassProgress {
  begin(pages: number): void;
  counted(): void;
}

/** Profile of the given inputs (inputs that cannot be read are left out here and rejected by the cleaning pass).
 * Pages are added in input order whoever counts them, or in place by the workers (counts are sums, the set of
 * counted pages exact), so the profile does not depend on the number of jobs. */
export async function profileInputs(inputs: Input[], options: PageOptions = {}, counting: CountingOptions = {}): Promise<CorpusProfile> {
  const opts = withInputOptions(options);
  const profile = counting.into ?? sharedProfile();
  const window = counting.window ?? 1;
  if (counting.inPlace && !profile.keepsLines) {
    for await (const lines of inOrder(inputs, counting.inPlace, window)) {
      if (lines !== null) profile.addedElsewhere(lines);
      counting.progress?.counted();
    }
    return profile;
  }
  const count = counting.counter ?? countInThisThread(opts);
  const seen = new PageSet(inputs.length);
  const countOne = async (input: Input) => ({ source: input.source, counted: await count(input, profile.keepsLines) });
  for await (const { source, counted } of inOrder(inputs, countOne, window)) {
    addCounted(profile, seen, counted, source);
    counting.progress?.counted();
  }
  return profile;
}

/** An input on its way to the cleaner, with its bytes when they were already read (the warm-up window). */
export interface PendingPage {
  input: Input;
  read?: { bytes: Uint8Array } | { reject: import('../rejects.js').Reject };
}

/** Pages of a stream buffered to build its profile when the inputs cannot be read twice (standard input). */
export const DEFAULT_WARMUP_PAGES = 1000;

export interface CorpusPlan {
  profile: CorpusProfile | null;
  pages: Iterable<PendingPage>;
}

/** Whether a run profiles its own inputs: no profile was given (nor --no-profile), and there are at least as many
 * pages as a line must recur in to count as template (with fewer, there is no evidence to gather). */
export function profilesItsInputs(inputs: Input[], opts: PageOptions): boolean {
  return opts.profile === undefined && inputs.length >= resolveOptions(opts.clean).corpusMinPages;
}

/**
 * How a run learns its corpus: a profile given (a file, or null for none) is used as it is; otherwise the inputs
 * are profiled in a first pass when all of them are files, and from a warm-up window of the first `warmup` pages
 * when one of them is a stream (read once, kept in memory, cleaned after). A handful of pages needs no profile.
 */
export async function planCorpus(inputs: Input[], options: PageOptions & { warmup?: number }, counting: CountingOptions = {}): Promise<CorpusPlan> {
  const opts = withInputOptions(options);
  const plain = inputs.map((input) => ({ input }));
  if (!profilesItsInputs(inputs, opts)) return { profile: opts.profile ?? null, pages: plain };
  // a cleaning run reads the counters alone: no lines' text is kept or sent between threads
  const profile = counting.into ?? sharedProfile(DEFAULT_PROFILE_SHAPE, false);
  if (inputs.every((i) => i.kind === 'file')) {
    counting.progress?.begin(inputs.length);
    return { profile: await profileInputs(inputs, opts, { ...counting, into: profile }), pages: plain };
  }
  const warmup = Math.max(0, opts.warmup ?? DEFAULT_WARMUP_PAGES);
  const seen = new PageSet(Math.min(warmup, inputs.length));
  const window: PendingPage[] = [];
  counting.progress?.begin(Math.min(warmup, inputs.length));
  for (const input of inputs.slice(0, warmup)) {
    const read = await readInput(input, opts.maxBytes);
    if ('bytes' in read) addCounted(profile, seen, countPage(read.bytes, input.source, opts, profile.keepsLines), input.source);
    window.push({ input, read });
    counting.progress?.counted();
  }
  return { profile: profile.pages >= 2 ? profile : null, pages: [...window, ...plain.slice(window.length)] };
}
