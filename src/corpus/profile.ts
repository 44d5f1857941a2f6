// The corpus profile: in how many pages of the corpus each line occurs. Templates repeat (menus, footers, widget
// headings, cookie notices), so a line that stands in many pages is likely page furniture. The classifier takes
// that as evidence weighed with the block's own features, never as a verdict: a paragraph that two sites carried
// from the same wire story also repeats.
//
// The counts live in a count-min sketch (fixed memory, whatever the corpus size) plus a list of the most frequent
// lines with their text (heavy hitters, for people reading a profile). Profiles of shards merge into exactly the
// profile of the whole corpus: counters add up (plain updates, not conservative ones, so that the sum of the
// shards' sketches is the sketch of the whole), and the heavy hitters are re-ranked.
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { CountMinSketch, type SketchShape } from './sketch.js';
import { hash2, hash2FoldedAscii, key53, type Hash2 } from './hash.js';
import { parseProfileFile, PROFILE_FORMAT, PROFILE_VERSION, type ProfileFile } from './profile-schema.js';
import { CountedPages } from './counted-pages.js';
import { charClass, DIGIT, foldSpaces, LETTER, SPACE, UPPER } from '../text/script.js';


export interface ProfileShape extends SketchShape {
  /** How many of the most frequent lines keep their text. */
  heavyHitters: number;
}

/** Candidates kept for every heavy hitter reported. */
const CANDIDATES = 4;

/** 2^21 counters x 4 rows (32 MiB): the collision noise stays a few pages at 100,000 pages of 100 lines each. */
export const DEFAULT_PROFILE_SHAPE: ProfileShape = { width: 1 << 21, depth: 4, heavyHitters: 1000 };

/**
 * The comparison form of a line: case, spacing and bullets do not make lines different. Leading spaces and
 * bullets go, runs of white space become one space, and a line without a letter or a digit has no key. Written
 * as scans (it runs on every line of every page, twice) with the regular expressions only for lines with
 * white space to fold; the same keys as `line.replace(/^[\s*+•·▪-]+/u, '').replace(/\s+/gu, ' ').trim()
 * .toLowerCase()` (a property test checks).
 */
export function lineKey(line: string): string | null {
  return keyIn(line, keySpan(line));
}

/** `hash2(lineKey(line))`, or null for a line without a key; an ASCII line (most lines) is hashed as its key
 * reads without making the key (this runs on every line of every page, in both passes). */
export function lineHash(line: string): Hash2 | null {
  const span = keySpan(line);
  const ascii = span.wordy ? hash2FoldedAscii(line, span.start, span.end) : null;
  if (ascii !== null) return ascii;
  const key = keyIn(line, span);
  return key === null ? null : hash2(key);
}

interface KeySpan {
  start: number;
  end: number;
  wordy: boolean;
}

/** The key made from its span of the line. */
function keyIn(line: string, { start, end, wordy }: KeySpan): string | null {
  const key = foldSpaces(line.slice(start, end)).toLowerCase();
  return wordy || /[\p{L}\p{N}]/u.test(key) ? key : null;
}

/** Where a line's key is taken from (leading white space and bullets and trailing white space left out), and
 * whether that holds a letter or a digit of the BMP. */
function keySpan(line: string): KeySpan {
  let start = 0;
  while (start < line.length && isLeader(line.charCodeAt(start))) start++;
  let end = line.length;
  while (end > start && charClass(line.charCodeAt(end - 1)) === SPACE) end--;
  let wordy = false;
  for (let i = start; i < end && !wordy; i++) {
    // surrogate halves are not letters here: a letter or digit outside the BMP is found on the lower-cased key
    const cls = charClass(line.charCodeAt(i));
    wordy = cls === DIGIT || cls === UPPER || cls === LETTER;
  }
  return { start, end, wordy };
}

/** White space, or a bullet a line may start with. */
function isLeader(code: number): boolean {
  return charClass(code) === SPACE || code === 0x2a || code === 0x2b || code === 0x2d || code === 0x2022 || code === 0xb7 || code === 0x25aa;
}

/** A page's distinct lines (by key) with their hashes (h1, h2 of line j at 2j, 2j + 1), as a profile counts them,
 * and with `withLines` the text of each one's first occurrence. Lines are told apart by their keys' hashes (53
 * bits, as the heavy hitters are): two of the keys of a page of 1,000 lines share one by a chance of 1 in 10^10. */
export function hashPageLines(text: string, withLines = true): { hashes: Uint32Array; lines: string[] } {
  const seen = new Set<number>();
  const hashes: number[] = [];
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const h = lineHash(line);
    if (h === null) continue;
    const id = key53(h);
    if (seen.has(id)) continue;
    seen.add(id);
    hashes.push(h.h1, h.h2);
    if (withLines) lines.push(line.trim());
  }
  return { hashes: Uint32Array.from(hashes), lines };
}

interface Heavy {
  count: number;
  text: string;
}


export class CorpusProfile {
  pages = 0;
  lines = 0;
  readonly sketch: CountMinSketch;
  readonly shape: ProfileShape;
  private heavy = new Map<number, Heavy>();
  /** The pages counted, for a profile written to a file (see counted-pages.ts); none in a cleaning run. */
  counted?: CountedPages;

  /**
   * @param keepsLines whether to keep the most frequent lines' text (heavy hitters), which only a profile written to
   *   a file shows; a cleaning run reads the counters alone, and tracking every line's text cost it memory and time.
   */
  constructor(
    shape: ProfileShape = DEFAULT_PROFILE_SHAPE,
    sketch?: CountMinSketch,
    readonly keepsLines = true,
  ) {
    this.shape = shape;
    this.sketch = sketch ?? new CountMinSketch(shape);
  }

  /** Count one page: each of its distinct lines once. */
  addPage(text: string): void {
    const { hashes, lines } = hashPageLines(text);
    this.addLines(hashes, lines);
  }

  /** Count one page given as its distinct lines' hashes (hashPageLines, which may run on another thread), with
   * their text when the profile keeps lines. */
  addLines(hashes: Uint32Array, lines?: string[]): void {
    this.pages++;
    const track = this.keepsLines && lines !== undefined;
    for (let j = 0; 2 * j < hashes.length; j++) {
      const h = { h1: hashes[2 * j], h2: hashes[2 * j + 1] };
      this.sketch.add(h);
      this.lines++;
      if (track) this.track(h, lines[j]);
    }
  }

  /** Take a page counted twice (addLines with the same hashes) out of the counters again. */
  removeLines(hashes: Uint32Array): void {
    this.pages--;
    for (let j = 0; 2 * j < hashes.length; j++) {
      this.sketch.remove({ h1: hashes[2 * j], h2: hashes[2 * j + 1] });
      this.lines--;
    }
  }

  /** Count a page whose lines another thread added to the shared counters itself (sketch.addShared): only the
   * totals are kept here. */
  addedElsewhere(lines: number): void {
    this.pages++;
    this.lines += lines;
  }

  /** Pages in which the line occurs, as estimated: the sketch's count less its expected collision noise. */
  pagesWith(line: string): number {
    const h = lineHash(line);
    if (h === null) return 0;
    return Math.max(0, this.sketch.estimate(h) - this.noise());
  }

  /** Expected overcount of one row's counter from collisions; the estimate is the least of `depth` rows, so this
   * errs towards counting a line in fewer pages (less evidence of boilerplate, never more). */
  noise(): number {
    return Math.floor(this.lines / this.sketch.width);
  }

  /** What the cleaning reads of the profile (its shape, totals and counters), as 32 hex digits: two profiles with
   * the same digest clean every page alike. Signatures of bodies cleaned with a profile carry it (signature-file.ts). */
  digest(): string {
    const { counts } = this.sketch;
    return createHash('sha256')
      .update(JSON.stringify([this.sketch.width, this.sketch.depth, this.pages, this.lines]))
      .update(new Uint8Array(counts.buffer, counts.byteOffset, counts.byteLength))
      .digest('hex')
      .slice(0, 32);
  }

  merge(other: CorpusProfile): void {
    this.sketch.merge(other.sketch);
    this.pages += other.pages;
    this.lines += other.lines;
    this.mergeCounted(other.counted);
    for (const [k, h] of other.heavy) if (!this.heavy.has(k)) this.heavy.set(k, { ...h });
    // re-rank every candidate by the merged counts
    for (const h of this.heavy.values()) h.count = this.sketch.estimate(hash2(lineKey(h.text)!));
    this.prune();
  }

  /** The pages of both lists, a page in both listed once (its copy's lines were taken out before: see
   * profile-merge.ts); without both lists, which pages were counted is not known. */
  private mergeCounted(other: CountedPages | undefined): void {
    const mine = this.counted;
    if (!mine || !other) {
      this.counted = undefined;
      return;
    }
    for (let i = 0; i < other.size; i++) {
      const page = other.hashAt(i);
      if (!mine.has(page)) mine.add(page, other.sources[i]);
    }
  }

  /** The most frequent lines, most frequent first. */
  topLines(n = this.shape.heavyHitters): [number, string][] {
    // counted again: a line's count was taken at its last occurrence, and later lines may share its counters
    return [...this.heavy.values()]
      .map((h) => ({ count: this.sketch.estimate(hash2(lineKey(h.text)!)), text: h.text }))
      .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
      .slice(0, n)
      .map((h) => [h.count, h.text]);
  }

  toJSON(): ProfileFile {
    const bytes = new Uint8Array(this.sketch.counts.buffer, this.sketch.counts.byteOffset, this.sketch.counts.byteLength);
    return {
      format: PROFILE_FORMAT,
      version: PROFILE_VERSION,
      pages: this.pages,
      lines: this.lines,
      sketch: { width: this.sketch.width, depth: this.sketch.depth, encoding: 'deflate-base64-u32le', counts: deflateSync(bytes).toString('base64') },
      heavyHitters: this.shape.heavyHitters,
      heavy: this.topLines(),
      ...(this.counted ? { counted: this.counted.toJSON() } : {}),
    };
  }

  /** A profile from a profile file's JSON; throws an Error saying what is wrong with it. */
  static fromJSON(value: unknown): CorpusProfile {
    const file = parseProfileFile(value);
    const { sketch } = file;
    let raw: Buffer;
    try {
      // no more than the counters its shape asks for: a few bytes that inflate to gigabytes are refused early
      raw = inflateSync(Buffer.from(sketch.counts, 'base64'), { maxOutputLength: sketch.width * sketch.depth * 4 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Error('the profile\'s counters do not match its shape');
      throw new Error('the profile\'s counters are damaged');
    }
    if (raw.byteLength !== sketch.width * sketch.depth * 4) throw new Error('the profile\'s counters do not match its shape');
    const counts = new Uint32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    const shape = { width: file.sketch.width, depth: file.sketch.depth, heavyHitters: file.heavyHitters };
    const profile = new CorpusProfile(shape, new CountMinSketch(shape, counts));
    profile.pages = file.pages;
    profile.lines = file.lines;
    if (file.counted) profile.counted = CountedPages.fromJSON(file.counted);
    for (const [count, text] of file.heavy) {
      const key = lineKey(text);
      if (key !== null) profile.heavy.set(key53(hash2(key)), { count, text });
    }
    return profile;
  }

  private track(h: Hash2, line: string): void {
    // every line is a candidate, even one seen once: in a shard it may be the first of many in the whole corpus,
    // and merged shard profiles must find the same most frequent lines as one pass over everything
    const count = this.sketch.estimate(h);
    const k = key53(h);
    const known = this.heavy.get(k);
    if (known) known.count = count;
    else this.heavy.set(k, { count, text: line });
    if (this.heavy.size > 2 * CANDIDATES * this.shape.heavyHitters) this.prune();
  }

  /** Keep the most frequent candidates, several times as many as are reported (amortised: runs when the list
   * has doubled). The margin lets lines that are frequent over the whole corpus but not yet in one shard
   * survive, so that merged shards report what one pass reports (exactly, while no candidate was dropped). */
  private prune(): void {
    const limit = CANDIDATES * this.shape.heavyHitters;
    if (this.heavy.size <= limit) return;
    const keep = [...this.heavy.entries()].sort((a, b) => b[1].count - a[1].count || a[0] - b[0]).slice(0, limit);
    this.heavy = new Map(keep);
  }
}
