// Duplicate pages across a corpus. Pages are added in input order; each is compared with the earlier pages:
// the same body (by hash) makes an exact duplicate, and an earlier page that shares an LSH band and whose
// estimated Jaccard similarity reaches the threshold a near duplicate. Matches join clusters (union-find), so a
// copy of a copy belongs with the original, and a page's `duplicate_of` is the first page of its cluster in
// input order. The answer for a page depends only on the pages before it, so records can be written as they
// come, and replaying the same signatures in the same order (a merge of shards) gives the same answers.
//
// Cost per page: its signature's bands, plus a similarity check per earlier page met in its buckets that is not
// yet in its cluster; in each bucket only the BUCKET_REACH latest pages are met, so the cost per page is bounded
// whatever the corpus. Pages with the same body as an earlier one are not bucketed again, so copies of one page
// cost nothing more.
import type { NearDuplicateOptions, SignatureParams } from './options.js';
import { bandKeys, bandLayout, type BandLayout } from './lsh.js';
import { BandBuckets } from './band-buckets.js';
import { ChunkedArray, ChunkedRows } from './chunked.js';
import { bodyHash, signature } from './minhash.js';

/** What the index needs of a page: where it is in the input order, who it is, and its signature. */
export interface PageSignature {
  /** Where the page stands in the whole input list (global across shards; a safe integer); strictly increasing
   * as pages are added. */
  position: number;
  id: string;
  source: string;
  /** Body hash (minhash.ts `bodyHash`): equal for pages with exactly the same body. */
  hash: string;
  minhash: Uint32Array;
}

export interface PageRef {
  position: number;
  id: string;
  source: string;
}

export interface DuplicateMatch {
  /** The first page of the cluster in input order: the page's `duplicate_of`. */
  first: PageRef;
  /** The earlier page this one was found to match (`first` itself, or another member of its cluster). */
  matched: PageRef;
  kind: 'exact' | 'near';
  /** Estimated Jaccard similarity with `matched` (1 for an exact duplicate). */
  similarity: number;
}

/**
 * The latest pages of a bucket that a new page is compared with. Pages of one template (a sentence in which a
 * number changes) agree on many bands without being near duplicates, and their buckets grow with the corpus: without a
 * bound each page would be compared with every earlier one (4,000 such pages 2.5 million comparisons, 16,000 39
 * million).
 * A near duplicate meets its original in several bands (5.5 of 21 on average at the threshold), mostly in buckets
 * that only copies of the story share; the same clusters on the dev set and on bench:neardup's 2,700 pairs.
 */
export const BUCKET_REACH = 16;

export class DuplicateIndex {
  readonly layout: BandLayout;
  /** Each slot's page: where it is in the input order, its id and source (arrays, not an object per page).
   * Positions are doubles: a --from-jsonl shard's are keys of file and record (jsonl.ts), past 2^32. */
  private readonly positions = new ChunkedArray((n) => new Float64Array(n));
  private readonly ids: string[] = [];
  private readonly sources: string[] = [];
  /**
   * Every page's signature, one row per slot, with the low 8 bits of each value (b-bit MinHash, Li and König
   * 2010): a quarter of the memory of whole values (128 instead of 512 bytes per page at 128 permutations). Two
   * different values agree in their low bits by chance once in 256, which raises an estimate by (1 - J) / 256
   * (0.0008 at J = 0.8), far below its own standard error (0.035 at J = 0.8); `npm run bench:neardup` finds the
   * same pairs as with 16 bits but one (precision 100%, recall 97.3% against 97.2%). Band keys are made from whole
   * values.
   */
  private readonly pool: ChunkedRows<Uint8Array>;
  private parent: Int32Array = new Int32Array(1024);
  private rank: Uint8Array = new Uint8Array(1024);
  /** For a cluster's root: the slot of its first page (pages take slots in input order). */
  private first: Int32Array = new Int32Array(1024);
  /** Slot of the page last compared with each slot, so a page met in several bands is compared once. */
  private seen: Int32Array = new Int32Array(1024);
  private readonly buckets: BandBuckets;
  private readonly byHash = new Map<string, number>();
  private lastPosition = -1;
  /** Signature comparisons made so far: the work that grows with the corpus (never all pairs). */
  comparisons = 0;

  constructor(readonly options: NearDuplicateOptions) {
    this.layout = bandLayout(options.threshold, options.permutations, options.bands);
    this.buckets = new BandBuckets(this.layout.bands);
    this.pool = new ChunkedRows(options.permutations, (n) => new Uint8Array(n));
  }

  get size(): number {
    return this.ids.length;
  }

  /** Add the next page in input order; the match when it duplicates an earlier page, else null. */
  add(page: PageSignature): DuplicateMatch | null {
    if (!(page.position > this.lastPosition)) {
      throw new Error(`pages must be added in input order: position ${page.position} after ${this.lastPosition}`);
    }
    if (page.minhash.length !== this.options.permutations) {
      throw new Error(`signature of ${page.source} has ${page.minhash.length} values, expected ${this.options.permutations}`);
    }
    this.lastPosition = page.position;
    const slot = this.ids.length;
    this.grow(slot + 1);
    this.positions.set(slot, page.position);
    this.ids.push(page.id);
    this.sources.push(page.source);
    this.pool.set(slot, page.minhash);
    this.parent[slot] = slot;
    this.rank[slot] = 0;
    this.first[slot] = slot;
    this.seen[slot] = -1;

    let matched = -1;
    let best = 0;
    let kind: DuplicateMatch['kind'] = 'near';
    const same = this.byHash.get(page.hash);
    if (same !== undefined) {
      // the same body has the same signature, so it would meet exactly the pages the earlier copy met
      this.union(slot, same);
      [matched, best, kind] = [same, 1, 'exact'];
    } else {
      this.byHash.set(page.hash, slot);
      if (!isEmptySignature(page.minhash)) {
        const candidates: number[] = [];
        this.buckets.add(
          slot,
          bandKeys(page.minhash, this.layout),
          (other) => {
            if (this.seen[other] === slot) return;
            this.seen[other] = slot;
            candidates.push(other);
          },
          BUCKET_REACH,
        );
        // earliest first: once the page is in a cluster its other members need no comparison, and the match
        // named is then the cluster's first page whenever that one is close enough
        for (const other of candidates.sort((x, y) => x - y)) {
          if (this.find(other) === this.find(slot)) continue;
          this.comparisons++;
          const s = this.similarity(slot, other);
          if (s < this.options.threshold) continue;
          this.union(slot, other);
          if (s > best) [matched, best] = [other, s];
        }
      }
    }
    const first = this.first[this.find(slot)];
    if (first === slot) return null;
    return { first: this.ref(first), matched: this.ref(matched), kind, similarity: best };
  }

  private ref(slot: number): PageRef {
    return { position: this.positions.get(slot), id: this.ids[slot], source: this.sources[slot] };
  }

  /** Estimated Jaccard similarity of two pages: the share of positions where their signatures agree. */
  private similarity(a: number, b: number): number {
    const n = this.options.permutations;
    const [pa, oa] = this.pool.locate(a);
    const [pb, ob] = this.pool.locate(b);
    let same = 0;
    for (let i = 0, ia = oa, ib = ob; i < n; i++, ia++, ib++) if (pa[ia] === pb[ib]) same++;
    return same / n;
  }

  /**
   * For every page added so far, the position of the first page of its cluster as the clusters stand now. This
   * can differ from what `add` answered: a later page that matches two clusters joins them, and the pages of the
   * later-starting one then have an earlier first. For a second pass over finished clusters.
   */
  clusterFirsts(): number[] {
    return this.ids.map((_, slot) => this.positions.get(this.first[this.find(slot)]));
  }

  private find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }

  private union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.rank[ra] < this.rank[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    if (this.rank[ra] === this.rank[rb]) this.rank[ra]++;
    this.first[ra] = Math.min(this.first[ra], this.first[rb]);
  }

  private grow(needed: number): void {
    if (needed <= this.parent.length) return;
    const size = Math.max(needed, this.parent.length * 2);
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.parent = copy(this.parent, (n) => new Int32Array(n));
    this.rank = copy(this.rank, (n) => new Uint8Array(n));
    this.first = copy(this.first, (n) => new Int32Array(n));
    this.seen = copy(this.seen, (n) => new Int32Array(n));
  }
}

/** A body without a single word has no shingles: it can only be an exact duplicate, never a near one. */
function isEmptySignature(sig: Uint32Array): boolean {
  return sig.every((v) => v === 0xffffffff);
}

/** Duplicates for pages already sorted in input order (a merged set of shards): one answer per page. */
export function resolveDuplicates(pages: Iterable<PageSignature>, options: NearDuplicateOptions): (DuplicateMatch | null)[] {
  const index = new DuplicateIndex(options);
  const out: (DuplicateMatch | null)[] = [];
  for (const page of pages) out.push(index.add(page));
  return out;
}

/** What the index needs of a body: the per-page work, which can run wherever the page is cleaned. */
export type BodySignature = Pick<PageSignature, 'hash' | 'minhash'>;

export function bodySignature(body: string, params: SignatureParams): BodySignature {
  return { hash: bodyHash(body), minhash: signature(body, params) };
}

/** What the index needs of a record. */
export function pageSignature(position: number, record: { id: string; source: string; body: string }, params: SignatureParams): PageSignature {
  return { position, id: record.id, source: record.source, ...bodySignature(record.body, params) };
}

/** One line for people: what the page repeats, and the page kept in its place. */
export function duplicateMessage(match: DuplicateMatch): string {
  const { first, matched } = match;
  const kept = `${quoted(first.source)} (id ${first.id})`;
  const how = `estimated Jaccard similarity ${match.similarity.toFixed(2)} of word shingles`;
  if (matched.position === first.position) return match.kind === 'exact' ? `same body as ${kept}` : `near duplicate of ${kept}: ${how}`;
  const via = match.kind === 'exact' ? `same body as ${quoted(matched.source)}` : `near duplicate of ${quoted(matched.source)} (${how})`;
  return `${via}, in the cluster of ${kept}`;
}

/** A source as it can stand inside a one-line message: quoted when it holds a line break or other control. */
function quoted(source: string): string {
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) < 0x20 || source.charCodeAt(i) === 0x7f) return JSON.stringify(source);
  return source;
}
