// What a report shows, gathered page by page as the inputs are cleaned: a short summary row for every page
// (enough to chart, filter and list a corpus of any size) and, for a sample of pages, every block with the
// decision taken about it. Only the sample keeps its blocks, so memory stays bounded on large corpora.
import type { PageView } from '../run/page.js';

export interface ReportBlock {
  text: string;
  keep: boolean;
  rule: string;
  reason: string;
  /** List marker as printed (`*`, `1.`), or null. */
  marker: string | null;
}

export interface ReportFields {
  title: string | null;
  section: string[];
  published: string | null;
  dateline: string | null;
  agency: string | null;
  authors: string[];
  editors: string[];
}

export interface ReportPage {
  /** 1-based position in input order. */
  n: number;
  source: string;
  format: 'html' | 'text' | null;
  status: 'record' | 'rejected';
  reject: { reason: string; message: string } | null;
  fields: ReportFields | null;
  /** Characters of body text kept (0 for a rejected page). */
  bodyChars: number;
  blocks: number;
  kept: number;
  removed: Record<string, number>;
  /** Shown in detail (every block with its decision, in `detail` when the page got as far as blocks). */
  sampled: boolean;
  detail: ReportBlock[] | null;
}

export interface ReportData {
  pages: ReportPage[];
  /** Removed blocks per rule over all pages. */
  removed: Record<string, number>;
  sampled: number;
  maxDetailed: number;
}

/**
 * Whether page `i` (0-based) of `total` is shown in detail when at most `max` are: all of them on a small corpus,
 * else `max` pages evenly spread over the input order (deterministic, so a report can be made again).
 */
export function isSampled(i: number, total: number, max: number): boolean {
  if (total <= max) return true;
  if (max <= 0) return false;
  return Math.floor(((i + 1) * max) / total) !== Math.floor((i * max) / total);
}

export class ReportCollector {
  private readonly pages: ReportPage[] = [];
  private readonly removed: Record<string, number> = {};

  constructor(
    private readonly total: number,
    private readonly maxDetailed: number,
  ) {}

  add(source: string, result: PageView): void {
    const format = result.format;
    const i = this.pages.length;
    const detailed = isSampled(i, this.total, this.maxDetailed);
    const page: ReportPage = {
      n: i + 1, source, format, status: 'rejected', reject: null, fields: null, bodyChars: 0, blocks: 0, kept: 0, removed: {}, sampled: detailed, detail: null,
    };
    {
      const doc = result.doc;
      if (doc) {
        page.blocks = doc.blocks.length;
        for (const b of doc.blocks) {
          if (b.decision.keep) page.kept++;
          else page.removed[b.decision.rule] = (page.removed[b.decision.rule] ?? 0) + 1;
        }
        if (detailed) {
          page.detail = doc.blocks.map((b) => ({ text: b.text, keep: b.decision.keep, rule: b.decision.rule, reason: b.decision.reason, marker: b.marker }));
        }
      }
      if (result.ok) {
        const r = result.record;
        page.status = 'record';
        page.bodyChars = r.body.length;
        const d = r.dateline;
        page.fields = {
          title: r.title, section: r.section, published: r.published, agency: r.agency, authors: r.authors, editors: r.editors,
          dateline: d ? [d.place, d.date, d.agency && `(${d.agency})`].filter(Boolean).join(' ') : null,
        };
      } else {
        page.reject = { reason: result.reject.reason, message: result.reject.message };
      }
    }
    for (const [rule, n] of Object.entries(page.removed)) this.removed[rule] = (this.removed[rule] ?? 0) + n;
    this.pages.push(page);
  }

  finish(): ReportData {
    return {
      pages: this.pages,
      removed: this.removed,
      sampled: this.pages.filter((p) => p.sampled).length,
      maxDetailed: this.maxDetailed,
    };
  }
}
