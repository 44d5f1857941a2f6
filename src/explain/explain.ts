// `--explain`: why each block of a page was kept or removed. A view over the cleaner's document (every block already
// carries its decision, rule, reason, score, features and layout), as a JSON object per page and as readable text.
import type { Block, Doc } from '../pipeline/doc.js';
import type { PageView } from '../run/page.js';

export interface BlockExplanation {
  /** 1-based position of the block on the page. */
  n: number;
  /** First and last line of the block in the normalised page (1-based). */
  lines: [number, number];
  kind: Block['kind'];
  keep: boolean;
  rule: string;
  reason: string;
  /** The classifier's final probability that the block is article text (0 for certain chrome). */
  score: number;
  text: string;
  features: Record<string, number | boolean | string | null>;
  layout: Record<string, number | boolean> | null;
}

export interface PageExplanation {
  source: string;
  status: 'record' | 'rejected';
  reject: { reason: string; message: string } | null;
  format: 'html' | 'text' | null;
  language: { words: string | null; cjk: string | null } | null;
  wrapWidth: number | null;
  /** Dense text regions found, densest first, as 1-based block ranges. */
  regions: [number, number][];
  blocks: BlockExplanation[];
}

export function explainPage(source: string, view: PageView): PageExplanation {
  const doc = view.doc;
  return {
    source,
    status: view.ok ? 'record' : 'rejected',
    reject: view.ok ? null : { reason: view.reject.reason, message: view.reject.message },
    format: view.format,
    language: doc ? { ...doc.language } : null,
    wrapWidth: doc?.wrapWidth ?? null,
    regions: doc ? doc.regions.map((r) => [r.start + 1, r.end] as [number, number]) : [],
    blocks: doc ? doc.blocks.map((b) => explainBlock(b, doc.lineNumbers)) : [],
  };
}

/** `lineNumbers`: the page's line of each line the blocks index, where the cleaner read them in another order. */
function explainBlock(block: Block, lineNumbers?: number[]): BlockExplanation {
  const line = (n: number) => lineNumbers?.[n - 1] ?? n;
  return {
    n: block.index + 1,
    lines: [line(block.startLine), line(block.endLine)],
    kind: block.kind,
    keep: block.decision.keep,
    rule: block.decision.rule,
    reason: block.decision.reason,
    score: round(block.score),
    text: block.text,
    features: roundAll({ ...block.features }),
    layout: block.layout ? (roundAll({ ...block.layout }) as Record<string, number | boolean>) : null,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function roundAll<T extends object>(values: T): Record<string, number | boolean | string | null> {
  const out: Record<string, number | boolean | string | null> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'number' ? (Number.isFinite(v) ? round(v) : null) : (v as boolean | string | null);
  return out;
}

const PREVIEW = 72;

/** The readable form: a header line per page, then per block its decision, where it stands, its text, the reason
 * and the features that are set. */
export function formatExplanation(e: PageExplanation): string {
  const out: string[] = [];
  const kept = e.blocks.filter((b) => b.keep).length;
  const lang = e.language ? [e.language.words, e.language.cjk].filter(Boolean).join('+') || 'unknown' : null;
  const head = [
    e.status === 'record' ? 'record' : `rejected (${e.reject!.reason}: ${e.reject!.message})`,
    e.format,
    lang && `language ${lang}`,
    e.wrapWidth && `wrapped at ${e.wrapWidth}`,
    `${e.blocks.length} blocks, ${kept} kept`,
    e.regions.length > 0 && `main text in blocks ${e.regions.map(([a, b]) => `${a}-${b}`).join(', ')}`,
  ].filter(Boolean);
  out.push(`== ${e.source}: ${head.join('; ')}`);
  for (const b of e.blocks) {
    const where = b.lines[0] === b.lines[1] ? `L${b.lines[0]}` : `L${b.lines[0]}-${b.lines[1]}`;
    out.push(`${b.keep ? '+' : '-'} #${b.n} ${where} ${b.rule} ${b.score.toFixed(2)} ${JSON.stringify(preview(b.text))}`);
    out.push(`    why: ${b.reason}`);
    out.push(`    features: ${setValues(b.features)}`);
    if (b.layout) out.push(`    layout: ${setValues(b.layout)}`);
  }
  return out.join('\n') + '\n';
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= PREVIEW ? flat : `${flat.slice(0, PREVIEW - 1)}…`;
}

/** `chars 120, words 21, stopwords 0.41, terminal`: numbers that are not 0, flags that are set, names that are given. */
function setValues(values: Record<string, number | boolean | string | null>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(values)) {
    if (v === true) parts.push(k);
    else if (typeof v === 'number' && v !== 0) parts.push(`${k} ${v}`);
    else if (typeof v === 'string') parts.push(`${k} ${v}`);
  }
  return parts.join(', ') || '-';
}
